#pragma once

// A test double of the Provider interface for unit tests of the rollout state machine only.
// Everything end to end (strategies, traffic, crash safety) is tested with the real
// LocalProvider in tests/integration/rollout.

#include "backend/providers/provider.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace shipdeck::test {

class TestProvider final : public Provider
{
    Q_OBJECT
public:
    explicit TestProvider(QString name = QStringLiteral("local"), QObject *parent = nullptr);

    QString name() const override { return m_name; }
    Result<void> ensureVersion(const ComponentDefinition &component, const QString &version, int replicas) override;
    Result<void> removeVersion(const QString &componentId, const QString &version) override;
    Result<void> setTraffic(const QString &componentId, const TrafficSplit &split) override;
    Result<TrafficSplit> traffic(const QString &componentId) const override;
    Result<QList<VersionStatus>> status(const QString &componentId) const override;
    QString metricsUrl(const QString &componentId) const override;
    QString endpoint(const QString &componentId) const override;

    // Test controls.
    QSet<QString> neverReady;          // versions whose instances never become ready
    QSet<QString> manualReady;         // versions that become ready only through makeReady()
    QHash<QString, QString> failEnsure; // version -> error message of ensureVersion
    bool servesMetrics = false;
    void makeReady(const QString &version);

    // What happened.
    QList<TrafficSplit> trafficHistory;
    QStringList calls;                 // "ensure 1.5.0 x2", "remove 1.4.2", "traffic 1.4.2/1.5.0@10"
    int replicas(const QString &version) const { return m_replicas.value(version); }
    int ready(const QString &version) const { return m_ready.value(version); }
    bool runs(const QString &version) const { return m_replicas.value(version) > 0; }

private:
    QString m_name;
    QHash<QString, int> m_replicas;
    QHash<QString, int> m_ready;
    QString m_component;
    TrafficSplit m_traffic;
};

} // namespace shipdeck::test
