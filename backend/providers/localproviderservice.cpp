#include "backend/providers/localproviderservice.h"

#include "backend/components/componentcodec.h"
#include "backend/components/componentregistry.h"
#include "backend/facade/backendcore.h"
#include "backend/providers/localprovider.h"
#include "backend/providers/localproviderclient.h"
#include "backend/store/auditlog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <utility>

namespace shipdeck {

SD_REGISTER_BACKEND_SERVICE(LocalProviderService, 100);

LocalProviderService::LocalProviderService() = default;

LocalProviderService::~LocalProviderService()
{
    close();
}

Result<void> LocalProviderService::open(BackendCore &core)
{
    m_core = &core;
    SD_TRY(Workspace *workspace, core.workspace());
    m_registry = std::make_unique<ComponentRegistry>(workspace->db());
    LocalProviderOptions options;
    options.logsDir = QDir(workspace->logsDir()).filePath(QStringLiteral("instances"));
    m_provider = std::make_unique<LocalProvider>(options);
    SD_CHECK(m_provider->start().context(QStringLiteral("starting the local provider")));
    connect(m_provider.get(), &Provider::statusChanged, this, [this](const QString &component) {
        if (m_core)
            Q_EMIT m_core->serviceEvent(name(), QStringLiteral("provider.statusChanged"),
                                        {{QStringLiteral("component"), component}});
    });
    // Output arrives line by line; the GUI hears about it at most every 250 ms.
    connect(m_provider.get(), &LocalProvider::instanceLogAppended, this, [this](const QString &, const QString &instance) {
        m_logsAppended.insert(instance);
        if (std::exchange(m_logFlushPending, true))
            return;
        QTimer::singleShot(250, this, [this] {
            m_logFlushPending = false;
            QStringList ids(m_logsAppended.cbegin(), m_logsAppended.cend());
            m_logsAppended.clear();
            ids.sort();
            if (m_core && !ids.isEmpty())
                Q_EMIT m_core->serviceEvent(name(), QStringLiteral("instance.log"),
                                            {{QStringLiteral("instances"), QJsonArray::fromStringList(ids)}});
        });
    });
    return success();
}

void LocalProviderService::close()
{
    for (LoadGenerator *load : std::as_const(m_loads))
        delete load;
    m_loads.clear();
    if (m_provider) {
        m_provider->shutdown();
        m_provider.reset();
    }
    m_registry.reset();
    m_logsAppended.clear();
    m_core = nullptr;
}

QList<ComponentDefinition> LocalProviderService::demoComponents()
{
    auto demo = [](const QString &id, const QString &name, const QString &version, const QStringList &deps) {
        ComponentDefinition c;
        c.id = id;
        c.name = name;
        c.version = version;
        c.type = ComponentType::Service;
        c.dependencies = deps;
        c.resources = {0.25, 64 * 1024 * 1024};
        c.scaling = {2, 4, 0};
        c.run.command = QStringLiteral("shipdeck-demo-service");
        c.run.args = {QStringLiteral("--port"), QStringLiteral("{port}"), QStringLiteral("--version"), QStringLiteral("{version}"),
                      QStringLiteral("--name"), QStringLiteral("{component}"), QStringLiteral("--latency-ms"), QStringLiteral("15"),
                      QStringLiteral("--latency-jitter-ms"), QStringLiteral("10")};
        c.healthCheck.kind = HealthCheck::Kind::Http;
        c.healthCheck.path = QStringLiteral("/healthz");
        c.healthCheck.periodMs = 500;
        c.healthCheck.timeoutMs = 500;
        c.healthCheck.failureThreshold = 3;
        c.healthCheck.successThreshold = 1;
        return c;
    };
    ComponentDefinition catalog = demo(QStringLiteral("catalog"), QStringLiteral("Catalog"), QStringLiteral("2.3.0"), {});
    ComponentDefinition payments = demo(QStringLiteral("payments"), QStringLiteral("Payments"), QStringLiteral("0.9.4"), {});
    payments.scaling = {1, 2, 0};
    ComponentDefinition storefront = demo(QStringLiteral("storefront"), QStringLiteral("Storefront"), QStringLiteral("1.4.2"),
                                          {QStringLiteral("catalog"), QStringLiteral("payments")});
    storefront.versions.insert(QStringLiteral("1.4.2"), {});
    storefront.versions.insert(QStringLiteral("1.5.0"), {});
    storefront.versions.insert(QStringLiteral("1.5.1"), {{QStringLiteral("--error-rate"), QStringLiteral("0.05")}, {}, {}});
    return {catalog, payments, storefront};
}

QFuture<Result<QJsonObject>> LocalProviderService::seedDemo(BackendCore &)
{
    if (!m_registry)
        return QtFuture::makeReadyFuture(Result<QJsonObject>(Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"))));
    const QList<ComponentDefinition> components = demoComponents();
    if (auto put = m_registry->put(components); !put)
        return QtFuture::makeReadyFuture(Result<QJsonObject>(put.error()));
    QStringList ids;
    for (const ComponentDefinition &c : components)
        ids.append(c.id);
    notifyComponentsChanged(ids);
    return QtFuture::makeReadyFuture(Result<QJsonObject>(QJsonObject{{QStringLiteral("components"), QJsonArray::fromStringList(ids)}}));
}

Result<void> LocalProviderService::deployStable(const QString &componentId, bool withDependencies)
{
    if (!m_registry)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    QStringList order{componentId};
    if (withDependencies) {
        SD_TRY(QList<ComponentDefinition> all, m_registry->list());
        QStringList ids;
        for (const auto &c : all)
            ids.append(c.id);
        if (!ids.contains(componentId))
            return Error(ErrorCode::NotFound, QStringLiteral("component %1 is not registered").arg(componentId));
        // Everything componentId needs, in deploy order, then componentId.
        QStringList needed{componentId};
        for (int i = 0; i < needed.size(); ++i) {
            for (const auto &c : all) {
                if (c.id == needed.at(i)) {
                    for (const QString &d : c.dependencies) {
                        if (!needed.contains(d))
                            needed.append(d);
                    }
                }
            }
        }
        order.clear();
        for (const QString &id : ids) {
            if (needed.contains(id))
                order.append(id);
        }
    }
    for (const QString &id : order) {
        SD_TRY(ComponentDefinition c, m_registry->get(id));
        SD_CHECK(m_provider->ensureVersion(c, c.version, std::max(1, c.scaling.minReplicas)));
        TrafficSplit split;
        split.stableVersion = c.version;
        if (auto current = m_provider->traffic(id); current && current.value().stableVersion == c.version)
            split = current.value();
        SD_CHECK(m_provider->setTraffic(id, split));
    }
    return success();
}

Result<QJsonObject> LocalProviderService::health(const QString &componentId)
{
    if (!m_registry)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    QList<ComponentDefinition> components;
    if (componentId.isEmpty()) {
        SD_TRY(components, m_registry->list());
    } else {
        SD_TRY(ComponentDefinition c, m_registry->get(componentId));
        components.append(c);
    }
    QJsonArray out;
    for (const ComponentDefinition &c : components) {
        SD_TRY(const QList<VersionStatus> versions, m_provider->status(c.id));
        QJsonArray vs;
        int ready = 0;
        int desired = 0;
        for (const VersionStatus &v : versions) {
            QJsonArray instances;
            for (const InstanceStatus &i : v.instances) {
                instances.append(QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("port"), i.port},
                                             {QStringLiteral("pid"), double(i.pid)}, {QStringLiteral("running"), i.running},
                                             {QStringLiteral("ready"), i.ready}, {QStringLiteral("restarts"), i.restarts},
                                             {QStringLiteral("startedAtMs"), double(i.startedAtMs)},
                                             {QStringLiteral("lastError"), i.lastError}});
            }
            ready += v.readyReplicas;
            desired += v.desiredReplicas;
            vs.append(QJsonObject{{QStringLiteral("version"), v.version}, {QStringLiteral("desiredReplicas"), v.desiredReplicas},
                                  {QStringLiteral("readyReplicas"), v.readyReplicas}, {QStringLiteral("instances"), instances}});
        }
        const QString state = desired == 0 ? QStringLiteral("not running")
                            : ready == desired ? QStringLiteral("healthy")
                            : ready == 0 ? QStringLiteral("unavailable") : QStringLiteral("degraded");
        QJsonObject entry{{QStringLiteral("id"), c.id}, {QStringLiteral("version"), c.version},
                          {QStringLiteral("type"), ComponentCodec::typeName(c.type)},
                          {QStringLiteral("probe"), ComponentCodec::probeKindName(c.healthCheck.kind)},
                          {QStringLiteral("state"), state}, {QStringLiteral("versions"), vs},
                          {QStringLiteral("endpoint"), m_provider->endpoint(c.id)}};
        if (auto split = m_provider->traffic(c.id)) {
            entry.insert(QStringLiteral("traffic"), QJsonObject{{QStringLiteral("stable"), split.value().stableVersion},
                                                                {QStringLiteral("canary"), split.value().canaryVersion},
                                                                {QStringLiteral("canaryWeight"), split.value().canaryWeight}});
            entry.insert(QStringLiteral("metricsUrl"), m_provider->metricsUrl(c.id));
        }
        out.append(entry);
    }
    return QJsonObject{{QStringLiteral("components"), out}};
}

Result<void> LocalProviderService::scaleVersion(const QString &componentId, const QString &version, int replicas)
{
    if (!m_registry)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    const QString what = QStringLiteral("scaling %1 %2 to %3").arg(componentId, version).arg(replicas);
    SD_TRY(const ComponentDefinition c, m_registry->get(componentId).context(what));
    bool running = false;
    if (auto status = m_provider->status(componentId)) {
        for (const VersionStatus &v : status.value())
            running = running || v.version == version;
    }
    if (version != c.version && !c.versions.contains(version) && !running)
        return Error(ErrorCode::NotFound, QStringLiteral("%1: version %2 is neither the stable version (%3), one the "
                                                         "definition lists, nor running").arg(what, version, c.version));
    return m_provider->ensureVersion(c, version, replicas).context(what);
}

Result<void> LocalProviderService::stopVersion(const QString &componentId, const QString &version)
{
    if (!m_provider)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    return m_provider->removeVersion(componentId, version)
        .context(QStringLiteral("stopping %1 %2").arg(componentId, version));
}

Result<void> LocalProviderService::restartInstance(const QString &instanceId)
{
    if (!m_provider)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    return m_provider->restartInstance(instanceId);
}

void LocalProviderService::audit(const ChangeNote &note, const QString &action, const QString &target, QJsonObject detail)
{
    if (note.actor.isEmpty() || !m_core)
        return;
    auto workspace = m_core->workspace();
    if (!workspace)
        return;
    if (!note.reason.isEmpty())
        detail.insert(QStringLiteral("reason"), note.reason);
    const QString text = detail.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    if (auto appended = AuditLog(workspace.value()->db(), workspace.value()->clock()).append(note.actor, action, target, text); !appended)
        qWarning("could not record %s of %s in the audit log: %s", qPrintable(action), qPrintable(target),
                 qPrintable(appended.error().toString()));
}

void LocalProviderService::notifyComponentsChanged(const QStringList &ids)
{
    if (m_core)
        Q_EMIT m_core->serviceEvent(name(), QStringLiteral("components.changed"),
                                    {{QStringLiteral("ids"), QJsonArray::fromStringList(ids)}});
}

Result<QString> LocalProviderService::startLoad(const LoadGenerator::Options &options)
{
    auto *load = new LoadGenerator(options, this);
    if (auto started = load->start(); !started) {
        delete load;
        return started.error();
    }
    const QString id = QStringLiteral("load-%1").arg(m_nextLoad++);
    m_loads.insert(id, load);
    connect(load, &LoadGenerator::finished, this, [this, id, load] {
        if (m_core)
            Q_EMIT m_core->serviceEvent(name(), QStringLiteral("load.finished"),
                                        {{QStringLiteral("id"), id}, {QStringLiteral("stats"), load->stats().toJson()}});
    });
    return id;
}

Result<LoadGenerator::Stats> LocalProviderService::loadStats(const QString &id) const
{
    LoadGenerator *load = m_loads.value(id);
    if (!load)
        return Error(ErrorCode::NotFound, QStringLiteral("no load generator %1").arg(id));
    return load->stats();
}

void LocalProviderService::stopLoad(const QString &id)
{
    if (LoadGenerator *load = m_loads.value(id))
        load->stop();
}

} // namespace shipdeck
