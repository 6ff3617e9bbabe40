#include "backend/facade/backendcore.h"

#include "backend/core/clock.h"
#include "backend/core/jobtracker.h"
#include "backend/core/logging.h"
#include "backend/core/taskjob.h"
#include "backend/core/tracer.h"
#include "backend/orchestration/engine.h"
#include "backend/orchestration/maintenanceworkflow.h"
#include "backend/store/auditlog.h"
#include "backend/store/backup.h"
#include "backend/store/jobqueue.h"
#include "backend/store/spanrepository.h"

#include <QFileInfo>
#include <QJsonArray>

namespace shipdeck {

QString backendStateName(BackendState state)
{
    switch (state) {
    case BackendState::Starting: return QStringLiteral("starting");
    case BackendState::Opening: return QStringLiteral("opening");
    case BackendState::Ready: return QStringLiteral("ready");
    case BackendState::Failed: return QStringLiteral("failed");
    case BackendState::Closed: return QStringLiteral("closed");
    }
    return {};
}

QJsonObject CheckReport::toJson() const
{
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("integrity"), integrity},
            {QStringLiteral("auditIntact"), auditIntact},
            {QStringLiteral("auditRecords"), auditRecords},
            {QStringLiteral("auditProblem"), auditProblem},
            {QStringLiteral("deadJobs"), deadJobs},
            {QStringLiteral("expiredLeases"), expiredLeases}};
}

BackendCore::BackendCore(BackendOptions options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_tracer(std::make_unique<Tracer>(QStringLiteral("shipdeck"), options.clock))
    , m_jobs(new JobTracker(20, this))
{
    qRegisterMetaType<BackendState>();
    qRegisterMetaType<WorkspaceInfo>();
    qRegisterMetaType<CheckReport>();
    connect(m_jobs, &JobTracker::jobChanged, this, &BackendCore::jobChanged);
}

BackendCore::~BackendCore()
{
    closeWorkspace();
}

void BackendCore::setState(BackendState state, const QString &detail)
{
    m_state = state;
    Q_EMIT stateChanged(state, detail);
}

void BackendCore::registerWorkflows(Engine &engine)
{
    engine.registerWorkflow(std::make_shared<MaintenanceWorkflow>());
}

Result<WorkspaceInfo> BackendCore::openWorkspace(const QString &dir, const Workspace::OpenOptions &options)
{
    closeWorkspace();
    setState(BackendState::Opening, dir);
    Workspace::OpenOptions opts = options;
    if (!opts.clock)
        opts.clock = m_options.clock;
    if (m_options.lockWorkspace && QFileInfo(dir).isDir()) {
        auto lock = std::make_unique<QLockFile>(dir + QStringLiteral("/shipdeck.lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(100)) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            const Error error(ErrorCode::Busy, QStringLiteral("workspace %1 is already open in another Shipdeck window "
                                                              "(process %2 on %3)").arg(dir).arg(pid).arg(host));
            setState(BackendState::Failed, error.toString());
            return error;
        }
        m_lock = std::move(lock);
    }
    auto opened = Workspace::open(dir, opts);
    if (!opened) {
        m_lock.reset();
        setState(BackendState::Failed, opened.error().toString());
        return opened.error();
    }
    m_workspace = std::move(opened.value());
    if (m_options.fileLog)
        Logging::installFileLog(m_workspace->logsDir());
    m_spans = std::make_unique<SpanRepository>(m_workspace->db());
    SpanRepository *spans = m_spans.get();
    m_tracer = std::make_unique<Tracer>(QStringLiteral("shipdeck"), m_options.clock);
    m_tracer->addSink([spans](const SpanData &span) { spans->add(span); });

    EngineOptions engineOptions;
    engineOptions.workers = m_options.workers;
    engineOptions.leaseMs = m_options.leaseMs;
    engineOptions.pollIntervalMs = m_options.pollIntervalMs;
    m_engine = std::make_unique<Engine>(*m_workspace, *m_tracer, *m_spans, engineOptions);
    registerWorkflows(*m_engine);
    connect(m_engine.get(), &Engine::queueChanged, this, &BackendCore::jobsChanged);
    connect(m_engine.get(), &Engine::workflowStarted, this, [this](const WorkflowRunRecord &run) {
        JobSnapshot snapshot;
        snapshot.id = run.jobId;
        snapshot.kind = run.type;
        snapshot.title = run.type;
        snapshot.state = JobState::Running;
        snapshot.startedMs = run.startedAtMs;
        m_workflowJobs.insert(run.jobId, snapshot);
        Q_EMIT jobChanged(snapshot);
        Q_EMIT workflowStarted(run);
    });
    connect(m_engine.get(), &Engine::workflowProgressed, this, [this](const QString &jobId, int percent, const QString &text) {
        auto it = m_workflowJobs.find(jobId);
        if (it == m_workflowJobs.end())
            return;
        it->progress = percent;
        it->progressText = text;
        Q_EMIT jobChanged(*it);
    });
    connect(m_engine.get(), &Engine::workflowFinished, this,
            [this](const WorkflowRunRecord &run, const WorkflowResult &) {
        JobSnapshot snapshot = m_workflowJobs.take(run.jobId);
        snapshot.id = run.jobId;
        snapshot.kind = run.type;
        snapshot.title = run.type;
        snapshot.state = run.state == RunState::Succeeded ? JobState::Succeeded
                       : run.state == RunState::Cancelled ? JobState::Cancelled : JobState::Failed;
        snapshot.progress = 100;
        snapshot.error = run.error;
        snapshot.finishedMs = run.finishedAtMs;
        Q_EMIT jobChanged(snapshot);
        Q_EMIT workflowFinished(run);
    });
    for (const auto &factory : BackendServices::factories()) {
        std::unique_ptr<BackendService> service = factory();
        if (auto opened = service->open(*this); !opened) {
            const Error error = opened.error().withContext(QStringLiteral("starting %1").arg(service->name()));
            closeWorkspace();
            setState(BackendState::Failed, error.toString());
            return error;
        }
        m_services.push_back(std::move(service));
    }
    m_engine->start();

    auto info = m_workspace->info();
    if (!info) {
        setState(BackendState::Failed, info.error().toString());
        return info.error();
    }
    setState(BackendState::Ready, m_workspace->path());
    Q_EMIT workspaceOpened(info.value());
    return info;
}

