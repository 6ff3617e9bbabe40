#include "backend/config/configmigrations.h"

#include "backend/config/configstore.h"
#include "backend/config/yamleditor.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace shipdeck::ConfigMigrations {

namespace {

Error stepError(const ConfigMigration &m, int step, const QString &why)
{
    return Error(ErrorCode::Validation, QStringLiteral("migration %1 (%2), step %3: %4").arg(m.version).arg(m.file).arg(step + 1).arg(why));
}

QJsonValue typed(const QString &text)
{
    bool ok = false;
    const double d = text.toDouble(&ok);
    if (ok && !text.isEmpty() && !text.startsWith(QLatin1Char('0')))
        return d;
    return text;
}

// Moves the value of `from` to `to` in every layer that sets `from`.
Result<QStringList> move(ConfigStore &store, const QString &from, const QString &to)
{
    QStringList files;
    for (const QString &env : QStringList{QString()} + store.environments()) {
        SD_TRY(const QJsonValue v, store.layerValue(from, env));
        if (v.isUndefined())
            continue;
        SD_TRY(const QString removed, store.unset(from, env));
        SD_TRY(const QString added, store.set(to, env, v));
        files << removed << added;
    }
    return files;
}

} // namespace

Result<QList<ConfigMigration>> load(const QString &root)
{
    QList<ConfigMigration> out;
    QDir dir(root + QStringLiteral("/migrations"));
    static const QRegularExpression nameRe(QStringLiteral("^(\\d+)-(.+)\\.ya?ml$"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = nameRe.match(name);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, QStringLiteral("cannot read migrations/%1: %2").arg(name, f.errorString()));
        SD_TRY(const YamlEditor doc, YamlEditor::parse(f.readAll(), QStringLiteral("migrations/") + name));
        const QJsonObject o = doc.toJson().toObject();
        ConfigMigration m;
        m.file = QStringLiteral("migrations/") + name;
        m.version = o.value(QStringLiteral("version")).toInt(match.captured(1).toInt());
        m.name = match.captured(2);
        m.description = o.value(QStringLiteral("description")).toString(m.name);
        m.steps = o.value(QStringLiteral("steps")).toArray();
        if (m.version <= 0)
            return Error(ErrorCode::Validation, QStringLiteral("%1: version must be a positive number").arg(m.file));
        if (m.steps.isEmpty())
            return Error(ErrorCode::Validation, QStringLiteral("%1: a migration needs a list of steps").arg(m.file));
        for (const ConfigMigration &other : std::as_const(out)) {
            if (other.version == m.version)
                return Error(ErrorCode::Validation, QStringLiteral("%1 and %2 both have version %3").arg(other.file, m.file).arg(m.version));
        }
        out.append(m);
    }
    std::sort(out.begin(), out.end(), [](const ConfigMigration &a, const ConfigMigration &b) { return a.version < b.version; });
    return out;
}

Result<QStringList> apply(ConfigStore &store, const ConfigMigration &m)
{
    QStringList files;
    for (int i = 0; i < m.steps.size(); ++i) {
        const QJsonObject step = m.steps.at(i).toObject();
        if (step.size() != 1)
            return stepError(m, i, QStringLiteral("each step has exactly one of rename, move, split, default, remove"));
        const QString kind = step.begin().key();
        const QJsonObject args = step.begin().value().toObject();
        if (kind == QLatin1String("rename") || kind == QLatin1String("move")) {
            const QString from = args.value(QStringLiteral("from")).toString();
            const QString to = args.value(QStringLiteral("to")).toString();
            if (from.isEmpty() || to.isEmpty())
                return stepError(m, i, QStringLiteral("%1 needs 'from' and 'to'").arg(kind));
            SD_TRY(const QStringList changed, move(store, from, to));
            files += changed;
        } else if (kind == QLatin1String("split")) {
            const QString from = args.value(QStringLiteral("from")).toString();
            const QRegularExpression re(args.value(QStringLiteral("pattern")).toString());
            const QJsonObject to = args.value(QStringLiteral("to")).toObject();
            if (from.isEmpty() || !re.isValid() || to.isEmpty())
                return stepError(m, i, QStringLiteral("split needs 'from', a valid 'pattern' with named groups and 'to'"));
            for (const QString &env : QStringList{QString()} + store.environments()) {
                SD_TRY(const QJsonValue v, store.layerValue(from, env));
                if (v.isUndefined())
                    continue;
                const auto match = re.match(v.toVariant().toString());
                if (!match.hasMatch())
                    return stepError(m, i, QStringLiteral("the value of %1 in %2 does not match %3").arg(from, env.isEmpty() ? QStringLiteral("base") : env, re.pattern()));
                for (auto it = to.begin(); it != to.end(); ++it) {
                    SD_TRY(const QString f, store.set(it.value().toString(), env, typed(match.captured(it.key()))));
                    files << f;
                }
                SD_TRY(const QString f, store.unset(from, env));
                files << f;
            }
        } else if (kind == QLatin1String("default")) {
            const QString key = args.value(QStringLiteral("key")).toString();
            const QString env = args.value(QStringLiteral("environment")).toString();
            if (key.isEmpty() || !args.contains(QStringLiteral("value")))
                return stepError(m, i, QStringLiteral("default needs 'key' and 'value'"));
            SD_TRY(const ConfigValue current, store.get(key, env));
            if (!current.found) {
                SD_TRY(const QString f, store.set(key, env, args.value(QStringLiteral("value"))));
                files << f;
            }
        } else if (kind == QLatin1String("remove")) {
            const QString key = args.value(QStringLiteral("key")).toString();
            if (key.isEmpty())
                return stepError(m, i, QStringLiteral("remove needs 'key'"));
            for (const QString &env : QStringList{QString()} + store.environments()) {
                SD_TRY(const QJsonValue v, store.layerValue(key, env));
                if (v.isUndefined())
                    continue;
                SD_TRY(const QString f, store.unset(key, env));
                files << f;
            }
        } else {
            return stepError(m, i, QStringLiteral("unknown step '%1'").arg(kind));
        }
    }
    SD_CHECK(store.setVersion(m.version));
    files << ConfigStore::manifestFile();
    files.removeDuplicates();
    return files;
}

} // namespace shipdeck::ConfigMigrations
