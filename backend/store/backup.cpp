#include "backend/store/backup.h"

#include "backend/store/database.h"
#include "backend/store/migrations.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace shipdeck {
namespace Backup {

namespace {
Result<void> copyDatabase(sqlite3 *from, sqlite3 *to, const QString &destPath)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        return Database::errorFromCode(sqlite3_extended_errcode(to), QString::fromUtf8(sqlite3_errmsg(to)),
                                       destPath, QStringLiteral("starting the backup"));
    }
    int rc;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(5);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        return Database::errorFromCode(rc, QString::fromUtf8(sqlite3_errstr(rc)), destPath,
                                       QStringLiteral("copying the database"));
    }
    return success();
}
} // namespace

Result<BackupInfo> create(Database &source, const QString &destPath)
{
    QElapsedTimer timer;
    timer.start();
    if (QFileInfo::exists(destPath))
        return Error(ErrorCode::AlreadyExists, QStringLiteral("backup file %1 already exists; choose another name").arg(destPath));
    if (!QDir().mkpath(QFileInfo(destPath).absolutePath()))
        return Error(ErrorCode::Io, QStringLiteral("cannot create the folder for %1").arg(destPath));
    Database::Options options;
    options.applyPragmas = false;
    {
        SD_TRY(auto dest, Database::open(destPath, options));
        if (auto copied = copyDatabase(source.handle(), dest->handle(), destPath); !copied) {
            dest.reset();
            QFile::remove(destPath);
            return copied.error();
        }
        // A backup is one self-contained file: no WAL beside it.
        (void)dest->exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
    }
    BackupInfo info;
    info.path = destPath;
    info.bytes = QFileInfo(destPath).size();
    SD_TRY(QVariant version, source.pragma(QStringLiteral("user_version")));
    info.schemaVersion = version.toInt();
    info.durationMs = timer.elapsed();
    return info;
}

Result<BackupInfo> verify(const QString &path)
{
    SD_TRY(DatabaseFileInfo file, Migrations::inspect(path));
    if (file.applicationId != Database::kApplicationId) {
        return Error(ErrorCode::Corrupt, QStringLiteral("%1 is not a Shipdeck workspace database").arg(path))
            .withDetail(QStringLiteral("file"), path);
    }
    SD_CHECK(Migrations::checkCompatible(file, path));
    Database::Options options;
    options.readOnly = true;
    options.applyPragmas = false;
    SD_TRY(auto db, Database::open(path, options));
    SD_TRY(QVariant check, db->scalar(QStringLiteral("PRAGMA integrity_check(1)")));
    if (check.toString() != QLatin1String("ok")) {
        return Error(ErrorCode::Corrupt, QStringLiteral("%1 fails the integrity check: %2").arg(path, check.toString()))
            .withDetail(QStringLiteral("file"), path);
    }
    SD_TRY(QVariant hasJobs, db->scalar(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('jobs', 'audit_log', 'schema_migrations')")));
    if (hasJobs.toInt() != 3) {
        return Error(ErrorCode::Corrupt, QStringLiteral("%1 lacks the tables of a Shipdeck workspace").arg(path))
            .withDetail(QStringLiteral("file"), path);
    }
    BackupInfo info;
    info.path = path;
    info.bytes = file.fileSize;
    info.schemaVersion = file.userVersion;
    return info;
}

Result<BackupInfo> restore(const QString &sourcePath, const QString &targetPath, QString *savedCurrentAs)
{
    QElapsedTimer timer;
    timer.start();
    SD_TRY(BackupInfo info, verify(sourcePath).context(QStringLiteral("checking the backup to restore")));

    Database::Options sourceOptions;
    sourceOptions.readOnly = true;
    sourceOptions.applyPragmas = false;
    SD_TRY(auto source, Database::open(sourcePath, sourceOptions));

    if (QFileInfo::exists(targetPath)) {
        Database::Options currentOptions;
        currentOptions.applyPragmas = false;
        currentOptions.create = false;
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        auto current = Database::open(targetPath, currentOptions);
        QString saved;
        if (current) {
            saved = targetPath + QStringLiteral(".pre-restore-") + stamp;
            SD_CHECK(create(*current.value(), saved).context(QStringLiteral("saving the current database first")));
            current.value().reset();
        } else {
            // The current file cannot even be opened: keep it aside untouched, start afresh.
            saved = targetPath + QStringLiteral(".damaged-") + stamp;
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                if (QFileInfo::exists(targetPath + suffix) && !QFile::rename(targetPath + suffix, saved + suffix))
                    return Error(ErrorCode::Io, QStringLiteral("cannot move the damaged %1 aside").arg(targetPath + suffix));
            }
        }
        if (savedCurrentAs)
            *savedCurrentAs = saved;
    }
    Database::Options targetOptions;
    SD_TRY(auto target, Database::open(targetPath, targetOptions));
    SD_CHECK(copyDatabase(source->handle(), target->handle(), targetPath));
    SD_TRY(QVariant check, target->scalar(QStringLiteral("PRAGMA quick_check(1)")));
    if (check.toString() != QLatin1String("ok"))
        return Error(ErrorCode::Corrupt, QStringLiteral("restored database %1 fails its check: %2").arg(targetPath, check.toString()));
    info.path = targetPath;
    info.durationMs = timer.elapsed();
    return info;
}

} // namespace Backup
} // namespace shipdeck
