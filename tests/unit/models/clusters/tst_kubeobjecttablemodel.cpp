#include "models/clusters/kubeobjectproxymodel.h"
#include "models/clusters/kubeobjecttablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace shipdeck;

namespace {
KubeObjectRow pod(const QString &name, const QString &status, int restarts = 0, const QString &ns = QStringLiteral("default"))
{
    KubeObjectRow r;
    r.namespaceName = ns;
    r.name = name;
    r.uid = name + QStringLiteral("-uid");
    r.createdMs = 1'700'000'000'000;
    r.labels = {QStringLiteral("app"), name.section(QLatin1Char('-'), 0, 0)};
    r.cells = {QStringLiteral("1/1"), status, QString::number(restarts), QStringLiteral("node-1"), QStringLiteral("10.0.0.1")};
    return r;
}
const QStringList kColumns = {QStringLiteral("Ready"), QStringLiteral("Status"), QStringLiteral("Restarts"),
                              QStringLiteral("Node"), QStringLiteral("IP")};
} // namespace

class tst_KubeObjectTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appliesBatchesInPlace()
    {
        KubeObjectTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResource(QStringLiteral("pods"), kColumns);
        model.setNowMs(1'700'000'090'000);
        KubeStoreDelta snapshot;
        snapshot.reset = true;
        snapshot.synced = true;
        for (int i = 0; i < 100; ++i)
            snapshot.upserted.append(pod(QStringLiteral("web-%1").arg(i), QStringLiteral("Running")));
        model.applyDelta(snapshot);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.isSynced());
        QCOMPARE(model.columnCount(), 2 + kColumns.size() + 1);
        QCOMPARE(model.data(model.index(model.rowOf(QStringLiteral("default/web-7")), 0)).toString(), QStringLiteral("web-7"));
        QCOMPARE(model.data(model.index(0, model.ageColumn())).toString(), QStringLiteral("90s"));

        // A batch: one change, one removal, one new pod — no reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        KubeStoreDelta batch;
        batch.synced = true;
        batch.upserted = {pod(QStringLiteral("web-3"), QStringLiteral("CrashLoopBackOff"), 4), pod(QStringLiteral("api-0"), QStringLiteral("Pending"))};
        batch.removed = {QStringLiteral("default/web-9")};
        model.applyDelta(batch);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 1);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.rowOf(QStringLiteral("default/web-9")), -1);
        const int row = model.rowOf(QStringLiteral("default/web-3"));
        const int status = model.columnOf(QStringLiteral("Status"));
        QCOMPARE(model.data(model.index(row, status)).toString(), QStringLiteral("CrashLoopBackOff"));
        QCOMPARE(model.data(model.index(row, status), KubeObjectTableModel::SeverityRole).toInt(), int(KubeText::Severity::Danger));
        QVERIFY(model.rowOf(QStringLiteral("default/api-0")) >= 0);
    }

    void resetSnapshotIsAppliedAsADifference()
    {
        KubeObjectTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResource(QStringLiteral("pods"), kColumns);
        KubeStoreDelta first;
        first.reset = true;
        first.upserted = {pod(QStringLiteral("a"), QStringLiteral("Running")), pod(QStringLiteral("b"), QStringLiteral("Running"))};
        model.applyDelta(first);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        KubeStoreDelta relist;
        relist.reset = true;
        relist.upserted = {pod(QStringLiteral("b"), QStringLiteral("Running")), pod(QStringLiteral("c"), QStringLiteral("Running"))};
        model.applyDelta(relist);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("default/a")), -1);
        QVERIFY(model.rowOf(QStringLiteral("default/c")) >= 0);
    }

    void proxySortsNumbersAndFiltersByLabel()
    {
        KubeObjectTableModel model;
        model.setResource(QStringLiteral("pods"), kColumns);
        KubeObjectProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        KubeStoreDelta d;
        d.reset = true;
        d.upserted = {pod(QStringLiteral("web-10"), QStringLiteral("Running"), 10), pod(QStringLiteral("web-2"), QStringLiteral("Running"), 2),
                      pod(QStringLiteral("api-1"), QStringLiteral("Running"), 1)};
        model.applyDelta(d);
        proxy.sort(KubeObjectTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("web-2")); // natural order: web-2 before web-10
        proxy.sort(model.columnOf(QStringLiteral("Restarts")), Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("web-10")); // numeric, not "2" > "10"
        proxy.setFilterText(QStringLiteral("app=web"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(QStringLiteral("api"));
        QCOMPARE(proxy.rowCount(), 1);
        // Live rows stay sorted and filtered.
        KubeStoreDelta more;
        more.upserted = {pod(QStringLiteral("api-2"), QStringLiteral("Running"), 50)};
        model.applyDelta(more);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("api-2"));
    }

    void takesThousandsOfEventsPerBatch()
    {
        KubeObjectTableModel model;
        model.setResource(QStringLiteral("pods"), kColumns);
        KubeObjectProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(model.columnOf(QStringLiteral("Restarts")), Qt::DescendingOrder);
        KubeStoreDelta d;
        d.reset = true;
        for (int i = 0; i < 10'000; ++i)
            d.upserted.append(pod(QStringLiteral("p-%1").arg(i), QStringLiteral("Running"), i % 7));
        model.applyDelta(d);
        QCOMPARE(proxy.rowCount(), 10'000);
        KubeStoreDelta batch;
        for (int i = 0; i < 1'000; ++i)
            batch.upserted.append(pod(QStringLiteral("p-%1").arg(i * 10), QStringLiteral("Running"), 100 + i));
        model.applyDelta(batch);
        QCOMPARE(proxy.rowCount(), 10'000);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("p-9990"));
    }
};

QTEST_MAIN(tst_KubeObjectTableModel)
#include "tst_kubeobjecttablemodel.moc"
