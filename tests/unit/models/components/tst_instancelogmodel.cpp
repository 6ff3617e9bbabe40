// The log tail's model: appends at the end, drops the oldest beyond the limit, shows the
// stream, marks the supervisor's notes.
#include "models/components/instancelogmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

using namespace shipdeck;

namespace {
QList<InstanceLogLine> lines(int from, int count, bool isStderr = false)
{
    QList<InstanceLogLine> out;
    for (int i = from; i < from + count; ++i)
        out.append({1'700'000'000'000 + i, isStderr, QStringLiteral("line %1").arg(i)});
    return out;
}
} // namespace

class tst_InstanceLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsAndTrims_data()
    {
        QTest::addColumn<int>("maxLines");
        QTest::addColumn<QList<int>>("batches");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("under the limit") << 100 << QList<int>{3, 4} << 7 << QStringLiteral("line 0") << QStringLiteral("line 6");
        QTest::newRow("trims the oldest") << 5 << QList<int>{3, 4} << 5 << QStringLiteral("line 2") << QStringLiteral("line 6");
        QTest::newRow("one batch beyond the limit") << 5 << QList<int>{12} << 5 << QStringLiteral("line 7") << QStringLiteral("line 11");
        QTest::newRow("empty batches") << 5 << QList<int>{0, 2, 0} << 2 << QStringLiteral("line 0") << QStringLiteral("line 1");
    }
    void appendsAndTrims()
    {
        QFETCH(int, maxLines);
        QFETCH(QList<int>, batches);
        QFETCH(int, rows);
        QFETCH(QString, first);
        QFETCH(QString, last);
        InstanceLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxLines(maxLines);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        int next = 0;
        for (int count : batches) {
            model.appendLines(lines(next, count));
            next += count;
        }
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.data(model.index(0, InstanceLogModel::TextColumn)).toString(), first);
        QCOMPARE(model.data(model.index(rows - 1, InstanceLogModel::TextColumn)).toString(), last);
        QCOMPARE(reset.size(), 0);
    }

    void streamsAndNotes()
    {
        InstanceLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStatusColors({Qt::green, Qt::yellow, Qt::red, Qt::gray});
        model.appendLines({{1, false, QStringLiteral("listening")},
                           {2, true, QStringLiteral("warning: slow")},
                           {3, true, QStringLiteral("[shipdeck] started pid 42 on 127.0.0.1:4000")}});
        QCOMPARE(model.data(model.index(0, InstanceLogModel::StreamColumn)).toString(), QStringLiteral("out"));
        QCOMPARE(model.data(model.index(1, InstanceLogModel::StreamColumn)).toString(), QStringLiteral("err"));
        QVERIFY(!model.data(model.index(0, InstanceLogModel::TextColumn), Qt::ForegroundRole).isValid());
        QCOMPARE(model.data(model.index(1, InstanceLogModel::TextColumn), Qt::ForegroundRole).value<QColor>(), QColor(Qt::yellow));
        QCOMPARE(model.data(model.index(2, InstanceLogModel::TextColumn), Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
        QVERIFY(model.data(model.index(2, 0), InstanceLogModel::SupervisorRole).toBool());
        QVERIFY(!model.data(model.index(1, 0), InstanceLogModel::SupervisorRole).toBool());
        QVERIFY(model.data(model.index(1, 0), InstanceLogModel::StderrRole).toBool());
        QCOMPARE(model.data(model.index(2, 0), InstanceLogModel::TimeMsRole).toLongLong(), 3);
        QCOMPARE(model.data(model.index(0, InstanceLogModel::TimeColumn)).toString().size(), 12); // HH:mm:ss.zzz
        QCOMPARE(model.text(), QStringLiteral("listening\nwarning: slow\n[shipdeck] started pid 42 on 127.0.0.1:4000"));
        QCOMPARE(model.headerData(InstanceLogModel::StreamColumn, Qt::Horizontal).toString(), QStringLiteral("Stream"));
        QVERIFY(model.data(model.index(0, 0), Qt::FontRole).value<QFont>().fixedPitch()
                || !model.data(model.index(0, 0), Qt::FontRole).value<QFont>().family().isEmpty());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.lineAt(0));
        // Lowering the limit trims at once.
        model.appendLines(lines(0, 10, true));
        model.setMaxLines(4);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.lineAt(0)->text, QStringLiteral("line 6"));
    }
};

QTEST_MAIN(tst_InstanceLogModel)
#include "tst_instancelogmodel.moc"
