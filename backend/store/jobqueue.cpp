#include "backend/store/jobqueue.h"

#include "backend/core/clock.h"
#include "backend/core/ids.h"
#include "backend/store/database.h"

#include <QJsonDocument>

#include <algorithm>

namespace shipdeck {

namespace {
const QString kColumns = QStringLiteral(
    "seq, id, queue, type, payload, priority, state, attempts, max_attempts, available_at, lease_owner, "
    "lease_expires_at, idempotency_key, last_error, result, created_at, updated_at, finished_at");

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

QString priorityName(Priority priority)
{
    switch (priority) {
    case Priority::Low: return QStringLiteral("low");
    case Priority::Normal: return QStringLiteral("normal");
    case Priority::High: return QStringLiteral("high");
    case Priority::Critical: return QStringLiteral("critical");
    }
    return {};
}

std::optional<Priority> priorityFromName(const QString &name)
{
    for (auto p : {Priority::Low, Priority::Normal, Priority::High, Priority::Critical}) {
        if (priorityName(p) == name.toLower())
            return p;
    }
    return std::nullopt;
}

QString queuedJobStateName(QueuedJobState state)
{
    switch (state) {
    case QueuedJobState::Ready: return QStringLiteral("ready");
    case QueuedJobState::Leased: return QStringLiteral("leased");
    case QueuedJobState::Done: return QStringLiteral("done");
    case QueuedJobState::Dead: return QStringLiteral("dead");
    }
    return {};
}

std::optional<QueuedJobState> queuedJobStateFromName(const QString &name)
{
    for (auto s : {QueuedJobState::Ready, QueuedJobState::Leased, QueuedJobState::Done, QueuedJobState::Dead}) {
        if (queuedJobStateName(s) == name.toLower())
            return s;
    }
    return std::nullopt;
}

QJsonObject JobRecord::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("queue"), queue},
        {QStringLiteral("type"), type},
        {QStringLiteral("priority"), priorityName(priority)},
        {QStringLiteral("state"), queuedJobStateName(state)},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("maxAttempts"), maxAttempts},
        {QStringLiteral("availableAt"), availableAtMs},
        {QStringLiteral("createdAt"), createdAtMs},
        {QStringLiteral("updatedAt"), updatedAtMs},
        {QStringLiteral("payload"), payload},
    };
    if (!leaseOwner.isEmpty()) {
        json.insert(QStringLiteral("leaseOwner"), leaseOwner);
        json.insert(QStringLiteral("leaseExpiresAt"), leaseExpiresAtMs);
    }
    if (!idempotencyKey.isEmpty())
        json.insert(QStringLiteral("idempotencyKey"), idempotencyKey);
    if (!lastError.isEmpty())
        json.insert(QStringLiteral("lastError"), lastError);
    if (!result.isEmpty())
        json.insert(QStringLiteral("result"), result);
    if (finishedAtMs)
        json.insert(QStringLiteral("finishedAt"), finishedAtMs);
    return json;
}

JobQueue::JobQueue(Database &db, const Clock *clock, RetryPolicy retry)
    : m_db(db), m_clock(clock ? clock : Clock::system()), m_retry(retry)
{
}

Result<JobRecord> JobQueue::readRow(Statement *stmt) const
{
    JobRecord r;
    r.seq = stmt->int64(0);
    r.id = stmt->text(1);
    r.queue = stmt->text(2);
    r.type = stmt->text(3);
    r.payload = fromJsonText(stmt->text(4));
    r.priority = static_cast<Priority>(std::clamp<qint64>(stmt->int64(5), 0, 3));
    r.state = queuedJobStateFromName(stmt->text(6)).value_or(QueuedJobState::Dead);
    r.attempts = int(stmt->int64(7));
    r.maxAttempts = int(stmt->int64(8));
    r.availableAtMs = stmt->int64(9);
    r.leaseOwner = stmt->text(10);
    r.leaseExpiresAtMs = stmt->int64(11);
    r.idempotencyKey = stmt->text(12);
    r.lastError = stmt->text(13);
    r.result = fromJsonText(stmt->text(14));
    r.createdAtMs = stmt->int64(15);
    r.updatedAtMs = stmt->int64(16);
    r.finishedAtMs = stmt->int64(17);
    return r;
}

