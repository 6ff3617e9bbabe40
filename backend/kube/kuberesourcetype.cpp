#include "backend/kube/kuberesourcetype.h"

#include <QJsonArray>

namespace shipdeck {

namespace {

KubeResourceType make(const char *group, const char *version, const char *resource, const char *kind, bool namespaced,
                      QStringList shortNames = {})
{
    KubeResourceType t;
    t.group = QString::fromLatin1(group);
    t.version = QString::fromLatin1(version);
    t.resource = QString::fromLatin1(resource);
    t.kind = QString::fromLatin1(kind);
    t.namespaced = namespaced;
    t.shortNames = std::move(shortNames);
    return t;
}

} // namespace

QString KubeResourceType::collectionPath(const QString &namespaceName) const
{
    QString base = group.isEmpty() ? QStringLiteral("/api/") + version : QStringLiteral("/apis/") + group + QLatin1Char('/') + version;
    if (namespaced && !namespaceName.isEmpty())
        base += QStringLiteral("/namespaces/") + namespaceName;
    return base + QLatin1Char('/') + resource;
}

QString KubeResourceType::objectPath(const QString &namespaceName, const QString &name, const QString &subresource) const
{
    QString path = collectionPath(namespaced ? namespaceName : QString()) + QLatin1Char('/') + name;
    if (!subresource.isEmpty())
        path += QLatin1Char('/') + subresource;
    return path;
}

const QList<KubeResourceType> &KubeResourceType::builtins()
{
    static const QList<KubeResourceType> list{
        make("", "v1", "namespaces", "Namespace", false, {QStringLiteral("ns")}),
        make("", "v1", "pods", "Pod", true, {QStringLiteral("po")}),
        make("", "v1", "services", "Service", true, {QStringLiteral("svc")}),
        make("", "v1", "configmaps", "ConfigMap", true, {QStringLiteral("cm")}),
        make("", "v1", "secrets", "Secret", true),
        make("", "v1", "events", "Event", true, {QStringLiteral("ev")}),
        make("", "v1", "nodes", "Node", false, {QStringLiteral("no")}),
        make("", "v1", "serviceaccounts", "ServiceAccount", true, {QStringLiteral("sa")}),
        make("", "v1", "persistentvolumeclaims", "PersistentVolumeClaim", true, {QStringLiteral("pvc")}),
        make("", "v1", "endpoints", "Endpoints", true, {QStringLiteral("ep")}),
        make("apps", "v1", "deployments", "Deployment", true, {QStringLiteral("deploy")}),
        make("apps", "v1", "statefulsets", "StatefulSet", true, {QStringLiteral("sts")}),
        make("apps", "v1", "daemonsets", "DaemonSet", true, {QStringLiteral("ds")}),
        make("apps", "v1", "replicasets", "ReplicaSet", true, {QStringLiteral("rs")}),
        make("batch", "v1", "jobs", "Job", true),
        make("batch", "v1", "cronjobs", "CronJob", true, {QStringLiteral("cj")}),
        make("networking.k8s.io", "v1", "ingresses", "Ingress", true, {QStringLiteral("ing")}),
        make("gateway.networking.k8s.io", "v1", "httproutes", "HTTPRoute", true),
        make("coordination.k8s.io", "v1", "leases", "Lease", true),
        make("apiextensions.k8s.io", "v1", "customresourcedefinitions", "CustomResourceDefinition", false,
             {QStringLiteral("crd"), QStringLiteral("crds")}),
        make("argoproj.io", "v1alpha1", "rollouts", "Rollout", true, {QStringLiteral("ro")}),
        make("argoproj.io", "v1alpha1", "analysisruns", "AnalysisRun", true, {QStringLiteral("ar")}),
        make("argoproj.io", "v1alpha1", "analysistemplates", "AnalysisTemplate", true, {QStringLiteral("at")}),
    };
    return list;
}

std::optional<KubeResourceType> KubeResourceType::find(const QString &nameIn)
{
    QString name = nameIn;
    QString group;
    const int dot = name.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        group = name.mid(dot + 1);
        name = name.left(dot);
    }
    for (const auto &t : builtins()) {
        if (!group.isEmpty() && t.group != group)
            continue;
        const QString singular = t.kind.toLower();
        if (t.resource.compare(name, Qt::CaseInsensitive) == 0 || singular.compare(name, Qt::CaseInsensitive) == 0
            || t.kind == name || t.shortNames.contains(name.toLower()))
            return t;
    }
    return std::nullopt;
}

std::optional<KubeResourceType> KubeResourceType::fromCrd(const QJsonObject &crd)
{
    const QJsonObject spec = crd.value(QLatin1String("spec")).toObject();
    const QJsonObject names = spec.value(QLatin1String("names")).toObject();
    KubeResourceType t;
    t.group = spec.value(QLatin1String("group")).toString();
    t.resource = names.value(QLatin1String("plural")).toString();
    t.kind = names.value(QLatin1String("kind")).toString();
    t.namespaced = spec.value(QLatin1String("scope")).toString() != QLatin1String("Cluster");
    for (const auto &s : names.value(QLatin1String("shortNames")).toArray())
        t.shortNames.append(s.toString());
    const QJsonArray versions = spec.value(QLatin1String("versions")).toArray();
    QJsonObject chosen;
    for (const auto &v : versions) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("storage")).toBool() && o.value(QLatin1String("served")).toBool(true)) {
            chosen = o;
            break;
        }
        if (chosen.isEmpty() && o.value(QLatin1String("served")).toBool(true))
            chosen = o;
    }
    if (t.group.isEmpty() || t.resource.isEmpty() || chosen.isEmpty())
        return std::nullopt;
    t.version = chosen.value(QLatin1String("name")).toString();
    for (const auto &c : chosen.value(QLatin1String("additionalPrinterColumns")).toArray()) {
        const QJsonObject o = c.toObject();
        KubeColumn col;
        col.name = o.value(QLatin1String("name")).toString();
        col.type = o.value(QLatin1String("type")).toString();
        col.jsonPath = o.value(QLatin1String("jsonPath")).toString();
        col.priority = o.value(QLatin1String("priority")).toInt();
        if (!col.name.isEmpty() && !col.jsonPath.isEmpty())
            t.columns.append(col);
    }
    return t;
}

} // namespace shipdeck
