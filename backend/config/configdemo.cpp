// Demo content of the configuration service: a small repository with base, three overlays, a
// schema, a pending migration and a short history.
#include "backend/config/configdemo.h"

#include "backend/config/configstore.h"
#include "backend/config/configworkspace.h"

#include <QDir>
#include <QSaveFile>

namespace shipdeck {

namespace {

Result<void> write(const QString &root, const QString &rel, const QByteArray &text)
{
    const QString path = root + QLatin1Char('/') + rel;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return success();
}

const QByteArray kApp =
    "# Storefront service settings shared by every environment.\n"
    "server:\n"
    "  host: 0.0.0.0\n"
    "  port: 8080          # HTTP listener\n"
    "  workers: 4\n"
    "  requestTimeoutMs: 5000\n"
    "logging:\n"
    "  level: info\n"
    "  format: json\n"
    "features:\n"
    "  newCheckout: false\n"
    "  recommendations: true\n";

const QByteArray kDatabase =
    "# Primary database\n"
    "host: db.internal\n"
    "port: 5432\n"
    "name: storefront\n"
    "pool:\n"
    "  min: 2\n"
    "  max: 20\n";

const QByteArray kAppSchema = R"({
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "storefront app settings",
  "type": "object",
  "properties": {
    "server": {
      "type": "object",
      "properties": {
        "host": {"type": "string"},
        "port": {"type": "integer", "minimum": 1, "maximum": 65535},
        "workers": {"type": "integer", "minimum": 1, "maximum": 256},
        "requestTimeoutMs": {"type": "integer", "minimum": 100}
      },
      "required": ["port", "workers"]
    },
    "logging": {
      "type": "object",
      "properties": {"level": {"enum": ["debug", "info", "warn", "error"]}, "format": {"enum": ["json", "text"]}}
    },
    "features": {"type": "object", "additionalProperties": {"type": "boolean"}}
  },
  "required": ["server"]
}
)";

const QByteArray kDatabaseSchema = R"({
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "properties": {
    "host": {"type": "string", "minLength": 1},
    "port": {"type": "integer", "minimum": 1, "maximum": 65535},
    "name": {"type": "string"},
    "pool": {"type": "object", "properties": {"min": {"type": "integer", "minimum": 0}, "max": {"type": "integer", "minimum": 1}}}
  },
  "required": ["host", "port", "name"]
}
)";

Result<QJsonObject> seedDemoRepository(const QString &dir)
{
    if (GitRepository::isRepository(dir))
        return QJsonObject{{QStringLiteral("repository"), dir}, {QStringLiteral("existing"), true}};
    SD_TRY(auto ws, ConfigWorkspace::init(dir, {QStringLiteral("development"), QStringLiteral("staging"), QStringLiteral("production")}));
    const GitSignature alice{QStringLiteral("Alice Ops"), QStringLiteral("alice@example.com")};
    const GitSignature bob{QStringLiteral("Bob SRE"), QStringLiteral("bob@example.com")};
    SD_CHECK(write(dir, QStringLiteral("base/app.yaml"), kApp));
    SD_CHECK(write(dir, QStringLiteral("base/database.yaml"), kDatabase));
    SD_CHECK(write(dir, QStringLiteral("schema/app.schema.json"), kAppSchema));
    SD_CHECK(write(dir, QStringLiteral("schema/database.schema.json"), kDatabaseSchema));
    SD_CHECK(write(dir, QStringLiteral("environments/development/app.yaml"), "logging:\n  level: debug\n  format: text\nfeatures:\n  newCheckout: true\n"));
    SD_CHECK(write(dir, QStringLiteral("environments/development/database.yaml"), "host: localhost\n"));
    SD_CHECK(write(dir, QStringLiteral("environments/staging/app.yaml"), "server:\n  workers: 8\nfeatures:\n  newCheckout: true   # trial before production\n"));
    SD_CHECK(write(dir, QStringLiteral("environments/staging/database.yaml"), "host: db.staging.internal\n"));
    SD_CHECK(write(dir, QStringLiteral("environments/production/app.yaml"), "# Production overrides\nserver:\n  workers: 32\n  requestTimeoutMs: 3000\nlogging:\n  level: warn\n"));
    SD_CHECK(write(dir, QStringLiteral("environments/production/database.yaml"), "host: db.prod.internal\npool:\n  max: 100\n"));
    SD_CHECK(ws->reload());
    SD_CHECK(ws->commit(QStringLiteral("Storefront configuration: base, overlays and schemas"), alice));
    SD_CHECK(ws->store().set(QStringLiteral("app.server.workers"), QStringLiteral("production"), 48));
    SD_CHECK(ws->commit(QStringLiteral("More production workers for the sale"), bob));
    SD_CHECK(ws->store().set(QStringLiteral("app.features.newCheckout"), QStringLiteral("staging"), false));
    SD_CHECK(ws->commit(QStringLiteral("Pause the new checkout on staging"), alice));
    // A migration waiting to be applied, to show the preview.
    SD_CHECK(write(dir, QStringLiteral("migrations/0001-timeouts-in-seconds.yaml"),
                   "version: 1\n"
                   "description: request timeouts move under server.timeouts\n"
                   "steps:\n"
                   "  - rename: {from: app.server.requestTimeoutMs, to: app.server.timeouts.requestMs}\n"
                   "  - default: {key: app.server.timeouts.idleMs, value: 60000}\n"));
    SD_CHECK(ws->commit(QStringLiteral("Add migration 1: timeouts under server.timeouts"), bob));
    return QJsonObject{{QStringLiteral("repository"), dir}, {QStringLiteral("commits"), 4}};
}

} // namespace

Result<QJsonObject> ConfigDemo::seedRepository(const QString &dir)
{
    return seedDemoRepository(dir);
}

} // namespace shipdeck
