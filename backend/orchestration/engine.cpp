#include "backend/orchestration/engine.h"

#include "backend/core/clock.h"
#include "backend/core/ids.h"
#include "backend/core/logging.h"
#include "backend/core/tracer.h"
#include "backend/store/jobqueue.h"
#include "backend/store/spanrepository.h"
#include "backend/store/workspace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostInfo>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace shipdeck {

namespace {
struct AttemptOutcome
{
    Result<QJsonObject> result;
    int steps = 0;
};

QJsonObject requestToJob(const WorkflowRequest &request)
{
    return {{QStringLiteral("payload"), request.payload}, {QStringLiteral("context"), request.context.toJson()}};
}
} // namespace

struct Engine::Running
{
    JobRecord job;
    WorkflowRequest request;
    WorkflowRunRecord run;
    std::shared_ptr<std::atomic<bool>> cancelled = std::make_shared<std::atomic<bool>>(false);
    QElapsedTimer timer;
    qint64 lastExtendedMs = 0;
};

Engine::Engine(Workspace &workspace, Tracer &tracer, SpanRepository &spans, EngineOptions options, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_tracer(tracer)
    , m_spans(spans)
    , m_options(std::move(options))
    , m_clock(workspace.clock())
    , m_queue(std::make_unique<JobQueue>(workspace.db(), workspace.clock()))
    , m_runs(std::make_unique<WorkflowRunRepository>(workspace.db()))
    , m_pool(new QThreadPool(this))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<WorkflowRunRecord>();
    qRegisterMetaType<WorkflowResult>();
    if (m_options.ownerId.isEmpty()) {
        m_options.ownerId = QStringLiteral("%1:%2:%3").arg(QHostInfo::localHostName())
                                .arg(QCoreApplication::applicationPid()).arg(Ulid::generate().right(6));
    }
    m_pool->setMaxThreadCount(qMax(1, m_options.workers));
    m_timer->setInterval(m_options.pollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &Engine::tick);
}

Engine::~Engine()
{
    stop(5'000);
}

void Engine::registerWorkflow(std::shared_ptr<Workflow> workflow)
{
    m_workflows.insert(workflow->type(), std::move(workflow));
}

QStringList Engine::workflowTypes() const
{
    QStringList types = m_workflows.keys();
    types.sort();
    return types;
}

std::shared_ptr<Workflow> Engine::workflow(const QString &type) const
{
    return m_workflows.value(type);
}

Result<QString> Engine::submit(const WorkflowRequest &request)
{
    if (!m_workflows.contains(request.type)) {
        return Error(ErrorCode::InvalidArgument, QStringLiteral("unknown workflow type '%1' (known: %2)")
                                                     .arg(request.type, workflowTypes().join(QStringLiteral(", "))));
    }
    JobSpec spec;
    spec.queue = m_options.queue;
    spec.type = request.type;
    spec.payload = requestToJob(request);
    spec.priority = request.priority;
    spec.maxAttempts = qMax(1, request.maxAttempts);
    spec.idempotencyKey = request.idempotencyKey;
    SD_TRY(QString id, m_queue->enqueue(spec));
    Q_EMIT queueChanged();
    if (m_started && !m_pumpQueued) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(this, &Engine::pump, Qt::QueuedConnection);
    }
    return id;
}

QFuture<WorkflowResult> Engine::processWorkflow(const WorkflowRequest &request)
{
    auto promise = std::make_shared<QPromise<WorkflowResult>>();
    promise->start();
    QFuture<WorkflowResult> future = promise->future();
    auto id = submit(request);
    if (!id) {
        WorkflowResult result;
        result.error = id.error();
        promise->addResult(result);
        promise->finish();
        return future;
    }
    // An idempotent request may already be finished.
    auto existing = m_queue->find(id.value());
    if (existing && existing.value() && (existing.value()->state == QueuedJobState::Done
                                         || existing.value()->state == QueuedJobState::Dead)) {
        const JobRecord &job = *existing.value();
        WorkflowResult result;
        result.jobId = job.id;
        result.success = job.state == QueuedJobState::Done;
        result.data = job.result;
        result.metrics.attempts = job.attempts;
        if (!result.success)
            result.error = Error(ErrorCode::Unknown, job.lastError);
        promise->addResult(result);
        promise->finish();
        return future;
    }
    m_waiters.insert(id.value(), promise);
    return future;
}

bool Engine::cancel(const QString &jobId)
{
    if (auto it = m_running.find(jobId); it != m_running.end()) {
        it.value()->cancelled->store(true);
        return true;
    }
    if (m_queue->cancel(jobId, QStringLiteral("cancelled before it started"))) {
        WorkflowResult result;
        result.jobId = jobId;
        result.error = Error(ErrorCode::Cancelled, QStringLiteral("cancelled before it started"));
        resolveWaiter(jobId, result);
        Q_EMIT queueChanged();
        return true;
    }
    return false;
}

