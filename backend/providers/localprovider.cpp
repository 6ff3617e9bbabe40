#include "backend/providers/localprovider.h"

#include "backend/providers/adminserver.h"
#include "backend/providers/instanceprocess.h"
#include "backend/providers/proxymetrics.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QStandardPaths>
#include <QThread>

namespace shipdeck {

struct LocalProvider::VersionRuntime
{
    QList<InstanceProcess *> instances; // Owned (children of the provider)
    int nextIndex = 1;
};

struct LocalProvider::ComponentRuntime
{
    ComponentDefinition definition;
    ReverseProxy *proxy = nullptr; // Owned; lives on the proxy thread
    std::shared_ptr<ProxyMetrics> metrics;
    TrafficSplit split;
    std::map<QString, VersionRuntime> versions;
};

LocalProvider::LocalProvider(LocalProviderOptions options, QObject *parent)
    : Provider(parent)
    , m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setProxy(QNetworkProxy::NoProxy); // probes go to loopback, never through $http_proxy
    if (m_options.proxyThread) {
        m_proxyThread = new QThread;
        m_proxyThread->setObjectName(QStringLiteral("shipdeck-proxy"));
        m_proxyThread->start();
    }
}

LocalProvider::~LocalProvider()
{
    shutdown();
    if (m_admin) {
        destroyOnProxyThread(m_admin);
        m_admin = nullptr;
    }
    if (m_proxyThread) {
        m_proxyThread->quit();
        m_proxyThread->wait();
        delete m_proxyThread;
    }
}

template<typename F>
void LocalProvider::onProxyThread(QObject *context, F fn)
{
    if (!m_proxyThread || QThread::currentThread() == context->thread())
        fn();
    else
        QMetaObject::invokeMethod(context, fn, Qt::BlockingQueuedConnection);
}

void LocalProvider::destroyOnProxyThread(QObject *object)
{
    onProxyThread(object, [object] { delete object; });
}

Result<void> LocalProvider::start()
{
    if (m_admin)
        return success();
    m_admin = new AdminServer([this](const QByteArray &method, const QByteArray &target) {
        AdminServer::Response r;
        const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        if (method != "GET" && method != "HEAD") {
            r.status = 405;
            r.body = "only GET\n";
        } else if (path == "/healthz") {
            r.body = "ok\n";
        } else if (path == "/metrics" || path.startsWith("/metrics/")) {
            const QString component = QString::fromUtf8(path.mid(9));
            if (!component.isEmpty() && !components().contains(component)) {
                r.status = 404;
                r.body = "no such component\n";
            } else {
                r.contentType = "text/plain; version=0.0.4; charset=utf-8";
                r.body = metricsText(component);
            }
        } else {
            r.status = 404;
            r.body = "not found: try /metrics\n";
        }
        return r;
    });
    Result<quint16> listening = quint16(0);
    if (m_proxyThread)
        m_admin->moveToThread(m_proxyThread);
    onProxyThread(m_admin, [&] { listening = m_admin->listen(m_options.adminPort); });
    if (!listening) {
        destroyOnProxyThread(m_admin);
        m_admin = nullptr;
        return listening.error();
    }
    return success();
}

