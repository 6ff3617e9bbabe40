#include "backend/facade/backend.h"

#include "backend/core/jobtracker.h"
#include "backend/facade/demoworkspace.h"
#include "backend/orchestration/engine.h"
#include "backend/store/spanrepository.h"

#include <QThread>

namespace shipdeck {

Backend::Backend(BackendOptions options, QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_core(new BackendCore(options))
{
    qRegisterMetaType<BackendState>();
    qRegisterMetaType<WorkspaceInfo>();
    qRegisterMetaType<WorkflowRunRecord>();
    qRegisterMetaType<JobSnapshot>();
    m_thread->setObjectName(QStringLiteral("shipdeck-backend"));
    m_core->moveToThread(m_thread);
    connect(m_core, &BackendCore::stateChanged, this, [this](BackendState state, const QString &detail) {
        m_state = state;
        Q_EMIT stateChanged(state, detail);
    });
    connect(m_core, &BackendCore::workspaceOpened, this, &Backend::workspaceOpened);
    connect(m_core, &BackendCore::jobsChanged, this, &Backend::jobsChanged);
    connect(m_core, &BackendCore::workflowStarted, this, &Backend::workflowStarted);
    connect(m_core, &BackendCore::workflowFinished, this, &Backend::workflowFinished);
    connect(m_core, &BackendCore::jobChanged, this, &Backend::jobChanged);
    connect(m_core, &BackendCore::serviceEvent, this, &Backend::serviceEvent);
    m_thread->start();
}

Backend::~Backend()
{
    // The core and everything it owns are destroyed on their own thread.
    QMetaObject::invokeMethod(m_core, [core = m_core] { delete core; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QFuture<Result<WorkspaceInfo>> Backend::openWorkspace(const QString &dir, const Workspace::OpenOptions &options)
{
    return post([dir, options](BackendCore &core) { return core.openWorkspace(dir, options); });
}

QFuture<Result<WorkspaceInfo>> Backend::workspaceInfo()
{
    return post([](BackendCore &core) -> Result<WorkspaceInfo> {
        SD_TRY(Workspace * ws, core.workspace());
        return ws->info();
    });
}

QFuture<Result<CheckReport>> Backend::checkWorkspace()
{
    return post([](BackendCore &core) { return core.check(); });
}

QFuture<Result<QList<JobRecord>>> Backend::listJobs(std::optional<QueuedJobState> state, int limit)
{
    return post([state, limit](BackendCore &core) -> Result<QList<JobRecord>> {
        SD_TRY(Workspace * ws, core.workspace());
        return JobQueue(ws->db(), ws->clock()).list(state, limit);
    });
}

QFuture<Result<std::optional<JobRecord>>> Backend::findJob(const QString &id)
{
    return post([id](BackendCore &core) -> Result<std::optional<JobRecord>> {
        SD_TRY(Workspace * ws, core.workspace());
        return JobQueue(ws->db(), ws->clock()).find(id);
    });
}

QFuture<Result<void>> Backend::retryJob(const QString &id)
{
    return post([id](BackendCore &core) -> Result<void> {
        SD_TRY(Workspace * ws, core.workspace());
        SD_CHECK(JobQueue(ws->db(), ws->clock()).retry(id));
        (void)AuditLog(ws->db(), ws->clock()).append(QStringLiteral("shipdeck"), QStringLiteral("job.retry"), id, QString());
        Q_EMIT core.jobsChanged();
        return success();
    });
}

QFuture<Result<QueueCounts>> Backend::queueCounts()
{
    return post([](BackendCore &core) -> Result<QueueCounts> {
        SD_TRY(Workspace * ws, core.workspace());
        return JobQueue(ws->db(), ws->clock()).counts();
    });
}

QFuture<Result<QList<WorkflowRunRecord>>> Backend::recentRuns(int limit)
{
    return post([limit](BackendCore &core) -> Result<QList<WorkflowRunRecord>> {
        SD_TRY(Workspace * ws, core.workspace());
        return WorkflowRunRepository(ws->db()).recent(limit);
    });
}

QFuture<Result<QList<WorkflowRunRecord>>> Backend::runsForJob(const QString &jobId)
{
    return post([jobId](BackendCore &core) -> Result<QList<WorkflowRunRecord>> {
        SD_TRY(Workspace * ws, core.workspace());
        return WorkflowRunRepository(ws->db()).forJob(jobId);
    });
}

QFuture<Result<QList<AuditRecord>>> Backend::auditLog(int limit)
{
    return post([limit](BackendCore &core) -> Result<QList<AuditRecord>> {
        SD_TRY(Workspace * ws, core.workspace());
        return AuditLog(ws->db(), ws->clock()).recent(limit);
    });
}

QFuture<Result<QList<SpanData>>> Backend::trace(const QByteArray &traceId)
{
    return post([traceId](BackendCore &core) -> Result<QList<SpanData>> {
        SD_TRY(Workspace * ws, core.workspace());
        SpanRepository spans(ws->db());
        return spans.trace(traceId);
    });
}

QFuture<Result<QString>> Backend::startBackup(const QString &destPath)
{
    return post([destPath](BackendCore &core) { return core.startBackup(destPath); });
}

QFuture<bool> Backend::cancelJob(const QString &id)
{
    return post([id](BackendCore &core) {
        if (core.jobTracker().cancel(id))
            return true;
        auto engine = core.engine();
        return engine && engine.value()->cancel(id);
    });
}

QFuture<QList<JobSnapshot>> Backend::activeJobs()
{
    return post([](BackendCore &core) { return core.jobTracker().snapshots(); });
}

QFuture<Result<QJsonObject>> Backend::seedDemo()
{
    return post([](BackendCore &core) { return DemoWorkspace::seed(core); }).unwrap();
}

QFuture<WorkflowResult> Backend::runWorkflow(const WorkflowRequest &request)
{
    return post([request](BackendCore &core) -> QFuture<WorkflowResult> {
        auto engine = core.engine();
        if (!engine) {
            WorkflowResult result;
            result.error = engine.error();
            return QtFuture::makeReadyFuture(result);
        }
        return engine.value()->processWorkflow(request);
    }).unwrap();
}

} // namespace shipdeck
