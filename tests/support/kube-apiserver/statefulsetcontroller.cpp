#include "statefulsetcontroller.h"

#include "clusterapi.h"
#include "eventrecorder.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "resourceregistry.h"
#include "servercontext.h"
#include "workloadutil.h"

namespace shipdeck::kubetest {

namespace {
const QString kRevisionLabel = QStringLiteral("controller-revision-hash");
}

StatefulSetController::StatefulSetController(ServerContext &context, QObject *parent) : Reconciler(context, parent)
{
    connect(m_ctx.store, &ObjectStore::changed, this, &StatefulSetController::onChanged);
}

void StatefulSetController::onChanged(const StoreEvent &event)
{
    const ResourceTypePtr type = m_ctx.registry->byId(event.typeId);
    if (!type)
        return;
    if (type->group == QLatin1String("apps") && type->resource == QLatin1String("statefulsets")) {
        enqueue(event.object->ns, event.object->name);
    } else if (type->group.isEmpty() && type->resource == QLatin1String("pods")) {
        const QString owner = workload::controllerUid(event.object->json);
        if (const ObjectPtr sts = owner.isEmpty() ? nullptr : m_ctx.store->byUid(owner)) {
            const ResourceTypePtr ownerType = m_ctx.registry->byId(sts->typeId);
            if (ownerType && ownerType->resource == QLatin1String("statefulsets"))
                enqueue(sts->ns, sts->name);
        }
    }
}

void StatefulSetController::reconcile(const QString &ns, const QString &name)
{
    const ResourceType &statefulsets = workload::type(m_ctx, QStringLiteral("apps"), QStringLiteral("statefulsets"));
    const ResourceType &pods = workload::type(m_ctx, QString(), QStringLiteral("pods"));
    const ResourceType &revisions = workload::type(m_ctx, QStringLiteral("apps"), QStringLiteral("controllerrevisions"));
    const ObjectPtr sts = m_ctx.store->get(statefulsets.id, ns, name);
    if (!sts || workload::isDeleting(sts->json))
        return;
    const int replicas = valueAt(sts->json, QStringLiteral("spec.replicas")).toInt(1);
    const QJsonObject templ = valueAt(sts->json, QStringLiteral("spec.template")).toObject();
    const QString revision = name + QLatin1Char('-') + workload::podTemplateHash(templ);
    const bool parallel = valueAt(sts->json, QStringLiteral("spec.podManagementPolicy")).toString() == QLatin1String("Parallel");
    if (!m_ctx.store->get(revisions.id, ns, revision)) {
        int maxRevision = 0;
        for (const ObjectPtr &r : workload::ownedBy(m_ctx, sts, QStringLiteral("controllerrevisions")))
            maxRevision = std::max(maxRevision, r->json.value(QLatin1String("revision")).toInt());
        workload::logIfFailed(m_ctx.api->create(revisions, ns,
                          QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), revision},
                                                                               {QStringLiteral("labels"), valueAt(templ, QStringLiteral("metadata.labels"))},
                                                                               {QStringLiteral("ownerReferences"), QJsonArray{workload::controllerReference(sts)}}}},
                                      {QStringLiteral("data"), QJsonObject{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("template"), templ}}}}},
                                      {QStringLiteral("revision"), maxRevision + 1}}), "create from statefulsetcontroller");
    }
    QMap<int, ObjectPtr> byOrdinal;
    for (const ObjectPtr &pod : workload::ownedBy(m_ctx, sts, QStringLiteral("pods"))) {
        bool ok = false;
        const int ordinal = pod->name.mid(name.size() + 1).toInt(&ok);
        if (ok)
            byOrdinal.insert(ordinal, pod);
    }
    bool blocked = false;
    // Scale down from the highest ordinal.
    for (auto it = byOrdinal.begin(); it != byOrdinal.end();) {
        if (it.key() >= replicas) {
            workload::logIfFailed(m_ctx.api->remove(pods, ns, it.value()->name), "remove from statefulsetcontroller");
            it = byOrdinal.erase(it);
            blocked = true;
        } else {
            ++it;
        }
    }
    for (int i = 0; i < replicas && !blocked; ++i) {
        const ObjectPtr pod = byOrdinal.value(i);
        if (!pod) {
            const QString podName = QStringLiteral("%1-%2").arg(name).arg(i);
            QJsonObject body = workload::podFromTemplate(templ, sts, podName);
            QJsonObject labels = valueAt(body, QStringLiteral("metadata.labels")).toObject();
            labels.insert(kRevisionLabel, revision);
            labels.insert(QStringLiteral("statefulset.kubernetes.io/pod-name"), podName);
            labels.insert(QStringLiteral("apps.kubernetes.io/pod-index"), QString::number(i));
            setAt(body, QStringLiteral("metadata.labels"), labels);
            setAt(body, QStringLiteral("spec.hostname"), podName);
            if (auto created = m_ctx.api->create(pods, ns, body)) {
                byOrdinal.insert(i, created.value());
                m_ctx.events->record(sts, QStringLiteral("Normal"), QStringLiteral("SuccessfulCreate"),
                                     QStringLiteral("create Pod %1 in StatefulSet %2 successful").arg(podName, name), QStringLiteral("statefulset-controller"));
            }
            if (!parallel)
                blocked = true;
        } else if (!parallel && !workload::isPodReady(pod->json)) {
            blocked = true;
        }
    }
    // Rolling update: replace the highest-ordinal pod of an old revision once all are Ready.
    bool allReady = byOrdinal.size() == replicas;
    for (const ObjectPtr &pod : std::as_const(byOrdinal))
        allReady = allReady && workload::isPodReady(pod->json);
    const int partition = valueAt(sts->json, QStringLiteral("spec.updateStrategy.rollingUpdate.partition")).toInt();
    const bool onDelete = valueAt(sts->json, QStringLiteral("spec.updateStrategy.type")).toString() == QLatin1String("OnDelete");
    if (allReady && !onDelete) {
        for (int i = replicas - 1; i >= partition; --i) {
            const ObjectPtr pod = byOrdinal.value(i);
            if (pod && valueAt(pod->json, QStringLiteral("metadata.labels")).toObject().value(kRevisionLabel).toString() != revision) {
                workload::logIfFailed(m_ctx.api->remove(pods, ns, pod->name), "remove from statefulsetcontroller");
                break;
            }
        }
    }
    int ready = 0, updated = 0;
    QString currentRevision = valueAt(sts->json, QStringLiteral("status.currentRevision")).toString();
    for (const ObjectPtr &p : workload::ownedBy(m_ctx, sts, QStringLiteral("pods"))) {
        ready += workload::isPodReady(p->json) ? 1 : 0;
        updated += valueAt(p->json, QStringLiteral("metadata.labels")).toObject().value(kRevisionLabel).toString() == revision ? 1 : 0;
    }
    const int count = int(workload::ownedBy(m_ctx, sts, QStringLiteral("pods")).size());
    if (currentRevision.isEmpty() || (updated == replicas && ready == replicas))
        currentRevision = revision;
    QJsonObject status{{QStringLiteral("observedGeneration"), valueAt(sts->json, QStringLiteral("metadata.generation")).toInt()},
                       {QStringLiteral("replicas"), count},
                       {QStringLiteral("readyReplicas"), ready},
                       {QStringLiteral("availableReplicas"), ready},
                       {QStringLiteral("currentReplicas"), currentRevision == revision ? updated : count - updated},
                       {QStringLiteral("updatedReplicas"), updated},
                       {QStringLiteral("currentRevision"), currentRevision},
                       {QStringLiteral("updateRevision"), revision},
                       {QStringLiteral("collisionCount"), 0}};
    const ObjectPtr latest = m_ctx.store->get(statefulsets.id, ns, name);
    if (latest && latest->json.value(QLatin1String("status")).toObject() != status) {
        QJsonObject json = latest->json;
        json.insert(QStringLiteral("status"), status);
        workload::logIfFailed(m_ctx.api->update(statefulsets, ns, name, json, Subresource::Status), "update from statefulsetcontroller");
    }
}

} // namespace shipdeck::kubetest
