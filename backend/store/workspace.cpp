#include "backend/store/workspace.h"

#include "backend/core/clock.h"
#include "backend/store/auditlog.h"
#include "backend/store/jobqueue.h"
#include "backend/store/migrations.h"
#include "backend/store/settingsrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace shipdeck {

QJsonObject WorkspaceInfo::toJson() const
{
    return {
        {QStringLiteral("path"), path},
        {QStringLiteral("name"), name},
        {QStringLiteral("database"), databasePath},
        {QStringLiteral("demo"), demo},
        {QStringLiteral("createdAt"), createdAtMs},
        {QStringLiteral("schemaVersion"), schemaVersion},
        {QStringLiteral("databaseBytes"), databaseBytes},
        {QStringLiteral("walBytes"), walBytes},
        {QStringLiteral("jobs"), QJsonObject{{QStringLiteral("ready"), jobsReady},
                                             {QStringLiteral("leased"), jobsLeased},
                                             {QStringLiteral("done"), jobsDone},
                                             {QStringLiteral("dead"), jobsDead}}},
        {QStringLiteral("workflowRuns"), workflowRuns},
        {QStringLiteral("auditRecords"), auditRecords},
        {QStringLiteral("lastMaintenance"), lastMaintenance},
    };
}

Workspace::Workspace(QString path, std::unique_ptr<Database> db, const Clock *clock, Database::Options options)
    : m_path(std::move(path)), m_db(std::move(db)), m_clock(clock), m_dbOptions(std::move(options))
{
}

Workspace::~Workspace() = default;

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Shipdeck/default");
}

QString Workspace::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Shipdeck/demo");
}

QString Workspace::databasePath() const { return m_path + QLatin1Char('/') + databaseFileName(); }
QString Workspace::backupsDir() const { return m_path + QStringLiteral("/backups"); }
QString Workspace::logsDir() const { return m_path + QStringLiteral("/logs"); }

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &dirArg, const OpenOptions &options)
{
    if (dirArg.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no workspace folder given"));
    const QString dir = QFileInfo(dirArg).absoluteFilePath();
    const QFileInfo dirInfo(dir);
    if (dirInfo.exists() && !dirInfo.isDir())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 is a file, not a workspace folder").arg(dir));
    if (!dirInfo.exists()) {
        if (!options.create) {
            return Error(ErrorCode::NotFound,
                         QStringLiteral("workspace folder %1 does not exist (create one with: shipdeckctl workspace init %1)")
                             .arg(dir));
        }
        if (!QDir().mkpath(dir))
            return Error(ErrorCode::Io, QStringLiteral("cannot create workspace folder %1 (is its parent writable?)").arg(dir));
    }
    const QString dbPath = dir + QLatin1Char('/') + databaseFileName();
    const bool exists = QFileInfo::exists(dbPath);
    if (!exists && !options.create) {
        return Error(ErrorCode::NotFound,
                     QStringLiteral("%1 is not a Shipdeck workspace: it has no %2 (create one with: shipdeckctl "
                                    "workspace init %1)").arg(dir, databaseFileName()));
    }
    if (exists) {
        // Look before touching: a damaged, foreign or newer file is refused unmodified.
        SD_TRY(DatabaseFileInfo file, Migrations::inspect(dbPath).context(QStringLiteral("opening workspace %1").arg(dir)));
        SD_CHECK(Migrations::checkCompatible(file, dbPath).context(QStringLiteral("opening workspace %1").arg(dir)));
    }
    Database::Options dbOptions = options.database;
    dbOptions.create = !exists;
    SD_TRY(auto db, Database::open(dbPath, dbOptions).context(QStringLiteral("opening workspace %1").arg(dir)));
    SD_CHECK(Migrations::migrate(*db).context(QStringLiteral("preparing workspace %1").arg(dir)));

    const Clock *clock = options.clock ? options.clock : Clock::system();
    std::unique_ptr<Workspace> workspace(new Workspace(dir, std::move(db), clock, dbOptions));
    SettingsRepository settings(workspace->db());
    SD_TRY(QString created, settings.meta(QStringLiteral("created_at")));
    if (created.isEmpty()) {
        const QString name = options.name.isEmpty() ? QFileInfo(dir).fileName() : options.name;
        SD_CHECK(settings.setMeta(QStringLiteral("name"), name));
        SD_CHECK(settings.setMeta(QStringLiteral("created_at"), QString::number(clock->nowMs())));
        SD_CHECK(settings.setMeta(QStringLiteral("demo"), options.demo ? QStringLiteral("1") : QStringLiteral("0")));
        AuditLog audit(workspace->db(), clock);
        SD_CHECK(audit.append(QStringLiteral("shipdeck"), QStringLiteral("workspace.create"), name,
                              options.demo ? QStringLiteral("demo workspace") : QString()));
    }
    QDir(dir).mkpath(QStringLiteral("backups"));
    return workspace;
}

Result<std::unique_ptr<Database>> Workspace::openConnection() const
{
    Database::Options options = m_dbOptions;
    options.create = false;
    return Database::open(databasePath(), options);
}

Result<WorkspaceInfo> Workspace::info()
{
    WorkspaceInfo info;
    info.path = m_path;
    info.databasePath = databasePath();
    SettingsRepository settings(*m_db);
    SD_TRY(info.name, settings.meta(QStringLiteral("name")));
    SD_TRY(QString demo, settings.meta(QStringLiteral("demo")));
    info.demo = demo == QLatin1String("1");
    SD_TRY(QString created, settings.meta(QStringLiteral("created_at")));
    info.createdAtMs = created.toLongLong();
    SD_TRY(info.lastMaintenance, settings.meta(QStringLiteral("last_maintenance")));
    SD_TRY(QVariant version, m_db->pragma(QStringLiteral("user_version")));
    info.schemaVersion = version.toInt();
    info.databaseBytes = QFileInfo(databasePath()).size();
    info.walBytes = QFileInfo(databasePath() + QStringLiteral("-wal")).size();
    JobQueue queue(*m_db, m_clock);
    SD_TRY(QueueCounts counts, queue.counts());
    info.jobsReady = counts.ready + counts.delayed;
    info.jobsLeased = counts.leased;
    info.jobsDone = counts.done;
    info.jobsDead = counts.dead;
    SD_TRY(QVariant runs, m_db->scalar(QStringLiteral("SELECT count(*) FROM workflow_runs")));
    info.workflowRuns = runs.toInt();
    SD_TRY(QVariant audit, m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")));
    info.auditRecords = audit.toInt();
    return info;
}

} // namespace shipdeck
