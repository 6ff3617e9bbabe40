#include "discovery.h"

#include "resourceregistry.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace shipdeck::kubetest {

namespace {
QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QJsonObject groupVersionEntry(const QString &group, const QString &version)
{
    return {{QStringLiteral("groupVersion"), group.isEmpty() ? version : group + QLatin1Char('/') + version},
            {QStringLiteral("version"), version}};
}

QJsonObject subresourceEntry(const ResourceType &type, const QString &sub, const QString &group, const QString &version,
                             const QString &kind, const QStringList &verbs)
{
    QJsonObject entry{{QStringLiteral("name"), type.resource + QLatin1Char('/') + sub},
                      {QStringLiteral("singularName"), QString()},
                      {QStringLiteral("namespaced"), type.namespaced},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("verbs"), toArray(verbs)}};
    if (!group.isNull()) {
        entry.insert(QStringLiteral("group"), group);
        entry.insert(QStringLiteral("version"), version);
    }
    return entry;
}
} // namespace

QJsonObject Discovery::version() const
{
    static const QRegularExpression re(QStringLiteral("^v(\\d+)\\.(\\d+)"));
    const auto m = re.match(m_gitVersion);
    return {{QStringLiteral("major"), m.hasMatch() ? m.captured(1) : QStringLiteral("1")},
            {QStringLiteral("minor"), m.hasMatch() ? m.captured(2) : QStringLiteral("32")},
            {QStringLiteral("gitVersion"), m_gitVersion},
            {QStringLiteral("gitCommit"), QStringLiteral("0000000000000000000000000000000000000000")},
            {QStringLiteral("gitTreeState"), QStringLiteral("clean")},
            {QStringLiteral("buildDate"), QStringLiteral("2025-01-01T00:00:00Z")},
            {QStringLiteral("goVersion"), QStringLiteral("go1.23.0")},
            {QStringLiteral("compiler"), QStringLiteral("gc")},
            {QStringLiteral("platform"), QStringLiteral("linux/amd64")}};
}

QJsonObject Discovery::coreVersions() const
{
    return {{QStringLiteral("kind"), QStringLiteral("APIVersions")},
            {QStringLiteral("versions"), QJsonArray{QStringLiteral("v1")}},
            {QStringLiteral("serverAddressByClientCIDRs"),
             QJsonArray{QJsonObject{{QStringLiteral("clientCIDR"), QStringLiteral("0.0.0.0/0")},
                                    {QStringLiteral("serverAddress"), m_serverAddress}}}}};
}

QJsonObject Discovery::group(const QString &name) const
{
    for (const auto &[group, versions] : m_registry.groups()) {
        if (group != name || group.isEmpty())
            continue;
        QJsonArray list;
        for (const QString &v : versions)
            list.append(groupVersionEntry(group, v));
        return {{QStringLiteral("kind"), QStringLiteral("APIGroup")},
                {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                {QStringLiteral("name"), group},
                {QStringLiteral("versions"), list},
                {QStringLiteral("preferredVersion"), groupVersionEntry(group, versions.first())}};
    }
    return {};
}

QJsonObject Discovery::groupList() const
{
    QJsonArray groups;
    for (const auto &[name, versions] : m_registry.groups()) {
        if (!name.isEmpty()) {
            QJsonObject g = group(name);
            g.remove(QStringLiteral("kind"));
            g.remove(QStringLiteral("apiVersion"));
            groups.append(g);
        }
    }
    return {{QStringLiteral("kind"), QStringLiteral("APIGroupList")},
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("groups"), groups}};
}

QJsonObject Discovery::resourceEntry(const ResourceType &type) const
{
    QJsonObject entry{{QStringLiteral("name"), type.resource},
                      {QStringLiteral("singularName"), type.singular},
                      {QStringLiteral("namespaced"), type.namespaced},
                      {QStringLiteral("kind"), type.kind},
                      {QStringLiteral("verbs"), toArray(type.verbs)}};
    if (!type.shortNames.isEmpty())
        entry.insert(QStringLiteral("shortNames"), toArray(type.shortNames));
    if (!type.categories.isEmpty())
        entry.insert(QStringLiteral("categories"), toArray(type.categories));
    const QByteArray hash = QCryptographicHash::hash((type.groupResource() + type.version).toUtf8(), QCryptographicHash::Sha256);
    entry.insert(QStringLiteral("storageVersionHash"), QString::fromLatin1(hash.toBase64().left(11)));
    return entry;
}

