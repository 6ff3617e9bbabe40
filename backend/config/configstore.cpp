#include "backend/config/configstore.h"

#include "backend/config/configstore_p.h"

#include "backend/config/configpolicy.h"
#include "backend/config/configschema.h"
#include "backend/config/yamleditor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>

#include <map>

namespace shipdeck {



ConfigStore::ConfigStore() : d(std::make_unique<Impl>()) {}
ConfigStore::~ConfigStore() = default;
ConfigStore::ConfigStore(ConfigStore &&) noexcept = default;
ConfigStore &ConfigStore::operator=(ConfigStore &&) noexcept = default;

Result<ConfigStore> ConfigStore::load(const QString &root)
{
    if (!QFileInfo(root).isDir())
        return Error(ErrorCode::NotFound, QStringLiteral("configuration folder %1 does not exist").arg(root));
    const QString absRoot = QDir(root).absolutePath();
    QHash<QString, QByteArray> files;
    for (const QString &layer : {kBase, kEnvironments, kSchema}) {
        QDirIterator it(absRoot + QLatin1Char('/') + layer, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString abs = it.next();
            if (layer == kSchema ? !abs.endsWith(QLatin1String(".schema.json")) : !isYaml(abs))
                continue;
            QFile f(abs);
            if (!f.open(QIODevice::ReadOnly))
                return Error(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(abs, f.errorString()));
            files.insert(QDir(absRoot).relativeFilePath(abs), f.readAll());
        }
    }
    QFile manifest(absRoot + QLatin1Char('/') + manifestFile());
    if (manifest.open(QIODevice::ReadOnly))
        files.insert(manifestFile(), manifest.readAll());
    SD_TRY(ConfigStore store, fromFiles(absRoot, files));
    store.d->inMemory = false;
    // Environment folders without files yet are environments too.
    QDir envDir(absRoot + QLatin1Char('/') + kEnvironments);
    QStringList extra = envDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &env : std::as_const(extra)) {
        if (!store.d->environments.contains(env))
            store.d->environments.append(env);
    }
    return store;
}

Result<ConfigStore> ConfigStore::fromFiles(const QString &root, const QHash<QString, QByteArray> &files)
{
    ConfigStore store;
    store.d->root = root;
    store.d->inMemory = true;
    QStringList discovered;
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString &rel = it.key();
        if (rel.startsWith(kSchema + QLatin1Char('/'))) {
            store.d->schemaTexts.insert(rel, it.value());
            continue;
        }
        const bool inBase = rel.startsWith(kBase + QLatin1Char('/'));
        const bool inEnv = rel.startsWith(kEnvironments + QLatin1Char('/')) && rel.count(QLatin1Char('/')) >= 2;
        if (!(rel == manifestFile() || ((inBase || inEnv) && isYaml(rel))))
            continue;
        if (inEnv) {
            const QString env = rel.section(QLatin1Char('/'), 1, 1);
            if (!discovered.contains(env))
                discovered.append(env);
        }
        FileState s;
        s.diskText = it.value();
        store.d->parseInto(s, rel);
        if (rel == manifestFile() && s.doc) {
            const QJsonObject m = s.doc->toJson().toObject();
            store.d->version = m.value(QStringLiteral("version")).toInt();
            for (const QJsonValue &e : m.value(QStringLiteral("environments")).toArray())
                store.d->environments.append(e.toString());
        }
        store.d->files.emplace(rel, std::move(s));
    }
    std::sort(discovered.begin(), discovered.end());
    for (const QString &env : std::as_const(discovered)) {
        if (!store.d->environments.contains(env))
            store.d->environments.append(env);
    }
    return store;
}

