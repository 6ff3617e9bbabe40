#pragma once

#include "backend/core/result.h"
#include "reconciler.h"

namespace shipdeck::kubetest {

struct StoreEvent;

// What the scheduler and the kubelet do to a pod: bind it to a Ready node, then after the ready
// delay make it Running with started, ready containers, a pod IP and the Ready conditions.
// Annotations on the pod change that: test.shipdeck.io/ready-delay-ms, …/never-ready ("true":
// running but never Ready), …/crash ("true": CrashLoopBackOff with restarts), …/run-ms and
// …/exit-code (for pods whose restartPolicy is not Always: they finish Succeeded or Failed).
class PodLifecycle : public Reconciler
{
    Q_OBJECT
public:
    explicit PodLifecycle(ServerContext &context, QObject *parent = nullptr);

    void setReadyDelayMs(int ms) { m_readyDelayMs = ms; }
    int readyDelayMs() const { return m_readyDelayMs; }
    // Restarts the containers of a running pod (kill + restart): lastState.terminated is
    // recorded, restartCount grows and `kubectl logs --previous` has the old run.
    Result<void> restart(const QString &ns, const QString &name, const QString &reason);
    // A running pod's status as the kubelet would report it (bulk creation uses it).
    static QJsonObject runningStatus(const QJsonObject &pod, const QString &hostIp, const QString &podIp, bool ready);
    QString allocatePodIp();

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    void onChanged(const StoreEvent &event);
    void start(const QString &ns, const QString &name, const QString &uid);
    void finish(const QString &ns, const QString &name, const QString &uid);
    void crashLoop(const QString &ns, const QString &name, const QString &uid);
    QString pickNode();

    int m_readyDelayMs = 300;
    int m_nextIp = 10;
    int m_nextNode = 0;
};

} // namespace shipdeck::kubetest
