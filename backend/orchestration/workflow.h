#pragma once

#include "backend/core/result.h"
#include "backend/core/tracer.h"
#include "backend/store/jobqueue.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace shipdeck {

class Clock;
class Database;

// Who asked and from where; recorded with every run.
struct RequestContext
{
    QString requestedBy;   // user name, "engine", "scheduler"
    QString source;        // "gui", "cli", "api", "engine"
    QString correlationId; // ties related requests together
    QJsonObject toJson() const;
    static RequestContext fromJson(const QJsonObject &json);
};

struct WorkflowRequest
{
    QString type;            // a registered workflow type, e.g. "system-maintenance"
    QJsonObject payload;
    RequestContext context;
    Priority priority = Priority::Normal;
    QString idempotencyKey;  // optional: the same key runs the workflow once
    int maxAttempts = 3;
};

struct WorkflowMetrics
{
    qint64 queuedMs = 0;   // from enqueue to start of the final attempt
    qint64 durationMs = 0; // of the final attempt
    int attempts = 0;
    int steps = 0;
    QJsonObject toJson() const;
};

struct WorkflowResult
{
    bool success = false;
    QJsonObject data;
    WorkflowMetrics metrics;
    QString traceId;
    QString jobId;
    QString runId;
    Error error; // meaningful when !success
    QJsonObject toJson() const;
};

// What a running workflow can use. One per attempt; used on the worker thread running it.
class WorkflowContext
{
public:
    WorkflowContext(const WorkflowRequest &request, QString jobId, int attempt, QString workspacePath,
                    Tracer &tracer, SpanContext runSpan, const Clock *clock,
                    std::function<void(int, const QString &)> progress,
                    std::shared_ptr<std::atomic<bool>> cancelled);
    ~WorkflowContext();

    const WorkflowRequest &request() const { return m_request; }
    const QJsonObject &payload() const { return m_request.payload; }
    const QString &jobId() const { return m_jobId; }
    int attempt() const { return m_attempt; }
    const QString &workspacePath() const { return m_workspacePath; }
    const Clock *clock() const { return m_clock; }
    Tracer &tracer() { return m_tracer; }
    SpanContext spanContext() const { return m_runSpan; }

    // A traced step: a child span of the run. End it (or let it go out of scope) when done.
    Span step(const QString &name);
    int stepCount() const { return m_steps; }
    void progress(int percent, const QString &text);
    bool isCancelled() const { return m_cancelled->load(); }
    Error cancelledError() const;

    // A database connection for this attempt's thread, opened on first use.
    Result<Database *> database();

private:
    WorkflowRequest m_request;
    QString m_jobId;
    int m_attempt;
    QString m_workspacePath;
    Tracer &m_tracer;
    SpanContext m_runSpan;
    const Clock *m_clock;
    std::function<void(int, const QString &)> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::unique_ptr<Database> m_db;
    int m_steps = 0;
};

// A workflow type. run() executes on a worker thread and may block; it should check
// isCancelled() between steps. A transient error is retried with backoff, any other error
// ends the workflow.
class Workflow
{
public:
    virtual ~Workflow() = default;
    virtual QString type() const = 0;
    virtual QString description() const = 0;
    virtual Result<QJsonObject> run(WorkflowContext &context) = 0;
};

} // namespace shipdeck

Q_DECLARE_METATYPE(shipdeck::WorkflowResult)