Result<QString> LocalProvider::resolveProgram(const QString &command)
{
    if (command.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no command to run"));
    if (command.contains(QLatin1Char('/'))) {
        const QFileInfo info(command);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
        return Error(ErrorCode::NotFound, QStringLiteral("program %1 %2").arg(command,
                         info.exists() ? QStringLiteral("is not executable") : QStringLiteral("does not exist")));
    }
    const QString beside = QCoreApplication::applicationDirPath() + QLatin1Char('/') + command;
    if (QFileInfo(beside).isExecutable() && QFileInfo(beside).isFile())
        return beside;
    const QString onPath = QStandardPaths::findExecutable(command);
    if (!onPath.isEmpty())
        return onPath;
    return Error(ErrorCode::NotFound, QStringLiteral("program %1 was found neither next to %2 nor on PATH")
                                          .arg(command, QCoreApplication::applicationDirPath()));
}

Result<LocalProvider::ComponentRuntime *> LocalProvider::runtimeFor(const ComponentDefinition &component)
{
    auto it = m_components.find(component.id);
    if (it != m_components.end()) {
        it->second->definition = component;
        return it->second.get();
    }
    auto rt = std::make_unique<ComponentRuntime>();
    rt->definition = component;
    rt->metrics = std::make_shared<ProxyMetrics>(component.id);
    rt->proxy = new ReverseProxy(component.id, rt->metrics, m_options.proxy);
    if (m_proxyThread)
        rt->proxy->moveToThread(m_proxyThread);
    Result<quint16> listening = quint16(0);
    ReverseProxy *proxy = rt->proxy;
    onProxyThread(proxy, [&] { listening = proxy->listen(quint16(component.port)); });
    if (!listening) {
        destroyOnProxyThread(proxy);
        return listening.error();
    }
    {
        QMutexLocker lock(&m_exportMutex);
        m_exported.insert(component.id, std::make_shared<Exported>(Exported{rt->metrics, proxy->routes()}));
    }
    ComponentRuntime *raw = rt.get();
    m_components.emplace(component.id, std::move(rt));
    return raw;
}

InstanceProcess *LocalProvider::createInstance(ComponentRuntime &rt, const QString &version, int index,
                                               const QString &program, const QStringList &args,
                                               const QMap<QString, QString> &env)
{
    InstanceProcess::Spec spec;
    spec.component = rt.definition.id;
    spec.version = version;
    spec.index = index;
    spec.id = QStringLiteral("%1-%2-%3").arg(rt.definition.id, version).arg(index);
    spec.program = program;
    spec.args = args;
    spec.env = env;
    spec.check = rt.definition.healthCheck;
    spec.restartPolicy = m_options.restartPolicy;
    spec.stableAfterMs = m_options.stableAfterMs;
    spec.graceMs = m_options.graceMs;
    spec.logLimits = m_options.logLimits;
    if (!m_options.logsDir.isEmpty())
        spec.logPath = QDir(m_options.logsDir).filePath(spec.id + QStringLiteral(".log"));
    auto *instance = new InstanceProcess(spec, m_nam, this);
    const QString componentId = rt.definition.id;
    connect(instance, &InstanceProcess::readyChanged, this, [this, componentId] { updateRoutes(componentId); });
    connect(instance, &InstanceProcess::statusChanged, this, [this, componentId] { Q_EMIT statusChanged(componentId); });
    connect(instance, &InstanceProcess::logAppended, this,
            [this, componentId, id = spec.id] { Q_EMIT instanceLogAppended(componentId, id); });
    return instance;
}

Result<void> LocalProvider::ensureVersion(const ComponentDefinition &component, const QString &version, int replicas)
{
    const QString what = QStringLiteral("component %1 version %2").arg(component.id, version);
    if (version.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1: no version given").arg(component.id));
    if (replicas < 0 || replicas > 64)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1: %2 replicas is outside 0–64").arg(what).arg(replicas));
    const VersionOverride override = component.versions.value(version);
    const QString command = override.command.isEmpty() ? component.run.command : override.command;
    SD_TRY(const QString program, resolveProgram(command).context(what));
    if (!m_admin)
        SD_CHECK(start());
    SD_TRY(ComponentRuntime *rt, runtimeFor(component).context(what));
    VersionRuntime &vr = rt->versions[version];
    QStringList args = component.run.args + override.extraArgs;
    QMap<QString, QString> env = component.run.env;
    for (auto it = override.env.cbegin(); it != override.env.cend(); ++it)
        env.insert(it.key(), it.value());
    while (vr.instances.size() < replicas) {
        InstanceProcess *instance = createInstance(*rt, version, vr.nextIndex++, program, args, env);
        vr.instances.append(instance);
        instance->start();
    }
    while (vr.instances.size() > replicas) {
        InstanceProcess *instance = vr.instances.takeLast();
        connect(instance, &InstanceProcess::stopped, instance, &QObject::deleteLater);
        instance->stop();
    }
    if (rt->split.stableVersion.isEmpty())
        rt->split.stableVersion = version;
    updateRoutes(component.id);
    Q_EMIT statusChanged(component.id);
    return success();
}

Result<void> LocalProvider::removeVersion(const QString &componentId, const QString &version)
{
    auto it = m_components.find(componentId);
    if (it == m_components.end())
        return success(); // nothing runs: already so
    ComponentRuntime &rt = *it->second;
    auto v = rt.versions.find(version);
    if (v == rt.versions.end())
        return success();
    const QList<InstanceProcess *> instances = v->second.instances;
    rt.versions.erase(v);
    if (rt.split.canaryVersion == version) {
        rt.split.canaryVersion.clear();
        rt.split.canaryWeight = 0;
    }
    updateRoutes(componentId); // no new requests go to the version from here on
    for (InstanceProcess *instance : instances) {
        connect(instance, &InstanceProcess::stopped, instance, &QObject::deleteLater);
        instance->stop();
    }
    Q_EMIT statusChanged(componentId);
    return success();
}

Result<void> LocalProvider::setTraffic(const QString &componentId, const TrafficSplit &split)
{
    auto it = m_components.find(componentId);
    if (it == m_components.end())
        return Error(ErrorCode::NotFound, QStringLiteral("component %1 does not run on the local provider").arg(componentId));
    ComponentRuntime &rt = *it->second;
    const QString what = QStringLiteral("traffic of %1").arg(componentId);
    if (split.canaryWeight < 0 || split.canaryWeight > 100)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1: canary weight %2 is outside 0–100").arg(what).arg(split.canaryWeight));
    if (split.stableVersion.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1: no stable version").arg(what));
    if (split.stableVersion == split.canaryVersion)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1: the canary is the stable version %2").arg(what, split.stableVersion));
    for (const QString &v : {split.stableVersion, split.canaryVersion}) {
        if (!v.isEmpty() && rt.versions.find(v) == rt.versions.end())
            return Error(ErrorCode::FailedPrecondition, QStringLiteral("%1: version %2 is not deployed").arg(what, v));
    }
    if (split.canaryVersion.isEmpty() && split.canaryWeight != 0)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1: a canary weight without a canary version").arg(what));
    rt.split = split;
    updateRoutes(componentId);
    Q_EMIT statusChanged(componentId);
    return success();
}

Result<TrafficSplit> LocalProvider::traffic(const QString &componentId) const
{
    auto it = m_components.find(componentId);
    if (it == m_components.end())
        return Error(ErrorCode::NotFound, QStringLiteral("component %1 does not run on the local provider").arg(componentId));
    return it->second->split;
}

Result<QList<VersionStatus>> LocalProvider::status(const QString &componentId) const
{
    auto it = m_components.find(componentId);
    if (it == m_components.end())
        return QList<VersionStatus>{}; // nothing deployed
    QList<VersionStatus> out;
    for (const auto &[version, vr] : it->second->versions) {
        VersionStatus vs;
        vs.version = version;
        vs.desiredReplicas = int(vr.instances.size());
        for (const InstanceProcess *instance : vr.instances) {
            vs.instances.append(instance->status());
            if (instance->isReady())
                ++vs.readyReplicas;
        }
        out.append(vs);
    }
    return out;
}

void LocalProvider::updateRoutes(const QString &componentId)
{
    auto it = m_components.find(componentId);
    if (it == m_components.end())
        return;
    ComponentRuntime &rt = *it->second;
    ProxyRoutes routes;
    routes.split = rt.split;
    for (const auto &[version, vr] : rt.versions) {
        QList<quint16> &ports = routes.readyPorts[version];
        for (const InstanceProcess *instance : vr.instances) {
            if (instance->isReady())
                ports.append(instance->port());
        }
    }
    rt.proxy->setRoutes(routes);
    QMutexLocker lock(&m_exportMutex);
    if (auto e = m_exported.value(componentId))
        e->routes = rt.proxy->routes();
}

Result<void> LocalProvider::removeComponent(const QString &componentId)
{
    auto it = m_components.find(componentId);
    if (it == m_components.end())
        return success();
    std::unique_ptr<ComponentRuntime> rt = std::move(it->second);
    m_components.erase(it);
    {
        QMutexLocker lock(&m_exportMutex);
        m_exported.remove(componentId);
    }
    for (auto &[version, vr] : rt->versions) {
        for (InstanceProcess *instance : vr.instances) {
            instance->stopBlocking();
            delete instance;
        }
    }
    destroyOnProxyThread(rt->proxy);
    Q_EMIT statusChanged(componentId);
    return success();
}

void LocalProvider::shutdown()
{
    const QStringList ids = components();
    // Ask everything to stop first so that the grace periods run in parallel.
    for (auto &[id, rt] : m_components) {
        for (auto &[version, vr] : rt->versions) {
            for (InstanceProcess *instance : vr.instances)
                instance->stop();
        }
    }
    for (const QString &id : ids)
        (void)removeComponent(id);
    const auto leftovers = findChildren<InstanceProcess *>(Qt::FindDirectChildrenOnly);
    for (InstanceProcess *instance : leftovers) {
        instance->stopBlocking();
        delete instance;
    }
}

QStringList LocalProvider::components() const
{
    QMutexLocker lock(&m_exportMutex);
    return m_exported.keys();
}

quint16 LocalProvider::adminPort() const
{
    return m_admin ? m_admin->port() : 0;
}

quint16 LocalProvider::proxyPort(const QString &componentId) const
{
    auto it = m_components.find(componentId);
    return it == m_components.end() ? 0 : it->second->proxy->port();
}

std::shared_ptr<ProxyMetrics> LocalProvider::metrics(const QString &componentId) const
{
    QMutexLocker lock(&m_exportMutex);
    auto e = m_exported.value(componentId);
    return e ? e->metrics : nullptr;
}

QString LocalProvider::metricsUrl(const QString &componentId) const
{
    return QStringLiteral("http://127.0.0.1:%1/metrics/%2").arg(adminPort()).arg(componentId);
}

QString LocalProvider::endpoint(const QString &componentId) const
{
    const quint16 port = proxyPort(componentId);
    return port ? QStringLiteral("http://127.0.0.1:%1").arg(port) : QString();
}

InstanceProcess *LocalProvider::findInstance(const QString &instanceId) const
{
    const auto instances = findChildren<InstanceProcess *>(Qt::FindDirectChildrenOnly);
    for (InstanceProcess *instance : instances) {
        if (instance->spec().id == instanceId)
            return instance;
    }
    return nullptr;
}

Result<QList<InstanceLogLine>> LocalProvider::instanceLog(const QString &instanceId, int maxLines) const
{
    if (InstanceProcess *instance = findInstance(instanceId))
        return instance->log().tail(maxLines);
    return Error(ErrorCode::NotFound, QStringLiteral("no instance %1 runs on the local provider").arg(instanceId));
}

Result<InstanceLogChunk> LocalProvider::instanceLogSince(const QString &instanceId, qint64 seq, int maxLines) const
{
    if (InstanceProcess *instance = findInstance(instanceId))
        return instance->log().since(seq, maxLines);
    return Error(ErrorCode::NotFound, QStringLiteral("no instance %1 runs on the local provider").arg(instanceId));
}

Result<void> LocalProvider::restartInstance(const QString &instanceId)
{
    // Only instances that are meant to run: one being scaled away is not brought back.
    for (const auto &[componentId, rt] : m_components) {
        for (const auto &[version, vr] : rt->versions) {
            for (InstanceProcess *instance : vr.instances) {
                if (instance->spec().id == instanceId) {
                    instance->restart();
                    return success();
                }
            }
        }
    }
    return Error(ErrorCode::NotFound, QStringLiteral("no instance %1 runs on the local provider").arg(instanceId));
}

QString LocalProvider::instanceLogPath(const QString &instanceId) const
{
    return m_options.logsDir.isEmpty() ? QString() : QDir(m_options.logsDir).filePath(instanceId + QStringLiteral(".log"));
}

} // namespace shipdeck
