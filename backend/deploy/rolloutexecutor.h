#pragma once

#include "backend/components/componentdefinition.h"
#include "backend/core/result.h"
#include "backend/core/tracer.h"
#include "backend/deploy/deploymentspec.h"
#include "backend/deploy/rolloutservices.h"
#include "backend/deploy/rollouttypes.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace shipdeck {

class AnalysisRunner;
class MetricSampler;
class Provider;
class RolloutGates;
struct RolloutTransition;

// Drives one rollout on the backend thread: walks the plan, talks to the provider, runs
// analysis and gates, and persists every transition -- an intent before a provider action and
// its result after, so that a process that dies at any point can be replaced by one that
// replays the pending intent (provider actions are idempotent) and continues; nothing is
// applied twice because a step only advances in the transaction that records its result.
class RolloutExecutor : public QObject
{
    Q_OBJECT
public:
    RolloutExecutor(const RolloutServices &services, RolloutRecord record, DeploymentSpec spec,
                    ComponentDefinition component, Provider *provider, QObject *parent = nullptr);
    ~RolloutExecutor() override;

    const RolloutRecord &record() const { return m_record; }
    const DeploymentSpec &spec() const { return m_spec; }
    // Re-applies the recorded provider state (after a restart, or to make sure the stable
    // version serves before a new rollout starts) and starts reconciling.
    void start();
    // Makes the next moves that are due. Coalesced; safe to call from any callback.
    void reconcile();
    // Applies a person's action (preconditions already checked by the controller).
    Result<void> apply(RolloutAction action, const QString &actor, const QString &reason);
    // Nothing left to do: ended, cleaned up, no action in flight.
    bool isDone() const;
    bool hasLostLease() const { return m_leaseLost; }
    Provider *provider() const { return m_provider; }
    qint64 nextWakeMs() const;
    // Live state for the UI: analysis runs in progress, sampler health, restore status.
    QJsonObject live() const;
    MetricSampler *sampler() const { return m_sampler; }
    // Whether the deploy step of the new version has finished (promote needs it).
    bool canaryReady() const;

Q_SIGNALS:
    void changed(const QString &rolloutId);

private:
    enum class Outcome { Done, Waiting, Failed };
    // Re-applying the recorded provider state after a restart.
    struct Restore
    {
        QList<std::pair<QString, int>> versions;
        TrafficSplit traffic;
        qint64 deadlineAt = 0;
    };

    void reconcileNow();
    bool step();
    bool save();
    void event(const QString &type, const QString &reason, const QString &message, const QJsonObject &data = {});

    // intents
    bool beginIntent(const QString &action, QJsonObject intent);
    bool finishIntent(bool ok, const QString &error);
    Outcome continueIntent(const RolloutTransition &transition, QString *error);
    Outcome waitReady(const QString &version, int replicas, qint64 deadlineAt, QString *error);
    void applyThen(const QJsonObject &then);
    bool handlePendingIntent();
    Result<void> providerDo(const std::function<Result<void>()> &fn, const QString &what);

    // a rollout of the same versions left unfinished on a shared provider
    bool adoptProviderState();

    // restore after restart
    void beginRestore();
    bool continueRestore();

    // steps
    bool executeStep();
    bool checkPauses();
    bool runAnalysisStep(const PlanStep &step);
    void runBackgroundAnalysis();
    void advance(const QString &why);
    TrafficSplit splitFor(int weight, bool withHeader = true) const;
    bool firstTraffic() const;

    // endings
    void abort(RolloutPhase phase, const QString &by, const QString &reason);
    void markHealthy();
    bool runFinalizer();
    void stopRunners(const QString &why);
    void applyRequests();

    std::unique_ptr<AnalysisRunner> makeRunner(const QString &runId, const QString &kind, const QStringList &templates,
                                               const QMap<QString, QString> &args, QString *error);
    void startStepSpan();
    void endStepSpan(bool ok, const QString &message);

    RolloutServices m_services;
    RolloutRecord m_record;
    DeploymentSpec m_spec;
    ComponentDefinition m_component;
    QPointer<Provider> m_provider;
    RolloutGates *m_gates;
    MetricSampler *m_sampler = nullptr;
    std::unique_ptr<AnalysisRunner> m_stepRun;
    std::unique_ptr<AnalysisRunner> m_backgroundRun;
    std::unique_ptr<Restore> m_restore;
    QSet<qint64> m_issued;       // intents whose provider call this process has made
    qint64 m_retryAt = 0;        // provider call failed: try again at
    bool m_busy = false;
    bool m_again = false;
    bool m_queued = false;
    bool m_leaseLost = false;
    bool m_adopted = false;      // the provider's traffic was adopted: restore keeps it
    Span m_stepSpan;
    int m_spanStep = -1;
};

} // namespace shipdeck
