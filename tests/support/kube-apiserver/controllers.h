#pragma once

#include "backend/core/result.h"

#include <QObject>

namespace shipdeck::kubetest {

class DaemonSetController;
class DeploymentController;
class EventGenerator;
class GarbageCollector;
class JobController;
class NamespaceController;
class PodLifecycle;
class ReplicaSetController;
class StatefulSetController;
struct ServerContext;
struct ServerOptions;

// The mini controller-manager, scheduler and kubelet of the test cluster, plus the bulk loader
// and event generator used for scale tests.
class Controllers : public QObject
{
    Q_OBJECT
public:
    Controllers(ServerContext &context, const ServerOptions &options, QObject *parent = nullptr);
    ~Controllers() override;

    Result<void> createNodes(int count);
    // Creates count Running, Ready pods named <prefix>-00000… in ns (creating ns if needed).
    Result<int> bulkCreatePods(const QString &ns, int count, const QString &prefix);
    Result<void> startEventGenerator(const QString &ns, int perSecond, const QString &mode = QString());
    void stopEventGenerator();
    EventGenerator *eventGenerator() const { return m_generator; }
    PodLifecycle *pods() const { return m_pods; }

private:
    ServerContext &m_ctx;
    DeploymentController *m_deployments;
    ReplicaSetController *m_replicaSets;
    StatefulSetController *m_statefulSets;
    DaemonSetController *m_daemonSets;
    JobController *m_jobs;
    PodLifecycle *m_pods;
    NamespaceController *m_namespaces;
    GarbageCollector *m_gc;
    EventGenerator *m_generator;
    QString m_kubeletVersion;
};

} // namespace shipdeck::kubetest
