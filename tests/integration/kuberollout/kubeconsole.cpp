#include "kubeconsole.h"

#include "backend/deploy/rolloutsclient.h"
#include "backend/facade/backend.h"
#include "backend/facade/backendcore.h"
#include "backend/kube/kubeservice.h"
#include "backend/providers/kubernetes/kubernetesprovider.h"
#include "backend/providers/localproviderclient.h"
#include "backend/store/settingsrepository.h"
#include "backend/store/workspace.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace shipdeck::test {

namespace {
// Runs `fn` with a rollout provider built by the backend's KubeService exactly as the rollout
// service builds its own (same settings, same identity), on the backend thread.
template<typename T, typename F>
Result<T> withProvider(Backend &backend, F fn)
{
    return await(backend.post([fn](BackendCore &core) -> Result<T> {
        auto *kube = core.service<KubeService>();
        if (!kube)
            return Error(ErrorCode::Internal, QStringLiteral("no kube service"));
        SD_TRY(KubernetesProvider * provider, kube->createRolloutProvider({}, nullptr));
        std::unique_ptr<KubernetesProvider> owned(provider);
        return fn(*owned);
    }));
}
} // namespace

KubeConsole::KubeConsole() = default;

KubeConsole::~KubeConsole()
{
    stop();
}

ComponentDefinition KubeConsole::component(const QString &id, const QString &stable, const QStringList &versions, int replicas)
{
    ComponentDefinition c;
    c.id = id;
    c.name = id;
    c.version = stable;
    c.port = 8080;
    c.scaling = {replicas, replicas * 2, 0};
    c.run.command = QStringLiteral("registry.example/%1:{version}").arg(id);
    c.healthCheck.kind = HealthCheck::Kind::Http;
    c.healthCheck.path = QStringLiteral("/healthz");
    for (const QString &v : versions)
        c.versions.insert(v, VersionOverride{});
    return c;
}

Result<void> KubeConsole::open(const QString &identity, int leaseSeconds, const ComponentDefinition &component)
{
    BackendOptions options;
    options.fileLog = false;
    backend = std::make_unique<Backend>(options);
    Workspace::OpenOptions open;
    open.create = true;
    SD_CHECK(await(backend->openWorkspace(dir.path(), open)));
    SD_CHECK(setSetting(QStringLiteral("kube.rollout.identity"), identity));
    SD_CHECK(setSetting(QStringLiteral("kube.rollout.leaseSeconds"), QString::number(leaseSeconds)));
    rollouts = std::make_unique<RolloutsClient>(backend.get());
    components = std::make_unique<LocalProviderClient>(backend.get());
    SD_CHECK(await(components->put({component})));
    await(rollouts->setDriving(true));
    return success();
}

Result<void> KubeConsole::setSetting(const QString &key, const QString &value)
{
    return await(backend->post([key, value](BackendCore &core) -> Result<void> {
        SD_TRY(Workspace * ws, core.workspace());
        return SettingsRepository(ws->db()).setValue(key, value);
    }));
}

void KubeConsole::stop()
{
    rollouts.reset();
    components.reset();
    backend.reset();
}

Result<QList<RolloutRecord>> KubeConsole::deploy(const QByteArray &yaml)
{
    return await(rollouts->deploy(yaml, QStringLiteral("kube-canary.yaml"), QStringLiteral("tester"), QStringLiteral("integration test")), 60'000);
}

Result<QJsonObject> KubeConsole::details(const QString &id)
{
    return await(rollouts->get(id));
}

bool KubeConsole::reach(const QString &id, int step, const QString &phase, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QJsonObject last;
    while (t.elapsed() < timeoutMs) {
        auto d = details(id);
        if (d) {
            last = d.value();
            if ((step < 0 || d->value(QStringLiteral("stepIndex")).toInt() == step) && d->value(QStringLiteral("phase")).toString() == phase)
                return true;
        }
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit); // allowed-sleep: polling the rollout's state
        loop.exec();
    }
    qWarning("rollout %s did not reach step %d %s: step %d %s %s", qPrintable(id), step, qPrintable(phase),
             last.value(QStringLiteral("stepIndex")).toInt(), qPrintable(last.value(QStringLiteral("phase")).toString()),
             qPrintable(last.value(QStringLiteral("message")).toString()));
    return false;
}

Result<QString> KubeConsole::leaseHolder(const QString &component)
{
    return withProvider<QString>(*backend, [component](KubernetesProvider &p) { return p.leaseHolder(component); });
}

Result<QJsonObject> KubeConsole::recordedState(const QString &component)
{
    return withProvider<QJsonObject>(*backend, [component](KubernetesProvider &p) { return p.recordedState(component); });
}

Result<void> KubeConsole::setTraffic(const QString &component, const TrafficSplit &split)
{
    return withProvider<void>(*backend, [component, split](KubernetesProvider &p) { return p.setTraffic(component, split); });
}

} // namespace shipdeck::test
