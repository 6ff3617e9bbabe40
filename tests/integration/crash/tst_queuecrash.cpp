// Crash safety of the durable queue: a child process enqueues, leases and acks jobs in a loop
// and is killed with SIGKILL at random points. After each kill the database must be intact,
// every job the child reported as acked must stay done, and every job that is not done must be
// delivered again exactly once — never a job that was acked.
#include "backend/core/clock.h"
#include "backend/store/database.h"
#include "backend/store/jobqueue.h"
#include "backend/store/migrations.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <csignal>

using namespace shipdeck;

class tst_QueueCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killNineAtRandomPoints_data()
    {
        QTest::addColumn<int>("trial");
        for (int i = 0; i < 24; ++i)
            QTest::newRow(qPrintable(QStringLiteral("trial %1").arg(i))) << i;
    }

    void killNineAtRandomPoints()
    {
        QFETCH(int, trial);
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("queue.db"));
        QSet<QString> enqueued, acked;
        QRandomGenerator rng(quint32(1000 + trial));
        // Several lives per trial: each child is killed at a random moment after it got going.
        for (int life = 0; life < 3; ++life) {
            QProcess child;
            child.setProgram(test::program(QStringLiteral("queue_crash_child")));
            child.setArguments({dbPath, QStringLiteral("60000")});
            QByteArray out;
            connect(&child, &QProcess::readyReadStandardOutput, &child, [&] { out += child.readAllStandardOutput(); });
            child.start();
            QVERIFY(child.waitForStarted(5000));
            const int targetLines = 20 + int(rng.bounded(400));
            QTRY_VERIFY_WITH_TIMEOUT(out.count('\n') >= targetLines || child.state() == QProcess::NotRunning, 20'000);
            QCOMPARE(child.state(), QProcess::Running); // it must not have died by itself
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(5000));
            out += child.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("ENQ "))
                    enqueued.insert(QString::fromLatin1(line.mid(4)));
                else if (line.startsWith("ACK "))
                    acked.insert(QString::fromLatin1(line.mid(4)));
            }
        }
        QVERIFY(!acked.isEmpty());

        auto db = Database::open(dbPath);
        QVERIFY_RESULT(db);
        QCOMPARE(db.value()->scalar(QStringLiteral("PRAGMA integrity_check")).value().toString(), QStringLiteral("ok"));
        ManualClock clock(QDateTime::currentMSecsSinceEpoch() + 120'000); // every lease has expired
        JobQueue queue(*db.value(), &clock);
        const auto all = queue.list(std::nullopt, 1'000'000).value();
        QSet<QString> done;
        QSet<QString> pending;
        for (const auto &job : all) {
            QVERIFY2(job.state != QueuedJobState::Dead, qPrintable(job.lastError));
            (job.state == QueuedJobState::Done ? done : pending).insert(job.id);
        }
        // Everything reported enqueued is in the database; everything reported acked is done.
        for (const QString &id : std::as_const(enqueued))
            QVERIFY2(done.contains(id) || pending.contains(id), qPrintable(id));
        for (const QString &id : std::as_const(acked))
            QVERIFY2(done.contains(id), qPrintable(QStringLiteral("acked job %1 is not done").arg(id)));

        // Redelivery: every job not done comes back exactly once, no done job comes back.
        QSet<QString> delivered;
        for (;;) {
            auto job = queue.lease(QStringLiteral("default"), QStringLiteral("recovery"), 60'000);
            QVERIFY_RESULT(job);
            if (!job.value())
                break;
            const QString id = job.value()->id;
            QVERIFY2(!done.contains(id), qPrintable(QStringLiteral("acked job %1 delivered again").arg(id)));
            QVERIFY2(!delivered.contains(id), qPrintable(QStringLiteral("job %1 delivered twice").arg(id)));
            delivered.insert(id);
            QVERIFY_RESULT(queue.ack(id, QStringLiteral("recovery")));
        }
        QCOMPARE(delivered, pending);
    }
};

QTEST_GUILESS_MAIN(tst_QueueCrash)
#include "tst_queuecrash.moc"