Result<QJsonValue> ConfigStore::layerValue(const QString &key, const QString &environment) const
{
    SD_TRY(const auto split, splitKey(key));
    const QString file = d->fileOf(split.first, environment);
    if (file.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    SD_TRY(const YamlEditor *doc, d->doc(file));
    auto v = doc->value(split.second);
    return v ? v.value() : QJsonValue(QJsonValue::Undefined);
}

const QString &ConfigStore::root() const { return d->root; }
int ConfigStore::version() const { return d->version; }
QStringList ConfigStore::environments() const { return d->environments; }

QStringList ConfigStore::files() const
{
    QStringList out;
    for (const auto &[rel, s] : d->files)
        out.append(rel);
    return out;
}

QStringList ConfigStore::namespaces() const
{
    QSet<QString> seen;
    for (const auto &[rel, s] : d->files) {
        if (rel.startsWith(kBase + QLatin1Char('/')))
            seen.insert(stripExtension(rel.mid(kBase.size() + 1)));
        else if (rel.startsWith(kEnvironments + QLatin1Char('/')))
            seen.insert(stripExtension(rel.section(QLatin1Char('/'), 2)));
    }
    seen.remove(QString());
    QStringList out(seen.begin(), seen.end());
    std::sort(out.begin(), out.end());
    return out;
}

QString ConfigStore::fileFor(const QString &ns, const QString &environment) const
{
    const QString existing = d->fileOf(ns, environment);
    if (!existing.isEmpty())
        return existing;
    const QString base = d->fileOf(ns, QString());
    const QString ext = base.endsWith(QLatin1String(".yml")) ? QStringLiteral(".yml") : QStringLiteral(".yaml");
    return (environment.isEmpty() ? kBase : kEnvironments + QLatin1Char('/') + environment) + QLatin1Char('/') + ns + ext;
}

Result<QPair<QString, YamlPath>> ConfigStore::splitKey(const QString &key) const
{
    if (key.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("empty configuration key"));
    QString best;
    for (const QString &ns : namespaces()) {
        if ((key == ns || key.startsWith(ns + QLatin1Char('.')) || key.startsWith(ns + QLatin1Char('['))) && ns.size() > best.size())
            best = ns;
    }
    if (best.isEmpty()) {
        // A new namespace: the first segment names the file.
        const qsizetype dot = key.indexOf(QLatin1Char('.'));
        best = dot < 0 ? key : key.left(dot);
    }
    QString rest = key.mid(best.size());
    if (rest.startsWith(QLatin1Char('.')))
        rest = rest.mid(1);
    auto path = YamlPath::parse(rest);
    if (!path)
        return path.error();
    return qMakePair(best, path.value());
}

Result<QJsonObject> ConfigStore::effectiveDocument(const QString &ns, const QString &environment) const
{
    if (!environment.isEmpty() && !d->environments.contains(environment))
        return Error(ErrorCode::NotFound, QStringLiteral("unknown environment '%1' (known: %2)").arg(environment, d->environments.join(QStringLiteral(", "))));
    QJsonValue merged = QJsonObject();
    for (const QString &layer : {QString(), environment}) {
        const QString file = d->fileOf(ns, layer);
        if (file.isEmpty())
            continue;
        SD_TRY(const YamlEditor *doc, d->doc(file));
        const QJsonValue v = doc->toJson();
        if (!v.isNull())
            merged = deepMerge(merged, v);
        if (environment.isEmpty())
            break;
    }
    return merged.toObject();
}

Result<ConfigValue> ConfigStore::get(const QString &key, const QString &environment) const
{
    SD_TRY(const auto split, splitKey(key));
    SD_TRY(const QJsonObject doc, effectiveDocument(split.first, environment));
    ConfigValue out;
    out.key = key;
    out.environment = environment;
    QJsonValue v = doc;
    for (const YamlPath::Segment &seg : split.second.segments()) {
        v = seg.isIndex() ? v.toArray().at(seg.index) : v.toObject().value(seg.key);
        if (v.isUndefined())
            return out; // not found
    }
    out.found = true;
    out.value = v;
    // The most specific layer that holds the path set it.
    for (const QString &layer : {environment, QString()}) {
        if (layer.isEmpty() && !environment.isEmpty() && !out.file.isEmpty())
            break;
        const QString file = d->fileOf(split.first, layer);
        if (file.isEmpty())
            continue;
        SD_TRY(const YamlEditor *yaml, d->doc(file));
        auto entry = yaml->entry(split.second);
        if (entry || split.second.isEmpty()) {
            out.layer = layer.isEmpty() ? kBase : layer;
            out.file = file;
            out.line = entry ? entry.value().key.line : 1;
            out.column = entry ? entry.value().key.column : 1;
            break;
        }
        if (layer.isEmpty())
            break;
    }
    return out;
}

Result<QList<ConfigValue>> ConfigStore::effective(const QString &environment) const
{
    if (!environment.isEmpty() && !d->environments.contains(environment))
        return Error(ErrorCode::NotFound, QStringLiteral("unknown environment '%1' (known: %2)").arg(environment, d->environments.join(QStringLiteral(", "))));
    QList<ConfigValue> out;
    for (const QString &ns : namespaces()) {
        auto effectiveDoc = effectiveDocument(ns, environment);
        if (!effectiveDoc)
            continue; // a file that does not parse: validate() reports it, the others still show
        const QJsonObject doc = effectiveDoc.value();
        // Provenance tables of the two layers, built once per file.
        QHash<QString, YamlLocation> overlay, base;
        auto fill = [this, &ns](const QString &layer, QHash<QString, YamlLocation> &table) -> QString {
            const QString file = d->fileOf(ns, layer);
            if (file.isEmpty())
                return {};
            auto yaml = d->doc(file);
            if (!yaml)
                return {};
            for (const YamlEntry &e : yaml.value()->entries())
                table.insert(e.path.toString(), e.key);
            return file;
        };
        const QString overlayFile = environment.isEmpty() ? QString() : fill(environment, overlay);
        const QString baseFile = fill(QString(), base);
        QList<QPair<YamlPath, QJsonValue>> leaves;
        flatten(doc, YamlPath(), leaves);
        for (const auto &[path, value] : leaves) {
            ConfigValue v;
            v.key = joinKey(ns, path);
            v.environment = environment;
            v.found = true;
            v.value = value;
            const QString p = path.toString();
            const bool fromOverlay = overlay.contains(p);
            const YamlLocation loc = fromOverlay ? overlay.value(p) : base.value(p);
            v.layer = fromOverlay ? environment : kBase;
            v.file = fromOverlay ? overlayFile : baseFile;
            v.line = loc.line;
            v.column = loc.column;
            out.append(v);
        }
    }
    return out;
}

QStringList ConfigStore::keys() const
{
    QSet<QString> all;
    for (const QString &env : QStringList{QString()} + d->environments) {
        for (const QString &ns : namespaces()) {
            const QString file = d->fileOf(ns, env);
            if (file.isEmpty())
                continue;
            auto yaml = d->doc(file);
            if (!yaml)
                continue;
            QList<QPair<YamlPath, QJsonValue>> leaves;
            flatten(yaml.value()->toJson(), YamlPath(), leaves);
            for (const auto &leaf : std::as_const(leaves))
                all.insert(joinKey(ns, leaf.first));
        }
    }
    QStringList out(all.begin(), all.end());
    std::sort(out.begin(), out.end());
    return out;
}

Result<QString> ConfigStore::set(const QString &key, const QString &environment, const QJsonValue &value)
{
    if (!environment.isEmpty() && !d->environments.contains(environment))
        return Error(ErrorCode::NotFound, QStringLiteral("unknown environment '%1' (known: %2)").arg(environment, d->environments.join(QStringLiteral(", "))));
    SD_TRY(const auto split, splitKey(key));
    if (split.second.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("'%1' names a whole file; give a key inside it").arg(key));
    const QString file = fileFor(split.first, environment);
    auto it = d->files.find(file);
    if (it == d->files.end()) {
        FileState s;
        s.doc = YamlEditor::parse(QByteArray(), file).value();
        it = d->files.emplace(file, std::move(s)).first;
    }
    FileState &s = it->second;
    if (!s.doc)
        return s.parseError->withContext(QStringLiteral("setting %1").arg(key));
    YamlEditor edited = *s.doc;
    SD_CHECK(std::move(edited.setValue(split.second, value)).context(QStringLiteral("setting %1").arg(key)));
    if (edited.text() != s.doc->text()) {
        s.doc = std::move(edited);
        s.dirty = s.doc->text() != s.diskText || !QFileInfo::exists(d->absolute(file));
    }
    return file;
}

Result<QString> ConfigStore::unset(const QString &key, const QString &environment)
{
    SD_TRY(const auto split, splitKey(key));
    const QString file = d->fileOf(split.first, environment);
    if (file.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("no file sets '%1' in %2").arg(key, environment.isEmpty() ? kBase : environment));
    FileState &s = d->files.at(file);
    if (!s.doc)
        return *s.parseError;
    YamlEditor edited = *s.doc;
    SD_CHECK(std::move(edited.remove(split.second)).context(QStringLiteral("removing %1").arg(key)));
    s.doc = std::move(edited);
    s.dirty = s.doc->text() != s.diskText;
    return file;
}

QStringList ConfigStore::dirtyFiles() const
{
    QStringList out;
    for (const auto &[rel, s] : d->files) {
        if (s.dirty)
            out.append(rel);
    }
    return out;
}

QByteArray ConfigStore::text(const QString &file) const
{
    const FileState *s = d->state(file);
    return s ? s->text() : QByteArray();
}

QByteArray ConfigStore::diskText(const QString &file) const
{
    const FileState *s = d->state(file);
    return s ? s->diskText : QByteArray();
}

Result<void> ConfigStore::setText(const QString &file, const QByteArray &text)
{
    SD_TRY(YamlEditor doc, YamlEditor::parse(text, file));
    FileState &s = d->files[file];
    s.doc = std::move(doc);
    s.parseError.reset();
    s.dirty = text != s.diskText || !QFileInfo::exists(d->absolute(file));
    return success();
}

Result<void> ConfigStore::setVersion(int version)
{
    FileState &s = d->files[manifestFile()];
    if (!s.doc && s.parseError)
        return *s.parseError;
    if (!s.doc)
        s.doc = YamlEditor();
    YamlEditor edited = *s.doc;
    SD_CHECK(edited.setValue(YamlPath::fromKeys({QStringLiteral("version")}), version));
    s.doc = std::move(edited);
    s.dirty = true;
    d->version = version;
    return success();
}

Result<QStringList> ConfigStore::save(const QStringList &only)
{
    QStringList targets;
    for (const auto &[rel, s] : d->files) {
        if (s.dirty && s.doc && (only.isEmpty() || only.contains(rel)))
            targets.append(rel);
    }
    if (!d->inMemory) {
        for (const QString &rel : std::as_const(targets)) {
            QFile current(d->absolute(rel));
            const QByteArray onDisk = current.open(QIODevice::ReadOnly) ? current.readAll() : QByteArray();
            if (onDisk != d->files.at(rel).diskText) {
                return Error(ErrorCode::Conflict, QStringLiteral("%1 changed on disk since it was read; nothing was written. "
                                                                 "Keep your version or take the one on disk first").arg(rel));
            }
        }
    }
    QStringList written;
    for (const QString &rel : std::as_const(targets)) {
        FileState &s = d->files.at(rel);
        const QString abs = d->absolute(rel);
        QDir().mkpath(QFileInfo(abs).absolutePath());
        QSaveFile f(abs);
        if (!f.open(QIODevice::WriteOnly) || f.write(s.doc->text()) != s.doc->text().size() || !f.commit())
            return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(abs, f.errorString()));
        s.diskText = s.doc->text();
        s.dirty = false;
        written.append(rel);
    }
    return written;
}

