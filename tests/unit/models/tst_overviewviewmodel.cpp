#include "backend/facade/backend.h"
#include "backend/orchestration/maintenanceworkflow.h"
#include "models/overviewviewmodel.h"
#include "models/workflowrunmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

using namespace shipdeck;

class tst_OverviewViewModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void followsTheBackend()
    {
        QTemporaryDir dir;
        BackendOptions options;
        options.fileLog = false;
        Backend backend(options);
        OverviewViewModel vm(&backend);
        QAbstractItemModelTester runsTester(vm.runs(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy workspace(&vm, &OverviewViewModel::workspaceChanged);
        Workspace::OpenOptions open;
        open.create = true;
        open.name = QStringLiteral("acme");
        QVERIFY_RESULT(test::await(backend.openWorkspace(dir.path(), open)));
        QTRY_VERIFY(vm.hasWorkspace());
        QCOMPARE(vm.workspace().name, QStringLiteral("acme"));
        QCOMPARE(vm.backendState(), BackendState::Ready);

        WorkflowRequest request;
        request.type = MaintenanceWorkflow::typeName();
        request.payload = {{QStringLiteral("vacuum"), false}};
        QVERIFY(test::await(backend.runWorkflow(request), 30'000).success);
        // The run shows up live and the counts follow.
        QTRY_COMPARE(vm.runs()->rowCount(), 1);
        QTRY_COMPARE(vm.runs()->runAt(0)->state, RunState::Succeeded);
        QTRY_COMPARE(vm.counts().done, 1);
        QTRY_VERIFY(!vm.workspace().lastMaintenance.isEmpty());
    }
};

QTEST_MAIN(tst_OverviewViewModel)
#include "tst_overviewviewmodel.moc"
