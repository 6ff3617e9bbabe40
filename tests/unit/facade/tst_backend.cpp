#include "backend/facade/backend.h"
#include "backend/facade/backendservice.h"
#include "testsupport.h"

#include <QThread>

using namespace shipdeck;

namespace {
int g_opened = 0;
int g_closed = 0;

class ProbeService final : public BackendService
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("probe"); }
    Result<void> open(BackendCore &core) override
    {
        ++g_opened;
        openedOnThread = QThread::currentThread();
        m_core = &core;
        return success();
    }
    void close() override { ++g_closed; }
    QFuture<Result<QJsonObject>> seedDemo(BackendCore &) override
    {
        return QtFuture::makeReadyFuture(Result<QJsonObject>(QJsonObject{{QStringLiteral("seeded"), true}}));
    }
    QThread *openedOnThread = nullptr;

private:
    BackendCore *m_core = nullptr;
};
SD_REGISTER_BACKEND_SERVICE(ProbeService, 9999);
} // namespace

class tst_Backend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void workRunsOnTheBackendThread()
    {
        QTemporaryDir dir;
        BackendOptions options;
        options.fileLog = false;
        Backend backend(options);
        QSignalSpy opened(&backend, &Backend::workspaceOpened);
        QSignalSpy states(&backend, &Backend::stateChanged);
        Workspace::OpenOptions open;
        open.create = true;
        auto info = test::await(backend.openWorkspace(dir.path(), open));
        QVERIFY_RESULT(info);
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(backend.state(), BackendState::Ready);
        QVERIFY(states.size() >= 2); // opening, ready
        QThread *backendThread = test::await(backend.post([](BackendCore &) { return QThread::currentThread(); }));
        QVERIFY(backendThread != QThread::currentThread());

        // Services are opened with the workspace, on the backend thread, and can be found.
        auto *probeThread = test::await(backend.post([](BackendCore &core) {
            auto *probe = core.service<ProbeService>();
            return probe ? probe->openedOnThread : nullptr;
        }));
        QCOMPARE(probeThread, backendThread);
        const int closedBefore = g_closed;
        auto seeded = test::await(backend.seedDemo(), 30'000);
        QVERIFY_RESULT(seeded);
        QVERIFY(seeded.value().value(QStringLiteral("probe")).toObject().value(QStringLiteral("seeded")).toBool());
        QVERIFY(seeded.value().contains(QStringLiteral("maintenance")));
        // Reopening closes the services of the previous workspace first.
        QVERIFY_RESULT(test::await(backend.openWorkspace(dir.path(), open)));
        QCOMPARE(g_closed, closedBefore + 1);
    }

    void failedOpenReportsState()
    {
        QTemporaryDir dir;
        BackendOptions options;
        options.fileLog = false;
        Backend backend(options);
        QSignalSpy states(&backend, &Backend::stateChanged);
        auto info = test::await(backend.openWorkspace(dir.filePath(QStringLiteral("missing"))));
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code(), ErrorCode::NotFound);
        QTRY_COMPARE(backend.state(), BackendState::Failed);
        // Calls that need a workspace say so instead of crashing.
        auto jobs = test::await(backend.listJobs());
        QCOMPARE(jobs.error().code(), ErrorCode::FailedPrecondition);
        const WorkflowResult run = test::await(backend.runWorkflow(WorkflowRequest{}));
        QVERIFY(!run.success);
    }

    void secondWindowOnTheSameWorkspaceIsRefused()
    {
        QTemporaryDir dir;
        BackendOptions options;
        options.fileLog = false;
        options.lockWorkspace = true;
        Workspace::OpenOptions open;
        open.create = true;
        Backend first(options);
        QVERIFY_RESULT(test::await(first.openWorkspace(dir.path(), open)));
        Backend second(options);
        auto refused = test::await(second.openWorkspace(dir.path(), open));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Busy);
        QVERIFY(refused.error().message().contains(QStringLiteral("already open")));
    }

    void backupJobReportsProgressAndFinishes()
    {
        QTemporaryDir dir;
        BackendOptions options;
        options.fileLog = false;
        Backend backend(options);
        Workspace::OpenOptions open;
        open.create = true;
        QVERIFY_RESULT(test::await(backend.openWorkspace(dir.path(), open)));
        QSignalSpy jobs(&backend, &Backend::jobChanged);
        auto id = test::await(backend.startBackup(dir.filePath(QStringLiteral("b.db"))));
        QVERIFY_RESULT(id);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(jobs.begin(), jobs.end(), [&](const QList<QVariant> &args) {
            const auto s = args.first().value<JobSnapshot>();
            return s.id == id.value() && s.state == JobState::Succeeded;
        }), 10'000);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("b.db"))));
    }
};

QTEST_GUILESS_MAIN(tst_Backend)
#include "tst_backend.moc"
