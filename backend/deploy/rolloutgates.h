#pragma once

#include "backend/deploy/deploymentspec.h"
#include "backend/deploy/rollouttypes.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace shipdeck {

class WebhookGate;
struct RolloutServices;
struct WebhookOutcome;

// Webhook gates of a rollout with Flagger's semantics (reference/progressive-delivery.md §2.3):
// which hooks guard which step, what a closed gate does (pause, halt and count, roll back),
// polling of rollback hooks, and the post-rollout notification. Gate state lives in the
// rollout's stepState so that it survives a restart.
class RolloutGates : public QObject
{
    Q_OBJECT
public:
    enum class Verdict { Open, Wait, Abort };

    RolloutGates(const RolloutServices &services, const DeploymentSpec &spec, QObject *parent = nullptr);

    // The gate types that guard `step` given the traffic before it.
    static QList<WebhookType> typesFor(const PlanStep &step, const TrafficSplit &current, bool firstTraffic);

    // Checks the gates of the current step. Open: go on. Wait: a call is in flight, the gate
    // is closed (paused or halted, retried later) -- see nextRetryAt(). Abort: a halting gate
    // failed failureThreshold times; abortReason says why.
    Verdict check(RolloutRecord &record, const PlanStep &step, bool firstTraffic, QString *abortReason);
    // Marks every closed gate of the current step as opened by a person (promote).
    void override(RolloutRecord &record, const QString &actor);
    // Polls rollback hooks; returns the name of a hook that asks for a rollback (2xx).
    QString pollRollback(const RolloutRecord &record);
    void notifyPostRollout(const RolloutRecord &record);
    qint64 nextRetryAt(const RolloutRecord &record) const;
    bool busy() const { return !m_inFlight.isEmpty(); }

Q_SIGNALS:
    // A gate call finished; the outcome is in the record passed to the callback.
    void answered(const QString &hook, const QJsonObject &outcome);

private:
    QJsonObject payload(const RolloutRecord &record, const WebhookSpec &hook) const;

    const RolloutServices &m_services;
    const DeploymentSpec &m_spec;
    WebhookGate *m_gate;
    QSet<QString> m_inFlight;
    QHash<QString, QJsonObject> m_answers; // hook name -> outcome not yet applied
    qint64 m_nextRollbackPollAt = 0;
    QString m_rollbackRequestedBy;
};

} // namespace shipdeck
