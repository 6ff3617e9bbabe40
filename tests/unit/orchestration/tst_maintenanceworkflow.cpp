#include "backend/facade/backend.h"
#include "backend/orchestration/maintenanceworkflow.h"
#include "backend/store/backup.h"
#include "backend/store/jobqueue.h"
#include "testsupport.h"

#include <QDir>

using namespace shipdeck;

class tst_MaintenanceWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fullRunThroughTheBackend()
    {
        QTemporaryDir dir;
        BackendOptions options;
        options.fileLog = false;
        Backend backend(options);
        Workspace::OpenOptions open;
        open.create = true;
        QVERIFY_RESULT(test::await(backend.openWorkspace(dir.path(), open)));
        // Some history to prune: a finished job far in the past.
        QVERIFY(test::await(backend.post([](BackendCore &core) {
            auto ws = core.workspace();
            JobQueue queue(ws.value()->db());
            auto id = queue.enqueue(JobSpec{QStringLiteral("old"), QStringLiteral("t"), {}, Priority::Normal, 1, 0, {}});
            (void)queue.lease(QStringLiteral("old"), QStringLiteral("w"), 1000);
            (void)queue.ack(id.value(), QStringLiteral("w"));
            return ws.value()->db().exec(QStringLiteral("UPDATE jobs SET finished_at = 1000 WHERE id = '%1'").arg(id.value())).ok();
        })));

        WorkflowRequest request;
        request.type = MaintenanceWorkflow::typeName();
        request.context.requestedBy = QStringLiteral("alice");
        QSignalSpy progress(&backend, &Backend::jobChanged);
        const WorkflowResult result = test::await(backend.runWorkflow(request), 30'000);
        QVERIFY2(result.success, qPrintable(result.error.toString()));
        QCOMPARE(result.metrics.steps, 5);
        const QJsonObject d = result.data;
        QCOMPARE(d.value(QStringLiteral("integrity")).toObject().value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        const QString backupFile = d.value(QStringLiteral("backup")).toObject().value(QStringLiteral("file")).toString();
        QVERIFY(QFile::exists(backupFile));
        QVERIFY_RESULT(Backup::verify(backupFile));
        QCOMPARE(d.value(QStringLiteral("prune")).toObject().value(QStringLiteral("jobs")).toInt(), 1);
        QVERIFY(d.contains(QStringLiteral("vacuum")));
        QVERIFY(progress.size() >= 2); // started and finished at least

        auto audit = test::await(backend.auditLog(10));
        QVERIFY_RESULT(audit);
        QCOMPARE(audit.value().first().action, QStringLiteral("workspace.maintenance"));
        QCOMPARE(audit.value().first().actor, QStringLiteral("alice"));
        auto info = test::await(backend.workspaceInfo());
        QVERIFY(!info.value().lastMaintenance.isEmpty());
    }

    void keepsOnlyTheNewestBackups()
    {
        QTemporaryDir dir;
        BackendOptions options;
        options.fileLog = false;
        Backend backend(options);
        Workspace::OpenOptions open;
        open.create = true;
        QVERIFY_RESULT(test::await(backend.openWorkspace(dir.path(), open)));
        WorkflowRequest request;
        request.type = MaintenanceWorkflow::typeName();
        request.payload = {{QStringLiteral("keepBackups"), 2}, {QStringLiteral("vacuum"), false}};
        for (int i = 0; i < 4; ++i)
            QVERIFY(test::await(backend.runWorkflow(request), 30'000).success);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("shipdeck-*.db")}, QDir::Files).size(), 2);
    }

    void checkOnlyChangesNothing()
    {
        QTemporaryDir dir;
        BackendOptions options;
        options.fileLog = false;
        Backend backend(options);
        Workspace::OpenOptions open;
        open.create = true;
        QVERIFY_RESULT(test::await(backend.openWorkspace(dir.path(), open)));
        WorkflowRequest request;
        request.type = MaintenanceWorkflow::typeName();
        request.payload = {{QStringLiteral("checkOnly"), true}};
        const WorkflowResult result = test::await(backend.runWorkflow(request), 30'000);
        QVERIFY(result.success);
        QCOMPARE(result.metrics.steps, 1);
        QVERIFY(QDir(dir.filePath(QStringLiteral("backups"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_MaintenanceWorkflow)
#include "tst_maintenanceworkflow.moc"