void Engine::start()
{
    if (m_started)
        return;
    m_started = true;
    if (auto abandoned = m_runs->markAbandoned(QStringLiteral("the process running it stopped before it finished"),
                                               m_clock->nowMs()); abandoned && abandoned.value() > 0) {
        qCInfo(lcEngine) << "marked" << abandoned.value() << "abandoned workflow run(s) as failed";
    }
    m_timer->start();
    pump();
}

void Engine::stop(int timeoutMs)
{
    if (!m_started && m_running.isEmpty())
        return;
    m_started = false;
    m_timer->stop();
    for (const auto &running : std::as_const(m_running))
        running->cancelled->store(true);
    m_pool->waitForDone(timeoutMs);
    // Deliver the continuations of attempts that just finished, so their outcome is recorded.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    for (auto it = m_running.begin(); it != m_running.end(); ++it)
        (void)m_queue->release(it.key(), m_options.ownerId);
    m_running.clear();
    (void)m_spans.flush();
}

QList<EngineTypeMetrics> Engine::metrics() const
{
    return m_metrics.values();
}

void Engine::tick()
{
    const qint64 now = m_clock->nowMs();
    for (auto &running : m_running) {
        if (now - running->lastExtendedMs > m_options.leaseMs / 3) {
            if (m_queue->extendLease(running->job.id, m_options.ownerId, m_options.leaseMs))
                running->lastExtendedMs = now;
        }
    }
    if (now - m_lastReapMs > 5'000) {
        m_lastReapMs = now;
        if (auto reaped = m_queue->reapExpired(); reaped && reaped.value() > 0)
            Q_EMIT queueChanged();
        resolveWaitersFinishedElsewhere();
    }
    (void)m_spans.flush();
    pump();
}

void Engine::pump()
{
    m_pumpQueued = false;
    if (!m_started)
        return;
    while (m_running.size() < m_pool->maxThreadCount()) {
        auto leased = m_queue->lease(m_options.queue, m_options.ownerId, m_options.leaseMs);
        if (!leased) {
            qCWarning(lcEngine) << "cannot lease a job:" << leased.error().toString();
            return;
        }
        if (!leased.value())
            return;
        launch(*leased.value());
    }
}

void Engine::launch(const JobRecord &job)
{
    auto running = std::make_shared<Running>();
    running->job = job;
    running->request.type = job.type;
    running->request.payload = job.payload.value(QStringLiteral("payload")).toObject();
    running->request.context = RequestContext::fromJson(job.payload.value(QStringLiteral("context")).toObject());
    running->request.priority = job.priority;
    running->request.maxAttempts = job.maxAttempts;
    running->timer.start();
    running->lastExtendedMs = m_clock->nowMs();

    auto span = std::make_shared<Span>(m_tracer.startSpan(QStringLiteral("workflow ") + job.type));
    span->setAttribute(QStringLiteral("workflow.type"), job.type)
        .setAttribute(QStringLiteral("job.id"), job.id)
        .setAttribute(QStringLiteral("job.attempt"), job.attempts)
        .setAttribute(QStringLiteral("job.priority"), priorityName(job.priority))
        .setAttribute(QStringLiteral("engine.owner"), m_options.ownerId);

    WorkflowRunRecord &run = running->run;
    run.id = Ulid::generate(m_clock);
    run.jobId = job.id;
    run.type = job.type;
    run.priority = job.priority;
    run.requestedBy = running->request.context.requestedBy;
    run.source = running->request.context.source;
    run.attempt = job.attempts;
    run.queuedAtMs = job.createdAtMs;
    run.startedAtMs = m_clock->nowMs();
    run.traceId = QString::fromLatin1(span->traceId());
    if (auto inserted = m_runs->insert(run); !inserted)
        qCWarning(lcEngine) << "cannot record workflow run:" << inserted.error().toString();
    m_running.insert(job.id, running);
    Q_EMIT workflowStarted(run);
    Q_EMIT queueChanged();

    std::shared_ptr<Workflow> workflow = m_workflows.value(job.type);
    const QString jobId = job.id;
    if (!workflow) {
        span->setError(QStringLiteral("no workflow registered"));
        span->end();
        onAttemptFinished(jobId, Error(ErrorCode::Unsupported,
                                       QStringLiteral("no workflow is registered for type '%1'").arg(job.type)));
        return;
    }
    QPointer<Engine> self(this);
    auto progress = [self, jobId](int percent, const QString &text) {
        // Runs on the worker thread: hop to the engine's thread.
        QMetaObject::invokeMethod(self.data(), [self, jobId, percent, text] {
            if (self)
                Q_EMIT self->workflowProgressed(jobId, percent, text);
        }, Qt::QueuedConnection);
    };
    auto task = [workflow, request = running->request, jobId, attempt = job.attempts,
                 path = m_workspace.path(), tracer = &m_tracer, span, clock = m_clock, progress,
                 cancelled = running->cancelled]() -> AttemptOutcome {
        WorkflowContext context(request, jobId, attempt, path, *tracer, span->context(), clock, progress, cancelled);
        Result<QJsonObject> result = workflow->run(context);
        if (!result && context.isCancelled())
            result = context.cancelledError();
        if (result.ok())
            span->setStatus(SpanStatus::Ok);
        else
            span->setError(result.error().toString());
        span->setAttribute(QStringLiteral("workflow.steps"), context.stepCount());
        span->end();
        return AttemptOutcome{std::move(result), context.stepCount()};
    };
    QtConcurrent::run(m_pool, std::move(task)).then(this, [this, jobId](AttemptOutcome outcome) {
        if (auto it = m_running.find(jobId); it != m_running.end())
            it.value()->run.steps = outcome.steps;
        onAttemptFinished(jobId, std::move(outcome.result));
    });
}

