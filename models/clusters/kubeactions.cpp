#include "models/clusters/kubeactions.h"

#include "backend/kube/kuberesourcetype.h"

namespace shipdeck::KubeActions {

namespace {
bool is(const KubeResourceType &type, const char *resource, const char *group)
{
    return type.resource == QLatin1String(resource) && type.group == QLatin1String(group);
}
bool isRollout(const KubeResourceType &type)
{
    return is(type, "rollouts", "argoproj.io");
}
bool isWorkload(const KubeResourceType &type)
{
    return is(type, "deployments", "apps") || is(type, "statefulsets", "apps") || is(type, "daemonsets", "apps")
           || is(type, "replicasets", "apps") || is(type, "jobs", "batch") || isRollout(type);
}
} // namespace

QList<KubeAction> all()
{
    return {KubeAction::ViewYaml, KubeAction::Edit,    KubeAction::Scale,       KubeAction::Restart, KubeAction::Delete,
            KubeAction::Logs,     KubeAction::Promote, KubeAction::PromoteFull, KubeAction::Abort,   KubeAction::Retry,
            KubeAction::Undo,     KubeAction::Pause,   KubeAction::RestartRollout};
}

bool applies(KubeAction action, const KubeResourceType &type)
{
    if (!type.isValid())
        return false;
    switch (action) {
    case KubeAction::ViewYaml:
    case KubeAction::Delete:
        return true;
    case KubeAction::Edit:
        // Secret values are never shown, so they cannot be edited here.
        return !is(type, "secrets", "") && !is(type, "events", "");
    case KubeAction::Scale:
        return is(type, "deployments", "apps") || is(type, "statefulsets", "apps") || is(type, "replicasets", "apps") || isRollout(type);
    case KubeAction::Restart:
        return is(type, "deployments", "apps") || is(type, "statefulsets", "apps") || is(type, "daemonsets", "apps");
    case KubeAction::Logs:
        return is(type, "pods", "") || is(type, "services", "") || isWorkload(type);
    case KubeAction::Promote:
    case KubeAction::PromoteFull:
    case KubeAction::Abort:
    case KubeAction::Retry:
    case KubeAction::Undo:
    case KubeAction::Pause:
    case KubeAction::RestartRollout:
        return isRollout(type);
    }
    return false;
}

KubeAccessCheck check(KubeAction action, const KubeResourceType &type, const QString &ns)
{
    KubeAccessCheck c;
    c.group = type.group;
    c.resource = type.resource;
    c.namespaceName = type.namespaced ? ns : QString();
    switch (action) {
    case KubeAction::ViewYaml: c.verb = QStringLiteral("get"); break;
    case KubeAction::Edit: c.verb = QStringLiteral("update"); break;
    case KubeAction::Delete: c.verb = QStringLiteral("delete"); break;
    case KubeAction::Scale:
    case KubeAction::Restart:
    case KubeAction::Undo:
    case KubeAction::Pause:
    case KubeAction::RestartRollout:
        c.verb = QStringLiteral("patch");
        break;
    case KubeAction::Promote:
    case KubeAction::PromoteFull:
    case KubeAction::Abort:
    case KubeAction::Retry:
        c.verb = QStringLiteral("patch");
        c.subresource = QStringLiteral("status");
        break;
    case KubeAction::Logs:
        c.verb = QStringLiteral("get");
        c.group.clear();
        c.resource = QStringLiteral("pods");
        c.subresource = QStringLiteral("log");
        c.namespaceName = ns;
        break;
    }
    return c;
}

QString rolloutVerb(KubeAction action)
{
    switch (action) {
    case KubeAction::Promote: return QStringLiteral("promote");
    case KubeAction::PromoteFull: return QStringLiteral("promote-full");
    case KubeAction::Abort: return QStringLiteral("abort");
    case KubeAction::Retry: return QStringLiteral("retry");
    case KubeAction::Undo: return QStringLiteral("undo");
    case KubeAction::Pause: return QStringLiteral("pause");
    case KubeAction::RestartRollout: return QStringLiteral("restart");
    default: return {};
    }
}

QString id(KubeAction action)
{
    switch (action) {
    case KubeAction::ViewYaml: return QStringLiteral("yaml");
    case KubeAction::Edit: return QStringLiteral("edit");
    case KubeAction::Scale: return QStringLiteral("scale");
    case KubeAction::Restart: return QStringLiteral("restart");
    case KubeAction::Delete: return QStringLiteral("delete");
    case KubeAction::Logs: return QStringLiteral("logs");
    default: return QStringLiteral("argo.") + rolloutVerb(action);
    }
}

} // namespace shipdeck::KubeActions
