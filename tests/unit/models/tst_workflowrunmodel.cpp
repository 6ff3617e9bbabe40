#include "models/workflowrunmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

using namespace shipdeck;

namespace {
WorkflowRunRecord run(const QString &id, RunState state, qint64 durationMs = 0)
{
    WorkflowRunRecord r;
    r.id = id;
    r.type = QStringLiteral("system-maintenance");
    r.state = state;
    r.durationMs = durationMs;
    r.startedAtMs = 1'700'000'000'000;
    r.traceId = QStringLiteral("0123456789abcdef0123456789abcdef");
    return r;
}
} // namespace

class tst_WorkflowRunModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upsertAndLimit()
    {
        WorkflowRunModel model;
        model.setLimit(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsertRun(run(QStringLiteral("1"), RunState::Running));
        QCOMPARE(model.data(model.index(0, WorkflowRunModel::DurationColumn)).toString(), QStringLiteral("…"));
        model.upsertRun(run(QStringLiteral("1"), RunState::Succeeded, 1500));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, WorkflowRunModel::DurationColumn)).toString(), WorkflowRunModel::durationText(1500));
        for (int i = 2; i <= 5; ++i)
            model.upsertRun(run(QString::number(i), RunState::Failed, i));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.runAt(0)->id, QStringLiteral("5"));
        QCOMPARE(model.data(model.index(0, 0), WorkflowRunModel::TraceIdRole).toString().size(), 32);
    }

    void durationText_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("ms") << qint64(12) << QStringLiteral("12 ms");
        QTest::newRow("s") << qint64(2500) << QStringLiteral("2.5 s");
        QTest::newRow("min") << qint64(125'000) << QStringLiteral("2 min 5 s");
    }
    void durationText()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(WorkflowRunModel::durationText(ms), text);
    }
};

QTEST_MAIN(tst_WorkflowRunModel)
#include "tst_workflowrunmodel.moc"
