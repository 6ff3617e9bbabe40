#include "backend/deploy/rolloutsclient.h"

#include "backend/core/clock.h"
#include "backend/deploy/deploymentparser.h"
#include "backend/deploy/rolloutexecutor.h"
#include "backend/deploy/rolloutstore.h"
#include "backend/deploy/dorametrics.h"
#include "backend/deploy/rolloutcontroller.h"
#include "backend/deploy/rolloutservice.h"
#include "backend/facade/backend.h"
#include "backend/facade/backendcore.h"

#include <QFile>
#include <QFileInfo>

namespace shipdeck {

namespace {
template<typename T>
QFuture<Result<T>> unavailable()
{
    return QtFuture::makeReadyFuture(Result<T>(Error(ErrorCode::Unavailable, QStringLiteral("the backend is gone"))));
}

Result<RolloutService *> serviceOf(BackendCore &core)
{
    auto *service = core.service<RolloutService>();
    if (!service || !service->controller())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    return service;
}
} // namespace

RolloutsClient::RolloutsClient(Backend *backend, QObject *parent) : QObject(parent), m_backend(backend)
{
    connect(backend, &Backend::serviceEvent, this, [this](const QString &service, const QString &event, const QJsonObject &data) {
        if (service != QLatin1String("rollouts"))
            return;
        if (event == QLatin1String("rollout.changed"))
            Q_EMIT rolloutChanged(data);
        else if (event == QLatin1String("rollout.event"))
            Q_EMIT rolloutEvent(data);
        else if (event == QLatin1String("analysis.updated"))
            Q_EMIT analysisUpdated(data);
        else if (event == QLatin1String("rollout.samples"))
            Q_EMIT samplesAdded(data.value(QStringLiteral("rolloutId")).toString(), data.value(QStringLiteral("samples")).toArray());
    });
}

QFuture<Result<QList<RolloutRecord>>> RolloutsClient::deployFile(const QString &path, const QString &actor, const QString &reason)
{
    using R = Result<QList<RolloutRecord>>;
    if (!m_backend)
        return unavailable<QList<RolloutRecord>>();
    return m_backend->post([path, actor, reason](BackendCore &core) -> QFuture<R> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QtFuture::makeReadyFuture(R(Error(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()))));
        const QByteArray yaml = file.read(8 * 1024 * 1024 + 1);
        auto service = serviceOf(core);
        if (!service)
            return QtFuture::makeReadyFuture(R(service.error()));
        return service.value()->deploy(yaml, {actor, reason, QFileInfo(path).fileName()});
    }).unwrap();
}

QFuture<Result<QList<RolloutRecord>>> RolloutsClient::deploy(const QByteArray &yaml, const QString &sourceName, const QString &actor,
                                                             const QString &reason)
{
    using R = Result<QList<RolloutRecord>>;
    if (!m_backend)
        return unavailable<QList<RolloutRecord>>();
    return m_backend->post([yaml, sourceName, actor, reason](BackendCore &core) -> QFuture<R> {
        auto service = serviceOf(core);
        if (!service)
            return QtFuture::makeReadyFuture(R(service.error()));
        return service.value()->deploy(yaml, {actor, reason, sourceName});
    }).unwrap();
}

QFuture<Result<QJsonObject>> RolloutsClient::validate(const QByteArray &yaml, const QString &sourceName)
{
    if (!m_backend)
        return unavailable<QJsonObject>();
    return m_backend->post([yaml, sourceName](BackendCore &core) -> Result<QJsonObject> {
        SD_TRY(RolloutService * service, serviceOf(core));
        SD_TRY(DeploymentSpec spec, service->controller()->validate(yaml, sourceName));
        QJsonArray components;
        for (const ComponentRef &c : spec.components)
            components.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("version"), c.version}});
        return QJsonObject{{QStringLiteral("name"), spec.name}, {QStringLiteral("strategy"), strategyName(spec.strategy)},
                           {QStringLiteral("environment"), environmentName(spec.environment)}, {QStringLiteral("components"), components}};
    });
}

QFuture<Result<QList<RolloutRecord>>> RolloutsClient::list(const ListFilter &filter)
{
    if (!m_backend)
        return unavailable<QList<RolloutRecord>>();
    return m_backend->post([filter](BackendCore &core) -> Result<QList<RolloutRecord>> {
        SD_TRY(RolloutService * service, serviceOf(core));
        SD_TRY(auto records, service->controller()->store().list({filter.component, filter.environment, filter.activeOnly, 0, filter.limit}));
        // Driven rollouts: the executor's state is the freshest.
        for (RolloutRecord &r : records) {
            if (auto *e = service->controller()->executor(r.id))
                r = e->record();
        }
        return records;
    });
}

