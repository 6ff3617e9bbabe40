#include "backend/store/migrations.h"

#include "backend/store/database.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>

#include <algorithm>

namespace shipdeck::Migrations {

namespace {
struct Registry
{
    QMutex mutex;
    QList<Migration> migrations;
};

Registry &registry()
{
    static Registry r;
    return r;
}
} // namespace

bool add(Migration migration)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    for (const auto &existing : r.migrations)
        Q_ASSERT_X(existing.version != migration.version, "Migrations::add", "duplicate migration version");
    r.migrations.append(std::move(migration));
    return true;
}

QList<Migration> all()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    QList<Migration> sorted = r.migrations;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.version < b.version; });
    return sorted;
}

int latestVersion()
{
    const auto list = all();
    return list.isEmpty() ? 0 : list.last().version;
}

Result<DatabaseFileInfo> inspect(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return Error(ErrorCode::NotFound, QStringLiteral("database file %1 does not exist").arg(path));
    DatabaseFileInfo info;
    info.fileSize = file.size();
    if (info.fileSize == 0) {
        return Error(ErrorCode::Corrupt,
                     QStringLiteral("database file %1 is empty; it may have been truncated. Restore a backup "
                                    "(shipdeckctl workspace restore) or move the file away to start afresh")
                         .arg(path))
            .withDetail(QStringLiteral("file"), path);
    }
    // The 100-byte header says what the file is before SQLite reads any page.
    {
        QFile raw(path);
        if (!raw.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, raw.errorString()));
        const QByteArray header = raw.read(100);
        if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
            return Error(ErrorCode::Corrupt,
                         QStringLiteral("%1: the file is not a SQLite database (truncated, overwritten or another "
                                        "kind of file)").arg(path))
                .withDetail(QStringLiteral("file"), path);
        }
        auto be32 = [&header](int at) {
            return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16)
                 | (quint32(quint8(header[at + 2])) << 8) | quint32(quint8(header[at + 3]));
        };
        const quint32 rawPageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
        const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        const bool sizeValid = be32(24) == be32(92); // change counter == version-valid-for
        const qint64 pages = be32(28);
        if (sizeValid && pages > 0 && pages * pageSize > info.fileSize) {
            return Error(ErrorCode::Corrupt,
                         QStringLiteral("database file %1 is truncated: its header describes %2 bytes but the file "
                                        "has %3. Restore a backup (shipdeckctl workspace restore)")
                             .arg(path).arg(pages * pageSize).arg(info.fileSize))
                .withDetail(QStringLiteral("file"), path);
        }
    }
    Database::Options options;
    options.readOnly = true;
    options.applyPragmas = false;
    SD_TRY(auto db, Database::open(path, options));
    SD_TRY(const QVariant appId, db->pragma(QStringLiteral("application_id")));
    SD_TRY(const QVariant userVersion, db->pragma(QStringLiteral("user_version")));
    SD_TRY(const QVariant pageCount, db->pragma(QStringLiteral("page_count")));
    SD_TRY(const QVariant pageSize, db->pragma(QStringLiteral("page_size")));
    SD_TRY(const QVariant tables, db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table'")));
    info.applicationId = appId.toInt();
    info.userVersion = userVersion.toInt();
    info.pageCount = pageCount.toLongLong();
    info.pageSize = pageSize.toLongLong();
    info.hasTables = tables.toInt() > 0;

    // A file shorter than the pages its header claims was cut off. With a write-ahead log beside it the
    // page count includes pages that live only in the log until the next checkpoint (the normal state
    // after a crash), so only the on-disk header check above applies then.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walHoldsPages = wal.exists() && wal.size() > 0;
    if (!walHoldsPages && info.pageCount * info.pageSize > info.fileSize) {
        return Error(ErrorCode::Corrupt,
                     QStringLiteral("database file %1 is truncated: its header describes %2 bytes but the file "
                                    "has %3. Restore a backup (shipdeckctl workspace restore)")
                         .arg(path).arg(info.pageCount * info.pageSize).arg(info.fileSize))
            .withDetail(QStringLiteral("file"), path);
    }
    SD_TRY(const QVariant check, db->scalar(QStringLiteral("PRAGMA quick_check(1)")));
    if (check.toString() != QLatin1String("ok")) {
        return Error(ErrorCode::Corrupt,
                     QStringLiteral("database file %1 is damaged: %2. Restore a backup "
                                    "(shipdeckctl workspace restore)").arg(path, check.toString()))
            .withDetail(QStringLiteral("file"), path);
    }
    return info;
}