Result<QString> JobQueue::enqueue(const JobSpec &spec)
{
    if (spec.type.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a job needs a type"));
    if (spec.maxAttempts < 1)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("maxAttempts must be at least 1"));
    const qint64 now = m_clock->nowMs();
    const QString id = Ulid::generate(m_clock);
    SD_TRY(Statement *insert, m_db.prepare(QStringLiteral(
        "INSERT INTO jobs(id, queue, type, payload, priority, state, max_attempts, available_at, "
        "idempotency_key, created_at, updated_at) VALUES(?1, ?2, ?3, ?4, ?5, 'ready', ?6, ?7, ?8, ?9, ?9) "
        "ON CONFLICT(idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING")));
    insert->bind(1, id).bind(2, spec.queue).bind(3, spec.type).bind(4, toJsonText(spec.payload))
        .bind(5, static_cast<int>(spec.priority)).bind(6, spec.maxAttempts).bind(7, now + qMax<qint64>(0, spec.delayMs))
        .bind(9, now);
    if (spec.idempotencyKey.isEmpty())
        insert->bindNull(8);
    else
        insert->bind(8, spec.idempotencyKey);
    SD_CHECK(insert->run());
    if (m_db.changes() == 1)
        return id;
    // Same idempotency key: hand back the job that already exists.
    SD_TRY(Statement *existing, m_db.prepare(QStringLiteral("SELECT id FROM jobs WHERE idempotency_key = ?1")));
    existing->bind(1, spec.idempotencyKey);
    SD_TRY(bool row, existing->step());
    const QString existingId = row ? existing->text(0) : QString();
    existing->reset();
    if (existingId.isEmpty())
        return Error(ErrorCode::Internal, QStringLiteral("job was neither inserted nor found"));
    return existingId;
}

Result<QStringList> JobQueue::enqueueMany(const QList<JobSpec> &specs)
{
    return m_db.transaction([&]() -> Result<QStringList> {
        QStringList ids;
        ids.reserve(specs.size());
        for (const JobSpec &spec : specs) {
            SD_TRY(QString id, enqueue(spec));
            ids.append(id);
        }
        return ids;
    });
}

Result<QList<JobRecord>> JobQueue::leaseMany(const QString &queue, const QString &owner, qint64 leaseMs, int max)
{
    return m_db.transaction([&]() -> Result<QList<JobRecord>> {
        QList<JobRecord> jobs;
        while (jobs.size() < max) {
            SD_TRY(std::optional<JobRecord> job, lease(queue, owner, leaseMs));
            if (!job)
                break;
            jobs.append(std::move(*job));
        }
        return jobs;
    });
}

Result<std::optional<JobRecord>> JobQueue::ackAndLease(const QString &id, const QString &owner,
                                                       const QJsonObject &result, const QString &queue, qint64 leaseMs)
{
    return m_db.transaction([&]() -> Result<std::optional<JobRecord>> {
        SD_CHECK(ack(id, owner, result));
        return lease(queue, owner, leaseMs);
    });
}

Result<void> JobQueue::ackMany(const QStringList &ids, const QString &owner)
{
    return m_db.transaction([&]() -> Result<void> {
        for (const QString &id : ids)
            SD_CHECK(ack(id, owner));
        return success();
    });
}

Result<std::optional<JobRecord>> JobQueue::lease(const QString &queue, const QString &owner, qint64 leaseMs)
{
    const qint64 now = m_clock->nowMs();
    // Choosing and taking the job in one write transaction makes it atomic across processes.
    // Plain indexed SELECTs and an UPDATE by rowid: no sorter, no RETURNING table.
    return m_db.transaction([&]() -> Result<std::optional<JobRecord>> {
        struct Candidate
        {
            qint64 seq = 0;
            int priority = -1;
        };
        auto best = [&](const QString &sql) -> Result<Candidate> {
            SD_TRY(Statement *stmt, m_db.prepare(sql));
            stmt->bind(1, queue).bind(2, now);
            SD_TRY(bool row, stmt->step());
            Candidate c;
            if (row) {
                c.seq = stmt->int64(0);
                c.priority = int(stmt->int64(1));
            }
            stmt->reset();
            return c;
        };
        // The best waiting job (index jobs_ready, in priority order) ...
        SD_TRY(Candidate ready, best(QStringLiteral(
            "SELECT seq, priority FROM jobs WHERE queue = ?1 AND state = 'ready' AND available_at <= ?2 "
            "ORDER BY priority DESC, seq LIMIT 1")));
        // ... or a job whose worker's lease expired (index jobs_leased, oldest first).
        SD_TRY(Candidate expired, best(QStringLiteral(
            "SELECT seq, priority FROM jobs WHERE queue = ?1 AND state = 'leased' AND lease_expires_at <= ?2 "
            "AND attempts < max_attempts ORDER BY lease_expires_at LIMIT 1")));
        Candidate chosen = ready;
        if (expired.seq && (!ready.seq || expired.priority > ready.priority
                            || (expired.priority == ready.priority && expired.seq < ready.seq)))
            chosen = expired;
        if (!chosen.seq)
            return std::optional<JobRecord>();
        SD_TRY(Statement *update, m_db.prepare(QStringLiteral(
            "UPDATE jobs SET state = 'leased', attempts = attempts + 1, lease_owner = ?2, lease_expires_at = ?3, "
            "updated_at = ?4 WHERE seq = ?1")));
        update->bind(1, chosen.seq).bind(2, owner).bind(3, now + leaseMs).bind(4, now);
        SD_CHECK(update->run());
        SD_TRY(Statement *read, m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM jobs WHERE seq = ?1")));
        read->bind(1, chosen.seq);
        SD_TRY(bool row, read->step());
        if (!row) {
            read->reset();
            return Error(ErrorCode::Internal, QStringLiteral("leased job %1 vanished").arg(chosen.seq));
        }
        SD_TRY(JobRecord record, readRow(read));
        read->reset();
        return std::optional<JobRecord>(std::move(record));
    });
}

Result<void> JobQueue::extendLease(const QString &id, const QString &owner, qint64 leaseMs)
{
    const qint64 now = m_clock->nowMs();
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "UPDATE jobs SET lease_expires_at = ?3, updated_at = ?4 WHERE id = ?1 AND state = 'leased' AND lease_owner = ?2")));
    stmt->bind(1, id).bind(2, owner).bind(3, now + leaseMs).bind(4, now);
    SD_CHECK(stmt->run());
    if (m_db.changes() != 1)
        return Error(ErrorCode::Conflict, QStringLiteral("job %1 is no longer leased by %2").arg(id, owner));
    return success();
}

