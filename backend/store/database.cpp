#include "backend/store/database.h"

#include "backend/core/logging.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace shipdeck {

// ---- Statement ------------------------------------------------------------------------------

Statement::Statement(Database *db, sqlite3_stmt *stmt, QString sql)
    : m_db(db), m_stmt(stmt), m_sql(std::move(sql))
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    m_bindFailed |= sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    m_bindFailed |= sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    m_bindFailed |= sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    m_bindFailed |= sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT) != SQLITE_OK;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    m_bindFailed |= sqlite3_bind_null(m_stmt, index) != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Result<bool> Statement::step()
{
    if (m_bindFailed) {
        m_bindFailed = false;
        sqlite3_reset(m_stmt);
        return Error(ErrorCode::Internal, QStringLiteral("could not bind parameters for: %1").arg(m_sql));
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = m_db->lastError(QStringLiteral("running a query"));
    sqlite3_reset(m_stmt);
    return error;
}

Result<void> Statement::run()
{
    for (;;) {
        auto more = step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
    }
    reset();
    return success();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindFailed = false;
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return int64(column);
    case SQLITE_FLOAT: return real(column);
    case SQLITE_TEXT: return text(column);
    case SQLITE_BLOB: return blob(column);
    default: return {};
    }
}

// ---- Database -------------------------------------------------------------------------------

Database::Database(QString path, Options options, sqlite3 *db)
    : m_path(std::move(path)), m_options(std::move(options)), m_db(db)
{
}

Database::~Database()
{
    qDeleteAll(m_cache);
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

Error Database::errorFromCode(int code, const QString &sqliteMessage, const QString &path,
                              const QString &what)
{
    ErrorCode ours = ErrorCode::Internal;
    QString cause;
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        ours = ErrorCode::Corrupt;
        cause = QStringLiteral("the file is not a SQLite database (truncated, overwritten or another kind of file)");
        break;
    case SQLITE_CORRUPT:
        ours = ErrorCode::Corrupt;
        cause = QStringLiteral("the database file is damaged");
        break;
    case SQLITE_CANTOPEN:
        ours = ErrorCode::Io;
        cause = QStringLiteral("the file cannot be opened (missing folder, no permission, or not a regular file)");
        break;
    case SQLITE_READONLY:
        ours = ErrorCode::ReadOnly;
        cause = QStringLiteral("the database or its folder is read-only");
        break;
    case SQLITE_PERM:
    case SQLITE_AUTH:
        ours = ErrorCode::PermissionDenied;
        cause = QStringLiteral("permission denied");
        break;
    case SQLITE_FULL:
        ours = ErrorCode::DiskFull;
        cause = QStringLiteral("the disk is full");
        break;
    case SQLITE_IOERR:
        ours = ErrorCode::Io;
        cause = QStringLiteral("input/output error");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        ours = ErrorCode::Busy;
        cause = QStringLiteral("the database is locked by another connection");
        break;
    case SQLITE_CONSTRAINT:
        ours = ErrorCode::Conflict;
        cause = QStringLiteral("a constraint was violated");
        break;
    case SQLITE_INTERRUPT:
        ours = ErrorCode::Cancelled;
        cause = QStringLiteral("interrupted");
        break;
    default:
        cause = QStringLiteral("database error");
        break;
    }
    return Error(ours, QStringLiteral("%1 in %2: %3 (sqlite: %4)").arg(what, path, cause, sqliteMessage))
        .withDetail(QStringLiteral("file"), path)
        .withDetail(QStringLiteral("sqliteCode"), code);
}

Error Database::lastError(const QString &what) const
{
    return errorFromCode(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)), m_path, what);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    if (!info.exists() && (!options.create || options.readOnly)) {
        return Error(ErrorCode::NotFound, QStringLiteral("database file %1 does not exist").arg(path))
            .withDetail(QStringLiteral("file"), path);
    }
    if (info.exists() && !info.isFile()) {
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 is not a regular file").arg(path))
            .withDetail(QStringLiteral("file"), path);
    }
    int flags = SQLITE_OPEN_NOMUTEX;
    flags |= options.readOnly ? SQLITE_OPEN_READONLY
                              : (SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0));
    sqlite3 *raw = nullptr;
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &raw, flags,
                                   options.vfs.isEmpty() ? nullptr : options.vfs.constData());
    if (rc != SQLITE_OK) {
        const QString message = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(raw);
        return errorFromCode(rc, message, path, QStringLiteral("opening the database"));
    }
    sqlite3_extended_result_codes(raw, 1);
    std::unique_ptr<Database> db(new Database(path, options, raw));
    sqlite3_busy_timeout(raw, options.busyTimeoutMs);

    if (!options.readOnly && sqlite3_db_readonly(raw, "main") == 1) {
        return Error(ErrorCode::ReadOnly,
                     QStringLiteral("cannot write to %1: the file or its folder is read-only").arg(path))
            .withDetail(QStringLiteral("file"), path);
    }
    // Reading the schema catches garbage and truncated files before anything is written.
    auto probe = db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!probe)
        return probe.error();
    if (options.applyPragmas && !options.readOnly) {
        if (auto applied = db->applyPragmas(); !applied)
            return applied.error();
    }
    return db;
}

Result<void> Database::applyPragmas()
{
    auto mode = scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return mode.error();
    if (mode.value().toString().toLower() != QLatin1String("wal")) {
        qCWarning(lcStore) << "journal_mode WAL not available for" << m_path << "- using" << mode.value().toString();
    }
    QString sync;
    switch (m_options.synchronous) {
    case Synchronous::Off: sync = QStringLiteral("OFF"); break;
    case Synchronous::Normal: sync = QStringLiteral("NORMAL"); break;
    case Synchronous::Full: sync = QStringLiteral("FULL"); break;
    }
    SD_CHECK(exec(QStringLiteral("PRAGMA synchronous=") + sync));
    SD_CHECK(exec(QStringLiteral("PRAGMA foreign_keys=ON")));
    return success();
}

Result<void> Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return errorFromCode(sqlite3_extended_errcode(m_db), text, m_path, QStringLiteral("executing SQL"));
    }
    return success();
}

Result<Statement *> Database::prepare(const QString &sql)
{
    if (auto it = m_cache.constFind(sql); it != m_cache.constEnd()) {
        it.value()->reset();
        return it.value();
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return lastError(QStringLiteral("preparing a query"));
    auto *statement = new Statement(this, stmt, sql);
    m_cache.insert(sql, statement);
    return statement;
}

Result<QVariant> Database::scalar(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return lastError(QStringLiteral("reading the database"));
    }
    Statement wrapper(this, stmt, sql);
    auto row = wrapper.step();
    if (!row)
        return row.error();
    return row.value() ? wrapper.value(0) : QVariant();
}

Result<QVariant> Database::pragma(const QString &name)
{
    return scalar(QStringLiteral("PRAGMA ") + name);
}

bool Database::isAutocommit() const
{
    return sqlite3_get_autocommit(m_db) != 0;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace shipdeck