Result<void> ConfigStore::acceptDisk(const QString &file)
{
    auto it = d->files.find(file);
    if (it == d->files.end())
        return Error(ErrorCode::NotFound, QStringLiteral("%1 is not a configuration file").arg(file));
    QFile f(d->absolute(file));
    it->second.diskText = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    it->second.dirty = it->second.text() != it->second.diskText;
    return success();
}

void ConfigStore::discard(const QString &file)
{
    for (auto &[rel, s] : d->files) {
        if ((file.isEmpty() || rel == file) && s.dirty) {
            s.dirty = false;
            d->parseInto(s, rel);
        }
    }
}

Result<bool> ConfigStore::reload(const QString &file)
{
    QFile f(d->absolute(file));
    QByteArray onDisk;
    const bool exists = f.open(QIODevice::ReadOnly);
    if (exists)
        onDisk = f.readAll();
    if (file.startsWith(kSchema + QLatin1Char('/'))) {
        const bool changed = d->schemaTexts.value(file) != onDisk;
        if (exists)
            d->schemaTexts.insert(file, onDisk);
        else
            d->schemaTexts.remove(file);
        d->schemas.clear();
        return changed;
    }
    auto it = d->files.find(file);
    if (it != d->files.end() && it->second.dirty) {
        if (onDisk == it->second.diskText)
            return false;
        return Error(ErrorCode::Conflict, QStringLiteral("%1 changed on disk while it has unsaved changes").arg(file));
    }
    if (!exists) {
        if (it == d->files.end())
            return false;
        d->files.erase(it);
        return true;
    }
    if (it != d->files.end() && it->second.diskText == onDisk)
        return false;
    FileState s;
    s.diskText = onDisk;
    d->parseInto(s, file);
    d->files[file] = std::move(s);
    d->schemas.clear();
    if (file == manifestFile() && d->files[file].doc)
        d->version = d->files[file].doc->toJson().toObject().value(QStringLiteral("version")).toInt();
    return true;
}

} // namespace shipdeck