Result<void> checkCompatible(const DatabaseFileInfo &info, const QString &path)
{
    if (info.applicationId != 0 && info.applicationId != Database::kApplicationId) {
        return Error(ErrorCode::Corrupt,
                     QStringLiteral("%1 is a SQLite database of another program (application_id 0x%2), "
                                    "not a Shipdeck workspace database").arg(path).arg(info.applicationId, 8, 16, QLatin1Char('0')))
            .withDetail(QStringLiteral("file"), path);
    }
    if (info.applicationId == 0 && info.hasTables) {
        return Error(ErrorCode::Corrupt,
                     QStringLiteral("%1 is a SQLite database of another program, not a Shipdeck workspace database")
                         .arg(path))
            .withDetail(QStringLiteral("file"), path);
    }
    if (info.userVersion > latestVersion()) {
        return Error(ErrorCode::SchemaTooNew,
                     QStringLiteral("%1 has schema version %2, but this Shipdeck (%3) knows versions up to %4. "
                                    "It was written by a newer Shipdeck; upgrade Shipdeck to open it. The file "
                                    "was not changed.")
                         .arg(path).arg(info.userVersion).arg(QStringLiteral(SHIPDECK_VERSION)).arg(latestVersion()))
            .withDetail(QStringLiteral("file"), path)
            .withDetail(QStringLiteral("schemaVersion"), info.userVersion);
    }
    return success();
}

Result<QList<int>> migrate(Database &db)
{
    SD_CHECK(db.exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_migrations("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)")));
    QSet<int> applied;
    {
        SD_TRY(Statement *stmt, db.prepare(QStringLiteral("SELECT version FROM schema_migrations")));
        for (;;) {
            SD_TRY(bool row, stmt->step());
            if (!row)
                break;
            applied.insert(int(stmt->int64(0)));
        }
        stmt->reset();
    }
    const auto known = all();
    for (int version : applied) {
        const bool isKnown = std::any_of(known.begin(), known.end(), [&](const auto &m) { return m.version == version; });
        if (!isKnown) {
            return Error(ErrorCode::SchemaTooNew,
                         QStringLiteral("%1 contains schema migration %2, which this Shipdeck does not know; it was "
                                        "written by a newer Shipdeck. The file was not changed.")
                             .arg(db.path()).arg(version));
        }
    }
    QList<int> done;
    for (const auto &migration : known) {
        if (applied.contains(migration.version))
            continue;
        auto result = db.transaction([&]() -> Result<void> {
            SD_CHECK(db.exec(migration.sql));
            SD_TRY(Statement *insert, db.prepare(QStringLiteral(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES(?1, ?2, strftime('%s','now')*1000)")));
            insert->bind(1, migration.version).bind(2, migration.name);
            SD_CHECK(insert->run());
            SD_CHECK(db.exec(QStringLiteral("PRAGMA user_version=%1").arg(migration.version)));
            return success();
        });
        if (!result) {
            return result.error().withContext(
                QStringLiteral("applying schema migration %1 (%2)").arg(migration.version).arg(migration.name));
        }
        done.append(migration.version);
    }
    SD_CHECK(db.exec(QStringLiteral("PRAGMA application_id=%1").arg(Database::kApplicationId)));
    return done;
}

} // namespace shipdeck::Migrations
