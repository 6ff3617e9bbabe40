#pragma once

#include "backend/core/result.h"
#include "backend/store/jobqueue.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace shipdeck {

class Database;

enum class RunState { Running, Succeeded, Failed, Cancelled };
QString runStateName(RunState state);

// One execution attempt of a workflow, as shown in the Overview and `shipdeckctl jobs show`.
struct WorkflowRunRecord
{
    QString id;
    QString jobId;
    QString type;
    Priority priority = Priority::Normal;
    RunState state = RunState::Running;
    QString requestedBy;
    QString source;
    int attempt = 1;
    qint64 queuedAtMs = 0;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    qint64 durationMs = 0;
    int steps = 0;
    QString traceId;
    QJsonObject result;
    QString error;

    QJsonObject toJson() const;
};

// Per-type counts and durations over recorded runs.
struct WorkflowTypeStats
{
    QString type;
    int runs = 0;
    int succeeded = 0;
    int failed = 0;
    qint64 p50DurationMs = 0;
    qint64 maxDurationMs = 0;
};

class WorkflowRunRepository
{
public:
    explicit WorkflowRunRepository(Database &db) : m_db(db) {}

    Result<void> insert(const WorkflowRunRecord &run);
    Result<void> finish(const WorkflowRunRecord &run);
    Result<QList<WorkflowRunRecord>> recent(int limit = 50);
    Result<QList<WorkflowRunRecord>> forJob(const QString &jobId);
    Result<QList<WorkflowTypeStats>> stats();
    // Marks runs left "running" by a process that died as failed.
    Result<int> markAbandoned(const QString &reason, qint64 nowMs);
    Result<int> prune(qint64 cutoffMs);

private:
    Result<QList<WorkflowRunRecord>> query(const QString &where, const QVariant &arg, int limit);
    Database &m_db;
};

} // namespace shipdeck

Q_DECLARE_METATYPE(shipdeck::WorkflowRunRecord)
