// The registry table: rows in the given (deploy) order, versions, dependencies both ways,
// health per version with colours, updated in place from snapshots.
#include "models/components/componentlistmodel.h"
#include "testsupport.h"

#include "backend/providers/localproviderservice.h"

#include <QAbstractItemModelTester>

using namespace shipdeck;

namespace {

const StatusColors kColors{Qt::green, Qt::yellow, Qt::red, Qt::gray};

VersionStatus version(const QString &component, const QString &name, int desired, int ready)
{
    VersionStatus v;
    v.version = name;
    v.desiredReplicas = desired;
    v.readyReplicas = ready;
    for (int i = 1; i <= desired; ++i) {
        InstanceStatus s;
        s.id = QStringLiteral("%1-%2-%3").arg(component, name).arg(i);
        s.version = name;
        s.running = true;
        s.ready = i <= ready;
        s.port = 40000 + i;
        s.pid = 1000 + i;
        v.instances.append(s);
    }
    return v;
}

ComponentRunStatus running(const QString &id, QList<VersionStatus> versions, int port = 41000)
{
    ComponentRunStatus s;
    s.componentId = id;
    s.endpoint = QStringLiteral("http://127.0.0.1:%1").arg(port);
    s.traffic.stableVersion = versions.isEmpty() ? QString() : versions.first().version;
    s.versions = std::move(versions);
    return s;
}

QString cell(const ComponentListModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class tst_ComponentListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheRegistry()
    {
        ComponentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComponents(LocalProviderService::demoComponents(), {});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ComponentListModel::ColumnCount));
        QCOMPARE(model.ids(), (QStringList{QStringLiteral("catalog"), QStringLiteral("payments"), QStringLiteral("storefront")}));
        const int sf = model.rowOf(QStringLiteral("storefront"));
        QCOMPARE(sf, 2);
        QCOMPARE(cell(model, sf, ComponentListModel::NameColumn), QStringLiteral("storefront"));
        QCOMPARE(cell(model, sf, ComponentListModel::NameColumn, Qt::ToolTipRole), QStringLiteral("Storefront (storefront)"));
        QCOMPARE(cell(model, sf, ComponentListModel::TypeColumn), QStringLiteral("Service"));
        QCOMPARE(cell(model, sf, ComponentListModel::StableColumn), QStringLiteral("1.4.2"));
        QCOMPARE(cell(model, sf, ComponentListModel::VersionsColumn), QStringLiteral("1.5.0, 1.5.1"));
        QCOMPARE(cell(model, sf, ComponentListModel::DependenciesColumn), QStringLiteral("catalog, payments"));
        QCOMPARE(cell(model, sf, ComponentListModel::HealthColumn), QStringLiteral("Not running"));
        QCOMPARE(cell(model, sf, ComponentListModel::EndpointColumn), QStringLiteral("—"));
        QCOMPARE(cell(model, 0, ComponentListModel::DependenciesColumn, Qt::ToolTipRole), QStringLiteral("Needed by storefront"));
        QCOMPARE(model.find(QStringLiteral("catalog"))->dependents, QStringList{QStringLiteral("storefront")});
        QCOMPARE(cell(model, sf, ComponentListModel::DependenciesColumn, Qt::ToolTipRole),
                 QStringLiteral("No component depends on storefront"));
        QCOMPARE(model.data(model.index(0, 0), ComponentListModel::IdRole).toString(), QStringLiteral("catalog"));
        QCOMPARE(model.headerData(ComponentListModel::HealthColumn, Qt::Horizontal).toString(), QStringLiteral("Health"));
        QVERIFY(!model.data(model.index(sf, ComponentListModel::HealthColumn), Qt::DecorationRole).isValid()); // no colours set
    }

    void health_data()
    {
        QTest::addColumn<int>("desired");
        QTest::addColumn<int>("ready");
        QTest::addColumn<int>("health");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QColor>("color");
        QTest::newRow("healthy") << 2 << 2 << int(ComponentRunStatus::Health::Healthy) << QStringLiteral("1.4.2 2/2 ready") << kColors.good;
        QTest::newRow("degraded") << 2 << 1 << int(ComponentRunStatus::Health::Degraded) << QStringLiteral("1.4.2 1/2 ready") << kColors.warning;
        QTest::newRow("unavailable") << 3 << 0 << int(ComponentRunStatus::Health::Unavailable) << QStringLiteral("1.4.2 0/3 ready") << kColors.bad;
        QTest::newRow("scaled to zero") << 0 << 0 << int(ComponentRunStatus::Health::NotRunning) << QStringLiteral("1.4.2 0/0 ready") << kColors.neutral;
    }
    void health()
    {
        QFETCH(int, desired);
        QFETCH(int, ready);
        QFETCH(int, health);
        QFETCH(QString, text);
        QFETCH(QColor, color);
        ComponentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStatusColors(kColors);
        const QString sf = QStringLiteral("storefront");
        model.setComponents(LocalProviderService::demoComponents(), {running(sf, {version(sf, QStringLiteral("1.4.2"), desired, ready)})});
        const int row = model.rowOf(sf);
        QCOMPARE(model.data(model.index(row, 0), ComponentListModel::HealthRole).toInt(), health);
        QCOMPARE(cell(model, row, ComponentListModel::HealthColumn), text);
        QCOMPARE(model.data(model.index(row, ComponentListModel::HealthColumn), Qt::DecorationRole).value<QColor>(), color);
        QCOMPARE(cell(model, row, ComponentListModel::EndpointColumn), QStringLiteral("http://127.0.0.1:41000"));
    }

    void snapshotsUpdateInPlace()
    {
        ComponentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ComponentDefinition> demo = LocalProviderService::demoComponents();
        model.setComponents(demo, {});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // The same snapshot again changes nothing.
        model.setComponents(demo, {});
        QCOMPARE(changed.size(), 0);

        // storefront starts, with a canary of a version the definition does not list: one row changes.
        const QString sf = QStringLiteral("storefront");
        ComponentRunStatus status = running(sf, {version(sf, QStringLiteral("1.4.2"), 2, 2), version(sf, QStringLiteral("1.6.0"), 1, 0)});
        status.traffic.canaryVersion = QStringLiteral("1.6.0");
        status.traffic.canaryWeight = 10;
        model.setComponents(demo, {status});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(cell(model, 2, ComponentListModel::VersionsColumn), QStringLiteral("1.5.0, 1.5.1, 1.6.0"));
        QCOMPARE(cell(model, 2, ComponentListModel::HealthColumn), QStringLiteral("1.4.2 2/2 ready · 1.6.0 0/1 ready"));
        QCOMPARE(cell(model, 2, ComponentListModel::VersionsColumn, Qt::ToolTipRole), QStringLiteral("Running: 1.4.2, 1.6.0"));
        QCOMPARE(model.find(sf)->status.traffic.canaryWeight, 10);

        // An instance becomes ready: the same row changes again.
        status.versions[1] = version(sf, QStringLiteral("1.6.0"), 1, 1);
        model.setComponents(demo, {status});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.find(sf)->status.health(), ComponentRunStatus::Health::Healthy);

        // A new component arrives (deploy order puts it last); payments goes away.
        ComponentDefinition web = demo.first();
        web.id = QStringLiteral("web");
        web.dependencies = {sf};
        demo.removeAt(1);
        QList<ComponentDefinition> next = demo;
        next.append(web);
        next[1].dependencies = {QStringLiteral("catalog")};
        model.setComponents(next, {status});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.ids(), (QStringList{QStringLiteral("catalog"), sf, QStringLiteral("web")}));
        QCOMPARE(model.find(sf)->dependents, QStringList{QStringLiteral("web")});

        // Everything goes: all rows removed.
        model.setComponents({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsByHealth()
    {
        ComponentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString sf = QStringLiteral("storefront");
        const QString catalog = QStringLiteral("catalog");
        model.setComponents(LocalProviderService::demoComponents(),
                            {running(sf, {version(sf, QStringLiteral("1.4.2"), 2, 1)}),
                             running(catalog, {version(catalog, QStringLiteral("2.3.0"), 2, 2)})});
        auto sortKey = [&](const QString &id) {
            return model.data(model.index(model.rowOf(id), ComponentListModel::HealthColumn), ComponentListModel::SortRole).toInt();
        };
        // Not running < healthy < degraded: the troubled ones sort to one end.
        QVERIFY(sortKey(QStringLiteral("payments")) < sortKey(catalog));
        QVERIFY(sortKey(catalog) < sortKey(sf));
        QCOMPARE(model.data(model.index(0, ComponentListModel::StableColumn), ComponentListModel::SortRole).toString(),
                 QStringLiteral("2.3.0"));
    }
};

QTEST_MAIN(tst_ComponentListModel)
#include "tst_componentlistmodel.moc"
