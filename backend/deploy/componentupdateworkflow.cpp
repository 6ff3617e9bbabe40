#include "backend/deploy/componentupdateworkflow.h"

#include "backend/deploy/rolloutcontroller.h"
#include "backend/deploy/rolloutservice.h"

#include <QJsonArray>
#include <QMutex>
#include <QWaitCondition>

namespace shipdeck {

namespace {
// Runs fn on the service's (backend) thread and waits for it on this worker thread, checking
// for cancellation so that an engine stopping on the backend thread never deadlocks with us.
template<typename T>
Result<T> onServiceThread(QPointer<RolloutService> service, WorkflowContext &context, std::function<Result<T>(RolloutService &)> fn)
{
    struct Shared
    {
        QMutex mutex;
        QWaitCondition done;
        std::optional<Result<T>> result;
    };
    auto shared = std::make_shared<Shared>();
    if (!service)
        return Error(ErrorCode::Unavailable, QStringLiteral("the rollout service is not running"));
    const bool queued = QMetaObject::invokeMethod(service.data(), [service, shared, fn] {
        Result<T> r = service ? fn(*service) : Result<T>(Error(ErrorCode::Unavailable, QStringLiteral("the rollout service stopped")));
        QMutexLocker lock(&shared->mutex);
        shared->result = std::move(r);
        shared->done.wakeAll();
    }, Qt::QueuedConnection);
    if (!queued)
        return Error(ErrorCode::Unavailable, QStringLiteral("the rollout service is not running"));
    QMutexLocker lock(&shared->mutex);
    while (!shared->result) {
        if (context.isCancelled())
            return context.cancelledError();
        shared->done.wait(&shared->mutex, 100);
    }
    return *shared->result;
}
} // namespace

ComponentUpdateWorkflow::ComponentUpdateWorkflow(RolloutService *service) : m_service(service) {}

QString ComponentUpdateWorkflow::description() const
{
    return QStringLiteral("Deploys new component versions with a rollout strategy (recreate, rolling, blue-green, canary)");
}

Result<QJsonObject> ComponentUpdateWorkflow::run(WorkflowContext &context)
{
    const QJsonObject &p = context.payload();
    AdmitRequest request;
    request.yaml = p.value(QStringLiteral("yaml")).toString().toUtf8();
    request.sourceName = p.value(QStringLiteral("source")).toString(QStringLiteral("deployment.yaml"));
    request.actor = p.value(QStringLiteral("actor")).toString(context.request().context.requestedBy);
    request.reason = p.value(QStringLiteral("reason")).toString();
    request.undoOfRevision = p.value(QStringLiteral("undoOfRevision")).toInt();
    request.fastTrack = p.value(QStringLiteral("fastTrack")).toBool();
    request.deploymentId = context.jobId();
    request.jobId = context.jobId();
    request.traceId = QString::fromLatin1(context.spanContext().traceId);
    request.spanId = QString::fromLatin1(context.spanContext().spanId);

    context.progress(10, QStringLiteral("validating %1").arg(request.sourceName));
    Span admitSpan = context.step(QStringLiteral("deploy.admit"));
    auto admitted = onServiceThread<QList<RolloutRecord>>(m_service, context, [request](RolloutService &s) {
        return s.controller()->admit(request);
    });
    if (!admitted) {
        admitSpan.setError(admitted.error().toString());
        return admitted.error();
    }
    QJsonArray rollouts;
    QStringList ids;
    for (const RolloutRecord &r : admitted.value()) {
        ids.append(r.id);
        rollouts.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("component"), r.component},
                                    {QStringLiteral("environment"), r.environment}, {QStringLiteral("revision"), r.revision},
                                    {QStringLiteral("stableVersion"), r.stableVersion}, {QStringLiteral("targetVersion"), r.targetVersion},
                                    {QStringLiteral("strategy"), strategyName(r.strategy)}});
        admitSpan.setAttribute(QStringLiteral("rollout.") + r.component, QStringLiteral("%1 rev %2").arg(r.id).arg(r.revision));
    }
    admitSpan.setStatus(SpanStatus::Ok);
    admitSpan.end();

    context.progress(60, QStringLiteral("starting %1 rollout(s)").arg(ids.size()));
    Span startSpan = context.step(QStringLiteral("deploy.start"));
    auto started = onServiceThread<bool>(m_service, context, [ids](RolloutService &s) -> Result<bool> {
        if (auto ok = s.controller()->start(ids); !ok) {
            // Nothing was deployed: end the rollouts so that they do not block the next deploy.
            s.controller()->failAdmitted(ids, ok.error().toString());
            return ok.error();
        }
        return true;
    });
    if (!started) {
        startSpan.setError(started.error().toString());
        return started.error();
    }
    startSpan.setStatus(SpanStatus::Ok);
    startSpan.end();
    context.progress(100, QStringLiteral("rollouts started"));
    return QJsonObject{{QStringLiteral("deploymentId"), context.jobId()}, {QStringLiteral("rollouts"), rollouts}};
}

} // namespace shipdeck
