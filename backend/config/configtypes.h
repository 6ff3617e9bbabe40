#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

namespace shipdeck {

// The value of a configuration key in one environment, with where it comes from.
struct ConfigValue
{
    QString key;         // "app.server.port": namespace (file) then path in the file
    QString environment; // empty = base
    bool found = false;
    QJsonValue value;
    QString layer;       // "base" or the environment whose overlay set it
    QString file;        // relative to the repository: "environments/production/app.yaml"
    int line = 0;        // 1-based; 0 when unknown
    int column = 0;
    QJsonObject toJson() const;
};

// A problem found by validation: YAML syntax, schema, or a policy check.
struct ConfigIssue
{
    QString severity = QStringLiteral("error"); // "error" or "warning"
    QString source;      // "yaml", "schema", "policy:<name>"
    QString environment; // empty = all or base
    QString key;
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    QJsonObject toJson() const;
    QString toString() const; // "file:line:column: message"
};

// A per-key conflict of a sync: the three versions of one key in one file.
struct ConfigConflict
{
    QString file;
    QString key;          // path inside the file; empty = the whole file (not YAML, or unreadable)
    QJsonValue base, ours, theirs; // Undefined = absent on that side
    QString resolution;   // empty, "ours", "theirs", "base" or "value"
    QJsonValue resolvedValue;
    QJsonObject toJson() const;
    static ConfigConflict fromJson(const QJsonObject &json);
};

// An unsaved edit of one key: the value on disk and the value in the draft (Undefined =
// absent on that side), in the layer file that holds it.
struct ConfigDraft
{
    QString file;        // "environments/production/app.yaml"
    QString key;         // "app.server.workers"
    QString environment; // empty = base
    QJsonValue before, after;
    QJsonObject toJson() const;
};

} // namespace shipdeck

Q_DECLARE_METATYPE(shipdeck::ConfigValue)
Q_DECLARE_METATYPE(shipdeck::ConfigIssue)
Q_DECLARE_METATYPE(shipdeck::ConfigConflict)
Q_DECLARE_METATYPE(shipdeck::ConfigDraft)
