#include "ctlcommand.h"
#include "ctlcontext.h"

#include "backend/facade/backend.h"
#include "backend/store/backup.h"
#include "backend/store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>

namespace shipdeck::ctl {
namespace {

const QString kUsage = QStringLiteral(
    "usage: shipdeckctl workspace init [DIR] [--demo] [--name NAME]\n"
    "       shipdeckctl workspace info\n"
    "       shipdeckctl workspace check\n"
    "       shipdeckctl workspace backup [DEST]\n"
    "       shipdeckctl workspace restore SOURCE\n"
    "\n"
    "init     creates a workspace folder with its database (and, with --demo, the demo content)\n"
    "info     shows what the workspace holds\n"
    "check    verifies database integrity and the audit chain (exit 6 when a check fails)\n"
    "backup   writes a consistent copy of the database (default: DIR/backups/manual-<time>.db)\n"
    "restore  replaces the database with a verified backup; the current one is kept beside it.\n"
    "         Close Shipdeck on this workspace first.");

void printInfo(CtlContext &context, const WorkspaceInfo &info)
{
    QTextStream &out = context.out();
    out << "workspace   " << info.name << (info.demo ? " (demo)" : "") << '\n'
        << "path        " << info.path << '\n'
        << "database    " << info.databasePath << " (" << formatBytes(info.databaseBytes) << ", WAL "
        << formatBytes(info.walBytes) << ", schema " << info.schemaVersion << ")\n"
        << "created     " << formatTime(info.createdAtMs) << '\n'
        << "jobs        " << info.jobsReady << " ready, " << info.jobsLeased << " running, " << info.jobsDone
        << " done, " << info.jobsDead << " dead\n"
        << "runs        " << info.workflowRuns << " workflow runs recorded\n"
        << "audit       " << info.auditRecords << " records\n"
        << "maintenance " << (info.lastMaintenance.isEmpty() ? QStringLiteral("never") : info.lastMaintenance) << '\n';
    out.flush();
}

int init(CtlContext &context, QStringList args)
{
    bool demo = false;
    QString name;
    QString dir;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--demo"))
            demo = true;
        else if (a == QLatin1String("--name") && !args.isEmpty())
            name = args.takeFirst();
        else if (!a.startsWith(QLatin1Char('-')) && dir.isEmpty())
            dir = a;
        else
            return context.usage(QStringLiteral("unexpected argument '%1'").arg(a), kUsage);
    }
    if (!dir.isEmpty())
        context.workspaceDir = dir;
    if (context.workspaceDir.isEmpty())
        context.workspaceDir = demo ? Workspace::demoPath() : Workspace::defaultPath();
    if (QFileInfo::exists(context.workspaceDir + QStringLiteral("/shipdeck.db")) && !demo) {
        return context.fail(Error(ErrorCode::AlreadyExists,
                                  QStringLiteral("%1 is already a workspace").arg(context.workspaceDir)));
    }
    auto backend = context.backend(true, demo);
    if (!backend)
        return context.fail(backend.error());
    if (demo) {
        auto seeded = context.await(backend.value()->seedDemo());
        if (!seeded)
            return context.fail(seeded.error());
    }
    auto info = context.await(backend.value()->workspaceInfo());
    if (!info)
        return context.fail(info.error());
    if (context.json)
        context.printJson(info.value().toJson());
    else if (!context.quiet)
        context.out() << "created workspace " << info.value().path << (demo ? " with the demo content" : "") << Qt::endl;
    return ExitOk;
}

int info(CtlContext &context)
{
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    auto info = context.await(backend.value()->workspaceInfo());
    if (!info)
        return context.fail(info.error());
    if (context.json)
        context.printJson(info.value().toJson());
    else
        printInfo(context, info.value());
    return ExitOk;
}

int check(CtlContext &context)
{
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    auto report = context.await(backend.value()->checkWorkspace());
    if (!report)
        return context.fail(report.error());
    const CheckReport &r = report.value();
    if (context.json) {
        context.printJson(r.toJson());
    } else {
        context.out() << "database integrity  " << r.integrity << '\n'
                      << "audit chain         " << (r.auditIntact ? QStringLiteral("intact (%1 records)").arg(r.auditRecords)
                                                                  : QStringLiteral("BROKEN: %1").arg(r.auditProblem)) << '\n'
                      << "dead jobs           " << r.deadJobs << '\n'
                      << "expired leases      " << r.expiredLeases << " (retried automatically)\n"
                      << (r.ok ? "ok" : "PROBLEMS FOUND") << Qt::endl;
    }
    return r.ok ? ExitOk : ExitCheckFailed;
}

int backup(CtlContext &context, const QStringList &args)
{
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    auto info = context.await(backend.value()->workspaceInfo());
    if (!info)
        return context.fail(info.error());
    QString dest = args.value(0);
    if (dest.isEmpty()) {
        dest = info.value().path + QStringLiteral("/backups/manual-%1.db")
                   .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    }
    dest = QFileInfo(dest).absoluteFilePath();
    auto jobId = context.await(backend.value()->startBackup(dest));
    if (!jobId)
        return context.fail(jobId.error());
    // Wait for the backup job to finish.
    QEventLoop loop;
    JobSnapshot last;
    QObject::connect(backend.value(), &Backend::jobChanged, &loop, [&](const JobSnapshot &snapshot) {
        if (snapshot.id != jobId.value())
            return;
        last = snapshot;
        if (!snapshot.isActive())
            loop.quit();
    });
    auto snapshots = context.await(backend.value()->activeJobs());
    bool finished = false;
    for (const auto &s : snapshots) {
        if (s.id == jobId.value() && !s.isActive()) {
            last = s;
            finished = true;
        }
    }
    if (!finished)
        loop.exec();
    if (last.state != JobState::Succeeded)
        return context.fail(Error(ErrorCode::Io, last.error.isEmpty() ? QStringLiteral("backup failed") : last.error));
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("file"), dest}, {QStringLiteral("bytes"), QFileInfo(dest).size()}});
    else if (!context.quiet)
        context.out() << "backup written to " << dest << " (" << formatBytes(QFileInfo(dest).size()) << ")" << Qt::endl;
    return ExitOk;
}

