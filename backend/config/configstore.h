#pragma once

#include "backend/config/configtypes.h"
#include "backend/core/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace shipdeck {

class YamlPath;

// The configuration files of one repository, parsed, with environments and overlays:
//   base/<ns>.yaml                    values for every environment
//   environments/<env>/<ns>.yaml      overlay of one environment (deep-merged over base)
//   schema/<ns>.schema.json           JSON Schema of the effective <ns> document
//   shipdeck-config.yaml              optional manifest: version, environments (order)
// A key is "<ns>.<path in the file>", e.g. "app.server.port". Not thread-safe; one thread at
// a time. Edits stay in memory until save().
class ConfigStore
{
public:
    ConfigStore();
    ~ConfigStore();
    ConfigStore(ConfigStore &&) noexcept;
    ConfigStore &operator=(ConfigStore &&) noexcept;

    static QString manifestFile() { return QStringLiteral("shipdeck-config.yaml"); }
    // Reads every configuration file under root. Files that do not parse are kept with their
    // error (see validate()); the store still opens.
    static Result<ConfigStore> load(const QString &root);
    // A store over file contents held in memory (a merge result), for validation.
    static Result<ConfigStore> fromFiles(const QString &root, const QHash<QString, QByteArray> &files);

    const QString &root() const;
    int version() const;
    QStringList environments() const;
    QStringList namespaces() const;
    QStringList files() const; // relative paths of every configuration file
    // Every leaf key set in base or in any overlay, sorted.
    QStringList keys() const;

    // The value one layer's file sets (Undefined when it does not set the key).
    Result<QJsonValue> layerValue(const QString &key, const QString &environment) const;
    Result<ConfigValue> get(const QString &key, const QString &environment) const;
    // Every leaf key of the environment (base when empty) with its effective value and origin.
    // Namespaces with a file that does not parse are left out (validate() reports the file).
    Result<QList<ConfigValue>> effective(const QString &environment) const;
    Result<QJsonObject> effectiveDocument(const QString &ns, const QString &environment) const;

    // Changes a value in the base (environment empty) or in the environment's overlay file,
    // creating the file when needed. Returns the relative path of the file changed.
    Result<QString> set(const QString &key, const QString &environment, const QJsonValue &value);
    Result<QString> unset(const QString &key, const QString &environment);

    QList<ConfigIssue> validate(const QString &environment = {}) const;

    // Files edited in memory and not saved yet.
    QStringList dirtyFiles() const;
    QByteArray text(const QString &file) const;      // current text (edited or as on disk)
    QByteArray diskText(const QString &file) const;  // text as last read from or written to disk
    // Replaces a file's text (migrations, merges); it must parse as YAML.
    Result<void> setText(const QString &file, const QByteArray &text);
    Result<void> setVersion(int version);
    // Writes the dirty files atomically; returns the files written. Refuses (Conflict, nothing
    // written) when a file changed on disk since it was read.
    Result<QStringList> save(const QStringList &only = {});
    // Keeps the unsaved edits of `file` but takes its current disk text as the new starting
    // point, so that the next save() overwrites the external change (the user chose so).
    Result<void> acceptDisk(const QString &file);
    void discard(const QString &file = {});
    // Re-reads a file from disk. A dirty file is not touched: returns Conflict when the disk
    // text differs from the one the edits started from.
    Result<bool> reload(const QString &file);

    // Re-reads what changed on disk. Files with unsaved edits are left alone and reported in
    // `conflicts` when their disk text changed.
    struct Refresh
    {
        QStringList changed;
        QStringList conflicts;
    };
    Result<Refresh> refresh();

    // Splits a key into namespace and path ("app.server.port" -> "app", server.port).
    Result<QPair<QString, YamlPath>> splitKey(const QString &key) const;
    QString fileFor(const QString &ns, const QString &environment) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace shipdeck
