#include "backend/core/clock.h"
#include "backend/store/database.h"
#include "backend/store/jobqueue.h"
#include "backend/store/migrations.h"
#include "testsupport.h"

using namespace shipdeck;

class tst_JobQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock;
    const QString q = QStringLiteral("default");

    JobSpec spec(const QString &type, Priority priority = Priority::Normal)
    {
        JobSpec s;
        s.type = type;
        s.priority = priority;
        return s;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("q%1.db").arg(++n)));
        QVERIFY_RESULT(db);
        m_db = std::move(db.value());
        QVERIFY_RESULT(Migrations::migrate(*m_db));
    }

    void priorityThenFifo()
    {
        JobQueue queue(*m_db, &m_clock);
        const QList<QPair<QString, Priority>> order = {
            {QStringLiteral("low-1"), Priority::Low},     {QStringLiteral("normal-1"), Priority::Normal},
            {QStringLiteral("critical-1"), Priority::Critical}, {QStringLiteral("high-1"), Priority::High},
            {QStringLiteral("normal-2"), Priority::Normal}, {QStringLiteral("critical-2"), Priority::Critical},
            {QStringLiteral("low-2"), Priority::Low},
        };
        for (const auto &[type, priority] : order)
            QVERIFY_RESULT(queue.enqueue(spec(type, priority)));
        QStringList taken;
        for (;;) {
            auto job = queue.lease(q, QStringLiteral("w"), 1000);
            QVERIFY_RESULT(job);
            if (!job.value())
                break;
            taken.append(job.value()->type);
            QVERIFY_RESULT(queue.ack(job.value()->id, QStringLiteral("w")));
        }
        QCOMPARE(taken, (QStringList{QStringLiteral("critical-1"), QStringLiteral("critical-2"), QStringLiteral("high-1"),
                                     QStringLiteral("normal-1"), QStringLiteral("normal-2"), QStringLiteral("low-1"),
                                     QStringLiteral("low-2")}));
    }

    void expiredLeaseIsDeliveredAgainButAckedNever()
    {
        JobQueue queue(*m_db, &m_clock);
        auto id = queue.enqueue(spec(QStringLiteral("t")));
        auto first = queue.lease(q, QStringLiteral("dead-worker"), 1000);
        QCOMPARE(first.value()->id, id.value());
        QVERIFY(!queue.lease(q, QStringLiteral("other"), 1000).value()); // still leased
        m_clock.advance(1001);
        auto second = queue.lease(q, QStringLiteral("other"), 1000);
        QVERIFY(second.value());
        QCOMPARE(second.value()->id, id.value());
        QCOMPARE(second.value()->attempts, 2);
        // The first worker lost its lease: its ack is refused.
        auto lateAck = queue.ack(id.value(), QStringLiteral("dead-worker"));
        QCOMPARE(lateAck.error().code(), ErrorCode::Conflict);
        QVERIFY_RESULT(queue.ack(id.value(), QStringLiteral("other")));
        m_clock.advance(10'000);
        QVERIFY(!queue.lease(q, QStringLiteral("third"), 1000).value());
        QCOMPARE(queue.find(id.value()).value()->state, QueuedJobState::Done);
    }

    void failRetriesWithBackoffThenDeadLetters()
    {
        RetryPolicy retry;
        retry.initialDelayMs = 1000;
        retry.jitter = 0;
        JobQueue queue(*m_db, &m_clock, retry);
        JobSpec s = spec(QStringLiteral("flaky"));
        s.maxAttempts = 3;
        auto id = queue.enqueue(s);
        for (int attempt = 1; attempt <= 3; ++attempt) {
            auto job = queue.lease(q, QStringLiteral("w"), 5000);
            QVERIFY2(job.value().has_value(), qPrintable(QStringLiteral("attempt %1").arg(attempt)));
            auto state = queue.fail(id.value(), QStringLiteral("w"), QStringLiteral("boom %1").arg(attempt));
            QVERIFY_RESULT(state);
            if (attempt < 3) {
                QCOMPARE(state.value(), QueuedJobState::Ready);
                QVERIFY(!queue.lease(q, QStringLiteral("w"), 5000).value()); // backing off
                QCOMPARE(queue.nextDueInMs(q).value(), retry.baseDelayMs(attempt));
                m_clock.advance(retry.baseDelayMs(attempt));
            } else {
                QCOMPARE(state.value(), QueuedJobState::Dead);
            }
        }
        const auto dead = queue.find(id.value()).value();
        QCOMPARE(dead->state, QueuedJobState::Dead);
        QCOMPARE(dead->lastError, QStringLiteral("boom 3"));
        QCOMPARE(queue.counts().value().dead, 1);
        // Manual retry from the dead letter.
        QVERIFY_RESULT(queue.retry(id.value()));
        QVERIFY(queue.lease(q, QStringLiteral("w"), 1000).value());
    }

    void permanentFailureSkipsRetries()
    {
        JobQueue queue(*m_db, &m_clock);
        auto id = queue.enqueue(spec(QStringLiteral("t")));
        QVERIFY(queue.lease(q, QStringLiteral("w"), 1000).value());
        QCOMPARE(queue.fail(id.value(), QStringLiteral("w"), QStringLiteral("bad input"), true).value(), QueuedJobState::Dead);
    }

    void idempotencyKeyEnqueuesOnce()
    {
        JobQueue queue(*m_db, &m_clock);
        JobSpec s = spec(QStringLiteral("t"));
        s.idempotencyKey = QStringLiteral("deploy-42");
        auto a = queue.enqueue(s);
        auto b = queue.enqueue(s);
        QCOMPARE(a.value(), b.value());
        QCOMPARE(queue.counts().value().ready, 1);
    }

    void expiredLeaseWithoutAttemptsIsReaped()
    {
        JobQueue queue(*m_db, &m_clock);
        JobSpec s = spec(QStringLiteral("t"));
        s.maxAttempts = 1;
        auto id = queue.enqueue(s);
        QVERIFY(queue.lease(q, QStringLiteral("w"), 1000).value());
        m_clock.advance(2000);
        QVERIFY(!queue.lease(q, QStringLiteral("x"), 1000).value());
        QCOMPARE(queue.reapExpired().value(), 1);
        QCOMPARE(queue.find(id.value()).value()->state, QueuedJobState::Dead);
    }

    void releaseAndCancel()
    {
        JobQueue queue(*m_db, &m_clock);
        auto a = queue.enqueue(spec(QStringLiteral("a")));
        auto b = queue.enqueue(spec(QStringLiteral("b")));
        QVERIFY(queue.lease(q, QStringLiteral("w"), 1000).value());
        QVERIFY_RESULT(queue.release(a.value(), QStringLiteral("w")));
        QCOMPARE(queue.find(a.value()).value()->attempts, 0);
        QVERIFY_RESULT(queue.cancel(b.value(), QStringLiteral("not needed")));
        QCOMPARE(queue.find(b.value()).value()->state, QueuedJobState::Dead);
        QCOMPARE(queue.cancel(a.value(), QString()).ok(), true);
        QCOMPARE(queue.cancel(a.value(), QString()).error().code(), ErrorCode::FailedPrecondition);
    }

    void invalidSpecs()
    {
        JobQueue queue(*m_db, &m_clock);
        QCOMPARE(queue.enqueue(JobSpec{}).error().code(), ErrorCode::InvalidArgument);
        JobSpec s = spec(QStringLiteral("t"));
        s.maxAttempts = 0;
        QCOMPARE(queue.enqueue(s).error().code(), ErrorCode::InvalidArgument);
        QCOMPARE(queue.retry(QStringLiteral("nope")).error().code(), ErrorCode::NotFound);
    }

    void pruneRemovesOnlyOldFinished()
    {
        JobQueue queue(*m_db, &m_clock);
        auto old = queue.enqueue(spec(QStringLiteral("old")));
        QVERIFY(queue.lease(q, QStringLiteral("w"), 1000).value());
        QVERIFY_RESULT(queue.ack(old.value(), QStringLiteral("w")));
        m_clock.advance(100'000);
        QVERIFY_RESULT(queue.enqueue(spec(QStringLiteral("pending"))));
        QCOMPARE(queue.pruneFinished(m_clock.nowMs() - 50'000).value(), 1);
        QCOMPARE(queue.counts().value().total(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_JobQueue)
#include "tst_jobqueue.moc"
