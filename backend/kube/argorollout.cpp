#include "backend/kube/argorollout.h"

#include <QDateTime>
#include <QJsonArray>

namespace shipdeck {

namespace {

QJsonObject obj(const QJsonObject &o, const char *k) { return o.value(QLatin1String(k)).toObject(); }
QJsonArray arr(const QJsonObject &o, const char *k) { return o.value(QLatin1String(k)).toArray(); }
QString str(const QJsonObject &o, const char *k) { return o.value(QLatin1String(k)).toString(); }
int integer(const QJsonObject &o, const char *k) { return int(o.value(QLatin1String(k)).toInteger()); }

// observedGeneration is a string in Rollout status ("3"), a number elsewhere.
QString generationText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return QString();
}

QString durationText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInteger()) + QLatin1Char('s');
    return v.toString();
}

ArgoStep describeStep(const QJsonObject &step)
{
    ArgoStep s;
    if (step.contains(QLatin1String("setWeight"))) {
        s.type = QStringLiteral("setWeight");
        s.weight = integer(step, "setWeight");
        s.summary = QStringLiteral("setWeight: %1").arg(s.weight);
    } else if (step.contains(QLatin1String("pause"))) {
        s.type = QStringLiteral("pause");
        const QJsonValue d = obj(step, "pause").value(QLatin1String("duration"));
        s.summary = d.isUndefined() || d.isNull() ? QStringLiteral("pause (until promoted)") : QStringLiteral("pause: ") + durationText(d);
    } else if (step.contains(QLatin1String("analysis"))) {
        s.type = QStringLiteral("analysis");
        QStringList names;
        for (const auto &t : arr(obj(step, "analysis"), "templates"))
            names.append(str(t.toObject(), "templateName"));
        s.summary = QStringLiteral("analysis: ") + names.join(QStringLiteral(", "));
    } else if (!step.isEmpty()) {
        s.type = step.begin().key();
        s.summary = s.type;
    }
    return s;
}

bool hasCondition(const QJsonObject &status, const QString &type, QString *reason = nullptr, QString *message = nullptr)
{
    for (const auto &c : arr(status, "conditions")) {
        const QJsonObject cond = c.toObject();
        if (str(cond, "type") == type) {
            if (reason)
                *reason = str(cond, "reason");
            if (message)
                *message = str(cond, "message");
            return true;
        }
    }
    return false;
}

} // namespace

