#pragma once

#include "backend/components/componentdefinition.h"
#include "backend/core/result.h"
#include "backend/deploy/rollouttypes.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace shipdeck {
class Backend;
class LocalProviderClient;
class RolloutsClient;
}

namespace shipdeck::test {

// One operator's console: its own backend and workspace, a lease identity and lease duration
// for the Kubernetes rollout provider (settings kube.rollout.*), the kubeconfig from $KUBECONFIG.
class KubeConsole
{
public:
    KubeConsole();
    ~KubeConsole();

    // A component whose command is an image; `versions` are the versions it may deploy.
    static ComponentDefinition component(const QString &id, const QString &stable, const QStringList &versions, int replicas);

    Result<void> open(const QString &identity, int leaseSeconds, const ComponentDefinition &component);
    Result<void> setSetting(const QString &key, const QString &value);
    // Stops the backend without releasing anything (as when the console's machine goes away).
    void stop();

    Result<QList<RolloutRecord>> deploy(const QByteArray &yaml);
    Result<QJsonObject> details(const QString &id);
    // Polls until the rollout is at `step` in `phase` (any step when step < 0).
    bool reach(const QString &id, int step, const QString &phase, int timeoutMs = 60'000);

    // The answer of the backend's own Kubernetes rollout provider (same wiring, same settings).
    Result<QString> leaseHolder(const QString &component);
    Result<QJsonObject> recordedState(const QString &component);
    // Tries to change the component's traffic as this console.
    Result<void> setTraffic(const QString &component, const TrafficSplit &split);

    QTemporaryDir dir;
    std::unique_ptr<Backend> backend;
    std::unique_ptr<RolloutsClient> rollouts;
    std::unique_ptr<LocalProviderClient> components;
};

} // namespace shipdeck::test
