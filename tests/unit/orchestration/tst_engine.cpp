#include "backend/core/tracer.h"
#include "backend/orchestration/engine.h"
#include "backend/store/jobqueue.h"
#include "backend/store/spanrepository.h"
#include "backend/store/workspace.h"
#include "testsupport.h"

#include <QMutex>

using namespace shipdeck;

namespace {
// Records the order in which runs start; optionally fails a number of times first.
class RecordingWorkflow final : public Workflow
{
public:
    explicit RecordingWorkflow(QString type) : m_type(std::move(type)) {}
    QString type() const override { return m_type; }
    QString description() const override { return QStringLiteral("test"); }
    Result<QJsonObject> run(WorkflowContext &context) override
    {
        {
            QMutexLocker lock(&mutex);
            order.append(context.payload().value(QStringLiteral("name")).toString());
        }
        {
            Span step = context.step(QStringLiteral("step one"));
            step.setAttribute(QStringLiteral("n"), 1);
        }
        context.step(QStringLiteral("step two")).setStatus(SpanStatus::Ok);
        const int failTimes = context.payload().value(QStringLiteral("failTimes")).toInt();
        if (context.attempt() <= failTimes) {
            const bool permanent = context.payload().value(QStringLiteral("permanent")).toBool();
            return Error(permanent ? ErrorCode::InvalidArgument : ErrorCode::Unavailable,
                         QStringLiteral("attempt %1 failed").arg(context.attempt()));
        }
        if (context.payload().value(QStringLiteral("waitForCancel")).toBool()) {
            while (!context.isCancelled())
                QThread::yieldCurrentThread();
            return context.cancelledError();
        }
        return QJsonObject{{QStringLiteral("attempt"), context.attempt()}};
    }

    QMutex mutex;
    QStringList order;

private:
    QString m_type;
};

struct Harness
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    Tracer tracer;
    std::unique_ptr<SpanRepository> spans;
    std::unique_ptr<Engine> engine;
    std::shared_ptr<RecordingWorkflow> workflow = std::make_shared<RecordingWorkflow>(QStringLiteral("record"));

    explicit Harness(EngineOptions options = {})
    {
        Workspace::OpenOptions open;
        open.create = true;
        workspace = std::move(Workspace::open(dir.path(), open).value());
        spans = std::make_unique<SpanRepository>(workspace->db());
        tracer.addSink([s = spans.get()](const SpanData &span) { s->add(span); });
        if (options.pollIntervalMs == 500)
            options.pollIntervalMs = 20;
        engine = std::make_unique<Engine>(*workspace, tracer, *spans, options);
        engine->registerWorkflow(workflow);
    }

    WorkflowRequest request(const QString &name, Priority priority = Priority::Normal)
    {
        WorkflowRequest r;
        r.type = QStringLiteral("record");
        r.payload = {{QStringLiteral("name"), name}};
        r.priority = priority;
        r.context.requestedBy = QStringLiteral("tester");
        return r;
    }
};
} // namespace

