#include "backend/config/configstore.h"

#include "backend/config/configpolicy.h"
#include "backend/config/configstore_p.h"

#include <QDir>
#include <QDirIterator>
#include <QMutex>

namespace shipdeck {

namespace ConfigPolicies {
namespace {
QMutex &mutex()
{
    static QMutex m;
    return m;
}
QList<QPair<QString, Check>> &checks()
{
    static QList<QPair<QString, Check>> list;
    return list;
}
void removeLocked(const QString &name)
{
    auto &list = checks();
    list.erase(std::remove_if(list.begin(), list.end(), [&](const auto &p) { return p.first == name; }), list.end());
}
} // namespace

void add(const QString &name, Check check)
{
    QMutexLocker lock(&mutex());
    removeLocked(name);
    checks().append({name, std::move(check)});
}

void remove(const QString &name)
{
    QMutexLocker lock(&mutex());
    removeLocked(name);
}

QList<QPair<QString, Check>> all()
{
    QMutexLocker lock(&mutex());
    return checks();
}
} // namespace ConfigPolicies

QList<ConfigIssue> ConfigStore::validate(const QString &environment) const
{
    QList<ConfigIssue> issues;
    for (const auto &[rel, s] : d->files) {
        if (!s.parseError)
            continue;
        ConfigIssue issue;
        issue.source = QStringLiteral("yaml");
        issue.file = rel;
        issue.line = s.parseError->details().value(QStringLiteral("line")).toInt();
        issue.column = s.parseError->details().value(QStringLiteral("column")).toInt();
        issue.message = s.parseError->message();
        issues.append(issue);
    }
    const QStringList envs = environment.isEmpty() ? d->environments : QStringList{environment};
    for (const QString &ns : namespaces()) {
        const QString schemaFile = kSchema + QLatin1Char('/') + ns + QStringLiteral(".schema.json");
        std::shared_ptr<Result<ConfigSchema>> schema = d->schemas.value(schemaFile);
        if (!schema && d->schemaTexts.contains(schemaFile)) {
            schema = std::make_shared<Result<ConfigSchema>>(ConfigSchema::compile(d->schemaTexts.value(schemaFile), schemaFile));
            d->schemas.insert(schemaFile, schema);
        }
        if (schema && !schema->ok()) {
            issues.append({QStringLiteral("error"), QStringLiteral("schema"), QString(), ns, schemaFile, 0, 0, schema->error().message()});
            schema.reset();
        }
        for (const QString &env : envs) {
            auto doc = effectiveDocument(ns, env);
            if (!doc)
                continue; // the YAML issue is reported above
            auto provenance = [this, &ns, &env](const QString &pathInNs) {
                auto v = get(joinKey(ns, YamlPath::parse(pathInNs).valueOr(YamlPath())), env);
                return v ? v.value() : ConfigValue();
            };
            if (schema) {
                for (const ConfigSchema::Violation &violation : schema->value().validate(doc.value())) {
                    ConfigIssue issue;
                    issue.source = QStringLiteral("schema");
                    issue.environment = env;
                    YamlPath path;
                    for (const QString &part : violation.path) {
                        if (part.startsWith(QLatin1Char('[')))
                            path = path.child(part.mid(1, part.size() - 2).toInt());
                        else
                            path = path.child(part);
                    }
                    issue.key = joinKey(ns, path);
                    issue.message = QStringLiteral("%1: %2").arg(issue.key, violation.message);
                    // Point at the deepest part of the path that some file sets.
                    for (qsizetype n = path.size(); n >= 0; --n) {
                        const ConfigValue where = provenance(path.mid(0, n).toString());
                        if (!where.file.isEmpty()) {
                            issue.file = where.file;
                            issue.line = where.line;
                            issue.column = where.column;
                            break;
                        }
                    }
                    issues.append(issue);
                }
            }
            for (const auto &[name, check] : ConfigPolicies::all()) {
                ConfigPolicyContext context{ns, env, doc.value(), provenance};
                for (ConfigIssue issue : check(context)) {
                    issue.source = QStringLiteral("policy:") + name;
                    if (issue.environment.isEmpty())
                        issue.environment = env;
                    issues.append(issue);
                }
            }
        }
    }
    return issues;
}

Result<ConfigStore::Refresh> ConfigStore::refresh()
{
    Refresh out;
    QStringList candidates = files();
    for (auto it = d->schemaTexts.begin(); it != d->schemaTexts.end(); ++it)
        candidates.append(it.key());
    for (const QString &layer : {kBase, kEnvironments, kSchema}) {
        QDirIterator it(d->absolute(layer), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = QDir(d->root).relativeFilePath(it.next());
            if ((isYaml(rel) || rel.endsWith(QLatin1String(".schema.json"))) && !candidates.contains(rel))
                candidates.append(rel);
        }
    }
    if (!candidates.contains(manifestFile()))
        candidates.append(manifestFile());
    for (const QString &rel : std::as_const(candidates)) {
        auto r = reload(rel);
        if (!r && r.error().code() == ErrorCode::Conflict)
            out.conflicts.append(rel);
        else if (r && r.value())
            out.changed.append(rel);
    }
    if (!out.changed.isEmpty() && dirtyFiles().isEmpty()) {
        // Structure may have changed (new environments, deleted files): read everything again.
        SD_TRY(ConfigStore fresh, load(d->root));
        *this = std::move(fresh);
    }
    return out;
}

} // namespace shipdeck
