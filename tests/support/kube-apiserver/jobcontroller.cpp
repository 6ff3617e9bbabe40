#include "jobcontroller.h"

#include "clusterapi.h"
#include "eventrecorder.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "resourceregistry.h"
#include "servercontext.h"
#include "workloadutil.h"

namespace shipdeck::kubetest {

JobController::JobController(ServerContext &context, QObject *parent) : Reconciler(context, parent)
{
    connect(m_ctx.store, &ObjectStore::changed, this, &JobController::onChanged);
}

void JobController::onChanged(const StoreEvent &event)
{
    workload::enqueueOwner(m_ctx, this, event, QStringLiteral("batch"), QStringLiteral("jobs"));
}

void JobController::reconcile(const QString &ns, const QString &name)
{
    const ResourceType &jobs = workload::type(m_ctx, QStringLiteral("batch"), QStringLiteral("jobs"));
    const ResourceType &pods = workload::type(m_ctx, QString(), QStringLiteral("pods"));
    const ObjectPtr job = m_ctx.store->get(jobs.id, ns, name);
    if (!job || workload::isDeleting(job->json))
        return;
    const QJsonObject spec = job->json.value(QLatin1String("spec")).toObject();
    QJsonObject status = job->json.value(QLatin1String("status")).toObject();
    const QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    for (const auto &c : conditions) {
        const QString type = c.toObject().value(QLatin1String("type")).toString();
        if ((type == QLatin1String("Complete") || type == QLatin1String("Failed")) && c.toObject().value(QLatin1String("status")).toString() == QLatin1String("True"))
            return; // finished jobs stay as they are
    }
    const int completions = spec.value(QLatin1String("completions")).toInt(1);
    const int parallelism = spec.value(QLatin1String("parallelism")).toInt(1);
    const int backoffLimit = spec.value(QLatin1String("backoffLimit")).toInt(6);
    int active = 0, succeeded = 0, failed = 0, ready = 0;
    for (const ObjectPtr &pod : workload::ownedBy(m_ctx, job, QStringLiteral("pods"))) {
        const QString phase = valueAt(pod->json, QStringLiteral("status.phase")).toString();
        if (phase == QLatin1String("Succeeded"))
            ++succeeded;
        else if (phase == QLatin1String("Failed"))
            ++failed;
        else
            ++active;
        ready += workload::isPodReady(pod->json) ? 1 : 0;
    }
    const bool suspended = spec.value(QLatin1String("suspend")).toBool();
    const QString component = QStringLiteral("job-controller");
    if (!suspended && failed <= backoffLimit && succeeded < completions) {
        const int want = std::min(parallelism, completions - succeeded);
        for (int i = active; i < want; ++i) {
            QJsonObject body = workload::podFromTemplate(spec.value(QLatin1String("template")).toObject(), job,
                                                         name + QLatin1Char('-') + ClusterApi::randomSuffix());
            if (auto created = m_ctx.api->create(pods, ns, body)) {
                ++active;
                m_ctx.events->record(job, QStringLiteral("Normal"), QStringLiteral("SuccessfulCreate"),
                                     QStringLiteral("Created pod: %1").arg(created.value()->name), component);
            }
        }
    }
    const QString now = nowTime();
    if (!status.contains(QLatin1String("startTime")) && !suspended)
        status.insert(QStringLiteral("startTime"), now);
    status.insert(QStringLiteral("active"), active);
    status.insert(QStringLiteral("succeeded"), succeeded);
    status.insert(QStringLiteral("failed"), failed);
    status.insert(QStringLiteral("ready"), ready);
    status.insert(QStringLiteral("terminating"), 0);
    status.insert(QStringLiteral("uncountedTerminatedPods"), QJsonObject{});
    for (const char *zero : {"active", "succeeded", "failed"}) {
        if (status.value(QLatin1String(zero)).toInt() == 0)
            status.remove(QLatin1String(zero));
    }
    QJsonArray conds = conditions;
    if (succeeded >= completions) {
        conds = workload::setCondition(conds, QStringLiteral("SuccessCriteriaMet"), QStringLiteral("True"), QStringLiteral("CompletionsReached"),
                                       QStringLiteral("Reached expected number of succeeded pods"));
        conds = workload::setCondition(conds, QStringLiteral("Complete"), QStringLiteral("True"), QStringLiteral("CompletionsReached"),
                                       QStringLiteral("Reached expected number of succeeded pods"));
        status.insert(QStringLiteral("completionTime"), now);
        m_ctx.events->record(job, QStringLiteral("Normal"), QStringLiteral("Completed"), QStringLiteral("Job completed"), component);
    } else if (failed > backoffLimit) {
        conds = workload::setCondition(conds, QStringLiteral("FailureTarget"), QStringLiteral("True"), QStringLiteral("BackoffLimitExceeded"),
                                       QStringLiteral("Job has reached the specified backoff limit"));
        conds = workload::setCondition(conds, QStringLiteral("Failed"), QStringLiteral("True"), QStringLiteral("BackoffLimitExceeded"),
                                       QStringLiteral("Job has reached the specified backoff limit"));
        m_ctx.events->record(job, QStringLiteral("Warning"), QStringLiteral("BackoffLimitExceeded"),
                             QStringLiteral("Job has reached the specified backoff limit"), component);
    }
    if (!conds.isEmpty())
        status.insert(QStringLiteral("conditions"), conds);
    const ObjectPtr latest = m_ctx.store->get(jobs.id, ns, name);
    if (latest && latest->json.value(QLatin1String("status")).toObject() != status) {
        QJsonObject json = latest->json;
        json.insert(QStringLiteral("status"), status);
        workload::logIfFailed(m_ctx.api->update(jobs, ns, name, json, Subresource::Status), "update from jobcontroller");
    }
}

} // namespace shipdeck::kubetest
