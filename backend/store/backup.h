#pragma once

#include "backend/core/result.h"

#include <QString>

namespace shipdeck {

class Database;

struct BackupInfo
{
    QString path;
    qint64 bytes = 0;
    int schemaVersion = 0;
    qint64 durationMs = 0;
};

namespace Backup {

// Copies the live database to destPath with SQLite's online backup API (consistent while
// other connections keep writing). Refuses to overwrite an existing file.
Result<BackupInfo> create(Database &source, const QString &destPath);
// Checks that path is an intact Shipdeck workspace database this binary can open.
Result<BackupInfo> verify(const QString &path);
// Replaces the database at targetPath with the contents of sourcePath. The source must pass
// verify(); the current database is first saved as "<target>.pre-restore-<time>" so nothing
// is lost. Nobody else may have the workspace open.
Result<BackupInfo> restore(const QString &sourcePath, const QString &targetPath, QString *savedCurrentAs = nullptr);

} // namespace Backup
} // namespace shipdeck
