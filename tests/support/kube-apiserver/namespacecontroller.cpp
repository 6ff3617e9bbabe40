#include "namespacecontroller.h"

#include "clusterapi.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "resourceregistry.h"
#include "servercontext.h"
#include "workloadutil.h"

namespace shipdeck::kubetest {

NamespaceController::NamespaceController(ServerContext &context, QObject *parent) : Reconciler(context, parent)
{
    connect(m_ctx.store, &ObjectStore::changed, this, &NamespaceController::onChanged);
}

void NamespaceController::onChanged(const StoreEvent &event)
{
    const ResourceTypePtr type = m_ctx.registry->byId(event.typeId);
    if (!type || !type->group.isEmpty() || type->resource != QLatin1String("namespaces") || event.type == EventType::Deleted)
        return;
    const ResourceType &serviceAccounts = workload::type(m_ctx, QString(), QStringLiteral("serviceaccounts"));
    if (event.type == EventType::Added && !m_ctx.store->get(serviceAccounts.id, event.object->name, QStringLiteral("default")))
        workload::logIfFailed(m_ctx.api->create(serviceAccounts, event.object->name,
                          QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("default")}}}}), "create from namespacecontroller");
    // Every namespace gets the cluster CA, as kube-controller-manager's root-ca-cert-publisher does.
    const ResourceType &configMaps = workload::type(m_ctx, QString(), QStringLiteral("configmaps"));
    if (event.type == EventType::Added && !m_ctx.caPem.isEmpty()
        && !m_ctx.store->get(configMaps.id, event.object->name, QStringLiteral("kube-root-ca.crt")))
        workload::logIfFailed(m_ctx.api->create(configMaps, event.object->name,
                          QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("kube-root-ca.crt")},
                                                                               {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("kubernetes.io/description"),
                                                                                                                            QStringLiteral("Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.")}}}}},
                                      {QStringLiteral("data"), QJsonObject{{QStringLiteral("ca.crt"), QString::fromLatin1(m_ctx.caPem)}}}}), "create from namespacecontroller");
    if (workload::isDeleting(event.object->json))
        enqueue(QString(), event.object->name);
}

void NamespaceController::reconcile(const QString &, const QString &name)
{
    const ResourceType &namespaces = workload::type(m_ctx, QString(), QStringLiteral("namespaces"));
    const ObjectPtr ns = m_ctx.store->get(namespaces.id, QString(), name);
    if (!ns || !workload::isDeleting(ns->json))
        return;
    int remaining = 0;
    for (const ResourceTypePtr &type : m_ctx.registry->all()) {
        if (!type->namespaced || type->virtualOnly)
            continue;
        for (const ObjectPtr &object : m_ctx.store->list(type->id, name)) {
            if (!workload::isDeleting(object->json))
                workload::logIfFailed(m_ctx.api->remove(*type, name, object->name), "remove from namespacecontroller");
            if (m_ctx.store->get(type->id, name, object->name))
                ++remaining;
        }
    }
    if (remaining > 0) {
        enqueueAfter(QString(), name, 200);
        return;
    }
    m_ctx.store->remove(namespaces.id, QString(), name);
}

GarbageCollector::GarbageCollector(ServerContext &context, QObject *parent) : Reconciler(context, parent)
{
    connect(m_ctx.store, &ObjectStore::changed, this, &GarbageCollector::onChanged);
}

void GarbageCollector::onChanged(const StoreEvent &event)
{
    if (event.type == EventType::Deleted) {
        if (!m_ctx.store->dependents(event.object->uid).isEmpty())
            enqueue(QStringLiteral("uid"), event.object->uid);
        // An owner waiting for its dependents (foreground deletion) may be done now.
        for (const auto &ref : valueAt(event.object->json, QStringLiteral("metadata.ownerReferences")).toArray())
            enqueue(QStringLiteral("uid"), ref.toObject().value(QLatin1String("uid")).toString());
        return;
    }
    const QJsonArray finalizers = valueAt(event.object->json, QStringLiteral("metadata.finalizers")).toArray();
    if (workload::isDeleting(event.object->json) && finalizers.contains(QStringLiteral("foregroundDeletion")))
        enqueue(QStringLiteral("uid"), event.object->uid);
}

void GarbageCollector::reconcile(const QString &, const QString &uid)
{
    const ObjectPtr owner = m_ctx.store->byUid(uid);
    const QList<ObjectPtr> dependents = m_ctx.store->dependents(uid);
    if (!owner) {
        // The owner is gone: dependents without another live owner go too (background).
        for (const ObjectPtr &dependent : dependents) {
            const ResourceTypePtr type = m_ctx.registry->byId(dependent->typeId);
            if (!type)
                continue;
            bool otherOwner = false;
            QJsonArray remainingRefs;
            for (const auto &ref : valueAt(dependent->json, QStringLiteral("metadata.ownerReferences")).toArray()) {
                const QString refUid = ref.toObject().value(QLatin1String("uid")).toString();
                if (refUid == uid)
                    continue;
                remainingRefs.append(ref);
                otherOwner = otherOwner || m_ctx.store->byUid(refUid);
            }
            if (otherOwner) {
                QJsonObject json = dependent->json;
                setAt(json, QStringLiteral("metadata.ownerReferences"), remainingRefs);
                workload::logIfFailed(m_ctx.api->update(*type, dependent->ns, dependent->name, json), "update from namespacecontroller");
            } else if (!workload::isDeleting(dependent->json)) {
                workload::logIfFailed(m_ctx.api->remove(*type, dependent->ns, dependent->name), "remove from namespacecontroller");
            }
        }
        return;
    }
    if (!workload::isDeleting(owner->json))
        return;
    const ResourceTypePtr ownerType = m_ctx.registry->byId(owner->typeId);
    if (!ownerType)
        return;
    if (!dependents.isEmpty()) {
        for (const ObjectPtr &dependent : dependents) {
            const ResourceTypePtr type = m_ctx.registry->byId(dependent->typeId);
            if (type && !workload::isDeleting(dependent->json)) {
                DeleteOptions options;
                options.propagationPolicy = QStringLiteral("Foreground");
                workload::logIfFailed(m_ctx.api->remove(*type, dependent->ns, dependent->name, options), "remove from namespacecontroller");
            }
        }
        return;
    }
    QJsonObject json = owner->json;
    QJsonArray finalizers = valueAt(json, QStringLiteral("metadata.finalizers")).toArray();
    finalizers = withoutValue(finalizers, QStringLiteral("foregroundDeletion"));
    setAt(json, QStringLiteral("metadata.finalizers"), finalizers);
    workload::logIfFailed(m_ctx.api->update(*ownerType, owner->ns, owner->name, json), "update from namespacecontroller");
}

} // namespace shipdeck::kubetest
