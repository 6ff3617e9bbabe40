#pragma once

#include "backend/core/result.h"

#include <QString>

namespace shipdeck {

class Database;

// Workspace-level key/value settings (the `meta` table holds identity, `settings` holds
// user choices). Values are text; callers serialise.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db) : m_db(db) {}

    Result<QString> value(const QString &key, const QString &fallback = {});
    Result<void> setValue(const QString &key, const QString &value);
    Result<QString> meta(const QString &key, const QString &fallback = {});
    Result<void> setMeta(const QString &key, const QString &value);

private:
    Result<QString> read(const QString &table, const QString &key, const QString &fallback);
    Result<void> write(const QString &table, const QString &key, const QString &value);
    Database &m_db;
};

} // namespace shipdeck
