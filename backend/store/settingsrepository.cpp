#include "backend/store/settingsrepository.h"

#include "backend/store/database.h"

namespace shipdeck {

Result<QString> SettingsRepository::read(const QString &table, const QString &key, const QString &fallback)
{
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral("SELECT value FROM %1 WHERE key = ?1").arg(table)));
    stmt->bind(1, key);
    SD_TRY(bool row, stmt->step());
    const QString value = row ? stmt->text(0) : fallback;
    stmt->reset();
    return value;
}

Result<void> SettingsRepository::write(const QString &table, const QString &key, const QString &value)
{
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "INSERT INTO %1(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value").arg(table)));
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

Result<QString> SettingsRepository::value(const QString &key, const QString &fallback)
{
    return read(QStringLiteral("settings"), key, fallback);
}

Result<void> SettingsRepository::setValue(const QString &key, const QString &value)
{
    return write(QStringLiteral("settings"), key, value);
}

Result<QString> SettingsRepository::meta(const QString &key, const QString &fallback)
{
    return read(QStringLiteral("meta"), key, fallback);
}

Result<void> SettingsRepository::setMeta(const QString &key, const QString &value)
{
    return write(QStringLiteral("meta"), key, value);
}

} // namespace shipdeck
