#pragma once

#include "backend/providers/provider.h"

#include <QHash>
#include <QJsonObject>

#include <memory>

class QTimer;

namespace shipdeck {

class KubeSyncClient;
class RolloutLease;
struct KubeEndpoint;

// Runs components on a Kubernetes cluster for the rollout engine: one Deployment per version
// (<component>-<version>), and traffic split between the stable and the canary version by
//  - replica ratio (one Service over both versions; replicas follow the weight),
//  - Gateway API HTTPRoute backendRef weights (<component>-stable / -canary Services),
//  - NGINX ingress canary annotations (a canary Ingress with canary-weight), or
//  - blue-green: the active Service's selector switches versions, a preview Service shows
//    the new one (weights 0 or 100 only).
// Rolling and recreate updates go through the Deployment strategy. The rollout state is
// written to a ConfigMap per component (shipdeck-rollout-<component>), and every change
// needs the rollout's Lease (shipdeck-rollout-<component>): another console observes and
// takes over only when the lease expires. Lives on the backend thread; calls block only for
// the cluster's answers.
class KubernetesProvider final : public Provider
{
    Q_OBJECT
public:
    enum class TrafficMode { ReplicaRatio, HttpRoute, NginxIngress, BlueGreen };
    enum class UpdateStrategy { RollingUpdate, Recreate };

    struct Options
    {
        QString namespaceName = QStringLiteral("default");
        TrafficMode traffic = TrafficMode::HttpRoute;
        UpdateStrategy strategy = UpdateStrategy::RollingUpdate;
        QString identity;            // lease holder; default: user@host:pid
        int leaseSeconds = 15;
        QString gatewayName = QStringLiteral("shipdeck-gateway"); // HTTPRoute parentRef
        QString ingressClass = QStringLiteral("nginx");
        QString host;                // Ingress / HTTPRoute host name (optional)
        QString prometheusUrl;       // metricsUrl(): where the analysis queries
    };

    KubernetesProvider(const KubeEndpoint &endpoint, Options options, QObject *parent = nullptr);
    ~KubernetesProvider() override;

    QString name() const override { return QStringLiteral("kubernetes"); }
    Result<void> ensureVersion(const ComponentDefinition &component, const QString &version, int replicas) override;
    Result<void> removeVersion(const QString &componentId, const QString &version) override;
    Result<void> setTraffic(const QString &componentId, const TrafficSplit &split) override;
    Result<TrafficSplit> traffic(const QString &componentId) const override;
    Result<QList<VersionStatus>> status(const QString &componentId) const override;
    QString metricsUrl(const QString &componentId) const override;
    QString endpoint(const QString &componentId) const override;
    // Releases the component's lease.
    void rolloutFinished(const QString &componentId) override;

    // The lease of a component's rollout: take or renew it (drive), or let it go (observe).
    Result<void> acquire(const QString &componentId);
    Result<void> release(const QString &componentId);
    // Who drives the component's rollout now ("" when nobody holds a live lease).
    Result<QString> leaseHolder(const QString &componentId) const;
    const QString &identity() const { return m_options.identity; }
    // The rollout state recorded on the cluster (ConfigMap data) for consoles that observe.
    Result<QJsonObject> recordedState(const QString &componentId) const;

    static QString deploymentName(const QString &componentId, const QString &version);

private:
    Result<void> requireLease(const QString &componentId);
    Result<void> recordState(const QString &componentId, const QJsonObject &changes);
    Result<void> ensureServices(const ComponentDefinition &component);
    Result<void> applyTraffic(const QString &componentId, const TrafficSplit &split);
    QString collection(const QString &apiPrefix, const QString &resource) const;
    RolloutLease &lease(const QString &componentId);
    void renewLeases();

    Options m_options;
    std::unique_ptr<KubeSyncClient> m_client;
    QHash<QString, std::shared_ptr<RolloutLease>> m_leases; // leases this console holds
    QHash<QString, ComponentDefinition> m_components;
    QTimer *m_renew;
};

} // namespace shipdeck
