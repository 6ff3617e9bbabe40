#pragma once

#include "backend/core/result.h"
#include "backend/core/retrypolicy.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace shipdeck {

class Clock;
class Database;

enum class Priority { Low = 0, Normal = 1, High = 2, Critical = 3 };
QString priorityName(Priority priority);
std::optional<Priority> priorityFromName(const QString &name);

enum class QueuedJobState { Ready, Leased, Done, Dead };
QString queuedJobStateName(QueuedJobState state);
std::optional<QueuedJobState> queuedJobStateFromName(const QString &name);

struct JobSpec
{
    QString queue = QStringLiteral("default");
    QString type;
    QJsonObject payload;
    Priority priority = Priority::Normal;
    int maxAttempts = 5;
    qint64 delayMs = 0;
    QString idempotencyKey; // enqueueing the same key twice returns the first job
};

struct JobRecord
{
    qint64 seq = 0;
    QString id;
    QString queue;
    QString type;
    QJsonObject payload;
    Priority priority = Priority::Normal;
    QueuedJobState state = QueuedJobState::Ready;
    int attempts = 0;
    int maxAttempts = 0;
    qint64 availableAtMs = 0;
    QString leaseOwner;
    qint64 leaseExpiresAtMs = 0;
    QString idempotencyKey;
    QString lastError;
    QJsonObject result;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 finishedAtMs = 0;

    QJsonObject toJson() const;
};

struct QueueCounts
{
    int ready = 0;
    int delayed = 0; // ready but waiting for a retry backoff
    int leased = 0;
    int done = 0;
    int dead = 0;
    int total() const { return ready + delayed + leased + done + dead; }
};

// A durable priority queue on SQLite: critical > high > normal > low, FIFO within a level.
// Delivery is at least once: a leased job that is neither acked nor failed before its lease
// expires (its worker died) is delivered again; an acked job is never delivered again.
class JobQueue
{
public:
    JobQueue(Database &db, const Clock *clock = nullptr, RetryPolicy retry = {});

    // Returns the job id (the existing one when the idempotency key is already known).
    Result<QString> enqueue(const JobSpec &spec);
    // Enqueues several jobs in one transaction (one commit): all or none.
    Result<QStringList> enqueueMany(const QList<JobSpec> &specs);
    // Takes the best available job of the queue for leaseMs; std::nullopt when none is due.
    Result<std::optional<JobRecord>> lease(const QString &queue, const QString &owner, qint64 leaseMs);
    // Takes up to `max` due jobs in one transaction, best first.
    Result<QList<JobRecord>> leaseMany(const QString &queue, const QString &owner, qint64 leaseMs, int max);
    // A worker's loop step in one commit: acknowledges `id` and leases the next due job.
    Result<std::optional<JobRecord>> ackAndLease(const QString &id, const QString &owner, const QJsonObject &result,
                                                 const QString &queue, qint64 leaseMs);
    // Acknowledges several jobs in one transaction; fails (acking none) if any lease was lost.
    Result<void> ackMany(const QStringList &ids, const QString &owner);
    Result<void> extendLease(const QString &id, const QString &owner, qint64 leaseMs);
    // Marks the job done. Fails with Conflict when the caller no longer holds the lease.
    Result<void> ack(const QString &id, const QString &owner, const QJsonObject &result = {});
    // Records a failed attempt: retried after backoff, or dead-lettered when attempts are used
    // up or the failure is permanent.
    Result<QueuedJobState> fail(const QString &id, const QString &owner, const QString &error, bool permanent = false);
    // Gives a leased job back untouched (the attempt does not count), e.g. on shutdown.
    Result<void> release(const QString &id, const QString &owner);
    // Dead-letters a job that is waiting (not leased) with the reason.
    Result<void> cancel(const QString &id, const QString &reason);
    // Dead-letters leased jobs whose lease expired with no attempts left.
    Result<int> reapExpired();
    // Puts a dead (or done) job back as ready with fresh attempts.
    Result<void> retry(const QString &id);

    Result<std::optional<JobRecord>> find(const QString &id);
    // Newest first; state filter optional.
    Result<QList<JobRecord>> list(std::optional<QueuedJobState> state = std::nullopt, int limit = 200);
    Result<QueueCounts> counts(const QString &queue = {});
    // Removes done and dead jobs finished before cutoffMs.
    Result<int> pruneFinished(qint64 cutoffMs);

    // Delay until the next ready job of the queue becomes due (0 = now), or -1 when none.
    Result<qint64> nextDueInMs(const QString &queue);

private:
    Result<JobRecord> readRow(class Statement *stmt) const;

    Database &m_db;
    const Clock *m_clock;
    RetryPolicy m_retry;
};

} // namespace shipdeck

Q_DECLARE_METATYPE(shipdeck::JobRecord)
