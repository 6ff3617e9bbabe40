#pragma once

#include "backend/core/result.h"
#include "backend/store/database.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <memory>

namespace shipdeck {

class Clock;

struct WorkspaceInfo
{
    QString path;
    QString name;
    QString databasePath;
    bool demo = false;
    qint64 createdAtMs = 0;
    int schemaVersion = 0;
    qint64 databaseBytes = 0;
    qint64 walBytes = 0;
    int jobsReady = 0;
    int jobsLeased = 0;
    int jobsDone = 0;
    int jobsDead = 0;
    int workflowRuns = 0;
    int auditRecords = 0;
    QString lastMaintenance; // ISO time, empty if never

    QJsonObject toJson() const;
};

// One workspace = one folder: shipdeck.db (SQLite, WAL), backups/, logs/ and, with later
// modules, the config repository and secret files.
class Workspace
{
public:
    struct OpenOptions
    {
        bool create = false; // create folder and database if missing
        QString name;        // for a new workspace; default: the folder name
        bool demo = false;
        Database::Options database;
        const Clock *clock = nullptr;
    };

    static Result<std::unique_ptr<Workspace>> open(const QString &dir, const OpenOptions &options);
    static Result<std::unique_ptr<Workspace>> open(const QString &dir) { return open(dir, OpenOptions{}); }
    // The platform's default location (for example ~/.local/share/Shipdeck/default).
    static QString defaultPath();
    static QString demoPath();
    static QString databaseFileName() { return QStringLiteral("shipdeck.db"); }

    ~Workspace();

    const QString &path() const { return m_path; }
    QString databasePath() const;
    QString backupsDir() const;
    QString logsDir() const;
    Database &db() { return *m_db; }
    const Clock *clock() const { return m_clock; }

    // Opens another connection to the same database (for another thread).
    Result<std::unique_ptr<Database>> openConnection() const;
    Result<WorkspaceInfo> info();

private:
    Workspace(QString path, std::unique_ptr<Database> db, const Clock *clock, Database::Options options);

    QString m_path;
    std::unique_ptr<Database> m_db;
    const Clock *m_clock;
    Database::Options m_dbOptions;
};

} // namespace shipdeck

Q_DECLARE_METATYPE(shipdeck::WorkspaceInfo)
