#include "daemonsetcontroller.h"

#include "clusterapi.h"
#include "eventrecorder.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "resourceregistry.h"
#include "servercontext.h"
#include "workloadutil.h"

namespace shipdeck::kubetest {

namespace {
const QString kHashLabel = QStringLiteral("controller-revision-hash");

bool nodeMatches(const ObjectPtr &node, const QJsonObject &nodeSelector)
{
    const QJsonObject labels = valueAt(node->json, QStringLiteral("metadata.labels")).toObject();
    for (auto it = nodeSelector.begin(); it != nodeSelector.end(); ++it) {
        if (labels.value(it.key()) != it.value())
            return false;
    }
    return true;
}
} // namespace

DaemonSetController::DaemonSetController(ServerContext &context, QObject *parent) : Reconciler(context, parent)
{
    connect(m_ctx.store, &ObjectStore::changed, this, &DaemonSetController::onChanged);
}

void DaemonSetController::onChanged(const StoreEvent &event)
{
    workload::enqueueOwner(m_ctx, this, event, QStringLiteral("apps"), QStringLiteral("daemonsets"));
}

void DaemonSetController::reconcile(const QString &ns, const QString &name)
{
    const ResourceType &daemonsets = workload::type(m_ctx, QStringLiteral("apps"), QStringLiteral("daemonsets"));
    const ResourceType &pods = workload::type(m_ctx, QString(), QStringLiteral("pods"));
    const ResourceType &nodes = workload::type(m_ctx, QString(), QStringLiteral("nodes"));
    const ObjectPtr ds = m_ctx.store->get(daemonsets.id, ns, name);
    if (!ds || workload::isDeleting(ds->json))
        return;
    const QJsonObject templ = valueAt(ds->json, QStringLiteral("spec.template")).toObject();
    const QString hash = workload::podTemplateHash(templ);
    const QJsonObject nodeSelector = valueAt(templ, QStringLiteral("spec.nodeSelector")).toObject();
    QHash<QString, ObjectPtr> byNode;
    for (const ObjectPtr &pod : workload::ownedBy(m_ctx, ds, QStringLiteral("pods")))
        byNode.insert(valueAt(pod->json, QStringLiteral("spec.nodeName")).toString(), pod);
    int desired = 0;
    bool replacing = false;
    for (const ObjectPtr &node : m_ctx.store->list(nodes.id)) {
        if (!nodeMatches(node, nodeSelector))
            continue;
        ++desired;
        const ObjectPtr pod = byNode.value(node->name);
        if (!pod) {
            QJsonObject body = workload::podFromTemplate(templ, ds, name + QLatin1Char('-') + ClusterApi::randomSuffix());
            QJsonObject labels = valueAt(body, QStringLiteral("metadata.labels")).toObject();
            labels.insert(kHashLabel, hash);
            setAt(body, QStringLiteral("metadata.labels"), labels);
            setAt(body, QStringLiteral("spec.nodeName"), node->name);
            if (auto created = m_ctx.api->create(pods, ns, body))
                m_ctx.events->record(ds, QStringLiteral("Normal"), QStringLiteral("SuccessfulCreate"),
                                     QStringLiteral("Created pod: %1").arg(created.value()->name), QStringLiteral("daemonset-controller"));
        } else if (!replacing && valueAt(pod->json, QStringLiteral("metadata.labels")).toObject().value(kHashLabel).toString() != hash) {
            bool othersReady = true;
            for (const ObjectPtr &p : std::as_const(byNode))
                othersReady = othersReady && workload::isPodReady(p->json);
            if (othersReady) {
                workload::logIfFailed(m_ctx.api->remove(pods, ns, pod->name), "remove from daemonsetcontroller");
                replacing = true;
            }
        }
    }
    int current = 0, ready = 0, updated = 0;
    for (const ObjectPtr &pod : workload::ownedBy(m_ctx, ds, QStringLiteral("pods"))) {
        ++current;
        ready += workload::isPodReady(pod->json) ? 1 : 0;
        updated += valueAt(pod->json, QStringLiteral("metadata.labels")).toObject().value(kHashLabel).toString() == hash ? 1 : 0;
    }
    QJsonObject status{{QStringLiteral("observedGeneration"), valueAt(ds->json, QStringLiteral("metadata.generation")).toInt()},
                       {QStringLiteral("desiredNumberScheduled"), desired},
                       {QStringLiteral("currentNumberScheduled"), current},
                       {QStringLiteral("numberMisscheduled"), 0},
                       {QStringLiteral("numberReady"), ready},
                       {QStringLiteral("numberAvailable"), ready},
                       {QStringLiteral("updatedNumberScheduled"), updated}};
    if (desired - ready > 0)
        status.insert(QStringLiteral("numberUnavailable"), desired - ready);
    const ObjectPtr latest = m_ctx.store->get(daemonsets.id, ns, name);
    if (latest && latest->json.value(QLatin1String("status")).toObject() != status) {
        QJsonObject json = latest->json;
        json.insert(QStringLiteral("status"), status);
        workload::logIfFailed(m_ctx.api->update(daemonsets, ns, name, json, Subresource::Status), "update from daemonsetcontroller");
    }
}

} // namespace shipdeck::kubetest
