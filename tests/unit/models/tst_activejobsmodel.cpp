#include "models/activejobsmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

using namespace shipdeck;

class tst_ActiveJobsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tracksActiveJobs()
    {
        ActiveJobsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &ActiveJobsModel::activeCountChanged);
        JobSnapshot backup;
        backup.id = QStringLiteral("b");
        backup.title = QStringLiteral("Backup");
        backup.state = JobState::Running;
        backup.startedMs = 10;
        model.upsert(backup);
        JobSnapshot sync = backup;
        sync.id = QStringLiteral("s");
        sync.title = QStringLiteral("Sync");
        sync.startedMs = 20;
        sync.progress = 40;
        sync.progressText = QStringLiteral("fetching");
        model.upsert(sync);
        QCOMPARE(model.activeCount(), 2);
        QCOMPARE(model.current()->id, QStringLiteral("s"));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Sync — fetching"));
        sync.state = JobState::Succeeded;
        model.upsert(sync);
        QCOMPARE(model.activeCount(), 1);
        QCOMPARE(model.current()->id, QStringLiteral("b"));
        QCOMPARE(count.size(), 3);
        QCOMPARE(model.rowCount(), 2); // finished jobs stay listed
    }

    void keepsTenFinished()
    {
        ActiveJobsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 15; ++i) {
            JobSnapshot s;
            s.id = QString::number(i);
            s.state = JobState::Failed;
            model.upsert(s);
        }
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.snapshotAt(0)->id, QStringLiteral("14"));
    }
};

QTEST_MAIN(tst_ActiveJobsModel)
#include "tst_activejobsmodel.moc"
