#include "backend/providers/localproviderclient.h"

#include "backend/components/componentcodec.h"
#include "backend/components/componentregistry.h"
#include "backend/components/dependencygraph.h"
#include "backend/facade/backend.h"
#include "backend/providers/instancelog.h"
#include "backend/providers/localprovider.h"
#include "backend/providers/localproviderservice.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace shipdeck {
namespace {

constexpr qint64 kMaxComponentFileBytes = 1024 * 1024;

Result<LocalProviderService *> serviceOf(BackendCore &core)
{
    auto *service = core.service<LocalProviderService>();
    if (!service || !service->registry())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open (the local provider needs one)"));
    return service;
}

} // namespace

int ComponentRunStatus::readyReplicas() const
{
    int n = 0;
    for (const VersionStatus &v : versions)
        n += v.readyReplicas;
    return n;
}

int ComponentRunStatus::desiredReplicas() const
{
    int n = 0;
    for (const VersionStatus &v : versions)
        n += v.desiredReplicas;
    return n;
}

ComponentRunStatus::Health ComponentRunStatus::health() const
{
    const int desired = desiredReplicas();
    const int ready = readyReplicas();
    if (desired == 0)
        return Health::NotRunning;
    if (ready >= desired)
        return Health::Healthy;
    return ready == 0 ? Health::Unavailable : Health::Degraded;
}

const VersionStatus *ComponentRunStatus::version(const QString &name) const
{
    for (const VersionStatus &v : versions) {
        if (v.version == name)
            return &v;
    }
    return nullptr;
}

QFuture<Result<QList<ComponentDefinition>>> LocalProviderClient::components()
{
    return m_backend->post([](BackendCore &core) -> Result<QList<ComponentDefinition>> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        return s->registry()->list();
    });
}

QFuture<Result<ComponentDefinition>> LocalProviderClient::component(const QString &id)
{
    return m_backend->post([id](BackendCore &core) -> Result<ComponentDefinition> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        return s->registry()->get(id);
    });
}

QFuture<Result<QStringList>> LocalProviderClient::addFromFile(const QString &path, const ChangeNote &note)
{
    return m_backend->post([path, note](BackendCore &core) -> Result<QStringList> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        SD_TRY(const QList<ComponentDefinition> parsed, ComponentCodec::fromYamlFile(path));
        SD_CHECK(s->registry()->put(parsed).context(QStringLiteral("registering the components of %1").arg(path)));
        QStringList ids;
        QJsonArray versions;
        for (const auto &c : parsed) {
            ids.append(c.id);
            versions.append(QStringLiteral("%1 %2").arg(c.id, c.version));
        }
        s->audit(note, QStringLiteral("component.add"), ids.join(QLatin1Char(',')),
                 {{QStringLiteral("file"), path}, {QStringLiteral("components"), versions}});
        s->notifyComponentsChanged(ids);
        return ids;
    });
}

QFuture<Result<ComponentFileCheck>> LocalProviderClient::checkFile(const QString &path)
{
    return m_backend->post([path](BackendCore &core) -> Result<ComponentFileCheck> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(!file.exists() ? ErrorCode::NotFound : ErrorCode::Io,
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        if (file.size() > kMaxComponentFileBytes)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 has %2 bytes; a component file has at most %3")
                                                         .arg(path).arg(file.size()).arg(kMaxComponentFileBytes));
        const QByteArray bytes = file.readAll();
        ComponentFileCheck check;
        check.path = path;
        check.text = QString::fromUtf8(bytes);
        auto parsed = ComponentCodec::fromYaml(bytes, QFileInfo(path).fileName());
        if (!parsed) {
            check.problem = parsed.error();
            return check;
        }
        check.components = parsed.value();
        SD_TRY(QList<ComponentDefinition> all, s->registry()->list());
        for (const ComponentDefinition &c : std::as_const(check.components)) {
            auto it = std::find_if(all.begin(), all.end(), [&](const ComponentDefinition &x) { return x.id == c.id; });
            if (it != all.end()) {
                *it = c;
                check.updates.append(c.id);
            } else {
                all.append(c);
            }
        }
        if (auto graph = DependencyGraph(all).check(); !graph)
            check.problem = graph.error().withContext(QFileInfo(path).fileName());
        return check;
    });
}

QFuture<Result<void>> LocalProviderClient::put(const QList<ComponentDefinition> &components)
{
    return m_backend->post([components](BackendCore &core) -> Result<void> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        return s->registry()->put(components);
    });
}

QFuture<Result<void>> LocalProviderClient::remove(const QString &id, const ChangeNote &note)
{
    return m_backend->post([id, note](BackendCore &core) -> Result<void> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        SD_CHECK(s->registry()->remove(id));
        s->audit(note, QStringLiteral("component.remove"), id);
        s->notifyComponentsChanged({id});
        return s->provider()->removeComponent(id);
    });
}