int restore(CtlContext &context, const QStringList &args)
{
    if (args.size() != 1)
        return context.usage(QStringLiteral("restore needs the backup file"), kUsage);
    const QString dir = context.workspaceDir.isEmpty() ? Workspace::defaultPath() : context.workspaceDir;
    if (!QFileInfo(dir).isDir())
        return context.fail(Error(ErrorCode::NotFound, QStringLiteral("workspace folder %1 does not exist").arg(dir)));
    // The GUI holds this lock while it has the workspace open.
    QLockFile lock(dir + QStringLiteral("/shipdeck.lock"));
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return context.fail(Error(ErrorCode::Busy,
                                  QStringLiteral("workspace %1 is open in Shipdeck (pid %2); close it before restoring")
                                      .arg(dir).arg(pid)));
    }
    QString saved;
    auto restored = Backup::restore(QFileInfo(args.first()).absoluteFilePath(), dir + QStringLiteral("/shipdeck.db"), &saved);
    if (!restored)
        return context.fail(restored.error());
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("restoredFrom"), args.first()},
                                      {QStringLiteral("previousSavedAs"), saved},
                                      {QStringLiteral("durationMs"), restored.value().durationMs}});
    } else if (!context.quiet) {
        context.out() << "restored " << dir << " from " << args.first() << '\n';
        if (!saved.isEmpty())
            context.out() << "the previous database was kept as " << saved << '\n';
        context.out().flush();
    }
    // Record the restore in the restored database's audit log.
    if (auto backend = context.backend()) {
        context.await(backend.value()->post([actor = context.actor, source = args.first()](BackendCore &core) {
            if (auto ws = core.workspace())
                (void)AuditLog(ws.value()->db()).append(actor, QStringLiteral("workspace.restore"), source, QString());
            return true;
        }));
    }
    return ExitOk;
}

int runWorkspace(CtlContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("init"))
        return init(context, rest);
    if (sub == QLatin1String("info"))
        return info(context);
    if (sub == QLatin1String("check"))
        return check(context);
    if (sub == QLatin1String("backup"))
        return backup(context, rest);
    if (sub == QLatin1String("restore"))
        return restore(context, rest);
    return context.usage(sub.isEmpty() ? QStringLiteral("workspace needs a subcommand")
                                       : QStringLiteral("unknown workspace subcommand '%1'").arg(sub), kUsage);
}

} // namespace

SD_CTL_COMMAND(workspace, {QStringLiteral("workspace"), QStringLiteral("create, inspect, check, back up and restore a workspace"),
                           kUsage, runWorkspace});

} // namespace shipdeck::ctl
