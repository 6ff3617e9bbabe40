#include "replicasetcontroller.h"

#include "clusterapi.h"
#include "eventrecorder.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "resourceregistry.h"
#include "servercontext.h"
#include "workloadutil.h"

#include <algorithm>

namespace shipdeck::kubetest {

ReplicaSetController::ReplicaSetController(ServerContext &context, QObject *parent) : Reconciler(context, parent)
{
    connect(m_ctx.store, &ObjectStore::changed, this, &ReplicaSetController::onChanged);
}

void ReplicaSetController::onChanged(const StoreEvent &event)
{
    const ResourceTypePtr type = m_ctx.registry->byId(event.typeId);
    if (!type)
        return;
    if (type->group == QLatin1String("apps") && type->resource == QLatin1String("replicasets")) {
        enqueue(event.object->ns, event.object->name);
    } else if (type->group.isEmpty() && type->resource == QLatin1String("pods")) {
        const QString owner = workload::controllerUid(event.object->json);
        if (const ObjectPtr rs = owner.isEmpty() ? nullptr : m_ctx.store->byUid(owner)) {
            const ResourceTypePtr ownerType = m_ctx.registry->byId(rs->typeId);
            if (ownerType && ownerType->resource == QLatin1String("replicasets"))
                enqueue(rs->ns, rs->name);
        }
    }
}

void ReplicaSetController::reconcile(const QString &ns, const QString &name)
{
    const ResourceType &replicasets = workload::type(m_ctx, QStringLiteral("apps"), QStringLiteral("replicasets"));
    const ResourceType &pods = workload::type(m_ctx, QString(), QStringLiteral("pods"));
    const ObjectPtr rs = m_ctx.store->get(replicasets.id, ns, name);
    if (!rs || workload::isDeleting(rs->json))
        return;
    const int want = valueAt(rs->json, QStringLiteral("spec.replicas")).toInt(1);
    QList<ObjectPtr> active;
    for (const ObjectPtr &pod : workload::ownedBy(m_ctx, rs, QStringLiteral("pods"))) {
        if (!workload::isPodTerminal(pod->json))
            active.append(pod);
    }
    const QString component = QStringLiteral("replicaset-controller");
    if (active.size() < want) {
        const QJsonObject templ = valueAt(rs->json, QStringLiteral("spec.template")).toObject();
        for (qsizetype i = active.size(); i < want; ++i) {
            const QString podName = name + QLatin1Char('-') + ClusterApi::randomSuffix();
            auto created = m_ctx.api->create(pods, ns, workload::podFromTemplate(templ, rs, podName));
            if (!created) {
                m_ctx.events->record(rs, QStringLiteral("Warning"), QStringLiteral("FailedCreate"),
                                     QStringLiteral("Error creating: %1").arg(created.error().message()), component);
                break;
            }
            m_ctx.events->record(rs, QStringLiteral("Normal"), QStringLiteral("SuccessfulCreate"),
                                 QStringLiteral("Created pod: %1").arg(podName), component);
            active.append(created.value());
        }
    } else if (active.size() > want) {
        std::sort(active.begin(), active.end(), [](const ObjectPtr &a, const ObjectPtr &b) {
            const bool readyA = workload::isPodReady(a->json);
            const bool readyB = workload::isPodReady(b->json);
            if (readyA != readyB)
                return !readyA; // not ready first
            return valueAt(a->json, QStringLiteral("metadata.creationTimestamp")).toString()
                   > valueAt(b->json, QStringLiteral("metadata.creationTimestamp")).toString(); // newest first
        });
        while (active.size() > want) {
            const ObjectPtr victim = active.takeFirst();
            if (m_ctx.api->remove(pods, ns, victim->name))
                m_ctx.events->record(rs, QStringLiteral("Normal"), QStringLiteral("SuccessfulDelete"),
                                     QStringLiteral("Deleted pod: %1").arg(victim->name), component);
        }
    }
    int ready = 0;
    for (const ObjectPtr &pod : std::as_const(active))
        ready += workload::isPodReady(m_ctx.store->get(pods.id, ns, pod->name) ? m_ctx.store->get(pods.id, ns, pod->name)->json : pod->json) ? 1 : 0;
    QJsonObject status{{QStringLiteral("replicas"), int(active.size())},
                       {QStringLiteral("fullyLabeledReplicas"), int(active.size())},
                       {QStringLiteral("observedGeneration"), valueAt(rs->json, QStringLiteral("metadata.generation")).toInt()}};
    if (ready > 0) {
        status.insert(QStringLiteral("readyReplicas"), ready);
        status.insert(QStringLiteral("availableReplicas"), ready);
    }
    if (active.isEmpty())
        status.remove(QStringLiteral("fullyLabeledReplicas"));
    const ObjectPtr current = m_ctx.store->get(replicasets.id, ns, name);
    if (current && current->json.value(QLatin1String("status")).toObject() != status) {
        QJsonObject json = current->json;
        json.insert(QStringLiteral("status"), status);
        workload::logIfFailed(m_ctx.api->update(replicasets, ns, name, json, Subresource::Status), "update from replicasetcontroller");
    }
}

} // namespace shipdeck::kubetest