QFuture<Result<QStringList>> LocalProviderClient::deployOrder()
{
    return m_backend->post([](BackendCore &core) -> Result<QStringList> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        return s->registry()->deployOrder();
    });
}

QFuture<Result<void>> LocalProviderClient::deployStable(const QString &id, const ChangeNote &note)
{
    return m_backend->post([id, note](BackendCore &core) -> Result<void> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        SD_CHECK(s->deployStable(id));
        s->audit(note, QStringLiteral("component.deploy"), id);
        return success();
    });
}

QFuture<Result<QList<ComponentRunStatus>>> LocalProviderClient::runStatus(const QString &id)
{
    return m_backend->post([id](BackendCore &core) -> Result<QList<ComponentRunStatus>> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        QStringList ids{id};
        if (id.isEmpty()) {
            SD_TRY(ids, s->registry()->deployOrder());
        } else {
            SD_CHECK(s->registry()->get(id));
        }
        QList<ComponentRunStatus> out;
        LocalProvider *provider = s->provider();
        for (const QString &componentId : std::as_const(ids)) {
            ComponentRunStatus status;
            status.componentId = componentId;
            SD_TRY(status.versions, provider->status(componentId));
            status.endpoint = provider->endpoint(componentId);
            if (auto split = provider->traffic(componentId)) {
                status.traffic = split.value();
                status.metricsUrl = provider->metricsUrl(componentId);
            }
            out.append(status);
        }
        return out;
    });
}

QFuture<Result<void>> LocalProviderClient::scaleVersion(const QString &id, const QString &version, int replicas,
                                                        const ChangeNote &note)
{
    return m_backend->post([id, version, replicas, note](BackendCore &core) -> Result<void> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        int before = 0;
        if (auto status = s->provider()->status(id)) {
            for (const VersionStatus &v : status.value())
                before = v.version == version ? v.desiredReplicas : before;
        }
        SD_CHECK(s->scaleVersion(id, version, replicas));
        s->audit(note, QStringLiteral("component.scale"), QStringLiteral("%1@%2").arg(id, version),
                 {{QStringLiteral("from"), before}, {QStringLiteral("to"), replicas}});
        return success();
    });
}

QFuture<Result<void>> LocalProviderClient::stopVersion(const QString &id, const QString &version, const ChangeNote &note)
{
    return m_backend->post([id, version, note](BackendCore &core) -> Result<void> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        SD_CHECK(s->stopVersion(id, version));
        s->audit(note, QStringLiteral("component.stop"), QStringLiteral("%1@%2").arg(id, version));
        return success();
    });
}

QFuture<Result<void>> LocalProviderClient::restartInstance(const QString &instanceId, const ChangeNote &note)
{
    return m_backend->post([instanceId, note](BackendCore &core) -> Result<void> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        SD_CHECK(s->restartInstance(instanceId));
        s->audit(note, QStringLiteral("component.restart"), instanceId);
        return success();
    });
}

QFuture<Result<QJsonObject>> LocalProviderClient::health(const QString &id)
{
    return m_backend->post([id](BackendCore &core) -> Result<QJsonObject> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        return s->health(id);
    });
}

QFuture<Result<QList<InstanceLogLine>>> LocalProviderClient::instanceLog(const QString &instanceId, int maxLines)
{
    return m_backend->post([instanceId, maxLines](BackendCore &core) -> Result<QList<InstanceLogLine>> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        return s->provider()->instanceLog(instanceId, maxLines);
    });
}

QFuture<Result<InstanceLogChunk>> LocalProviderClient::instanceLogSince(const QString &instanceId, qint64 seq, int maxLines)
{
    return m_backend->post([instanceId, seq, maxLines](BackendCore &core) -> Result<InstanceLogChunk> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        return s->provider()->instanceLogSince(instanceId, seq, maxLines);
    });
}

QFuture<Result<QString>> LocalProviderClient::startLoad(const LoadGenerator::Options &options)
{
    return m_backend->post([options](BackendCore &core) -> Result<QString> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        return s->startLoad(options);
    });
}

QFuture<Result<LoadGenerator::Stats>> LocalProviderClient::loadStats(const QString &id)
{
    return m_backend->post([id](BackendCore &core) -> Result<LoadGenerator::Stats> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        return s->loadStats(id);
    });
}

QFuture<void> LocalProviderClient::stopLoad(const QString &id)
{
    return m_backend->post([id](BackendCore &core) {
        if (auto *s = core.service<LocalProviderService>())
            s->stopLoad(id);
    });
}

} // namespace shipdeck
