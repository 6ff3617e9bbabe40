// The instances of one component: state from readiness and probes, numbers right-aligned,
// updates in place while the same component is shown, a reset when another one is.
#include "models/components/instancelistmodel.h"
#include "testsupport.h"

#include "backend/providers/localproviderclient.h"

#include <QAbstractItemModelTester>
#include <QDateTime>

using namespace shipdeck;

namespace {

InstanceStatus instance(const QString &id, const QString &version, bool running = true, bool ready = true)
{
    InstanceStatus s;
    s.id = id;
    s.version = version;
    s.running = running;
    s.ready = ready;
    s.port = running ? 40001 : 0;
    s.pid = running ? 4242 : 0;
    s.startedAtMs = running ? QDateTime::currentMSecsSinceEpoch() : 0;
    if (ready) {
        s.lastProbe = QStringLiteral("HTTP 200");
        s.lastProbeOk = true;
        s.lastProbeAtMs = s.startedAtMs + 500;
    }
    return s;
}

ComponentRunStatus component(const QString &id, const QList<InstanceStatus> &instances)
{
    ComponentRunStatus s;
    s.componentId = id;
    QMap<QString, VersionStatus> versions;
    for (const InstanceStatus &i : instances) {
        VersionStatus &v = versions[i.version];
        v.version = i.version;
        v.instances.append(i);
        ++v.desiredReplicas;
        v.readyReplicas += i.ready ? 1 : 0;
    }
    s.versions = versions.values();
    return s;
}

} // namespace

class tst_InstanceListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void state_data()
    {
        QTest::addColumn<bool>("running");
        QTest::addColumn<bool>("ready");
        QTest::addColumn<QString>("probe");
        QTest::addColumn<bool>("probeOk");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("text");
        QTest::newRow("ready") << true << true << QStringLiteral("HTTP 200") << true << int(InstanceListModel::State::Ready) << QStringLiteral("Ready");
        QTest::newRow("no probe yet") << true << false << QString() << false << int(InstanceListModel::State::Starting) << QStringLiteral("Starting");
        QTest::newRow("passing, not enough yet") << true << false << QStringLiteral("HTTP 200") << true << int(InstanceListModel::State::Starting) << QStringLiteral("Starting");
        QTest::newRow("probe failing") << true << false << QStringLiteral("HTTP 503") << false << int(InstanceListModel::State::NotReady) << QStringLiteral("Not ready");
        QTest::newRow("exited, restart pending") << false << false << QString() << false << int(InstanceListModel::State::Restarting) << QStringLiteral("Restarting");
    }
    void state()
    {
        QFETCH(bool, running);
        QFETCH(bool, ready);
        QFETCH(QString, probe);
        QFETCH(bool, probeOk);
        QFETCH(int, state);
        QFETCH(QString, text);
        InstanceStatus s = instance(QStringLiteral("web-1-1"), QStringLiteral("1"), running, ready);
        s.lastProbe = probe;
        s.lastProbeOk = probeOk;
        s.lastProbeAtMs = probe.isEmpty() ? 0 : 1;
        QCOMPARE(int(InstanceListModel::stateOf(s)), state);
        InstanceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStatusColors({Qt::green, Qt::yellow, Qt::red, Qt::gray});
        model.setStatus(component(QStringLiteral("web"), {s}));
        QCOMPARE(model.data(model.index(0, InstanceListModel::StateColumn)).toString(), text);
        QCOMPARE(model.data(model.index(0, 0), InstanceListModel::StateRole).toInt(), state);
        const QColor color = model.data(model.index(0, InstanceListModel::StateColumn), Qt::DecorationRole).value<QColor>();
        QCOMPARE(color, state == int(InstanceListModel::State::Ready) ? QColor(Qt::green)
                        : state == int(InstanceListModel::State::Starting) ? QColor(Qt::yellow) : QColor(Qt::red));
    }

    void columns()
    {
        InstanceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        InstanceStatus crashed = instance(QStringLiteral("web-1.0-2"), QStringLiteral("1.0"), false, false);
        crashed.restarts = 3;
        crashed.lastError = QStringLiteral("process exited with code 1");
        model.setStatus(component(QStringLiteral("web"), {instance(QStringLiteral("web-1.0-1"), QStringLiteral("1.0")), crashed}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.componentId(), QStringLiteral("web"));
        auto text = [&](int row, int column) { return model.data(model.index(row, column)).toString(); };
        QCOMPARE(text(0, InstanceListModel::InstanceColumn), QStringLiteral("web-1.0-1"));
        QCOMPARE(text(0, InstanceListModel::VersionColumn), QStringLiteral("1.0"));
        QCOMPARE(text(0, InstanceListModel::PortColumn), QStringLiteral("40001"));
        QCOMPARE(text(0, InstanceListModel::PidColumn), QStringLiteral("4242"));
        QCOMPARE(text(0, InstanceListModel::ProbeColumn), QStringLiteral("HTTP 200"));
        QVERIFY(model.data(model.index(0, InstanceListModel::ProbeColumn), Qt::ToolTipRole).toString().contains(QStringLiteral("passed")));
        QCOMPARE(text(0, InstanceListModel::StartedColumn).size(), 8); // HH:mm:ss today
        QCOMPARE(text(1, InstanceListModel::PidColumn), QStringLiteral("—"));
        QCOMPARE(text(1, InstanceListModel::StartedColumn), QStringLiteral("—"));
        QCOMPARE(text(1, InstanceListModel::RestartsColumn), QStringLiteral("3"));
        QCOMPARE(text(1, InstanceListModel::LastErrorColumn), QStringLiteral("process exited with code 1"));
        QCOMPARE(model.data(model.index(1, InstanceListModel::ProbeColumn), Qt::ToolTipRole).toString(), QStringLiteral("No probe yet"));
        QCOMPARE(model.data(model.index(0, InstanceListModel::PortColumn), Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.data(model.index(1, InstanceListModel::RestartsColumn), InstanceListModel::SortRole).toInt(), 3);
        QCOMPARE(model.headerData(InstanceListModel::ProbeColumn, Qt::Horizontal).toString(), QStringLiteral("Last probe"));
        QVERIFY(InstanceListModel::timeText(1'000'000'000'000).size() > 8); // another day: date and time
    }

    void updatesInPlace()
    {
        InstanceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const InstanceStatus a = instance(QStringLiteral("web-1.0-1"), QStringLiteral("1.0"));
        const InstanceStatus b = instance(QStringLiteral("web-1.0-2"), QStringLiteral("1.0"), true, false);
        model.setStatus(component(QStringLiteral("web"), {a, b}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        InstanceStatus bReady = b;
        bReady.ready = true;
        model.setStatus(component(QStringLiteral("web"), {a, bReady}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);

        // Scale up: a third instance is inserted; scale down to one: two removed.
        const InstanceStatus c = instance(QStringLiteral("web-1.0-3"), QStringLiteral("1.0"), true, false);
        model.setStatus(component(QStringLiteral("web"), {a, bReady, c}));
        QCOMPARE(inserted.size(), 1);
        model.setStatus(component(QStringLiteral("web"), {a}));
        QCOMPARE(removed.size(), 2);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowOf(QStringLiteral("web-1.0-1")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("web-1.0-2")), -1);

        // Another component: a reset, then nothing.
        model.setStatus(component(QStringLiteral("api"), {instance(QStringLiteral("api-2-1"), QStringLiteral("2"))}));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.instanceAt(0)->id, QStringLiteral("api-2-1"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.instanceAt(0));
    }
};

QTEST_MAIN(tst_InstanceListModel)
#include "tst_instancelistmodel.moc"
