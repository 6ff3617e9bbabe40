#include "backend/orchestration/maintenanceworkflow.h"

#include "backend/core/clock.h"
#include "backend/store/auditlog.h"
#include "backend/store/backup.h"
#include "backend/store/database.h"
#include "backend/store/jobqueue.h"
#include "backend/store/settingsrepository.h"
#include "backend/store/spanrepository.h"
#include "backend/store/workflowrunrepository.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace shipdeck {

namespace {
qint64 databaseBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

Result<QJsonObject> checkIntegrity(Database &db)
{
    SD_TRY(QVariant check, db.scalar(QStringLiteral("PRAGMA integrity_check(1)")));
    if (check.toString() != QLatin1String("ok"))
        return Error(ErrorCode::Corrupt, QStringLiteral("database integrity check failed: %1").arg(check.toString()));
    SD_TRY(QVariant fk, db.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")));
    AuditLog audit(db);
    SD_TRY(AuditVerification chain, audit.verify());
    if (!chain.intact)
        return Error(ErrorCode::Corrupt, QStringLiteral("audit chain broken: %1").arg(chain.problem));
    return QJsonObject{{QStringLiteral("integrity"), QStringLiteral("ok")},
                       {QStringLiteral("foreignKeyViolations"), fk.toInt()},
                       {QStringLiteral("auditRecords"), chain.records}};
}

Result<QJsonObject> checkpoint(Database &db)
{
    SD_TRY(Statement *stmt, db.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    SD_TRY(bool row, stmt->step());
    QJsonObject out;
    if (row) {
        out = {{QStringLiteral("busy"), stmt->int64(0) != 0},
               {QStringLiteral("walPages"), stmt->int64(1)},
               {QStringLiteral("checkpointedPages"), stmt->int64(2)}};
    }
    stmt->reset();
    return out;
}

Result<QJsonObject> backup(Database &db, const QString &workspace, int keep, const Clock *clock)
{
    const QString dir = workspace + QStringLiteral("/backups");
    const QString name = QStringLiteral("shipdeck-%1.db")
                             .arg(QDateTime::fromMSecsSinceEpoch(clock->nowMs(), Qt::UTC)
                                      .toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    SD_TRY(BackupInfo info, Backup::create(db, dir + QLatin1Char('/') + name));
    SD_CHECK(Backup::verify(info.path));
    // Keep the newest `keep` backups made by maintenance.
    QDir backups(dir);
    const QStringList files = backups.entryList({QStringLiteral("shipdeck-*.db")}, QDir::Files, QDir::Name | QDir::Reversed);
    QJsonArray removed;
    for (int i = keep; i < files.size(); ++i) {
        if (backups.remove(files.at(i)))
            removed.append(files.at(i));
    }
    return QJsonObject{{QStringLiteral("file"), info.path},
                       {QStringLiteral("bytes"), info.bytes},
                       {QStringLiteral("durationMs"), info.durationMs},
                       {QStringLiteral("removedOldBackups"), removed}};
}

Result<QJsonObject> prune(Database &db, int days, const Clock *clock)
{
    const qint64 cutoffMs = clock->nowMs() - qint64(days) * 24 * 3600 * 1000;
    return db.transaction([&]() -> Result<QJsonObject> {
        JobQueue queue(db, clock);
        SD_TRY(int jobs, queue.pruneFinished(cutoffMs));
        WorkflowRunRepository runs(db);
        SD_TRY(int runCount, runs.prune(cutoffMs));
        SpanRepository spans(db);
        SD_TRY(int spanCount, spans.prune(cutoffMs * 1'000'000));
        return QJsonObject{{QStringLiteral("olderThanDays"), days},
                           {QStringLiteral("jobs"), jobs},
                           {QStringLiteral("workflowRuns"), runCount},
                           {QStringLiteral("spans"), spanCount}};
    });
}
} // namespace

QString MaintenanceWorkflow::description() const
{
    return QStringLiteral("Integrity check, WAL checkpoint, backup, pruning of old records and VACUUM");
}

Result<QJsonObject> MaintenanceWorkflow::run(WorkflowContext &context)
{
    const QJsonObject &p = context.payload();
    const bool checkOnly = p.value(QStringLiteral("checkOnly")).toBool(false);
    const bool doBackup = !checkOnly && p.value(QStringLiteral("backup")).toBool(true);
    const bool doVacuum = !checkOnly && p.value(QStringLiteral("vacuum")).toBool(true);
    const int keep = qMax(1, p.value(QStringLiteral("keepBackups")).toInt(5));
    const int pruneDays = p.value(QStringLiteral("pruneDays")).toInt(30);

    SD_TRY(Database *db, context.database());
    const QString dbPath = db->path();
    QJsonObject out;
    out.insert(QStringLiteral("bytesBefore"), databaseBytes(dbPath));

    struct Step
    {
        QString name;
        bool enabled;
        std::function<Result<QJsonObject>()> run;
    };
    const QList<Step> steps = {
        {QStringLiteral("integrity"), true, [&] { return checkIntegrity(*db); }},
        {QStringLiteral("checkpoint"), !checkOnly, [&] { return checkpoint(*db); }},
        {QStringLiteral("backup"), doBackup, [&] { return backup(*db, context.workspacePath(), keep, context.clock()); }},
        {QStringLiteral("prune"), !checkOnly && pruneDays > 0, [&] { return prune(*db, pruneDays, context.clock()); }},
        {QStringLiteral("vacuum"), doVacuum, [&]() -> Result<QJsonObject> {
             SD_CHECK(db->exec(QStringLiteral("VACUUM")));
             SD_CHECK(checkpoint(*db));
             return QJsonObject{{QStringLiteral("bytesAfter"), databaseBytes(dbPath)}};
         }},
    };
    int index = 0;
    for (const Step &step : steps) {
        ++index;
        if (!step.enabled)
            continue;
        if (context.isCancelled())
            return context.cancelledError();
        context.progress(100 * (index - 1) / int(steps.size()), step.name);
        Span span = context.step(QStringLiteral("maintenance.") + step.name);
        auto result = step.run();
        if (!result) {
            span.setError(result.error().toString());
            return std::move(result).context(QStringLiteral("maintenance step '%1'").arg(step.name));
        }
        span.setStatus(SpanStatus::Ok);
        for (auto it = result.value().begin(); it != result.value().end(); ++it) {
            if (it.value().isDouble() || it.value().isString() || it.value().isBool())
                span.setAttribute(it.key(), it.value().toVariant());
        }
        out.insert(step.name, result.value());
    }
    out.insert(QStringLiteral("bytesAfter"), databaseBytes(dbPath));
    if (!checkOnly) {
        SettingsRepository settings(*db);
        (void)settings.setMeta(QStringLiteral("last_maintenance"),
                               QDateTime::fromMSecsSinceEpoch(context.clock()->nowMs(), Qt::UTC).toString(Qt::ISODate));
        (void)AuditLog(*db, context.clock()).append(context.request().context.requestedBy.isEmpty()
                                                  ? QStringLiteral("engine") : context.request().context.requestedBy,
                                              QStringLiteral("workspace.maintenance"), QString(),
                                              QStringLiteral("integrity ok; backup %1; vacuum %2")
                                                  .arg(doBackup ? QStringLiteral("made") : QStringLiteral("skipped"),
                                                       doVacuum ? QStringLiteral("done") : QStringLiteral("skipped")));
    }
    context.progress(100, QStringLiteral("done"));
    return out;
}

} // namespace shipdeck