QFuture<Result<QJsonObject>> RolloutsClient::get(const QString &ref)
{
    if (!m_backend)
        return unavailable<QJsonObject>();
    return m_backend->post([ref](BackendCore &core) -> Result<QJsonObject> {
        SD_TRY(RolloutService * service, serviceOf(core));
        return service->details(ref);
    });
}

QFuture<Result<RolloutRecord>> RolloutsClient::act(const QString &ref, RolloutAction action, const QString &actor, const QString &reason)
{
    using R = Result<RolloutRecord>;
    if (!m_backend)
        return unavailable<RolloutRecord>();
    return m_backend->post([ref, action, actor, reason](BackendCore &core) -> QFuture<R> {
        auto service = serviceOf(core);
        if (!service)
            return QtFuture::makeReadyFuture(R(service.error()));
        return service.value()->controller()->act(ref, action, actor, reason);
    }).unwrap();
}

QFuture<Result<QList<RolloutRecord>>> RolloutsClient::undo(const QString &ref, int toRevision, const QString &actor, const QString &reason)
{
    using R = Result<QList<RolloutRecord>>;
    if (!m_backend)
        return unavailable<QList<RolloutRecord>>();
    return m_backend->post([ref, toRevision, actor, reason](BackendCore &core) -> QFuture<R> {
        auto service = serviceOf(core);
        if (!service)
            return QtFuture::makeReadyFuture(R(service.error()));
        return service.value()->undo(ref, toRevision, actor, reason);
    }).unwrap();
}

QFuture<Result<QList<RolloutRecord>>> RolloutsClient::history(const QString &component, const QString &environment, int limit)
{
    if (!m_backend)
        return unavailable<QList<RolloutRecord>>();
    return m_backend->post([component, environment, limit](BackendCore &core) -> Result<QList<RolloutRecord>> {
        SD_TRY(RolloutService * service, serviceOf(core));
        return service->history(component, environment, limit);
    });
}

QFuture<Result<QJsonObject>> RolloutsClient::dora(const QString &environment, int days, const QString &component)
{
    if (!m_backend)
        return unavailable<QJsonObject>();
    return m_backend->post([environment, days, component](BackendCore &core) -> Result<QJsonObject> {
        SD_TRY(RolloutService * service, serviceOf(core));
        SD_TRY(Workspace * ws, core.workspace());
        DoraOptions options;
        options.toMs = ws->clock()->nowMs();
        options.fromMs = options.toMs - qint64(qMax(1, days)) * 24 * 3600 * 1000;
        options.environment = environment;
        options.component = component;
        return service->dora(options);
    });
}

QFuture<bool> RolloutsClient::setDriving(bool driving)
{
    if (!m_backend)
        return QtFuture::makeReadyFuture(false);
    return m_backend->post([driving](BackendCore &core) {
        auto *service = core.service<RolloutService>();
        if (!service || !service->controller())
            return false;
        service->controller()->setDriving(driving);
        return true;
    });
}

bool RolloutsClient::isSettled(const QJsonObject &r)
{
    const QString phase = r.value(QStringLiteral("phase")).toString();
    const QJsonObject cleanup = r.value(QStringLiteral("cleanup")).toObject();
    if (phase == QLatin1String("Healthy"))
        return true;
    if (phase == QLatin1String("Aborted") || phase == QLatin1String("RolledBack")) {
        // Traffic is back on the stable version once the restore stage is done.
        const QString stage = cleanup.value(QStringLiteral("stage")).toString();
        return stage != QLatin1String("restore") && stage != QLatin1String("route");
    }
    if (phase == QLatin1String("Degraded"))
        return true;
    if (phase != QLatin1String("Paused"))
        return false;
    if (r.value(QStringLiteral("userPaused")).toBool())
        return true;
    const QJsonArray pauses = r.value(QStringLiteral("pauseConditions")).toArray();
    const QJsonArray steps = r.value(QStringLiteral("steps")).toArray();
    const QJsonObject step = steps.at(r.value(QStringLiteral("stepIndex")).toInt()).toObject();
    for (const QJsonValue &p : pauses) {
        const QString reason = p.toObject().value(QStringLiteral("reason")).toString();
        if (reason == QLatin1String("Approval") || reason == QLatin1String("InconclusiveAnalysisRun")
            || reason == QLatin1String("ProgressDeadlineExceeded") || reason == QLatin1String("Interrupted"))
            return true;
        if ((reason == QLatin1String("CanaryPauseStep") || reason == QLatin1String("BlueGreenPause"))
            && !step.contains(QStringLiteral("durationMs")))
            return true;
    }
    return false;
}

} // namespace shipdeck
