#include "ui/shell/workspaceactions.h"

#include "backend/facade/backend.h"
#include "backend/orchestration/maintenanceworkflow.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/confirmdialog.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QMessageBox>

namespace shipdeck {

WorkspaceActions::WorkspaceActions(Backend *backend, ActionRegistry *actions, QWidget *window)
    : QObject(window), m_backend(backend), m_actions(actions), m_window(window)
{
    const QString category = tr("Workspace");
    connect(actions->add(QStringLiteral("workspace.open"), tr("&Open Workspace…"), category, QKeySequence::Open,
                         QStringLiteral("folder")),
            &QAction::triggered, this, &WorkspaceActions::chooseWorkspace);
    connect(actions->add(QStringLiteral("workspace.demo"), tr("Open the &Demo Workspace"), category, {},
                         QStringLiteral("play")),
            &QAction::triggered, this, [this] { openWorkspace(Workspace::demoPath(), true, true); });
    connect(actions->add(QStringLiteral("workspace.backup"), tr("&Back Up Workspace…"), category,
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), QStringLiteral("archive")),
            &QAction::triggered, this, &WorkspaceActions::backup);
    connect(actions->add(QStringLiteral("workspace.maintenance"), tr("Run &Maintenance…"), category,
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), QStringLiteral("wrench")),
            &QAction::triggered, this, &WorkspaceActions::runMaintenance);
    connect(actions->add(QStringLiteral("workspace.check"), tr("&Check Workspace Integrity"), category, {},
                         QStringLiteral("shield-check")),
            &QAction::triggered, this, &WorkspaceActions::check);
    for (const char *id : {"workspace.backup", "workspace.maintenance", "workspace.check"})
        actions->action(QString::fromLatin1(id))->setEnabled(false);
    connect(backend, &Backend::stateChanged, this, [this](BackendState state, const QString &detail) {
        const bool ready = state == BackendState::Ready;
        for (const char *id : {"workspace.backup", "workspace.maintenance", "workspace.check"})
            m_actions->action(QString::fromLatin1(id))->setEnabled(ready);
        if (state == BackendState::Failed)
            Q_EMIT message(detail, 2);
    });
    connect(backend, &Backend::workspaceOpened, this, [this](const WorkspaceInfo &info) {
        m_path = info.path;
        m_name = info.name;
    });
}

void WorkspaceActions::openWorkspace(const QString &dir, bool create, bool demo)
{
    Workspace::OpenOptions options;
    options.create = create || demo;
    options.demo = demo;
    m_backend->openWorkspace(dir, options).then(this, [this, dir, demo](const Result<WorkspaceInfo> &opened) {
        if (opened) {
            if (demo && opened.value().workflowRuns == 0) {
                Q_EMIT message(tr("Preparing the demo workspace…"), 0);
                m_backend->seedDemo().then(this, [this](const Result<QJsonObject> &seeded) {
                    if (!seeded)
                        Q_EMIT message(seeded.error().toString(), 2);
                    else
                        Q_EMIT message(tr("Demo workspace ready"), 0);
                });
            }
            return;
        }
        const Error &error = opened.error();
        if (error.code() == ErrorCode::NotFound && !demo) {
            const auto answer = QMessageBox::question(
                m_window, tr("Create a workspace?"),
                tr("%1 is not a Shipdeck workspace yet.\n\nCreate a new workspace there? Shipdeck will add its "
                   "database (shipdeck.db) and a backups folder; nothing else in the folder changes.").arg(dir),
                QMessageBox::Yes | QMessageBox::Cancel);
            if (answer == QMessageBox::Yes) {
                Workspace::OpenOptions create;
                create.create = true;
                m_backend->openWorkspace(dir, create);
            }
            return;
        }
        Q_EMIT message(error.toString(), 2);
    });
}

void WorkspaceActions::chooseWorkspace()
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Open Workspace"), m_path);
    if (!dir.isEmpty())
        openWorkspace(dir, false, false);
}

void WorkspaceActions::backup()
{
    const QString suggested = m_path + QStringLiteral("/backups/manual-%1.db")
                                           .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString dest = QFileDialog::getSaveFileName(m_window, tr("Back Up Workspace"), suggested,
                                                      tr("Shipdeck database (*.db)"));
    if (dest.isEmpty())
        return;
    m_backend->startBackup(dest).then(this, [this](const Result<QString> &job) {
        if (!job)
            Q_EMIT message(job.error().toString(), 2);
    });
}

void WorkspaceActions::runMaintenance()
{
    ConfirmDialog::Spec spec;
    spec.title = tr("Run maintenance on %1?").arg(m_name);
    spec.summary = tr("Shipdeck will check and compact the workspace database. Running rollouts are not affected.");
    spec.details = {tr("Check the integrity of the database and of the audit chain"),
                    tr("Write the write-ahead log back into the database"),
                    tr("Write a verified backup to %1/backups (the five newest are kept)").arg(m_path),
                    tr("Remove finished jobs, workflow runs and traces older than 30 days"),
                    tr("Compact the database file (VACUUM)")};
    spec.confirmText = tr("Run Maintenance");
    if (!ConfirmDialog::ask(m_window, spec))
        return;
    WorkflowRequest request;
    request.type = MaintenanceWorkflow::typeName();
    request.context.requestedBy = qEnvironmentVariable("USER", QStringLiteral("gui"));
    request.context.source = QStringLiteral("gui");
    request.maxAttempts = 1;
    Q_EMIT message(tr("Maintenance started"), 0);
    m_backend->runWorkflow(request).then(this, [this](const WorkflowResult &result) {
        if (result.success) {
            const qint64 before = result.data.value(QStringLiteral("bytesBefore")).toInteger();
            const qint64 after = result.data.value(QStringLiteral("bytesAfter")).toInteger();
            Q_EMIT message(tr("Maintenance finished in %1 ms: integrity ok, backup written, %2 KiB → %3 KiB")
                               .arg(result.metrics.durationMs).arg(before / 1024).arg(after / 1024), 0);
        } else {
            Q_EMIT message(tr("Maintenance failed: %1").arg(result.error.toString()), 2);
        }
    });
}

void WorkspaceActions::check()
{
    m_backend->checkWorkspace().then(this, [this](const Result<CheckReport> &report) {
        if (!report) {
            Q_EMIT message(report.error().toString(), 2);
            return;
        }
        const CheckReport &r = report.value();
        if (r.ok) {
            Q_EMIT message(tr("Workspace intact: database ok, audit chain of %n record(s) verified", nullptr,
                              int(r.auditRecords)), 0);
        } else {
            Q_EMIT message(tr("Workspace check found problems: database %1; audit chain: %2")
                               .arg(r.integrity, r.auditIntact ? tr("intact") : r.auditProblem), 2);
        }
    });
}

} // namespace shipdeck
