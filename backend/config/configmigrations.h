#pragma once

#include "backend/core/result.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace shipdeck {

class ConfigStore;

// A versioned configuration migration, read from migrations/<version>-<name>.yaml:
//   version: 2
//   description: Listen port gets its own key
//   steps:
//     - rename:  {from: app.server.port, to: app.server.listenPort}
//     - move:    {from: app.database, to: database.primary}
//     - split:   {from: app.db.url, pattern: '^(?<host>[^:]+):(?<port>[0-9]+)$',
//                 to: {host: app.db.host, port: app.db.port}}
//     - default: {key: app.timeoutSeconds, value: 30}            # base; `environment:` for an overlay
//     - remove:  {key: app.legacyFlag}
// Steps apply to the base and to every overlay that sets the key.
struct ConfigMigration
{
    int version = 0;
    QString name;
    QString description;
    QString file;
    QJsonArray steps;
};

namespace ConfigMigrations {

// Migrations in the repository, sorted by version; malformed files are errors naming the file.
Result<QList<ConfigMigration>> load(const QString &root);
// Applies one migration to the store in memory (the store's version is set to its version).
// On error the store may hold partial edits: apply on a store you can discard.
Result<QStringList> apply(ConfigStore &store, const ConfigMigration &migration);

} // namespace ConfigMigrations
} // namespace shipdeck
