#pragma once

#include "reconciler.h"

namespace shipdeck::kubetest {

struct StoreEvent;

// Deployments -> ReplicaSets, as kube-controller-manager does it: one ReplicaSet per pod
// template (named <deployment>-<pod-template-hash>), RollingUpdate bounded by maxSurge and
// maxUnavailable, Recreate, paused, revisions (deployment.kubernetes.io/revision), history
// cleanup, status and the Available/Progressing conditions `kubectl rollout status` reads.
class DeploymentController : public Reconciler
{
    Q_OBJECT
public:
    explicit DeploymentController(ServerContext &context, QObject *parent = nullptr);

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    void onChanged(const StoreEvent &event);
};

} // namespace shipdeck::kubetest
