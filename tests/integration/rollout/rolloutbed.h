#pragma once

#include "backend/components/componentdefinition.h"
#include "backend/core/result.h"
#include "backend/deploy/rollouttypes.h"

#include <QHash>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace shipdeck {
class Backend;
class LoadGenerator;
class LocalProviderClient;
class RolloutsClient;
}

namespace shipdeck::test {

// A workspace with the real local provider: shipdeck-demo-service processes behind the
// weighted proxy, a load generator for real HTTP traffic, the rollout service driving rollouts.
class RolloutBed
{
public:
    RolloutBed();
    ~RolloutBed();

    // storefront: 1.4.2 (stable), 1.5.0 (healthy), 1.5.1 (5 % errors), 1.6.0 (never ready),
    // 1.7.0 (resets 30 % of connections), 1.8.0 (program missing); stableErrorRate for 1.4.2.
    static ComponentDefinition storefront(double stableErrorRate = 0, int replicas = 2);

    Result<void> open(const ComponentDefinition &component);
    // Starts the stable version and waits until every instance is ready; returns the endpoint.
    Result<QString> startStable(const QString &component = QStringLiteral("storefront"));
    Result<void> startLoad(double ratePerSecond);
    void stopLoad();
    // Requests answered / failed per version and class since the load started.
    QJsonObject loadStats();

    Result<QList<RolloutRecord>> deploy(const QByteArray &yaml);
    // Waits until the rollout is settled (ended, or waiting for a person).
    Result<QJsonObject> waitSettled(const QString &id, int timeoutMs = 60'000);
    Result<QJsonObject> details(const QString &id);
    // Scrapes the provider's metrics: per version {requests, errors5xx, upstreamErrors, weight}.
    Result<QHash<QString, QJsonObject>> proxyCounters(const QString &component = QStringLiteral("storefront"));
    // Sends `count` requests (optionally with a header) and counts the versions that answered.
    QHash<QString, int> versionsServing(int count, const QByteArray &header = {}, const QByteArray &value = {});

    QTemporaryDir dir;
    std::unique_ptr<Backend> backend;
    std::unique_ptr<RolloutsClient> rollouts;
    std::unique_ptr<LocalProviderClient> components;
    QString endpoint;
    QString loadId;
};

} // namespace shipdeck::test
