#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace shipdeck::kubetest {

class ResourceRegistry;
struct ResourceType;

// API discovery documents: legacy (/api, /apis, APIResourceList per group version) and
// aggregated (apidiscovery.k8s.io v2 and v2beta1 APIGroupDiscoveryList), plus /version.
class Discovery
{
public:
    explicit Discovery(const ResourceRegistry &registry) : m_registry(registry) {}

    void setServerAddress(const QString &hostPort) { m_serverAddress = hostPort; }
    void setServerVersion(const QString &gitVersion) { m_gitVersion = gitVersion; }
    void setAggregatedEnabled(bool enabled) { m_aggregated = enabled; }

    QJsonObject version() const;
    QJsonObject coreVersions() const;                   // GET /api
    QJsonObject groupList() const;                      // GET /apis
    QJsonObject group(const QString &name) const;       // GET /apis/{group}; empty if unknown
    QJsonObject resourceList(const QString &group, const QString &version) const; // empty if unknown
    // GET /api or /apis with an aggregated Accept; apiVersion is apidiscovery.k8s.io/v2 or v2beta1.
    QJsonObject aggregated(bool core, const QString &apiVersion) const;

    // Picks the discovery format from an Accept header: "v2", "v2beta1" or "" (legacy).
    QString aggregatedVersionFor(const QByteArray &accept) const;

private:
    QJsonObject resourceEntry(const ResourceType &type) const;
    QJsonObject aggregatedResource(const ResourceType &type) const;

    const ResourceRegistry &m_registry;
    QString m_serverAddress;
    QString m_gitVersion = QStringLiteral("v1.32.4");
    bool m_aggregated = true;
};

} // namespace shipdeck::kubetest
