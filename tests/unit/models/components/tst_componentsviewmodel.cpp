// ComponentsViewModel and InstanceLogTail on a real demo workspace: the registry loads when the
// workspace opens, actions run real instances, and the models follow through the backend's
// events alone (no refresh by hand, no polling).
#include "models/components/componentlistmodel.h"
#include "models/components/componentsviewmodel.h"
#include "models/components/instancelistmodel.h"
#include "models/components/instancelogmodel.h"
#include "models/components/instancelogtail.h"
#include "testsupport.h"

#include "backend/facade/backend.h"
#include "backend/providers/localproviderclient.h"

#include <QAbstractItemModelTester>

using namespace shipdeck;

namespace {
int readyInstances(const InstanceListModel *model)
{
    int n = 0;
    for (int i = 0; i < model->rowCount(); ++i)
        n += model->data(model->index(i, 0), InstanceListModel::StateRole).toInt() == int(InstanceListModel::State::Ready) ? 1 : 0;
    return n;
}
} // namespace

class tst_ComponentsViewModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void followsTheProvider()
    {
        qputenv("SHIPDECK_USER", "bob");
        QCOMPARE(ComponentsViewModel::actor(), QStringLiteral("bob"));
        BackendOptions options;
        options.fileLog = false;
        Backend backend(options);
        ComponentsViewModel vm(&backend);
        QAbstractItemModelTester componentsTester(vm.components(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester instancesTester(vm.instances(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Workspace::OpenOptions open;
        open.create = true;
        open.demo = true;
        QVERIFY_RESULT(test::await(backend.openWorkspace(m_dir.path(), open)));
        QVERIFY_RESULT(test::await(backend.seedDemo(), 60'000));
        // Seeding announces nothing by itself: one refresh, then events only.
        vm.refresh();
        QTRY_COMPARE(vm.components()->rowCount(), 3);
        QVERIFY(vm.isLoaded());
        QVERIFY(vm.loadError().isEmpty());

        QSignalSpy selection(&vm, &ComponentsViewModel::selectionChanged);
        vm.setSelectedComponent(QStringLiteral("payments"));
        QCOMPARE(selection.size(), 1);
        QCOMPARE(vm.selectedRow()->definition.version, QStringLiteral("0.9.4"));
        QCOMPARE(vm.instances()->rowCount(), 0);

        QSignalSpy finished(&vm, &ComponentsViewModel::actionFinished);
        auto deployed = vm.deployStable(QStringLiteral("payments"), QStringLiteral("try it"));
        QVERIFY(vm.isBusy(QStringLiteral("payments")));
        QVERIFY_RESULT(test::await(deployed));
        QVERIFY(!vm.isBusy(QStringLiteral("payments")));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("Deploy payments"));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(readyInstances(vm.instances()), 1, 20'000);
        QTRY_COMPARE(vm.selectedRow()->status.health(), ComponentRunStatus::Health::Healthy);

        // Scale to 2: the second instance shows up and gets ready by events alone.
        QVERIFY_RESULT(test::await(vm.scaleVersion(QStringLiteral("payments"), QStringLiteral("0.9.4"), 2)));
        QTRY_COMPARE_WITH_TIMEOUT(readyInstances(vm.instances()), 2, 20'000);
        QCOMPARE(vm.instances()->rowCount(), 2);

        // The log tail follows one instance, also across a restart.
        InstanceLogTail tail(&backend);
        QAbstractItemModelTester logTester(tail.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tail.follow(QStringLiteral("payments-0.9.4-1"));
        QTRY_VERIFY_WITH_TIMEOUT(tail.model()->text().contains(QStringLiteral("listening on http://127.0.0.1:")), 10'000);
        QVERIFY(tail.problem().isEmpty());
        QCOMPARE(tail.missedLines(), 0);
        QSignalSpy appended(&tail, &InstanceLogTail::linesAppended);
        QVERIFY_RESULT(test::await(vm.restartInstance(QStringLiteral("payments-0.9.4-1"))));
        QTRY_VERIFY_WITH_TIMEOUT(tail.model()->text().count(QStringLiteral("listening on")) == 2, 20'000);
        QVERIFY(!appended.isEmpty());
        QVERIFY(tail.model()->text().contains(QStringLiteral("[shipdeck] restart requested")));
        // Each line once, in order.
        const QString text = tail.model()->text();
        QVERIFY(text.indexOf(QStringLiteral("restart requested")) < text.lastIndexOf(QStringLiteral("listening on")));
        QCOMPARE(text.count(QStringLiteral("restart requested")), 1);

        // Paused, nothing is fetched; resuming catches up.
        tail.setPaused(true);
        const int rowsWhilePaused = tail.model()->rowCount();
        auto pidOf = [&](const QString &id) {
            const InstanceStatus *i = vm.instances()->instanceAt(vm.instances()->rowOf(id));
            return i ? i->pid : 0;
        };
        const qint64 pid = pidOf(QStringLiteral("payments-0.9.4-1"));
        QVERIFY_RESULT(test::await(vm.restartInstance(QStringLiteral("payments-0.9.4-1"))));
        QTRY_VERIFY_WITH_TIMEOUT(pidOf(QStringLiteral("payments-0.9.4-1")) != pid && pidOf(QStringLiteral("payments-0.9.4-1")) != 0,
                                 20'000);
        QCOMPARE(tail.model()->rowCount(), rowsWhilePaused);
        tail.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(tail.model()->text().count(QStringLiteral("restart requested")) == 2, 10'000);

        // Scaling down removes the instance the tail follows: it says so.
        tail.follow(QStringLiteral("payments-0.9.4-2"));
        QTRY_VERIFY(tail.model()->rowCount() > 0);
        QVERIFY_RESULT(test::await(vm.scaleVersion(QStringLiteral("payments"), QStringLiteral("0.9.4"), 1)));
        QTRY_COMPARE_WITH_TIMEOUT(vm.instances()->rowCount(), 1, 10'000);
        tail.follow(QString());
        tail.follow(QStringLiteral("payments-0.9.4-2"));
        QTRY_VERIFY_WITH_TIMEOUT(tail.problem().contains(QStringLiteral("no longer runs")), 10'000);

        // A refused action reports its error.
        auto refused = test::await(vm.remove(QStringLiteral("catalog")));
        QVERIFY(!refused);
        QTRY_VERIFY(finished.last().at(1).toString().contains(QStringLiteral("needed by storefront")));

        // Stopping empties the instances through the events.
        QVERIFY_RESULT(test::await(vm.stopVersion(QStringLiteral("payments"), QStringLiteral("0.9.4"))));
        QTRY_COMPARE(vm.instances()->rowCount(), 0);
        QTRY_COMPARE(vm.selectedRow()->status.health(), ComponentRunStatus::Health::NotRunning);

        // The user's name went into the audit log.
        auto audit = test::await(backend.auditLog(50));
        QVERIFY_RESULT(audit);
        const auto deploy = std::find_if(audit.value().cbegin(), audit.value().cend(),
                                         [](const AuditRecord &r) { return r.action == QLatin1String("component.deploy"); });
        QVERIFY(deploy != audit.value().cend());
        QCOMPARE(deploy->actor, QStringLiteral("bob"));
        QVERIFY(deploy->detail.contains(QStringLiteral("try it")));
    }
};

QTEST_MAIN(tst_ComponentsViewModel)
#include "tst_componentsviewmodel.moc"
