#pragma once

#include "backend/core/result.h"

#include <QList>
#include <QString>

namespace shipdeck {

class Database;

// A numbered schema change. Versions are unique across modules; each module owns a range:
//   1–99 store/orchestration · 100–199 components/deploy/providers · 200–299 config/secrets
//   300–399 kube · 400–499 observe · 500–599 readme2ci · 600–699 security/policy/api
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// What a database file says about itself, read without writing to it.
struct DatabaseFileInfo
{
    qint64 fileSize = 0;
    int applicationId = 0;
    int userVersion = 0;
    qint64 pageCount = 0;
    qint64 pageSize = 0;
    bool hasTables = false;
};

namespace Migrations {

// Registers a migration; called from static initialisers (see SD_REGISTER_MIGRATION).
bool add(Migration migration);
QList<Migration> all();
int latestVersion();

// Opens the file read-only and reports what it is; refuses empty, truncated, garbage and
// foreign files with a clear error. The file is not modified.
Result<DatabaseFileInfo> inspect(const QString &path);
// Refuses a file written by a newer Shipdeck (SchemaTooNew) or by another program.
Result<void> checkCompatible(const DatabaseFileInfo &info, const QString &path);
// Applies every migration not yet recorded, each in its own transaction.
// Returns the versions applied.
Result<QList<int>> migrate(Database &db);

} // namespace Migrations
} // namespace shipdeck

#define SD_REGISTER_MIGRATION(version, name, sql)                                        \
    static const bool SD_CONCAT(sdMigration_, version) =                                 \
        ::shipdeck::Migrations::add({version, QStringLiteral(name), QStringLiteral(sql)})
