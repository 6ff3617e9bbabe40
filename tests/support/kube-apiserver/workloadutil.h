#pragma once

#include "backend/core/result.h"
#include "storedobject.h"

#include <QJsonObject>
#include <QList>

namespace shipdeck::kubetest {

class Reconciler;
struct ResourceType;
struct ServerContext;
struct StoreEvent;

namespace workload {

// A controller's write that may lose a race with a client: a failure is logged, not fatal.
template<typename T>
void logIfFailed(const Result<T> &result, const char *what)
{
    if (!result)
        qWarning("controller: %s failed: %s", what, qPrintable(result.error().toString()));
}

// ownerReferences entry naming owner as the controller.
QJsonObject controllerReference(const ObjectPtr &owner);
// The controller owner's uid, if any.
QString controllerUid(const QJsonObject &object);
// Dependents of owner of one resource, excluding objects being deleted when activeOnly.
QList<ObjectPtr> ownedBy(ServerContext &ctx, const ObjectPtr &owner, const QString &resource, bool activeOnly = true);
bool isPodReady(const QJsonObject &pod);
bool isPodTerminal(const QJsonObject &pod);
bool isDeleting(const QJsonObject &object);
// pod-template-hash as the Deployment controller computes it (FNV-32a, "safe" encoded).
QString podTemplateHash(const QJsonObject &podTemplate, int collisionCount = 0);
// A pod for a workload: the template's metadata and spec, a controller reference and name.
QJsonObject podFromTemplate(const QJsonObject &podTemplate, const ObjectPtr &owner, const QString &name);
ResourceType const &type(ServerContext &ctx, const QString &group, const QString &resource);
// A status condition with the transition time kept when the status does not change.
QJsonArray setCondition(const QJsonArray &conditions, const QString &type, const QString &status, const QString &reason,
                        const QString &message, bool withUpdateTime = false);

// Queues the workload (group/resource) an event is about, or the one owning the changed pod.
void enqueueOwner(ServerContext &ctx, Reconciler *reconciler, const StoreEvent &event, const QString &group, const QString &resource);

} // namespace workload
} // namespace shipdeck::kubetest
