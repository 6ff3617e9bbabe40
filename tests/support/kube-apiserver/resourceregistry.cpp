#include "resourceregistry.h"

namespace shipdeck::kubetest {

QString ResourceType::basePath() const
{
    return group.isEmpty() ? QStringLiteral("/api/") + version : QStringLiteral("/apis/") + group + QLatin1Char('/') + version;
}

QString ResourceType::path(const QString &ns, const QString &name) const
{
    QString p = basePath();
    if (namespaced && !ns.isEmpty())
        p += QStringLiteral("/namespaces/") + ns;
    p += QLatin1Char('/') + resource;
    if (!name.isEmpty())
        p += QLatin1Char('/') + name;
    return p;
}

namespace {
enum Flags { Namespaced = 1, Status = 2, Scale = 4, Log = 8, All = 16, ReviewOnly = 32, NoCollectionDelete = 64 };

struct Builtin
{
    const char *group;
    const char *version;
    const char *resource;
    const char *singular;
    const char *kind;
    const char *shortNames; // space separated
    int flags;
};

// The kinds the test server serves without a CRD. Order = discovery order.
constexpr Builtin kBuiltins[] = {
    {"", "v1", "namespaces", "namespace", "Namespace", "ns", Status | NoCollectionDelete},
    {"", "v1", "nodes", "node", "Node", "no", Status},
    {"", "v1", "pods", "pod", "Pod", "po", Namespaced | Status | Log | All},
    {"", "v1", "services", "service", "Service", "svc", Namespaced | Status | All | NoCollectionDelete},
    {"", "v1", "endpoints", "endpoints", "Endpoints", "ep", Namespaced},
    {"", "v1", "configmaps", "configmap", "ConfigMap", "cm", Namespaced},
    {"", "v1", "secrets", "secret", "Secret", "", Namespaced},
    {"", "v1", "serviceaccounts", "serviceaccount", "ServiceAccount", "sa", Namespaced},
    {"", "v1", "events", "event", "Event", "ev", Namespaced},
    {"", "v1", "persistentvolumeclaims", "persistentvolumeclaim", "PersistentVolumeClaim", "pvc", Namespaced | Status},
    {"", "v1", "persistentvolumes", "persistentvolume", "PersistentVolume", "pv", Status},
    {"", "v1", "replicationcontrollers", "replicationcontroller", "ReplicationController", "rc", Namespaced | Status | Scale | All},
    {"", "v1", "resourcequotas", "resourcequota", "ResourceQuota", "quota", Namespaced | Status},
    {"", "v1", "limitranges", "limitrange", "LimitRange", "limits", Namespaced},
    {"", "v1", "podtemplates", "podtemplate", "PodTemplate", "", Namespaced},
    {"apps", "v1", "deployments", "deployment", "Deployment", "deploy", Namespaced | Status | Scale | All},
    {"apps", "v1", "replicasets", "replicaset", "ReplicaSet", "rs", Namespaced | Status | Scale | All},
    {"apps", "v1", "statefulsets", "statefulset", "StatefulSet", "sts", Namespaced | Status | Scale | All},
    {"apps", "v1", "daemonsets", "daemonset", "DaemonSet", "ds", Namespaced | Status | All},
    {"apps", "v1", "controllerrevisions", "controllerrevision", "ControllerRevision", "", Namespaced},
    {"batch", "v1", "jobs", "job", "Job", "", Namespaced | Status | All},
    {"batch", "v1", "cronjobs", "cronjob", "CronJob", "cj", Namespaced | Status | All},
    {"networking.k8s.io", "v1", "ingresses", "ingress", "Ingress", "ing", Namespaced | Status},
    {"networking.k8s.io", "v1", "ingressclasses", "ingressclass", "IngressClass", "", 0},
    {"networking.k8s.io", "v1", "networkpolicies", "networkpolicy", "NetworkPolicy", "netpol", Namespaced},
    {"gateway.networking.k8s.io", "v1", "gateways", "gateway", "Gateway", "gtw", Namespaced | Status},
    {"gateway.networking.k8s.io", "v1", "gatewayclasses", "gatewayclass", "GatewayClass", "gc", Status},
    {"gateway.networking.k8s.io", "v1", "httproutes", "httproute", "HTTPRoute", "", Namespaced | Status},
    {"coordination.k8s.io", "v1", "leases", "lease", "Lease", "", Namespaced},
    {"authentication.k8s.io", "v1", "selfsubjectreviews", "selfsubjectreview", "SelfSubjectReview", "", ReviewOnly},
    {"authorization.k8s.io", "v1", "selfsubjectaccessreviews", "selfsubjectaccessreview", "SelfSubjectAccessReview", "", ReviewOnly},
    {"authorization.k8s.io", "v1", "selfsubjectrulesreviews", "selfsubjectrulesreview", "SelfSubjectRulesReview", "", ReviewOnly},
    {"authorization.k8s.io", "v1", "subjectaccessreviews", "subjectaccessreview", "SubjectAccessReview", "", ReviewOnly},
    {"apiextensions.k8s.io", "v1", "customresourcedefinitions", "customresourcedefinition", "CustomResourceDefinition", "crd crds", Status},
};
} // namespace

ResourceRegistry::ResourceRegistry()
{
    for (const Builtin &b : kBuiltins) {
        ResourceType type;
        type.group = QString::fromLatin1(b.group);
        type.version = QString::fromLatin1(b.version);
        type.resource = QString::fromLatin1(b.resource);
        type.singular = QString::fromLatin1(b.singular);
        type.kind = QString::fromLatin1(b.kind);
        type.listKind = type.kind + QStringLiteral("List");
        type.namespaced = b.flags & Namespaced;
        if (b.flags & ReviewOnly) {
            type.verbs = {QStringLiteral("create")};
            type.virtualOnly = true;
        } else {
            type.verbs = {QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("deletecollection"),
                          QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("patch"),
                          QStringLiteral("update"), QStringLiteral("watch")};
            if (b.flags & NoCollectionDelete)
                type.verbs.removeAll(QStringLiteral("deletecollection"));
        }
        const QString shortNames = QString::fromLatin1(b.shortNames);
        if (!shortNames.isEmpty())
            type.shortNames = shortNames.split(QLatin1Char(' '));
        if (b.flags & All)
            type.categories = {QStringLiteral("all")};
        type.statusSubresource = b.flags & Status;
        type.scaleSubresource = b.flags & Scale;
        type.logSubresource = b.flags & Log;
        add(std::move(type));
    }
}

ResourceTypePtr ResourceRegistry::find(const QString &group, const QString &version, const QString &resource) const
{
    for (const auto &t : m_types) {
        if (t->group == group && t->version == version && t->resource == resource)
            return t;
    }
    return nullptr;
}

ResourceTypePtr ResourceRegistry::findByKind(const QString &group, const QString &kind) const
{
    for (const auto &t : m_types) {
        if (t->group == group && t->kind == kind)
            return t;
    }
    return nullptr;
}

ResourceTypePtr ResourceRegistry::findByApiVersionKind(const QString &apiVersion, const QString &kind) const
{
    const qsizetype slash = apiVersion.indexOf(QLatin1Char('/'));
    const QString group = slash < 0 ? QString() : apiVersion.left(slash);
    const QString version = slash < 0 ? apiVersion : apiVersion.mid(slash + 1);
    for (const auto &t : m_types) {
        if (t->group == group && t->version == version && t->kind == kind)
            return t;
    }
    return nullptr;
}

QList<QPair<QString, QStringList>> ResourceRegistry::groups() const
{
    QList<QPair<QString, QStringList>> result;
    for (const auto &t : m_types) {
        auto it = std::find_if(result.begin(), result.end(), [&](const auto &g) { return g.first == t->group; });
        if (it == result.end())
            result.append({t->group, {t->version}});
        else if (!it->second.contains(t->version))
            it->second.append(t->version);
    }
    return result;
}

QList<ResourceTypePtr> ResourceRegistry::inGroupVersion(const QString &group, const QString &version) const
{
    QList<ResourceTypePtr> result;
    for (const auto &t : m_types) {
        if (t->group == group && t->version == version)
            result.append(t);
    }
    return result;
}

ResourceTypePtr ResourceRegistry::add(ResourceType type)
{
    ++m_generation;
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        if (m_types[i]->group == type.group && m_types[i]->resource == type.resource && m_types[i]->version == type.version) {
            type.id = m_types[i]->id;
            auto ptr = std::make_shared<const ResourceType>(std::move(type));
            m_types[i] = ptr;
            m_byId[ptr->id] = ptr;
            return ptr;
        }
    }
    // A resource keeps its id across versions and re-creation so that stored objects stay reachable.
    for (const auto &old : m_byId) {
        if (old && old->group == type.group && old->resource == type.resource) {
            type.id = old->id;
            break;
        }
    }
    if (type.id < 0) {
        type.id = int(m_byId.size());
        m_byId.append(nullptr);
    }
    auto ptr = std::make_shared<const ResourceType>(std::move(type));
    m_byId[ptr->id] = ptr;
    m_types.append(ptr);
    return ptr;
}

void ResourceRegistry::remove(const QString &group, const QString &resource)
{
    ++m_generation;
    m_types.erase(std::remove_if(m_types.begin(), m_types.end(),
                                 [&](const auto &t) { return t->group == group && t->resource == resource; }),
                  m_types.end());
}

} // namespace shipdeck::kubetest
