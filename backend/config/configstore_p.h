#pragma once

// Internal to backend/config: the state behind ConfigStore, shared by its source files.

#include "backend/config/configschema.h"
#include "backend/config/configstore.h"
#include "backend/config/yamleditor.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <map>
#include <memory>
#include <optional>

namespace shipdeck {
namespace configstore {

inline const QString kBase = QStringLiteral("base");
inline const QString kEnvironments = QStringLiteral("environments");
inline const QString kSchema = QStringLiteral("schema");

struct FileState
{
    QByteArray diskText;
    std::optional<YamlEditor> doc; // empty when the file does not parse
    std::optional<Error> parseError;
    bool dirty = false;
    QByteArray text() const { return doc ? doc->text() : diskText; }
};

inline bool isYaml(const QString &name)
{
    return name.endsWith(QLatin1String(".yaml")) || name.endsWith(QLatin1String(".yml"));
}

inline QString stripExtension(const QString &path)
{
    return path.left(path.lastIndexOf(QLatin1Char('.')));
}

inline QJsonValue deepMerge(const QJsonValue &base, const QJsonValue &overlay)
{
    if (!base.isObject() || !overlay.isObject())
        return overlay.isUndefined() ? base : overlay;
    QJsonObject out = base.toObject();
    const QJsonObject o = overlay.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), deepMerge(out.value(it.key()), it.value()));
    return out;
}

inline void flatten(const QJsonValue &v, const YamlPath &path, QList<QPair<YamlPath, QJsonValue>> &out)
{
    if (v.isObject() && !v.toObject().isEmpty()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), path.child(it.key()), out);
        return;
    }
    if (!path.isEmpty())
        out.append({path, v});
}

inline QString joinKey(const QString &ns, const YamlPath &path)
{
    if (path.isEmpty())
        return ns;
    const QString p = path.toString();
    return p.startsWith(QLatin1Char('[')) ? ns + p : ns + QLatin1Char('.') + p;
}

} // namespace configstore

using namespace configstore;

struct ConfigStore::Impl
{
    QString root;
    int version = 0;
    QStringList environments;
    std::map<QString, FileState> files; // relative path -> state (sorted)
    mutable QHash<QString, std::shared_ptr<Result<ConfigSchema>>> schemas;
    QHash<QString, QByteArray> schemaTexts; // schema files read with the store
    bool inMemory = false;

    QString absolute(const QString &rel) const { return root + QLatin1Char('/') + rel; }

    // Namespace -> file for a layer ("" = base).
    QString fileOf(const QString &ns, const QString &env) const
    {
        const QString dir = env.isEmpty() ? kBase : kEnvironments + QLatin1Char('/') + env;
        for (const char *ext : {".yaml", ".yml"}) {
            const QString f = dir + QLatin1Char('/') + ns + QString::fromLatin1(ext);
            if (files.count(f))
                return f;
        }
        return {};
    }

    const FileState *state(const QString &rel) const
    {
        auto it = files.find(rel);
        return it == files.end() ? nullptr : &it->second;
    }

    Result<const YamlEditor *> doc(const QString &rel) const
    {
        const FileState *s = state(rel);
        if (!s)
            return static_cast<const YamlEditor *>(nullptr);
        if (!s->doc)
            return *s->parseError;
        return &*s->doc;
    }

    void parseInto(FileState &s, const QString &rel)
    {
        auto parsed = YamlEditor::parse(s.diskText, rel);
        if (parsed) {
            s.doc = std::move(parsed.value());
            s.parseError.reset();
        } else {
            s.doc.reset();
            s.parseError = parsed.error();
        }
    }
};

} // namespace shipdeck
