#include "deploymentcontroller.h"

#include "clusterapi.h"
#include "eventrecorder.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "resourceregistry.h"
#include "servercontext.h"
#include "workloadutil.h"

#include <algorithm>

namespace shipdeck::kubetest {

namespace {
const QString kRevision = QStringLiteral("deployment.kubernetes.io/revision");
const QString kComponent = QStringLiteral("deployment-controller");

int revisionOf(const ObjectPtr &rs) { return valueAt(rs->json, QStringLiteral("metadata.annotations")).toObject().value(kRevision).toString().toInt(); }
int specReplicas(const ObjectPtr &rs) { return valueAt(rs->json, QStringLiteral("spec.replicas")).toInt(); }
int statusInt(const ObjectPtr &rs, const char *field) { return valueAt(rs->json, QStringLiteral("status.") + QLatin1String(field)).toInt(); }

bool timedOut(const QJsonArray &conditions, const QString &rsName)
{
    for (const auto &c : conditions) {
        const QJsonObject condition = c.toObject();
        if (condition.value(QLatin1String("type")).toString() == QLatin1String("Progressing"))
            return condition.value(QLatin1String("reason")).toString() == QLatin1String("ProgressDeadlineExceeded")
                   && condition.value(QLatin1String("message")).toString().contains(QLatin1Char('"') + rsName + QLatin1Char('"'));
    }
    return false;
}

QJsonObject templateWithoutHash(const QJsonObject &templ)
{
    QJsonObject t = templ;
    QJsonObject labels = valueAt(t, QStringLiteral("metadata.labels")).toObject();
    labels.remove(QStringLiteral("pod-template-hash"));
    setAt(t, QStringLiteral("metadata.labels"), labels);
    return t;
}
} // namespace

DeploymentController::DeploymentController(ServerContext &context, QObject *parent) : Reconciler(context, parent)
{
    connect(m_ctx.store, &ObjectStore::changed, this, &DeploymentController::onChanged);
}

void DeploymentController::onChanged(const StoreEvent &event)
{
    const ResourceTypePtr type = m_ctx.registry->byId(event.typeId);
    if (!type || type->group != QLatin1String("apps"))
        return;
    if (type->resource == QLatin1String("deployments")) {
        enqueue(event.object->ns, event.object->name);
    } else if (type->resource == QLatin1String("replicasets")) {
        const QString owner = workload::controllerUid(event.object->json);
        if (const ObjectPtr deployment = owner.isEmpty() ? nullptr : m_ctx.store->byUid(owner))
            enqueue(deployment->ns, deployment->name);
    }
}

void DeploymentController::reconcile(const QString &ns, const QString &name)
{
    const ResourceType &deployments = workload::type(m_ctx, QStringLiteral("apps"), QStringLiteral("deployments"));
    const ResourceType &replicasets = workload::type(m_ctx, QStringLiteral("apps"), QStringLiteral("replicasets"));
    const ObjectPtr d = m_ctx.store->get(deployments.id, ns, name);
    if (!d || workload::isDeleting(d->json))
        return;
    const QJsonObject spec = d->json.value(QLatin1String("spec")).toObject();
    const int replicas = spec.value(QLatin1String("replicas")).toInt(1);
    const QJsonObject templ = spec.value(QLatin1String("template")).toObject();
    QList<ObjectPtr> all = workload::ownedBy(m_ctx, d, QStringLiteral("replicasets"));
    std::sort(all.begin(), all.end(), [](const ObjectPtr &a, const ObjectPtr &b) {
        return a->json.value(QLatin1String("metadata")).toObject().value(QLatin1String("creationTimestamp")).toString()
               < b->json.value(QLatin1String("metadata")).toObject().value(QLatin1String("creationTimestamp")).toString();
    });
    ObjectPtr newRs;
    QList<ObjectPtr> oldRs;
    const QJsonObject wanted = templateWithoutHash(templ);
    int maxRevision = 0;
    for (const ObjectPtr &rs : std::as_const(all)) {
        if (!newRs && templateWithoutHash(valueAt(rs->json, QStringLiteral("spec.template")).toObject()) == wanted)
            newRs = rs;
        else
            oldRs.append(rs);
        maxRevision = std::max(maxRevision, revisionOf(rs));
    }
    const bool paused = spec.value(QLatin1String("paused")).toBool();
    const QString strategy = valueAt(spec, QStringLiteral("strategy.type")).toString();
    auto scale = [&](const ObjectPtr &rs, int to) -> ObjectPtr {
        const int from = specReplicas(rs);
        if (from == to)
            return rs;
        QJsonObject json = rs->json;
        setAt(json, QStringLiteral("spec.replicas"), to);
        QJsonObject annotations = valueAt(json, QStringLiteral("metadata.annotations")).toObject();
        annotations.insert(QStringLiteral("deployment.kubernetes.io/desired-replicas"), QString::number(replicas));
        setAt(json, QStringLiteral("metadata.annotations"), annotations);
        auto updated = m_ctx.api->update(replicasets, ns, rs->name, json);
        if (!updated)
            return rs;
        m_ctx.events->record(d, QStringLiteral("Normal"), QStringLiteral("ScalingReplicaSet"),
                             QStringLiteral("Scaled %1 replica set %2 from %3 to %4")
                                 .arg(to > from ? QStringLiteral("up") : QStringLiteral("down"), rs->name).arg(from).arg(to),
                             kComponent);
        return updated.value();
    };

    if (!paused) {
        const int maxSurge = strategy == QLatin1String("Recreate")
                                 ? 0
                                 : intOrPercent(valueAt(spec, QStringLiteral("strategy.rollingUpdate.maxSurge")), replicas, true, 1);
        int maxUnavailable = strategy == QLatin1String("Recreate")
                                 ? replicas
                                 : intOrPercent(valueAt(spec, QStringLiteral("strategy.rollingUpdate.maxUnavailable")), replicas, false, 0);
        if (maxSurge == 0 && maxUnavailable == 0)
            maxUnavailable = 1;
        if (!newRs) {
            // A new ReplicaSet for the current template, created at 0 and scaled below.
            const QString hash = workload::podTemplateHash(templ, valueAt(d->json, QStringLiteral("status.collisionCount")).toInt());
            QJsonObject rsTemplate = templ;
            QJsonObject labels = valueAt(rsTemplate, QStringLiteral("metadata.labels")).toObject();
            labels.insert(QStringLiteral("pod-template-hash"), hash);
            setAt(rsTemplate, QStringLiteral("metadata.labels"), labels);
            QJsonObject selector = spec.value(QLatin1String("selector")).toObject();
            QJsonObject matchLabels = selector.value(QLatin1String("matchLabels")).toObject();
            matchLabels.insert(QStringLiteral("pod-template-hash"), hash);
            selector.insert(QStringLiteral("matchLabels"), matchLabels);
            QJsonObject annotations = valueAt(d->json, QStringLiteral("metadata.annotations")).toObject();
            annotations.remove(QStringLiteral("kubectl.kubernetes.io/last-applied-configuration"));
            annotations.insert(kRevision, QString::number(maxRevision + 1));
            annotations.insert(QStringLiteral("deployment.kubernetes.io/desired-replicas"), QString::number(replicas));
            annotations.insert(QStringLiteral("deployment.kubernetes.io/max-replicas"), QString::number(replicas + maxSurge));
            const QJsonObject rs{
                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name + QLatin1Char('-') + hash},
                                                         {QStringLiteral("labels"), labels},
                                                         {QStringLiteral("annotations"), annotations},
                                                         {QStringLiteral("ownerReferences"), QJsonArray{workload::controllerReference(d)}}}},
                {QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), 0},
                                                     {QStringLiteral("minReadySeconds"), spec.value(QLatin1String("minReadySeconds")).toInt()},
                                                     {QStringLiteral("selector"), selector},
                                                     {QStringLiteral("template"), rsTemplate}}}};
            auto created = m_ctx.api->create(replicasets, ns, rs);
            if (!created) {
                qWarning("deployment %s/%s: cannot create its ReplicaSet: %s", qPrintable(ns), qPrintable(name), qPrintable(created.error().toString()));
                return;
            }
            newRs = created.value();
        } else if (revisionOf(newRs) < maxRevision || revisionOf(newRs) == 0) {
            // Rolling back to an older template makes its ReplicaSet the newest revision.
            QJsonObject json = newRs->json;
            QJsonObject annotations = valueAt(json, QStringLiteral("metadata.annotations")).toObject();
            annotations.insert(kRevision, QString::number(maxRevision + 1));
            setAt(json, QStringLiteral("metadata.annotations"), annotations);
            if (auto updated = m_ctx.api->update(replicasets, ns, newRs->name, json))
                newRs = updated.value();
        }
        if (strategy == QLatin1String("Recreate")) {
            int oldPods = 0;
            for (ObjectPtr &rs : oldRs) {
                rs = scale(rs, 0);
                oldPods += statusInt(rs, "replicas");
            }
            if (oldPods == 0)
                newRs = scale(newRs, replicas);
        } else {
            int total = specReplicas(newRs);
            for (const ObjectPtr &rs : std::as_const(oldRs))
                total += specReplicas(rs);
            // Scale the new ReplicaSet up within maxSurge.
            if (specReplicas(newRs) > replicas) {
                newRs = scale(newRs, replicas);
            } else if (specReplicas(newRs) < replicas) {
                const int room = replicas + maxSurge - total;
                if (room > 0)
                    newRs = scale(newRs, specReplicas(newRs) + std::min(room, replicas - specReplicas(newRs)));
            }
            // Scale old ReplicaSets down while at least replicas - maxUnavailable stay available.
            int available = statusInt(newRs, "availableReplicas");
            for (const ObjectPtr &rs : std::as_const(oldRs))
                available += statusInt(rs, "availableReplicas");
            const int minAvailable = replicas - maxUnavailable;
            int budget = available - minAvailable;
            // Old pods that are not available can always go.
            for (ObjectPtr &rs : oldRs) {
                const int unavailable = specReplicas(rs) - statusInt(rs, "availableReplicas");
                if (unavailable > 0)
                    rs = scale(rs, specReplicas(rs) - unavailable);
            }
            for (ObjectPtr &rs : oldRs) {
                if (budget <= 0)
                    break;
                const int down = std::min(specReplicas(rs), budget);
                if (down > 0) {
                    rs = scale(rs, specReplicas(rs) - down);
                    budget -= down;
                }
            }
        }
        // History: keep revisionHistoryLimit old ReplicaSets that are scaled to zero.
        const int limit = spec.value(QLatin1String("revisionHistoryLimit")).toInt(10);
        QList<ObjectPtr> idle;
        for (const ObjectPtr &rs : std::as_const(oldRs)) {
            if (specReplicas(rs) == 0 && statusInt(rs, "replicas") == 0)
                idle.append(rs);
        }
        for (qsizetype i = 0; i + limit < idle.size(); ++i)
            workload::logIfFailed(m_ctx.api->remove(replicasets, ns, idle.at(i)->name), "remove from deploymentcontroller");
    }

    // Status, read from the ReplicaSets as they are now.
    int statusReplicas = 0, ready = 0, available = 0, updated = 0;
    bool oldPodsLeft = false;
    for (const ObjectPtr &rs : workload::ownedBy(m_ctx, d, QStringLiteral("replicasets"))) {
        statusReplicas += statusInt(rs, "replicas");
        ready += statusInt(rs, "readyReplicas");
        available += statusInt(rs, "availableReplicas");
        if (newRs && rs->uid == newRs->uid)
            updated = statusInt(rs, "replicas");
        else if (statusInt(rs, "replicas") > 0 || specReplicas(rs) > 0)
            oldPodsLeft = true;
    }
    QJsonObject status = d->json.value(QLatin1String("status")).toObject();
    status.insert(QStringLiteral("observedGeneration"), valueAt(d->json, QStringLiteral("metadata.generation")).toInt());
    status.insert(QStringLiteral("replicas"), statusReplicas);
    status.insert(QStringLiteral("updatedReplicas"), updated);
    status.insert(QStringLiteral("readyReplicas"), ready);
    status.insert(QStringLiteral("availableReplicas"), available);
    if (replicas - available > 0)
        status.insert(QStringLiteral("unavailableReplicas"), replicas - available);
    else
        status.remove(QStringLiteral("unavailableReplicas"));
    for (const char *zero : {"readyReplicas", "availableReplicas", "updatedReplicas", "replicas"}) {
        if (status.value(QLatin1String(zero)).toInt() == 0)
            status.remove(QLatin1String(zero));
    }
    const int maxUnavailable = strategy == QLatin1String("Recreate")
                                   ? replicas
                                   : intOrPercent(valueAt(spec, QStringLiteral("strategy.rollingUpdate.maxUnavailable")), replicas, false, 0);
    QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    conditions = available >= replicas - maxUnavailable
                     ? workload::setCondition(conditions, QStringLiteral("Available"), QStringLiteral("True"), QStringLiteral("MinimumReplicasAvailable"),
                                              QStringLiteral("Deployment has minimum availability."), true)
                     : workload::setCondition(conditions, QStringLiteral("Available"), QStringLiteral("False"), QStringLiteral("MinimumReplicasUnavailable"),
                                              QStringLiteral("Deployment does not have minimum availability."), true);
    const QString rsName = newRs ? newRs->name : name;
    const bool complete = newRs && updated == replicas && available == replicas && statusReplicas == replicas && !oldPodsLeft;
    if (paused)
        conditions = workload::setCondition(conditions, QStringLiteral("Progressing"), QStringLiteral("Unknown"), QStringLiteral("DeploymentPaused"),
                                            QStringLiteral("Deployment is paused"), true);
    else if (complete)
        conditions = workload::setCondition(conditions, QStringLiteral("Progressing"), QStringLiteral("True"), QStringLiteral("NewReplicaSetAvailable"),
                                            QStringLiteral("ReplicaSet \"%1\" has successfully progressed.").arg(rsName), true);
    else if (!timedOut(conditions, rsName))
        conditions = workload::setCondition(conditions, QStringLiteral("Progressing"), QStringLiteral("True"), QStringLiteral("ReplicaSetUpdated"),
                                            QStringLiteral("ReplicaSet \"%1\" is progressing.").arg(rsName), true);
    if (!paused && !complete) {
        // No completion within progressDeadlineSeconds: ProgressDeadlineExceeded, which makes
        // `kubectl rollout status` fail.
        const int deadline = spec.value(QLatin1String("progressDeadlineSeconds")).toInt(600);
        for (const auto &c : std::as_const(conditions)) {
            const QJsonObject condition = c.toObject();
            if (condition.value(QLatin1String("type")).toString() != QLatin1String("Progressing")
                || condition.value(QLatin1String("reason")).toString() != QLatin1String("ReplicaSetUpdated"))
                continue;
            const qint64 age = parseTime(condition.value(QLatin1String("lastUpdateTime")).toString()).secsTo(QDateTime::currentDateTimeUtc());
            if (age >= deadline)
                conditions = workload::setCondition(conditions, QStringLiteral("Progressing"), QStringLiteral("False"),
                                                    QStringLiteral("ProgressDeadlineExceeded"),
                                                    QStringLiteral("ReplicaSet \"%1\" has timed out progressing.").arg(rsName), true);
            else
                enqueueAfter(ns, name, int((deadline - age) * 1000 + 100));
        }
    }
    status.insert(QStringLiteral("conditions"), conditions);
    QJsonObject json = d->json;
    json.insert(QStringLiteral("status"), status);
    QJsonObject annotations = valueAt(json, QStringLiteral("metadata.annotations")).toObject();
    if (newRs && annotations.value(kRevision).toString() != QString::number(revisionOf(newRs))) {
        annotations.insert(kRevision, QString::number(revisionOf(newRs)));
        setAt(json, QStringLiteral("metadata.annotations"), annotations);
        if (auto updatedMeta = m_ctx.api->update(deployments, ns, name, json))
            json = updatedMeta.value()->json;
        json.insert(QStringLiteral("status"), status);
    }
    if (json.value(QLatin1String("status")) != d->json.value(QLatin1String("status")))
        workload::logIfFailed(m_ctx.api->update(deployments, ns, name, json, Subresource::Status), "update from deploymentcontroller");
}

} // namespace shipdeck::kubetest
