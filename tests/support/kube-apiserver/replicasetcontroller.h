#pragma once

#include "reconciler.h"

namespace shipdeck::kubetest {

struct StoreEvent;

// ReplicaSets -> Pods: creates and deletes pods (not-ready and newest first) to match
// spec.replicas and reports replicas, readyReplicas and availableReplicas.
class ReplicaSetController : public Reconciler
{
    Q_OBJECT
public:
    explicit ReplicaSetController(ServerContext &context, QObject *parent = nullptr);

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    void onChanged(const StoreEvent &event);
};

} // namespace shipdeck::kubetest
