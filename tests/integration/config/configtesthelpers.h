#pragma once

// Helpers shared by the config tests: real git repositories made with the real git CLI.

#include "backend/config/configworkspace.h"
#include "backend/config/configstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace shipdeck::test {

inline GitSignature author(const QString &name = QStringLiteral("Alice"))
{
    return {name, name.toLower() + QStringLiteral("@example.com")};
}

// Runs git; returns stdout, fails the test on a non-zero exit unless allowFailure.
inline QString git(const QString &dir, const QStringList &args, bool allowFailure = false, int *exitCode = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"), QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                                               QStringLiteral("user.email=test@example.com"), QStringLiteral("-c"),
                                               QStringLiteral("init.defaultBranch=main")} + args);
    if (!p.waitForFinished(60'000))
        qFatal("git %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    if (exitCode)
        *exitCode = p.exitCode();
    if (p.exitCode() != 0 && !allowFailure)
        qWarning("git %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline const QByteArray kAppYaml =
    "# Storefront settings\n"
    "server:\n"
    "  host: 0.0.0.0\n"
    "  port: 8080 # HTTP\n"
    "  workers: 4\n"
    "features:\n"
    "  checkout: true\n";

inline const QByteArray kAppSchema = R"({
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "properties": {
    "server": {
      "type": "object",
      "properties": {
        "host": {"type": "string"},
        "port": {"type": "integer", "minimum": 1, "maximum": 65535},
        "workers": {"type": "integer", "minimum": 1}
      },
      "required": ["port"]
    }
  }
})";

// A config repository with base + development/staging/production overlays and one commit,
// pushed to a new bare repository `remote`. Returns the seed workspace's folder.
inline QString makeSeedWithRemote(const QString &parent, QString *remoteUrl)
{
    const QString remote = parent + QStringLiteral("/remote.git");
    git(parent, {QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-q"), remote});
    const QString seed = parent + QStringLiteral("/seed");
    auto ws = ConfigWorkspace::init(seed, {QStringLiteral("development"), QStringLiteral("staging"), QStringLiteral("production")});
    if (!ws)
        qFatal("init failed: %s", qPrintable(ws.error().toString()));
    writeFile(seed + QStringLiteral("/base/app.yaml"), kAppYaml);
    writeFile(seed + QStringLiteral("/environments/production/app.yaml"), "server:\n  workers: 16\n");
    writeFile(seed + QStringLiteral("/environments/staging/app.yaml"), "server:\n  host: staging.internal\n");
    writeFile(seed + QStringLiteral("/schema/app.schema.json"), kAppSchema);
    if (!ws.value()->reload() || !ws.value()->commit(QStringLiteral("Initial configuration"), author()))
        qFatal("seed commit failed");
    if (!ws.value()->git().setRemote(QStringLiteral("origin"), remote))
        qFatal("setRemote failed");
    ConfigWorkspace::SyncOptions options;
    options.author = author();
    auto pushed = ws.value()->sync(options);
    if (!pushed || !pushed.value().pushed)
        qFatal("first push failed: %s", pushed ? qPrintable(pushed.value().outcome) : qPrintable(pushed.error().toString()));
    if (remoteUrl)
        *remoteUrl = remote;
    return seed;
}

} // namespace shipdeck::test