void BackendCore::closeWorkspace()
{
    if (!m_workspace)
        return;
    if (m_engine)
        m_engine->stop();
    for (auto it = m_services.rbegin(); it != m_services.rend(); ++it)
        (*it)->close();
    m_services.clear();
    m_engine.reset();
    if (m_spans)
        (void)m_spans->flush();
    m_spans.reset();
    m_workspace.reset();
    m_lock.reset();
    if (m_options.fileLog)
        Logging::uninstallFileLog();
    setState(BackendState::Closed);
}

QList<BackendService *> BackendCore::services() const
{
    QList<BackendService *> out;
    for (const auto &s : m_services)
        out.append(s.get());
    return out;
}

Result<Workspace *> BackendCore::workspace()
{
    if (!m_workspace)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    return m_workspace.get();
}

Result<Engine *> BackendCore::engine()
{
    if (!m_engine)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    return m_engine.get();
}

Result<CheckReport> BackendCore::check()
{
    SD_TRY(Workspace * ws, workspace());
    CheckReport report;
    SD_TRY(QVariant integrity, ws->db().scalar(QStringLiteral("PRAGMA integrity_check(1)")));
    report.integrity = integrity.toString();
    AuditLog audit(ws->db());
    SD_TRY(AuditVerification chain, audit.verify());
    report.auditIntact = chain.intact;
    report.auditRecords = chain.records;
    report.auditProblem = chain.problem;
    JobQueue queue(ws->db(), ws->clock());
    SD_TRY(QueueCounts counts, queue.counts());
    report.deadJobs = counts.dead;
    SD_TRY(QVariant expired, ws->db().scalar(QStringLiteral(
        "SELECT count(*) FROM jobs WHERE state = 'leased' AND lease_expires_at < %1").arg(ws->clock()->nowMs())));
    report.expiredLeases = expired.toInt();
    report.ok = report.integrity == QLatin1String("ok") && report.auditIntact;
    return report;
}

Result<QString> BackendCore::startBackup(const QString &destPath)
{
    SD_TRY(Workspace * ws, workspace());
    const QString dbPath = ws->databasePath();
    Database::Options dbOptions;
    auto *job = new TaskJob(QStringLiteral("backup"), tr("Backing up the workspace to %1").arg(destPath),
                            [dbPath, destPath](JobControl &control) -> Result<QJsonObject> {
        control.progress(-1, QStringLiteral("copying"));
        Database::Options options;
        options.create = false;
        SD_TRY(auto db, Database::open(dbPath, options));
        SD_TRY(BackupInfo info, Backup::create(*db, destPath));
        control.progress(90, QStringLiteral("verifying"));
        SD_CHECK(Backup::verify(info.path));
        return QJsonObject{{QStringLiteral("file"), info.path}, {QStringLiteral("bytes"), info.bytes},
                           {QStringLiteral("durationMs"), info.durationMs}};
    });
    m_jobs->track(job);
    const QString id = job->id();
    connect(job, &Job::finished, this, [this, job, destPath] {
        if (job->state() == JobState::Succeeded && m_workspace) {
            (void)AuditLog(m_workspace->db()).append(QStringLiteral("shipdeck"), QStringLiteral("workspace.backup"),
                                                     destPath, QString());
        }
    });
    job->start();
    return id;
}

} // namespace shipdeck