QPair<QString, QString> argoRolloutPhase(const QJsonObject &ro)
{
    const QJsonObject meta = obj(ro, "metadata");
    const QJsonObject spec = obj(ro, "spec");
    const QJsonObject status = obj(ro, "status");
    const QString progressing = QStringLiteral("Progressing");
    // 1. the controller has not seen the latest spec
    const QString observed = generationText(status.value(QLatin1String("observedGeneration")));
    if (observed != generationText(meta.value(QLatin1String("generation"))))
        return {progressing, QStringLiteral("waiting for rollout spec update to be observed")};
    // 2. the user cleared the pause conditions; the controller has not resumed yet
    const QJsonArray pauses = arr(status, "pauseConditions");
    if (status.value(QLatin1String("controllerPause")).toBool() && pauses.isEmpty())
        return {progressing, QStringLiteral("waiting for rollout to unpause")};
    // 3. workloadRef generation not observed
    if (spec.contains(QLatin1String("workloadRef")) && status.contains(QLatin1String("workloadObservedGeneration"))
        && str(status, "workloadObservedGeneration").isEmpty())
        return {progressing, QStringLiteral("waiting for rollout spec update to be observed")};
    // 4. invalid spec, aborted, deadline exceeded
    QString reason, message;
    if (hasCondition(status, QStringLiteral("InvalidSpec"), &reason, &message))
        return {QStringLiteral("Degraded"), QStringLiteral("InvalidSpec: ") + message};
    if (hasCondition(status, progressing, &reason, &message)
        && (reason == QLatin1String("RolloutAborted") || reason == QLatin1String("ProgressDeadlineExceeded")))
        return {QStringLiteral("Degraded"), reason + QStringLiteral(": ") + message};
    // 5-6. paused by the user or by the controller
    if (spec.value(QLatin1String("paused")).toBool())
        return {QStringLiteral("Paused"), QStringLiteral("manually paused")};
    if (!pauses.isEmpty())
        return {QStringLiteral("Paused"), str(pauses.first().toObject(), "reason")};
    // 7. restart requested and not done yet
    const QString restartAt = str(spec, "restartAt");
    if (!restartAt.isEmpty()) {
        const QDateTime at = QDateTime::fromString(restartAt, Qt::ISODate);
        const QDateTime done = QDateTime::fromString(str(status, "restartedAt"), Qt::ISODate);
        if (at.isValid() && at <= QDateTime::currentDateTimeUtc() && (!done.isValid() || done < at))
            return {progressing, QStringLiteral("rollout is restarting")};
    }
    const int desired = spec.contains(QLatin1String("replicas")) ? integer(spec, "replicas") : 1;
    const int updated = integer(status, "updatedReplicas");
    const int available = integer(status, "availableReplicas");
    // 8-9. replicas still rolling
    if (updated < desired)
        return {progressing, QStringLiteral("more replicas need to be updated")};
    if (available < updated)
        return {progressing, QStringLiteral("updated replicas are still becoming available")};
    const QJsonObject strategy = obj(spec, "strategy");
    const QString podHash = str(status, "currentPodHash");
    const bool promoted = !podHash.isEmpty() && podHash == str(status, "stableRS");
    if (strategy.contains(QLatin1String("blueGreen"))) {
        // 10. blue-green cutover and verification
        if (str(obj(status, "blueGreen"), "activeSelector") != podHash)
            return {progressing, QStringLiteral("active service cutover pending")};
        if (!promoted) {
            if (obj(strategy, "blueGreen").contains(QLatin1String("postPromotionAnalysis")))
                return {progressing, QStringLiteral("waiting for post-promotion verification to complete")};
            return {progressing, QStringLiteral("waiting for analysis to complete")};
        }
    } else if (strategy.contains(QLatin1String("canary"))) {
        // 11. canary: old replicas and steps
        const QJsonObject canary = obj(strategy, "canary");
        if (!canary.contains(QLatin1String("trafficRouting")) && integer(status, "replicas") > updated)
            return {progressing, QStringLiteral("old replicas are pending termination")};
        if (!promoted)
            return {progressing, QStringLiteral("waiting for all steps to complete")};
    }
    return {QStringLiteral("Healthy"), QString()};
}

