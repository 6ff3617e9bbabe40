#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace shipdeck {

class Database;

// A prepared statement. Bind parameters are 1-based; column indexes 0-based.
// Owned by the Database's statement cache when obtained through Database::prepare().
class Statement
{
public:
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, const char *value) = delete; // say QStringLiteral or QByteArray
    Statement &bindNull(int index);
    Statement &bind(int index, const QVariant &value);

    // Advances; true while a row is available, false when done.
    Result<bool> step();
    // Runs to completion (for statements without rows).
    Result<void> run();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt, QString sql);
    Database *m_db; // Not owned.
    sqlite3_stmt *m_stmt;
    QString m_sql;
    bool m_bindFailed = false;
};

// One SQLite connection in the workspace's settings: WAL, busy timeout, foreign keys.
// A connection belongs to one thread at a time.
class Database
{
public:
    enum class Synchronous { Off, Normal, Full };

    struct Options
    {
        bool readOnly = false;
        bool create = true;
        int busyTimeoutMs = 5'000;
        Synchronous synchronous = Synchronous::Normal;
        QByteArray vfs; // empty = default VFS; tests inject faults through their own
        bool applyPragmas = true;
    };

    // Shipdeck's application_id: "SHDK". A file with another id is not a workspace database.
    static constexpr int kApplicationId = 0x5348444b;

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options{}); }
    ~Database();

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_options.readOnly; }

    Result<void> exec(const QString &sql);
    // Returns a cached, reset statement for sql; valid until the Database is destroyed.
    Result<Statement *> prepare(const QString &sql);
    // Convenience: first column of the first row, or a null QVariant.
    Result<QVariant> scalar(const QString &sql);
    Result<QVariant> pragma(const QString &name);

    qint64 lastInsertRowId() const;
    int changes() const;

    // Runs fn in a transaction (BEGIN IMMEDIATE), commits on success, rolls back on error.
    // Nested calls use savepoints, so a transactional operation can be part of a larger one.
    template<typename F>
    auto transaction(F &&fn) -> decltype(fn())
    {
        const bool outer = isAutocommit();
        const QString savepoint = QStringLiteral("sd_%1").arg(++m_savepointDepth);
        if (auto begin = exec(outer ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint); !begin) {
            --m_savepointDepth;
            return begin.error();
        }
        auto result = fn();
        if (!result) {
            (void)exec(outer ? QStringLiteral("ROLLBACK")
                             : QStringLiteral("ROLLBACK TO ") + savepoint + QStringLiteral("; RELEASE ") + savepoint);
            --m_savepointDepth;
            return result;
        }
        if (auto commit = exec(outer ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint); !commit) {
            (void)exec(outer ? QStringLiteral("ROLLBACK")
                             : QStringLiteral("ROLLBACK TO ") + savepoint + QStringLiteral("; RELEASE ") + savepoint);
            --m_savepointDepth;
            return commit.error();
        }
        --m_savepointDepth;
        return result;
    }
    bool isAutocommit() const;

    // Turns the connection's last SQLite error into an Error naming the file.
    Error lastError(const QString &what) const;
    static Error errorFromCode(int code, const QString &sqliteMessage, const QString &path,
                               const QString &what);

    sqlite3 *handle() const { return m_db; }

private:
    Database(QString path, Options options, sqlite3 *db);
    Result<void> applyPragmas();

    QString m_path;
    Options m_options;
    sqlite3 *m_db;
    QHash<QString, Statement *> m_cache; // Owned.
    int m_savepointDepth = 0;
};

} // namespace shipdeck
