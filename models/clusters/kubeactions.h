#pragma once

#include "backend/kube/kubeaccessreview.h"

#include <QString>

namespace shipdeck {

struct KubeResourceType;

// What can be done with an object of the cluster views, which kinds it applies to and which
// permission it needs (checked with SelfSubjectAccessReview before the action is shown).
enum class KubeAction {
    ViewYaml,
    Edit,
    Scale,
    Restart,
    Delete,
    Logs,
    // Argo Rollouts (kubectl argo rollouts …)
    Promote,
    PromoteFull,
    Abort,
    Retry,
    Undo,
    Pause,
    RestartRollout,
};

namespace KubeActions {

QList<KubeAction> all();
// Whether the action makes sense for the kind ("scale" for Deployments, not for Services).
bool applies(KubeAction action, const KubeResourceType &type);
// The permission the action needs on an object of `type` in `ns`.
KubeAccessCheck check(KubeAction action, const KubeResourceType &type, const QString &ns);
// The KubeClient::rolloutAction name ("promote", "promote-full" …), empty for other actions.
QString rolloutVerb(KubeAction action);
// A stable id for settings, tests and the action registry ("scale", "argo.promote").
QString id(KubeAction action);

} // namespace KubeActions

} // namespace shipdeck