ArgoRolloutInfo ArgoRolloutInfo::fromJson(const QJsonObject &ro)
{
    ArgoRolloutInfo i;
    const QJsonObject meta = obj(ro, "metadata");
    const QJsonObject spec = obj(ro, "spec");
    const QJsonObject status = obj(ro, "status");
    i.namespaceName = str(meta, "namespace");
    i.name = str(meta, "name");
    const QJsonObject strategy = obj(spec, "strategy");
    i.strategy = strategy.contains(QLatin1String("blueGreen")) ? QStringLiteral("BlueGreen") : QStringLiteral("Canary");
    const auto [phase, message] = argoRolloutPhase(ro);
    i.phase = phase;
    i.message = message;
    for (const auto &s : arr(obj(strategy, "canary"), "steps"))
        i.steps.append(describeStep(s.toObject()));
    i.stepCount = int(i.steps.size());
    i.currentStepIndex = status.contains(QLatin1String("currentStepIndex")) ? integer(status, "currentStepIndex") : 0;
    i.specPaused = spec.value(QLatin1String("paused")).toBool();
    i.abort = status.value(QLatin1String("abort")).toBool();
    i.promoteFull = status.value(QLatin1String("promoteFull")).toBool();
    i.controllerPause = status.value(QLatin1String("controllerPause")).toBool();
    for (const auto &p : arr(status, "pauseConditions"))
        i.pauseConditions.append({str(p.toObject(), "reason"), str(p.toObject(), "startTime")});
    i.currentPodHash = str(status, "currentPodHash");
    i.stableRS = str(status, "stableRS");
    const QJsonObject canaryStatus = obj(status, "canary");
    i.stepAnalysisRun = str(obj(canaryStatus, "currentStepAnalysisRunStatus"), "name");
    i.stepAnalysisStatus = str(obj(canaryStatus, "currentStepAnalysisRunStatus"), "status");
    i.backgroundAnalysisRun = str(obj(canaryStatus, "currentBackgroundAnalysisRunStatus"), "name");
    const QJsonObject weights = obj(canaryStatus, "weights");
    if (weights.contains(QLatin1String("canary")))
        i.actualWeight = integer(obj(weights, "canary"), "weight");
    i.activeSelector = str(obj(status, "blueGreen"), "activeSelector");
    i.previewSelector = str(obj(status, "blueGreen"), "previewSelector");
    for (const auto &c : arr(obj(obj(spec, "template"), "spec"), "containers"))
        i.images.append(str(c.toObject(), "image"));
    i.desired = spec.contains(QLatin1String("replicas")) ? integer(spec, "replicas") : 1;
    i.current = integer(status, "replicas");
    i.updated = integer(status, "updatedReplicas");
    i.ready = integer(status, "readyReplicas");
    i.available = integer(status, "availableReplicas");
    // The weight Argo's `get rollout` shows: the last setWeight reached; 100 when promoted.
    if (i.fullyPromoted() || (i.stepCount > 0 && i.currentStepIndex >= i.stepCount)) {
        i.setWeight = 100;
    } else if (!i.abort) {
        for (int s = 0; s < qMin(i.currentStepIndex + 1, i.stepCount); ++s) {
            if (i.steps.at(s).weight >= 0)
                i.setWeight = i.steps.at(s).weight;
        }
    }
    return i;
}

QJsonObject ArgoRolloutInfo::toJson() const
{
    QJsonArray stepArray;
    for (int s = 0; s < steps.size(); ++s) {
        const QString state = s < currentStepIndex ? QStringLiteral("done") : s == currentStepIndex ? QStringLiteral("current") : QStringLiteral("pending");
        stepArray.append(QJsonObject{{QStringLiteral("type"), steps.at(s).type}, {QStringLiteral("summary"), steps.at(s).summary},
                                     {QStringLiteral("state"), state}});
    }
    QJsonArray pauseArray;
    for (const auto &p : pauseConditions)
        pauseArray.append(QJsonObject{{QStringLiteral("reason"), p.reason}, {QStringLiteral("startTime"), p.startTime}});
    return QJsonObject{{QStringLiteral("namespace"), namespaceName}, {QStringLiteral("name"), name},
                       {QStringLiteral("strategy"), strategy}, {QStringLiteral("phase"), phase},
                       {QStringLiteral("message"), message}, {QStringLiteral("currentStepIndex"), currentStepIndex},
                       {QStringLiteral("stepCount"), stepCount}, {QStringLiteral("steps"), stepArray},
                       {QStringLiteral("setWeight"), setWeight}, {QStringLiteral("actualWeight"), actualWeight},
                       {QStringLiteral("paused"), specPaused}, {QStringLiteral("abort"), abort},
                       {QStringLiteral("controllerPause"), controllerPause}, {QStringLiteral("pauseConditions"), pauseArray},
                       {QStringLiteral("currentPodHash"), currentPodHash}, {QStringLiteral("stableRS"), stableRS},
                       {QStringLiteral("stepAnalysisRun"), stepAnalysisRun}, {QStringLiteral("images"), QJsonArray::fromStringList(images)},
                       {QStringLiteral("desired"), desired}, {QStringLiteral("current"), current},
                       {QStringLiteral("updated"), updated}, {QStringLiteral("ready"), ready}, {QStringLiteral("available"), available}};
}

