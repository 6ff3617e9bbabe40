#include "models/jobqueuemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

using namespace shipdeck;

namespace {
JobRecord job(const QString &id, QueuedJobState state = QueuedJobState::Ready, int attempts = 0)
{
    JobRecord r;
    r.id = id;
    r.type = QStringLiteral("system-maintenance");
    r.state = state;
    r.attempts = attempts;
    r.maxAttempts = 3;
    r.createdAtMs = 1'700'000'000'000;
    return r;
}
} // namespace

class tst_JobQueueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void liveUpdatesAreFineGrained()
    {
        JobQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.setJobs({job(QStringLiteral("b")), job(QStringLiteral("a"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);

        // A new job arrives at the top, b starts running: one insert, one change, no reset.
        model.setJobs({job(QStringLiteral("c")), job(QStringLiteral("b"), QueuedJobState::Leased, 1), job(QStringLiteral("a"))});
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.data(model.index(1, JobQueueModel::StateColumn)).toString(), JobQueueModel::stateText(QueuedJobState::Leased));
        QCOMPARE(model.data(model.index(1, JobQueueModel::AttemptsColumn)).toString(), QStringLiteral("1/3"));

        // a is pruned.
        model.setJobs({job(QStringLiteral("c")), job(QStringLiteral("b"), QueuedJobState::Done, 1)});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("a")), -1);

        // Reordered rows fall back to a reset.
        model.setJobs({job(QStringLiteral("b"), QueuedJobState::Done, 1), job(QStringLiteral("c"))});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.jobAt(0)->id, QStringLiteral("b"));
    }

    void rolesAndHeaders()
    {
        JobQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        JobRecord failed = job(QStringLiteral("x"), QueuedJobState::Dead, 3);
        failed.lastError = QStringLiteral("disk full");
        failed.priority = Priority::Critical;
        model.setJobs({failed});
        QCOMPARE(model.data(model.index(0, 0), JobQueueModel::IdRole).toString(), QStringLiteral("x"));
        QCOMPARE(model.data(model.index(0, 0), JobQueueModel::StateRole).toInt(), int(QueuedJobState::Dead));
        QCOMPARE(model.data(model.index(0, JobQueueModel::LastErrorColumn), Qt::ToolTipRole).toString(), QStringLiteral("disk full"));
        QCOMPARE(model.data(model.index(0, JobQueueModel::PriorityColumn), JobQueueModel::SortRole).toInt(), int(Priority::Critical));
        QCOMPARE(model.headerData(JobQueueModel::TypeColumn, Qt::Horizontal).toString(), QStringLiteral("Workflow"));
        QCOMPARE(model.columnCount(), int(JobQueueModel::ColumnCount));
    }
};

QTEST_MAIN(tst_JobQueueModel)
#include "tst_jobqueuemodel.moc"
