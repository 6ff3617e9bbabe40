// ConfigService: what the Config page needs to review changes before they are committed —
// unsaved edits key by key, the diff a commit would record, the commit author, and the
// validation of a pending merge.
#include "backend/config/configservice.h"
#include "backend/config/configservice_p.h"

#include "backend/config/configstore.h"
#include "backend/config/configstore_p.h"
#include "backend/config/yamleditor.h"
#include "backend/facade/backendcore.h"
#include "backend/store/settingsrepository.h"
#include "backend/store/workspace.h"

#include <QMap>

namespace shipdeck {

namespace {

// "base/app.yaml" -> ("", "app"); "environments/prod/db/main.yaml" -> ("prod", "db/main").
// False for files that are not a layer (the manifest).
bool layerOf(const QString &file, QString *environment, QString *ns)
{
    if (file.startsWith(kBase + QLatin1Char('/'))) {
        environment->clear();
        *ns = stripExtension(file.mid(kBase.size() + 1));
        return true;
    }
    if (file.startsWith(kEnvironments + QLatin1Char('/'))) {
        const QString rest = file.mid(kEnvironments.size() + 1);
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        if (slash <= 0)
            return false;
        *environment = rest.left(slash);
        *ns = stripExtension(rest.mid(slash + 1));
        return true;
    }
    return false;
}

// Leaf key -> value of a file's text; an empty or unreadable text has none.
QMap<QString, QJsonValue> leavesOf(const QByteArray &text, const QString &ns)
{
    QMap<QString, QJsonValue> out;
    if (text.trimmed().isEmpty())
        return out;
    auto doc = YamlEditor::parse(text);
    if (!doc)
        return out;
    QList<QPair<YamlPath, QJsonValue>> leaves;
    flatten(doc.value().toJson(), YamlPath(), leaves);
    for (const auto &[path, value] : std::as_const(leaves))
        out.insert(joinKey(ns, path), value);
    return out;
}

QList<ConfigDraft> draftsOf(const ConfigStore &store)
{
    QList<ConfigDraft> out;
    for (const QString &file : store.dirtyFiles()) {
        QString environment, ns;
        if (!layerOf(file, &environment, &ns)) {
            out.append({file, QString(), QString(), QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Undefined)});
            continue;
        }
        const QMap<QString, QJsonValue> before = leavesOf(store.diskText(file), ns);
        const QMap<QString, QJsonValue> after = leavesOf(store.text(file), ns);
        QStringList keys = before.keys() + after.keys();
        keys.removeDuplicates();
        std::sort(keys.begin(), keys.end());
        for (const QString &key : std::as_const(keys)) {
            const QJsonValue b = before.value(key, QJsonValue(QJsonValue::Undefined));
            const QJsonValue a = after.value(key, QJsonValue(QJsonValue::Undefined));
            if (a != b)
                out.append({file, key, environment, b, a});
        }
    }
    return out;
}

void countLines(GitFileDiff &diff)
{
    diff.additions = diff.deletions = 0;
    for (const QStringView line : QStringView(diff.patch).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---")))
            continue;
        if (line.startsWith(QLatin1Char('+')))
            ++diff.additions;
        else if (line.startsWith(QLatin1Char('-')))
            ++diff.deletions;
    }
}

Result<QList<GitFileDiff>> workingDiffOf(ConfigWorkspace &ws)
{
    SD_TRY(QList<GitFileDiff> diffs, ws.git().diffWorkdir());
    for (const QString &file : ws.store().dirtyFiles()) {
        auto head = ws.git().readFile(QStringLiteral("HEAD"), file);
        const QByteArray before = head ? head.value() : QByteArray();
        const QByteArray after = ws.store().text(file);
        diffs.erase(std::remove_if(diffs.begin(), diffs.end(), [&file](const GitFileDiff &d) { return d.newPath == file; }),
                    diffs.end());
        if (before == after)
            continue; // the edits undo what was saved
        GitFileDiff d;
        d.oldPath = d.newPath = file;
        d.status = head ? QStringLiteral("modified") : QStringLiteral("added");
        d.patch = GitRepository::unifiedDiff(file, before, after);
        countLines(d);
        diffs.append(d);
    }
    std::sort(diffs.begin(), diffs.end(), [](const GitFileDiff &a, const GitFileDiff &b) { return a.newPath < b.newPath; });
    return diffs;
}

} // namespace

QFuture<Result<QList<ConfigDraft>>> ConfigService::draftChanges()
{
    return run<QList<ConfigDraft>>([](ConfigWorkspace &ws) -> Result<QList<ConfigDraft>> { return draftsOf(ws.store()); });
}

QFuture<Result<QList<GitFileDiff>>> ConfigService::workingDiff()
{
    return run<QList<GitFileDiff>>([](ConfigWorkspace &ws) { return workingDiffOf(ws); });
}

QFuture<Result<QJsonObject>> ConfigService::author()
{
    const GitSignature settings = authorFromSettings();
    return run<QJsonObject>([settings](ConfigWorkspace &ws) -> Result<QJsonObject> {
        const GitSignature sig = fallbackAuthor(ws, settings);
        QString source = QStringLiteral("default");
        if (!settings.name.isEmpty() && !settings.email.isEmpty())
            source = QStringLiteral("settings");
        else if (ws.git().defaultSignature())
            source = QStringLiteral("git");
        return QJsonObject{{QStringLiteral("name"), sig.name}, {QStringLiteral("email"), sig.email}, {QStringLiteral("source"), source}};
    });
}

QFuture<Result<void>> ConfigService::setAuthor(const QString &name, const QString &email)
{
    auto done = [](Result<void> r) { return QtFuture::makeReadyFuture(std::move(r)); };
    if (name.trimmed().isEmpty() || !email.contains(QLatin1Char('@')))
        return done(Error(ErrorCode::InvalidArgument, QStringLiteral("the commit author needs a name and an e-mail address (got '%1' <%2>)").arg(name, email)));
    if (!m_core)
        return done(Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open")));
    auto ws = m_core->workspace();
    if (!ws)
        return done(ws.error());
    SettingsRepository settings(ws.value()->db());
    if (auto r = settings.setValue(QStringLiteral("config.author.name"), name.trimmed()); !r)
        return done(r.error());
    return done(settings.setValue(QStringLiteral("config.author.email"), email.trimmed()));
}

QFuture<Result<QList<ConfigIssue>>> ConfigService::validateMerge()
{
    return run<QList<ConfigIssue>>([](ConfigWorkspace &ws) { return ws.validateMerge(); });
}

} // namespace shipdeck
