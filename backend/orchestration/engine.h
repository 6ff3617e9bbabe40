#pragma once

#include "backend/orchestration/workflow.h"
#include "backend/store/workflowrunrepository.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPromise>

#include <memory>

class QThreadPool;
class QTimer;

namespace shipdeck {

class Clock;
class JobQueue;
class SpanRepository;
class Tracer;
class Workspace;

struct EngineOptions
{
    int workers = 2;                 // workflows run at once
    qint64 leaseMs = 30'000;         // a crashed process's jobs come back after this
    int pollIntervalMs = 500;        // how often to look for due jobs (retries, other processes)
    QString queue = QStringLiteral("workflows");
    QString ownerId;                 // default: host:pid:random
};

// Per-type counters since the engine started (persisted runs hold the full history).
struct EngineTypeMetrics
{
    QString type;
    qint64 started = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    qint64 retried = 0;
    qint64 totalDurationMs = 0;
    qint64 maxDurationMs = 0;
};

// The orchestration engine: workflow requests go into the durable priority queue
// (critical > high > normal > low, FIFO within a level); workers lease them, run the
// registered workflow with a trace, record the run, and ack, retry or dead-letter the job.
// Lives on the backend thread; workflows run on its own thread pool.
class Engine : public QObject
{
    Q_OBJECT
public:
    Engine(Workspace &workspace, Tracer &tracer, SpanRepository &spans, EngineOptions options = {},
           QObject *parent = nullptr);
    ~Engine() override;

    void registerWorkflow(std::shared_ptr<Workflow> workflow);
    QStringList workflowTypes() const;
    std::shared_ptr<Workflow> workflow(const QString &type) const;

    // Enqueues durably and returns a future that finishes when the workflow has succeeded
    // or failed for good (after retries) in this process.
    QFuture<WorkflowResult> processWorkflow(const WorkflowRequest &request);
    // Enqueues durably; returns the job id.
    Result<QString> submit(const WorkflowRequest &request);
    bool cancel(const QString &jobId);

    void start();
    // Stops leasing; running workflows are asked to cancel and awaited up to timeoutMs.
    void stop(int timeoutMs = 10'000);
    bool isRunning() const { return m_started; }
    int runningCount() const { return int(m_running.size()); }
    const QString &ownerId() const { return m_options.ownerId; }
    QList<EngineTypeMetrics> metrics() const;

    // Runs everything due until the queue is empty; for the CLI and tests.
    // Returns false on timeout.
    bool drain(int timeoutMs);

Q_SIGNALS:
    void workflowStarted(const shipdeck::WorkflowRunRecord &run);
    void workflowProgressed(const QString &jobId, int percent, const QString &text);
    void workflowFinished(const shipdeck::WorkflowRunRecord &run, const shipdeck::WorkflowResult &result);
    void queueChanged();

private:
    struct Running;
    void pump();
    void tick();
    void launch(const JobRecord &job);
    void onAttemptFinished(const QString &jobId, Result<QJsonObject> result);
    void resolveWaiter(const QString &jobId, const WorkflowResult &result);
    void resolveWaitersFinishedElsewhere();

    Workspace &m_workspace;
    Tracer &m_tracer;
    SpanRepository &m_spans;
    EngineOptions m_options;
    const Clock *m_clock;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<WorkflowRunRepository> m_runs;
    QThreadPool *m_pool;
    QTimer *m_timer;
    bool m_started = false;
    bool m_pumpQueued = false;
    qint64 m_lastReapMs = 0;
    QHash<QString, std::shared_ptr<Workflow>> m_workflows;
    QHash<QString, std::shared_ptr<Running>> m_running;                      // by job id
    QHash<QString, std::shared_ptr<QPromise<WorkflowResult>>> m_waiters;     // by job id
    QHash<QString, EngineTypeMetrics> m_metrics;
};

} // namespace shipdeck