QJsonObject Discovery::resourceList(const QString &group, const QString &version) const
{
    const auto types = m_registry.inGroupVersion(group, version);
    if (types.isEmpty())
        return {};
    QJsonArray resources;
    const QStringList subVerbs{QStringLiteral("get"), QStringLiteral("patch"), QStringLiteral("update")};
    for (const auto &type : types) {
        resources.append(resourceEntry(*type));
        if (type->statusSubresource)
            resources.append(subresourceEntry(*type, QStringLiteral("status"), QString(), QString(), type->kind, subVerbs));
        if (type->scaleSubresource)
            resources.append(subresourceEntry(*type, QStringLiteral("scale"), QStringLiteral("autoscaling"), QStringLiteral("v1"),
                                              QStringLiteral("Scale"), subVerbs));
        if (type->logSubresource)
            resources.append(subresourceEntry(*type, QStringLiteral("log"), QString(), QString(), type->kind, {QStringLiteral("get")}));
    }
    return {{QStringLiteral("kind"), QStringLiteral("APIResourceList")},
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("groupVersion"), group.isEmpty() ? version : group + QLatin1Char('/') + version},
            {QStringLiteral("resources"), resources}};
}

QJsonObject Discovery::aggregatedResource(const ResourceType &type) const
{
    const QJsonObject responseKind{{QStringLiteral("group"), type.group},
                                   {QStringLiteral("version"), type.version},
                                   {QStringLiteral("kind"), type.kind}};
    QJsonObject entry{{QStringLiteral("resource"), type.resource},
                      {QStringLiteral("responseKind"), responseKind},
                      {QStringLiteral("scope"), type.namespaced ? QStringLiteral("Namespaced") : QStringLiteral("Cluster")},
                      {QStringLiteral("singularResource"), type.singular},
                      {QStringLiteral("verbs"), toArray(type.verbs)}};
    if (!type.shortNames.isEmpty())
        entry.insert(QStringLiteral("shortNames"), toArray(type.shortNames));
    if (!type.categories.isEmpty())
        entry.insert(QStringLiteral("categories"), toArray(type.categories));
    QJsonArray subresources;
    const QJsonArray subVerbs{QStringLiteral("get"), QStringLiteral("patch"), QStringLiteral("update")};
    if (type.statusSubresource)
        subresources.append(QJsonObject{{QStringLiteral("subresource"), QStringLiteral("status")},
                                        {QStringLiteral("responseKind"), responseKind},
                                        {QStringLiteral("verbs"), subVerbs}});
    if (type.scaleSubresource)
        subresources.append(QJsonObject{{QStringLiteral("subresource"), QStringLiteral("scale")},
                                        {QStringLiteral("responseKind"),
                                         QJsonObject{{QStringLiteral("group"), QStringLiteral("autoscaling")},
                                                     {QStringLiteral("version"), QStringLiteral("v1")},
                                                     {QStringLiteral("kind"), QStringLiteral("Scale")}}},
                                        {QStringLiteral("verbs"), subVerbs}});
    if (type.logSubresource)
        subresources.append(QJsonObject{{QStringLiteral("subresource"), QStringLiteral("log")},
                                        {QStringLiteral("responseKind"), responseKind},
                                        {QStringLiteral("verbs"), QJsonArray{QStringLiteral("get")}}});
    if (!subresources.isEmpty())
        entry.insert(QStringLiteral("subresources"), subresources);
    return entry;
}

QJsonObject Discovery::aggregated(bool core, const QString &apiVersion) const
{
    QJsonArray items;
    for (const auto &[name, versions] : m_registry.groups()) {
        if (name.isEmpty() != core)
            continue;
        QJsonArray versionEntries;
        for (const QString &v : versions) {
            QJsonArray resources;
            for (const auto &type : m_registry.inGroupVersion(name, v))
                resources.append(aggregatedResource(*type));
            versionEntries.append(QJsonObject{{QStringLiteral("version"), v},
                                              {QStringLiteral("resources"), resources},
                                              {QStringLiteral("freshness"), QStringLiteral("Current")}});
        }
        QJsonObject meta{{QStringLiteral("creationTimestamp"), QJsonValue::Null}};
        if (!name.isEmpty())
            meta.insert(QStringLiteral("name"), name);
        items.append(QJsonObject{{QStringLiteral("metadata"), meta}, {QStringLiteral("versions"), versionEntries}});
    }
    return {{QStringLiteral("kind"), QStringLiteral("APIGroupDiscoveryList")},
            {QStringLiteral("apiVersion"), apiVersion},
            {QStringLiteral("metadata"), QJsonObject{}},
            {QStringLiteral("items"), items}};
}

QString Discovery::aggregatedVersionFor(const QByteArray &accept) const
{
    if (!m_aggregated)
        return {};
    for (const QByteArray &raw : accept.split(',')) {
        const QByteArray entry = raw.trimmed();
        if (entry.startsWith("application/json") && entry.contains("g=apidiscovery.k8s.io") && entry.contains("as=APIGroupDiscoveryList")) {
            if (entry.contains("v=v2beta1"))
                return QStringLiteral("v2beta1");
            if (entry.contains("v=v2"))
                return QStringLiteral("v2");
        }
        if (entry.startsWith("application/json") && !entry.contains(';'))
            return {}; // plain JSON preferred before any aggregated format
    }
    return {};
}

} // namespace shipdeck::kubetest