Result<void> JobQueue::ack(const QString &id, const QString &owner, const QJsonObject &result)
{
    const qint64 now = m_clock->nowMs();
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "UPDATE jobs SET state = 'done', result = ?3, finished_at = ?4, updated_at = ?4, lease_owner = NULL, "
        "lease_expires_at = NULL WHERE id = ?1 AND state = 'leased' AND lease_owner = ?2")));
    stmt->bind(1, id).bind(2, owner).bind(3, toJsonText(result)).bind(4, now);
    SD_CHECK(stmt->run());
    if (m_db.changes() != 1) {
        return Error(ErrorCode::Conflict,
                     QStringLiteral("cannot acknowledge job %1: it is not leased by %2 (the lease expired or the "
                                    "job was already finished)").arg(id, owner));
    }
    return success();
}

Result<QueuedJobState> JobQueue::fail(const QString &id, const QString &owner, const QString &error, bool permanent)
{
    return m_db.transaction([&]() -> Result<QueuedJobState> {
        SD_TRY(Statement *read, m_db.prepare(QStringLiteral(
            "SELECT attempts, max_attempts FROM jobs WHERE id = ?1 AND state = 'leased' AND lease_owner = ?2")));
        read->bind(1, id).bind(2, owner);
        SD_TRY(bool row, read->step());
        if (!row) {
            read->reset();
            return Error(ErrorCode::Conflict,
                         QStringLiteral("cannot fail job %1: it is not leased by %2").arg(id, owner));
        }
        const int attempts = int(read->int64(0));
        const int maxAttempts = int(read->int64(1));
        read->reset();
        const qint64 now = m_clock->nowMs();
        const bool dead = permanent || attempts >= maxAttempts;
        SD_TRY(Statement *update, m_db.prepare(QStringLiteral(
            "UPDATE jobs SET state = ?2, last_error = ?3, available_at = ?4, updated_at = ?5, lease_owner = NULL, "
            "lease_expires_at = NULL, finished_at = ?6 WHERE id = ?1")));
        update->bind(1, id).bind(2, dead ? QStringLiteral("dead") : QStringLiteral("ready")).bind(3, error)
            .bind(4, dead ? now : now + m_retry.delayMs(attempts)).bind(5, now);
        if (dead)
            update->bind(6, now);
        else
            update->bindNull(6);
        SD_CHECK(update->run());
        return dead ? QueuedJobState::Dead : QueuedJobState::Ready;
    });
}

Result<void> JobQueue::release(const QString &id, const QString &owner)
{
    const qint64 now = m_clock->nowMs();
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "UPDATE jobs SET state = 'ready', attempts = max(0, attempts - 1), available_at = ?3, updated_at = ?3, "
        "lease_owner = NULL, lease_expires_at = NULL WHERE id = ?1 AND state = 'leased' AND lease_owner = ?2")));
    stmt->bind(1, id).bind(2, owner).bind(3, now);
    SD_CHECK(stmt->run());
    if (m_db.changes() != 1)
        return Error(ErrorCode::Conflict, QStringLiteral("job %1 is not leased by %2").arg(id, owner));
    return success();
}

