#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace shipdeck::kubetest {

// One served resource (group, version, plural) and what the server knows about it.
struct ResourceType
{
    int id = -1;                 // stable index in the registry; the store is keyed by it
    QString group;               // "" for the core group
    QString version;
    QString resource;            // plural, e.g. "deployments"
    QString singular;
    QString kind;
    QString listKind;
    bool namespaced = true;
    QStringList verbs;
    QStringList shortNames;
    QStringList categories;
    bool statusSubresource = false;
    bool scaleSubresource = false;
    QString specReplicasPath = QStringLiteral(".spec.replicas");     // scale subresource (CRDs may differ)
    QString statusReplicasPath = QStringLiteral(".status.replicas");
    QString labelSelectorPath = QStringLiteral(".status.selector");
    bool logSubresource = false; // pods/log
    bool custom = false;         // served from a CustomResourceDefinition (no strategic merge patch)
    bool virtualOnly = false;    // create-only review objects (SelfSubjectAccessReview ...), never stored
    QJsonObject schema;          // CRD openAPIV3Schema, if any
    QJsonArray printerColumns;   // CRD additionalPrinterColumns
    QString crdName;             // the CRD that defines it

    QString apiVersion() const { return group.isEmpty() ? version : group + QLatin1Char('/') + version; }
    // "deployments.apps", "pods": how the API server names a resource in messages.
    QString groupResource() const { return group.isEmpty() ? resource : resource + QLatin1Char('.') + group; }
    // "/api/v1" or "/apis/apps/v1"
    QString basePath() const;
    // The URL of an object or of the collection (name empty).
    QString path(const QString &ns, const QString &name = {}) const;
    bool hasVerb(const QString &verb) const { return verbs.contains(verb); }
};

using ResourceTypePtr = std::shared_ptr<const ResourceType>;

} // namespace shipdeck::kubetest
