#include "backend/providers/localproviderclient.h"

#include "backend/components/componentcodec.h"
#include "backend/components/componentregistry.h"
#include "backend/facade/backend.h"
#include "backend/providers/instancelog.h"
#include "backend/providers/localprovider.h"
#include "backend/providers/localproviderservice.h"

namespace shipdeck {
namespace {

Result<LocalProviderService *> serviceOf(BackendCore &core)
{
    auto *service = core.service<LocalProviderService>();
    if (!service || !service->registry())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open (the local provider needs one)"));
    return service;
}

} // namespace

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

QFuture<Result<QStringList>> LocalProviderClient::addFromFile(const QString &path)
{
    return m_backend->post([path](BackendCore &core) -> Result<QStringList> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        SD_TRY(const QList<ComponentDefinition> parsed, ComponentCodec::fromYamlFile(path));
        SD_CHECK(s->registry()->put(parsed).context(QStringLiteral("registering the components of %1").arg(path)));
        QStringList ids;
        for (const auto &c : parsed)
            ids.append(c.id);
        return ids;
    });
}

QFuture<Result<void>> LocalProviderClient::put(const QList<ComponentDefinition> &components)
{
    return m_backend->post([components](BackendCore &core) -> Result<void> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        return s->registry()->put(components);
    });
}

QFuture<Result<void>> LocalProviderClient::remove(const QString &id)
{
    return m_backend->post([id](BackendCore &core) -> Result<void> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        SD_CHECK(s->registry()->remove(id));
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

QFuture<Result<void>> LocalProviderClient::deployStable(const QString &id)
{
    return m_backend->post([id](BackendCore &core) -> Result<void> {
        SD_TRY(LocalProviderService *s, serviceOf(core));
        return s->deployStable(id);
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
