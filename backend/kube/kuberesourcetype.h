#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shipdeck {

// A printer column of a custom resource (additionalPrinterColumns) or a built-in kind.
struct KubeColumn
{
    QString name;
    QString type;     // string, integer, number, boolean, date
    QString jsonPath; // ".status.phase" (custom resources only)
    int priority = 0; // > 0: shown in wide output only
};

// One API resource: group/version/plural, its kind and whether it lives in namespaces.
struct KubeResourceType
{
    QString group;    // "" for the core group
    QString version;  // "v1"
    QString resource; // plural, "pods"
    QString kind;     // "Pod"
    bool namespaced = true;
    QStringList shortNames;
    QList<KubeColumn> columns; // extra columns (from the CRD, or the built-in extractor's)

    bool isValid() const { return !resource.isEmpty(); }
    QString apiVersion() const { return group.isEmpty() ? version : group + QLatin1Char('/') + version; }
    QString groupResource() const { return group.isEmpty() ? resource : resource + QLatin1Char('.') + group; }
    // "/api/v1/namespaces/ns/pods", "/apis/apps/v1/deployments" (ns empty = all namespaces)
    QString collectionPath(const QString &namespaceName = {}) const;
    QString objectPath(const QString &namespaceName, const QString &name, const QString &subresource = {}) const;
    bool operator==(const KubeResourceType &other) const
    {
        return group == other.group && version == other.version && resource == other.resource;
    }

    // The kinds Shipdeck knows without discovery (core, apps, batch, networking, Gateway API,
    // coordination, apiextensions, Argo Rollouts).
    static const QList<KubeResourceType> &builtins();
    // Finds a built-in by plural, singular, kind or short name, optionally "plural.group".
    static std::optional<KubeResourceType> find(const QString &name);
    // The resource described by a CustomResourceDefinition object (its storage or first
    // served version, with its printer columns).
    static std::optional<KubeResourceType> fromCrd(const QJsonObject &crd);
};

} // namespace shipdeck
