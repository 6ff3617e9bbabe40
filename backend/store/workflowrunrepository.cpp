#include "backend/store/workflowrunrepository.h"

#include "backend/store/database.h"

#include <QJsonDocument>

#include <algorithm>

namespace shipdeck {

namespace {
const QString kColumns = QStringLiteral(
    "id, job_id, type, priority, state, requested_by, source, attempt, queued_at, started_at, finished_at, "
    "duration_ms, steps, trace_id, result, error");

RunState runStateFromName(const QString &name)
{
    for (auto s : {RunState::Running, RunState::Succeeded, RunState::Failed, RunState::Cancelled}) {
        if (runStateName(s) == name)
            return s;
    }
    return RunState::Failed;
}
} // namespace

QString runStateName(RunState state)
{
    switch (state) {
    case RunState::Running: return QStringLiteral("running");
    case RunState::Succeeded: return QStringLiteral("succeeded");
    case RunState::Failed: return QStringLiteral("failed");
    case RunState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject WorkflowRunRecord::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("jobId"), jobId},
        {QStringLiteral("type"), type},
        {QStringLiteral("priority"), priorityName(priority)},
        {QStringLiteral("state"), runStateName(state)},
        {QStringLiteral("requestedBy"), requestedBy},
        {QStringLiteral("source"), source},
        {QStringLiteral("attempt"), attempt},
        {QStringLiteral("queuedAt"), queuedAtMs},
        {QStringLiteral("startedAt"), startedAtMs},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("traceId"), traceId},
    };
    if (finishedAtMs) {
        json.insert(QStringLiteral("finishedAt"), finishedAtMs);
        json.insert(QStringLiteral("durationMs"), durationMs);
    }
    if (!result.isEmpty())
        json.insert(QStringLiteral("result"), result);
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

Result<void> WorkflowRunRepository::insert(const WorkflowRunRecord &run)
{
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "INSERT INTO workflow_runs(id, job_id, type, priority, state, requested_by, source, attempt, queued_at, "
        "started_at, trace_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")));
    stmt->bind(1, run.id).bind(2, run.jobId).bind(3, run.type).bind(4, static_cast<int>(run.priority))
        .bind(5, runStateName(run.state)).bind(6, run.requestedBy).bind(7, run.source).bind(8, run.attempt)
        .bind(9, run.queuedAtMs).bind(10, run.startedAtMs).bind(11, run.traceId);
    return stmt->run();
}

Result<void> WorkflowRunRepository::finish(const WorkflowRunRecord &run)
{
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "UPDATE workflow_runs SET state = ?2, finished_at = ?3, duration_ms = ?4, steps = ?5, result = ?6, "
        "error = ?7 WHERE id = ?1")));
    stmt->bind(1, run.id).bind(2, runStateName(run.state)).bind(3, run.finishedAtMs).bind(4, run.durationMs)
        .bind(5, run.steps)
        .bind(6, QString::fromUtf8(QJsonDocument(run.result).toJson(QJsonDocument::Compact)))
        .bind(7, run.error);
    return stmt->run();
}

Result<QList<WorkflowRunRecord>> WorkflowRunRepository::query(const QString &where, const QVariant &arg, int limit)
{
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM workflow_runs ")
                                         + where + QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT ?1")));
    stmt->bind(1, limit);
    if (arg.isValid())
        stmt->bind(2, arg);
    QList<WorkflowRunRecord> out;
    for (;;) {
        SD_TRY(bool row, stmt->step());
        if (!row)
            break;
        WorkflowRunRecord r;
        r.id = stmt->text(0);
        r.jobId = stmt->text(1);
        r.type = stmt->text(2);
        r.priority = static_cast<Priority>(std::clamp<qint64>(stmt->int64(3), 0, 3));
        r.state = runStateFromName(stmt->text(4));
        r.requestedBy = stmt->text(5);
        r.source = stmt->text(6);
        r.attempt = int(stmt->int64(7));
        r.queuedAtMs = stmt->int64(8);
        r.startedAtMs = stmt->int64(9);
        r.finishedAtMs = stmt->int64(10);
        r.durationMs = stmt->int64(11);
        r.steps = int(stmt->int64(12));
        r.traceId = stmt->text(13);
        r.result = QJsonDocument::fromJson(stmt->text(14).toUtf8()).object();
        r.error = stmt->text(15);
        out.append(std::move(r));
    }
    stmt->reset();
    return out;
}

Result<QList<WorkflowRunRecord>> WorkflowRunRepository::recent(int limit)
{
    return query(QString(), QVariant(), limit);
}

Result<QList<WorkflowRunRecord>> WorkflowRunRepository::forJob(const QString &jobId)
{
    return query(QStringLiteral("WHERE job_id = ?2"), jobId, 1000);
}

Result<QList<WorkflowTypeStats>> WorkflowRunRepository::stats()
{
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "SELECT type, state, duration_ms FROM workflow_runs WHERE state != 'running' ORDER BY type")));
    QMap<QString, WorkflowTypeStats> byType;
    QMap<QString, QList<qint64>> durations;
    for (;;) {
        SD_TRY(bool row, stmt->step());
        if (!row)
            break;
        const QString type = stmt->text(0);
        auto &s = byType[type];
        s.type = type;
        ++s.runs;
        if (stmt->text(1) == QLatin1String("succeeded"))
            ++s.succeeded;
        else
            ++s.failed;
        const qint64 d = stmt->int64(2);
        durations[type].append(d);
        s.maxDurationMs = qMax(s.maxDurationMs, d);
    }
    stmt->reset();
    QList<WorkflowTypeStats> out;
    for (auto it = byType.begin(); it != byType.end(); ++it) {
        auto &d = durations[it.key()];
        std::sort(d.begin(), d.end());
        it->p50DurationMs = d.isEmpty() ? 0 : d.at(d.size() / 2);
        out.append(*it);
    }
    return out;
}

Result<int> WorkflowRunRepository::markAbandoned(const QString &reason, qint64 nowMs)
{
    // A run is abandoned when its job is no longer held by a live lease.
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "UPDATE workflow_runs SET state = 'failed', error = ?1, finished_at = ?2 WHERE state = 'running' AND "
        "NOT EXISTS (SELECT 1 FROM jobs WHERE jobs.id = workflow_runs.job_id AND jobs.state = 'leased' AND "
        "jobs.lease_expires_at > ?2)")));
    stmt->bind(1, reason).bind(2, nowMs);
    SD_CHECK(stmt->run());
    return m_db.changes();
}

Result<int> WorkflowRunRepository::prune(qint64 cutoffMs)
{
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "DELETE FROM workflow_runs WHERE state != 'running' AND started_at < ?1")));
    stmt->bind(1, cutoffMs);
    SD_CHECK(stmt->run());
    return m_db.changes();
}

} // namespace shipdeck