class tst_Engine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void priorityOrderWithOneWorker()
    {
        EngineOptions options;
        options.workers = 1;
        Harness h(options);
        // Enqueued while stopped: the engine must take them strictly by priority, FIFO within one.
        const QList<QPair<QString, Priority>> requests = {
            {QStringLiteral("low-a"), Priority::Low},     {QStringLiteral("normal-a"), Priority::Normal},
            {QStringLiteral("crit-a"), Priority::Critical}, {QStringLiteral("high-a"), Priority::High},
            {QStringLiteral("normal-b"), Priority::Normal}, {QStringLiteral("crit-b"), Priority::Critical},
        };
        for (const auto &[name, priority] : requests)
            QVERIFY_RESULT(h.engine->submit(h.request(name, priority)));
        QVERIFY(h.engine->drain(10'000));
        QCOMPARE(h.workflow->order, (QStringList{QStringLiteral("crit-a"), QStringLiteral("crit-b"), QStringLiteral("high-a"),
                                                 QStringLiteral("normal-a"), QStringLiteral("normal-b"), QStringLiteral("low-a")}));
    }

    void resultCarriesMetricsAndTrace()
    {
        Harness h;
        h.engine->start();
        const WorkflowResult result = test::await(h.engine->processWorkflow(h.request(QStringLiteral("one"))));
        QVERIFY2(result.success, qPrintable(result.error.toString()));
        QCOMPARE(result.data.value(QStringLiteral("attempt")).toInt(), 1);
        QCOMPARE(result.metrics.steps, 2);
        QCOMPARE(result.metrics.attempts, 1);
        QVERIFY(result.metrics.durationMs >= 0);
        QCOMPARE(result.traceId.size(), 32);
        // The trace was persisted: a root span and two step spans under it.
        QTRY_COMPARE(h.spans->trace(result.traceId.toLatin1()).value().size(), 3);
        const auto spans = h.spans->trace(result.traceId.toLatin1()).value();
        int roots = 0;
        for (const auto &span : spans)
            roots += span.parentSpanId.isEmpty() ? 1 : 0;
        QCOMPARE(roots, 1);
        const auto metrics = h.engine->metrics();
        QCOMPARE(metrics.size(), 1);
        QCOMPARE(metrics.first().succeeded, 1);
        auto runs = WorkflowRunRepository(h.workspace->db()).recent(10);
        QCOMPARE(runs.value().size(), 1);
        QCOMPARE(runs.value().first().state, RunState::Succeeded);
        QCOMPARE(runs.value().first().steps, 2);
        QCOMPARE(runs.value().first().requestedBy, QStringLiteral("tester"));
    }

    void transientFailuresAreRetried()
    {
        Harness h;
        h.engine->start();
        WorkflowRequest r = h.request(QStringLiteral("flaky"));
        r.payload.insert(QStringLiteral("failTimes"), 2);
        r.maxAttempts = 3;
        // Keep the backoff short for the test by retrying from a queue with a fast policy:
        // the engine's queue uses the default policy (100 ms, 200 ms).
        const WorkflowResult result = test::await(h.engine->processWorkflow(r), 20'000);
        QVERIFY2(result.success, qPrintable(result.error.toString()));
        QCOMPARE(result.data.value(QStringLiteral("attempt")).toInt(), 3);
        QCOMPARE(WorkflowRunRepository(h.workspace->db()).recent(10).value().size(), 3);
    }

    void permanentFailureIsDeadLettered()
    {
        Harness h;
        h.engine->start();
        WorkflowRequest r = h.request(QStringLiteral("bad"));
        r.payload.insert(QStringLiteral("failTimes"), 5);
        r.payload.insert(QStringLiteral("permanent"), true);
        const WorkflowResult result = test::await(h.engine->processWorkflow(r));
        QVERIFY(!result.success);
        QCOMPARE(result.error.code(), ErrorCode::InvalidArgument);
        auto job = JobQueue(h.workspace->db()).find(result.jobId);
        QCOMPARE(job.value()->state, QueuedJobState::Dead);
        QCOMPARE(job.value()->attempts, 1);
    }

    void unknownTypeIsRefused()
    {
        Harness h;
        WorkflowRequest r = h.request(QStringLiteral("x"));
        r.type = QStringLiteral("no-such-workflow");
        auto submitted = h.engine->submit(r);
        QCOMPARE(submitted.error().code(), ErrorCode::InvalidArgument);
        QVERIFY(submitted.error().message().contains(QStringLiteral("record")));
    }

    void jobOfADeadProcessIsRetriedAfterItsLease()
    {
        EngineOptions options;
        options.leaseMs = 300;
        Harness h(options);
        // Another process leased the job and died without acking it.
        JobQueue queue(h.workspace->db());
        JobSpec spec;
        spec.queue = QStringLiteral("workflows");
        spec.type = QStringLiteral("record");
        spec.payload = {{QStringLiteral("payload"), QJsonObject{{QStringLiteral("name"), QStringLiteral("orphan")}}}};
        auto id = queue.enqueue(spec);
        QVERIFY(queue.lease(QStringLiteral("workflows"), QStringLiteral("dead-process"), 300).value());
        h.engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(queue.find(id.value()).value()->state, QueuedJobState::Done, 10'000);
        QCOMPARE(h.workflow->order, QStringList{QStringLiteral("orphan")});
        QCOMPARE(queue.find(id.value()).value()->attempts, 2);
    }

    void cancelStopsARunningWorkflow()
    {
        Harness h;
        h.engine->start();
        WorkflowRequest r = h.request(QStringLiteral("long"));
        r.payload.insert(QStringLiteral("waitForCancel"), true);
        QSignalSpy started(h.engine.get(), &Engine::workflowStarted);
        auto future = h.engine->processWorkflow(r);
        QVERIFY(started.wait(5000));
        const QString jobId = started.first().first().value<WorkflowRunRecord>().jobId;
        QVERIFY(h.engine->cancel(jobId));
        const WorkflowResult result = test::await(future);
        QVERIFY(!result.success);
        QCOMPARE(result.error.code(), ErrorCode::Cancelled);
        QCOMPARE(JobQueue(h.workspace->db()).find(jobId).value()->state, QueuedJobState::Dead);
    }

    void idempotentRequestRunsOnce()
    {
        Harness h;
        h.engine->start();
        WorkflowRequest r = h.request(QStringLiteral("once"));
        r.idempotencyKey = QStringLiteral("k-1");
        QVERIFY(test::await(h.engine->processWorkflow(r)).success);
        const WorkflowResult again = test::await(h.engine->processWorkflow(r));
        QVERIFY(again.success);
        QCOMPARE(h.workflow->order, QStringList{QStringLiteral("once")});
    }

    void stopReleasesUnfinishedJobs()
    {
        Harness h;
        h.engine->start();
        WorkflowRequest r = h.request(QStringLiteral("long"));
        r.payload.insert(QStringLiteral("waitForCancel"), true);
        QSignalSpy started(h.engine.get(), &Engine::workflowStarted);
        auto future = h.engine->processWorkflow(r);
        QVERIFY(started.wait(5000));
        h.engine->stop();
        // Cancelled by the shutdown: recorded, never left "leased" forever.
        const auto jobs = JobQueue(h.workspace->db()).list().value();
        QCOMPARE(jobs.size(), 1);
        QVERIFY(jobs.first().state != QueuedJobState::Leased);
    }
};

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_engine.moc"
