#pragma once

#include "backend/core/result.h"
#include "backend/deploy/rollouttypes.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace shipdeck {

class Clock;
class Database;
class Statement;

struct RolloutFilter
{
    QString component;
    QString environment;
    bool unfinishedOnly = false;
    qint64 sinceMs = 0;
    int limit = 200;
};

// The persisted rollout state machine: rollouts, the intent/result log of their transitions,
// events, approvals, pending requests and leases. Every change of a rollout goes through save()
// or the intent functions, which refuse to write for a process that no longer holds the lease.
class RolloutStore
{
public:
    RolloutStore(Database &db, const Clock *clock);

    Database &db() { return m_db; }

    // ---- rollouts
    Result<int> nextRevision(const QString &component, const QString &environment);
    Result<void> insert(const RolloutRecord &record);
    Result<std::optional<RolloutRecord>> find(const QString &id);
    // A rollout by id, "component", "component/environment" or "component@revision".
    Result<RolloutRecord> resolve(const QString &ref);
    Result<QList<RolloutRecord>> list(const RolloutFilter &filter);
    Result<QList<RolloutRecord>> byDeployment(const QString &deploymentId);
    Result<std::optional<RolloutRecord>> unfinishedFor(const QString &component, const QString &environment);
    Result<std::optional<RolloutRecord>> revision(const QString &component, const QString &environment, int revision);
    // The last rollout that ended Healthy: what serves now.
    Result<std::optional<RolloutRecord>> lastHealthy(const QString &component, const QString &environment);
    // Writes the mutable state; owner non-empty = only while `owner` holds the lease.
    Result<void> save(RolloutRecord &record, const QString &owner);

    // ---- intent / result
    // Records an intent and marks it pending on the rollout, in one transaction.
    Result<qint64> beginIntent(RolloutRecord &record, const QString &owner, const QString &action,
                               const QJsonObject &intent, const QString &actor = {});
    // Records the result of the pending intent and the new state of the rollout, in one
    // transaction; fails with Conflict if the intent is no longer pending (it was done already).
    Result<void> finishIntent(RolloutRecord &record, const QString &owner, bool ok, const QString &error = {});
    Result<std::optional<RolloutTransition>> transition(qint64 seq);
    Result<QList<RolloutTransition>> transitions(const QString &rolloutId);

    // ---- events, approvals, requests
    Result<RolloutEvent> addEvent(const QString &rolloutId, const QString &type, const QString &reason,
                                  const QString &message, const QJsonObject &data = {});
    Result<QList<RolloutEvent>> events(const QString &rolloutId, qint64 afterSeq = 0, int limit = 500);
    Result<void> addApproval(const RolloutApproval &approval, qint64 generation);
    Result<QList<RolloutApproval>> approvals(const QString &rolloutId, int stepIndex = -1, qint64 generation = -1);

    struct Request
    {
        QString id;
        QString rolloutId;
        RolloutAction action = RolloutAction::Promote;
        QString actor;
        QString reason;
        qint64 createdAtMs = 0;
        QString state;
        QString result;
    };
    Result<QString> addRequest(const QString &rolloutId, RolloutAction action, const QString &actor, const QString &reason);
    Result<QList<Request>> pendingRequests(const QString &rolloutId);
    Result<void> finishRequest(const QString &id, bool applied, const QString &result);
    Result<std::optional<Request>> request(const QString &id);

    // ---- leases
    // Takes or renews the lease of an unfinished rollout. A lease held by a process that is gone
    // (expired, or on this host with a dead pid) is taken over.
    Result<bool> acquireLease(const QString &rolloutId, const QString &owner, qint64 ttlMs);
    Result<void> releaseLease(const QString &rolloutId, const QString &owner);
    // Whether someone other than `owner` holds a live lease on the rollout.
    Result<bool> leasedByOther(const QString &rolloutId, const QString &owner);
    static bool ownerIsAlive(const QString &owner);

private:
    Result<QList<RolloutRecord>> query(const QString &where, const std::function<void(Statement &)> &bind);

    Database &m_db;
    const Clock *m_clock;
};

} // namespace shipdeck
