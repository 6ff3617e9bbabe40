#include "backend/core/jobtracker.h"
#include "backend/core/taskjob.h"
#include "testsupport.h"

#include <QSemaphore>

using namespace shipdeck;

class tst_Job : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void taskReportsProgressAndResult()
    {
        auto *job = new TaskJob(QStringLiteral("count"), QStringLiteral("Counting"), [](JobControl &control) -> Result<QJsonObject> {
            for (int i = 1; i <= 4; ++i)
                control.progress(i * 25, QStringLiteral("step %1").arg(i));
            return QJsonObject{{QStringLiteral("counted"), 4}};
        });
        QSignalSpy progressed(job, &Job::progressed);
        QSignalSpy finished(job, &Job::finished);
        job->start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->state(), JobState::Succeeded);
        QCOMPARE(job->result().value(QStringLiteral("counted")).toInt(), 4);
        QCOMPARE(job->snapshot().progress, 100);
        QVERIFY(progressed.size() >= 1);
        delete job;
    }

    void errorBecomesFailedState()
    {
        TaskJob job(QStringLiteral("x"), QStringLiteral("Failing"), [](JobControl &) -> Result<QJsonObject> {
            return Error(ErrorCode::Io, QStringLiteral("disk on fire"));
        });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(job.state(), JobState::Failed);
        QCOMPARE(job.error().code(), ErrorCode::Io);
        QVERIFY(job.snapshot().error.contains(QStringLiteral("disk on fire")));
    }

    void cancelStopsCooperativeTask()
    {
        QSemaphore started;
        TaskJob job(QStringLiteral("x"), QStringLiteral("Long"), [&started](JobControl &control) -> Result<QJsonObject> {
            started.release();
            while (!control.isCancelled())
                QThread::yieldCurrentThread();
            return Error(ErrorCode::Cancelled, QStringLiteral("stopped"));
        });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_VERIFY(started.available() > 0);
        job.cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(job.state(), JobState::Cancelled);
    }

    void cancelBeforeStartNeverRuns()
    {
        bool ran = false;
        TaskJob job(QStringLiteral("x"), QStringLiteral("Never"), [&ran](JobControl &) -> Result<QJsonObject> {
            ran = true;
            return QJsonObject{};
        });
        QSignalSpy finished(&job, &Job::finished);
        job.cancel();
        job.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(job.state(), JobState::Cancelled);
        QVERIFY(!ran);
    }

    void trackerKeepsRecentJobs()
    {
        JobTracker tracker(2);
        QSignalSpy changed(&tracker, &JobTracker::jobChanged);
        for (int i = 0; i < 4; ++i) {
            auto *job = new TaskJob(QStringLiteral("x"), QStringLiteral("job %1").arg(i),
                                    [](JobControl &) -> Result<QJsonObject> { return QJsonObject{}; });
            tracker.track(job);
            QSignalSpy finished(job, &Job::finished);
            job->start();
            QVERIFY(finished.wait(5000));
        }
        QTRY_COMPARE(tracker.snapshots().size(), 2);
        QCOMPARE(tracker.activeCount(), 0);
        QVERIFY(changed.size() >= 8);
    }
};

QTEST_GUILESS_MAIN(tst_Job)
#include "tst_job.moc"