ArgoAnalysisRunInfo ArgoAnalysisRunInfo::fromJson(const QJsonObject &run)
{
    ArgoAnalysisRunInfo i;
    const QJsonObject meta = obj(run, "metadata");
    const QJsonObject status = obj(run, "status");
    i.namespaceName = str(meta, "namespace");
    i.name = str(meta, "name");
    i.phase = str(status, "phase");
    if (i.phase.isEmpty())
        i.phase = QStringLiteral("Pending");
    i.message = str(status, "message");
    i.startedAt = str(status, "startedAt");
    i.revision = str(obj(meta, "labels"), "rollout.argoproj.io/revision");
    if (i.revision.isEmpty())
        i.revision = str(obj(meta, "annotations"), "rollout.argoproj.io/revision");
    for (const auto &ref : arr(meta, "ownerReferences")) {
        if (str(ref.toObject(), "kind") == QLatin1String("Rollout"))
            i.rollout = str(ref.toObject(), "name");
    }
    QHash<QString, QJsonObject> specMetrics;
    for (const auto &m : arr(obj(run, "spec"), "metrics"))
        specMetrics.insert(str(m.toObject(), "name"), m.toObject());
    for (const auto &m : arr(status, "metricResults")) {
        const QJsonObject r = m.toObject();
        ArgoMetricResult mr;
        mr.name = str(r, "name");
        mr.phase = str(r, "phase");
        mr.message = str(r, "message");
        mr.count = integer(r, "count");
        mr.successful = integer(r, "successful");
        mr.failed = integer(r, "failed");
        mr.inconclusive = integer(r, "inconclusive");
        mr.error = integer(r, "error");
        mr.consecutiveError = integer(r, "consecutiveError");
        const QJsonObject def = specMetrics.value(mr.name);
        mr.successCondition = str(def, "successCondition");
        mr.failureCondition = str(def, "failureCondition");
        const QJsonObject provider = obj(def, "provider");
        if (!provider.isEmpty())
            mr.provider = provider.begin().key();
        for (const auto &x : arr(r, "measurements")) {
            const QJsonObject o = x.toObject();
            mr.measurements.append({str(o, "phase"), str(o, "value"), str(o, "message"), str(o, "startedAt"), str(o, "finishedAt")});
        }
        i.metrics.append(mr);
    }
    return i;
}

QJsonObject ArgoAnalysisRunInfo::toJson() const
{
    QJsonArray metricArray;
    for (const auto &m : metrics) {
        QJsonArray ms;
        for (const auto &x : m.measurements)
            ms.append(QJsonObject{{QStringLiteral("phase"), x.phase}, {QStringLiteral("value"), x.value},
                                  {QStringLiteral("message"), x.message}, {QStringLiteral("startedAt"), x.startedAt},
                                  {QStringLiteral("finishedAt"), x.finishedAt}});
        metricArray.append(QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("phase"), m.phase},
                                       {QStringLiteral("message"), m.message}, {QStringLiteral("count"), m.count},
                                       {QStringLiteral("successful"), m.successful}, {QStringLiteral("failed"), m.failed},
                                       {QStringLiteral("inconclusive"), m.inconclusive}, {QStringLiteral("error"), m.error},
                                       {QStringLiteral("successCondition"), m.successCondition},
                                       {QStringLiteral("failureCondition"), m.failureCondition},
                                       {QStringLiteral("provider"), m.provider}, {QStringLiteral("measurements"), ms}});
    }
    return QJsonObject{{QStringLiteral("namespace"), namespaceName}, {QStringLiteral("name"), name},
                       {QStringLiteral("phase"), phase}, {QStringLiteral("message"), message},
                       {QStringLiteral("rollout"), rollout}, {QStringLiteral("revision"), revision},
                       {QStringLiteral("startedAt"), startedAt}, {QStringLiteral("metrics"), metricArray}};
}

} // namespace shipdeck