Result<void> JobQueue::cancel(const QString &id, const QString &reason)
{
    const qint64 now = m_clock->nowMs();
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "UPDATE jobs SET state = 'dead', last_error = ?2, finished_at = ?3, updated_at = ?3 "
        "WHERE id = ?1 AND state = 'ready'")));
    stmt->bind(1, id).bind(2, reason).bind(3, now);
    SD_CHECK(stmt->run());
    if (m_db.changes() != 1)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("job %1 is not waiting; it cannot be cancelled here").arg(id));
    return success();
}

Result<int> JobQueue::reapExpired()
{
    const qint64 now = m_clock->nowMs();
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "UPDATE jobs SET state = 'dead', finished_at = ?1, updated_at = ?1, lease_owner = NULL, "
        "last_error = 'lease expired after the last attempt (the worker died or hung)' "
        "WHERE state = 'leased' AND lease_expires_at <= ?1 AND attempts >= max_attempts")));
    stmt->bind(1, now);
    SD_CHECK(stmt->run());
    return m_db.changes();
}

Result<void> JobQueue::retry(const QString &id)
{
    const qint64 now = m_clock->nowMs();
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "UPDATE jobs SET state = 'ready', attempts = 0, available_at = ?2, updated_at = ?2, finished_at = NULL, "
        "lease_owner = NULL, lease_expires_at = NULL WHERE id = ?1 AND state IN ('dead', 'done')")));
    stmt->bind(1, id).bind(2, now);
    SD_CHECK(stmt->run());
    if (m_db.changes() == 1)
        return success();
    SD_TRY(auto existing, find(id));
    if (!existing)
        return Error(ErrorCode::NotFound, QStringLiteral("no job with id %1").arg(id));
    return Error(ErrorCode::FailedPrecondition,
                 QStringLiteral("job %1 is %2; only dead or done jobs can be retried")
                     .arg(id, queuedJobStateName(existing->state)));
}

Result<std::optional<JobRecord>> JobQueue::find(const QString &id)
{
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM jobs WHERE id = ?1")));
    stmt->bind(1, id);
    SD_TRY(bool row, stmt->step());
    if (!row) {
        stmt->reset();
        return std::optional<JobRecord>();
    }
    SD_TRY(JobRecord record, readRow(stmt));
    stmt->reset();
    return std::optional<JobRecord>(std::move(record));
}

Result<QList<JobRecord>> JobQueue::list(std::optional<QueuedJobState> state, int limit)
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM jobs");
    if (state)
        sql += QStringLiteral(" WHERE state = ?2");
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?1");
    SD_TRY(Statement *stmt, m_db.prepare(sql));
    stmt->bind(1, limit);
    if (state)
        stmt->bind(2, queuedJobStateName(*state));
    QList<JobRecord> out;
    for (;;) {
        SD_TRY(bool row, stmt->step());
        if (!row)
            break;
        SD_TRY(JobRecord record, readRow(stmt));
        out.append(std::move(record));
    }
    stmt->reset();
    return out;
}

Result<QueueCounts> JobQueue::counts(const QString &queue)
{
    const qint64 now = m_clock->nowMs();
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "SELECT state, available_at > ?2 AS delayed, count(*) FROM jobs WHERE (?1 = '' OR queue = ?1) "
        "GROUP BY state, delayed")));
    stmt->bind(1, queue).bind(2, now);
    QueueCounts counts;
    for (;;) {
        SD_TRY(bool row, stmt->step());
        if (!row)
            break;
        const QString state = stmt->text(0);
        const bool delayed = stmt->int64(1) != 0;
        const int n = int(stmt->int64(2));
        if (state == QLatin1String("ready"))
            (delayed ? counts.delayed : counts.ready) += n;
        else if (state == QLatin1String("leased"))
            counts.leased += n;
        else if (state == QLatin1String("done"))
            counts.done += n;
        else
            counts.dead += n;
    }
    stmt->reset();
    return counts;
}

Result<int> JobQueue::pruneFinished(qint64 cutoffMs)
{
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "DELETE FROM jobs WHERE state IN ('done', 'dead') AND finished_at < ?1")));
    stmt->bind(1, cutoffMs);
    SD_CHECK(stmt->run());
    return m_db.changes();
}

Result<qint64> JobQueue::nextDueInMs(const QString &queue)
{
    const qint64 now = m_clock->nowMs();
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "SELECT min(CASE WHEN state = 'ready' THEN available_at ELSE lease_expires_at END) FROM jobs "
        "WHERE queue = ?1 AND state IN ('ready', 'leased') AND attempts < max_attempts + (state = 'ready')")));
    stmt->bind(1, queue);
    SD_TRY(bool row, stmt->step());
    qint64 result = -1;
    if (row && !stmt->isNull(0))
        result = qMax<qint64>(0, stmt->int64(0) - now);
    stmt->reset();
    return result;
}

} // namespace shipdeck