void Engine::onAttemptFinished(const QString &jobId, Result<QJsonObject> result)
{
    const std::shared_ptr<Running> running = m_running.take(jobId);
    if (!running)
        return;
    WorkflowRunRecord &run = running->run;
    run.finishedAtMs = m_clock->nowMs();
    run.durationMs = running->timer.elapsed();

    bool final = true;
    if (result.ok()) {
        run.state = RunState::Succeeded;
        run.result = result.value();
        if (auto acked = m_queue->ack(jobId, m_options.ownerId, result.value()); !acked)
            qCWarning(lcEngine) << acked.error().toString();
    } else {
        const Error &error = result.error();
        run.state = error.code() == ErrorCode::Cancelled ? RunState::Cancelled : RunState::Failed;
        run.error = error.toString();
        const bool permanent = !error.isTransient();
        auto state = m_queue->fail(jobId, m_options.ownerId, error.toString(), permanent);
        final = !state || state.value() == QueuedJobState::Dead;
    }
    if (auto finished = m_runs->finish(run); !finished)
        qCWarning(lcEngine) << "cannot record workflow result:" << finished.error().toString();

    EngineTypeMetrics &metrics = m_metrics[run.type];
    metrics.type = run.type;
    ++metrics.started;
    if (run.state == RunState::Succeeded)
        ++metrics.succeeded;
    else if (final)
        ++metrics.failed;
    else
        ++metrics.retried;
    metrics.totalDurationMs += run.durationMs;
    metrics.maxDurationMs = qMax(metrics.maxDurationMs, run.durationMs);

    WorkflowResult workflowResult;
    workflowResult.success = result.ok();
    workflowResult.data = run.result;
    workflowResult.metrics.queuedMs = run.startedAtMs - run.queuedAtMs;
    workflowResult.metrics.durationMs = run.durationMs;
    workflowResult.metrics.attempts = run.attempt;
    workflowResult.metrics.steps = run.steps;
    workflowResult.traceId = run.traceId;
    workflowResult.jobId = jobId;
    workflowResult.runId = run.id;
    if (!result.ok())
        workflowResult.error = result.error();

    (void)m_spans.flush();
    Q_EMIT workflowFinished(run, workflowResult);
    Q_EMIT queueChanged();
    if (final)
        resolveWaiter(jobId, workflowResult);
    if (m_started && !m_pumpQueued) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(this, &Engine::pump, Qt::QueuedConnection);
    }
}

void Engine::resolveWaiter(const QString &jobId, const WorkflowResult &result)
{
    if (auto promise = m_waiters.take(jobId)) {
        promise->addResult(result);
        promise->finish();
    }
}

void Engine::resolveWaitersFinishedElsewhere()
{
    const QStringList ids = m_waiters.keys();
    for (const QString &id : ids) {
        if (m_running.contains(id))
            continue;
        auto job = m_queue->find(id);
        if (!job || !job.value())
            continue;
        const JobRecord &record = *job.value();
        if (record.state != QueuedJobState::Done && record.state != QueuedJobState::Dead)
            continue;
        WorkflowResult result;
        result.jobId = id;
        result.success = record.state == QueuedJobState::Done;
        result.data = record.result;
        result.metrics.attempts = record.attempts;
        if (!result.success)
            result.error = Error(ErrorCode::Unknown, record.lastError);
        resolveWaiter(id, result);
    }
}

bool Engine::drain(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    const bool wasStarted = m_started;
    if (!wasStarted)
        start();
    while (!deadline.hasExpired()) {
        pump();
        if (m_running.isEmpty()) {
            auto due = m_queue->nextDueInMs(m_options.queue);
            if (!due || due.value() < 0)
                break;
        }
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        connect(this, &Engine::workflowFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const bool drained = m_running.isEmpty();
    if (!wasStarted)
        stop();
    return drained;
}

} // namespace shipdeck
