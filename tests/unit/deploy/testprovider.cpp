#include "testprovider.h"

namespace shipdeck::test {

TestProvider::TestProvider(QString name, QObject *parent) : Provider(parent), m_name(std::move(name)) {}

Result<void> TestProvider::ensureVersion(const ComponentDefinition &component, const QString &version, int replicas)
{
    calls.append(QStringLiteral("ensure %1 x%2").arg(version).arg(replicas));
    if (failEnsure.contains(version))
        return Error(ErrorCode::NotFound, failEnsure.value(version));
    m_component = component.id;
    m_replicas[version] = replicas;
    if (!neverReady.contains(version) && !manualReady.contains(version))
        m_ready[version] = replicas;
    else
        m_ready[version] = qMin(m_ready.value(version), replicas);
    Q_EMIT statusChanged(component.id);
    return success();
}

void TestProvider::makeReady(const QString &version)
{
    m_ready[version] = m_replicas.value(version);
    Q_EMIT statusChanged(m_component);
}

Result<void> TestProvider::removeVersion(const QString &componentId, const QString &version)
{
    calls.append(QStringLiteral("remove %1").arg(version));
    m_replicas.remove(version);
    m_ready.remove(version);
    Q_EMIT statusChanged(componentId);
    return success();
}

Result<void> TestProvider::setTraffic(const QString &componentId, const TrafficSplit &split)
{
    if (split.canaryWeight < 0 || split.canaryWeight > 100)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("weight %1 out of range").arg(split.canaryWeight));
    calls.append(QStringLiteral("traffic %1/%2@%3").arg(split.stableVersion, split.canaryVersion).arg(split.canaryWeight));
    if (trafficHistory.isEmpty() || !(trafficHistory.last() == split))
        trafficHistory.append(split);
    m_traffic = split;
    Q_UNUSED(componentId);
    return success();
}

Result<TrafficSplit> TestProvider::traffic(const QString &) const
{
    return m_traffic;
}

Result<QList<VersionStatus>> TestProvider::status(const QString &) const
{
    QList<VersionStatus> out;
    for (auto it = m_replicas.begin(); it != m_replicas.end(); ++it) {
        VersionStatus v;
        v.version = it.key();
        v.desiredReplicas = it.value();
        v.readyReplicas = m_ready.value(it.key());
        for (int i = 0; i < it.value(); ++i) {
            InstanceStatus instance;
            instance.id = QStringLiteral("%1-%2").arg(it.key()).arg(i);
            instance.version = it.key();
            instance.running = true;
            instance.ready = i < v.readyReplicas;
            if (!instance.ready && neverReady.contains(it.key())) {
                instance.lastError = QStringLiteral("readiness probe: connection refused");
                instance.restarts = 2;
            }
            v.instances.append(instance);
        }
        out.append(v);
    }
    return out;
}

QString TestProvider::metricsUrl(const QString &) const
{
    // An address nothing listens on: the sampler exists; tests feed it samples directly.
    return servesMetrics ? QStringLiteral("http://127.0.0.1:9/metrics") : QString();
}

QString TestProvider::endpoint(const QString &) const
{
    return QStringLiteral("http://127.0.0.1:9");
}

} // namespace shipdeck::test
