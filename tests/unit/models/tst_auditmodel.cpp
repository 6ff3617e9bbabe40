#include "models/auditmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

using namespace shipdeck;

class tst_AuditModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsRecords()
    {
        AuditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AuditRecord r;
        r.seq = 7;
        r.id = QStringLiteral("01A");
        r.atMs = 1'700'000'000'000;
        r.actor = QStringLiteral("alice");
        r.action = QStringLiteral("rollout.promote");
        r.target = QStringLiteral("storefront/production");
        r.detail = QStringLiteral("looks good");
        r.hash = QStringLiteral("abcdef0123456789abcdef");
        AuditRecord older = r;
        older.id = QStringLiteral("00Z");
        older.seq = 6;
        model.setRecords({r, older});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, AuditModel::ActorColumn)).toString(), QStringLiteral("alice"));
        QCOMPARE(model.data(model.index(0, 0), AuditModel::SeqRole).toLongLong(), 7);
        QVERIFY(model.data(model.index(0, 0), Qt::ToolTipRole).toString().contains(QStringLiteral("abcdef0123456789")));
        QCOMPARE(model.data(model.index(1, AuditModel::TimeColumn), AuditModel::SortRole).toLongLong(), r.atMs);
    }
};

QTEST_MAIN(tst_AuditModel)
#include "tst_auditmodel.moc"
