#include "backend/config/configworkspace.h"

#include "backend/config/configmerge.h"
#include "backend/config/configmigrations.h"
#include "backend/config/configstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace shipdeck {

namespace {

const QStringList kConfigPrefixes = {QStringLiteral("base/"), QStringLiteral("environments/"), QStringLiteral("schema/"),
                                     QStringLiteral("shipdeck-config.yaml")};

QJsonArray conflictsJson(const QList<ConfigConflict> &conflicts)
{
    QJsonArray out;
    for (const ConfigConflict &c : conflicts)
        out.append(c.toJson());
    return out;
}

QList<ConfigConflict> conflictsFromJson(const QJsonArray &array)
{
    QList<ConfigConflict> out;
    for (const QJsonValue &v : array)
        out.append(ConfigConflict::fromJson(v.toObject()));
    return out;
}

QString issueSignature(const ConfigIssue &i)
{
    return QStringList{i.source, i.file, i.key, i.environment, i.source == QLatin1String("yaml") ? QString() : i.message}
        .join(QLatin1Char('|'));
}

} // namespace

QJsonObject ConfigWorkspace::SyncResult::toJson() const
{
    return {{QStringLiteral("outcome"), outcome}, {QStringLiteral("message"), message}, {QStringLiteral("head"), head},
            {QStringLiteral("pushed"), pushed}, {QStringLiteral("conflicts"), conflictsJson(conflicts)}};
}

QJsonObject ConfigWorkspace::MigrationPreview::toJson() const
{
    return {{QStringLiteral("fromVersion"), fromVersion}, {QStringLiteral("toVersion"), toVersion},
            {QStringLiteral("applied"), QJsonArray::fromStringList(applied)},
            {QStringLiteral("files"), QJsonArray::fromStringList(files)}, {QStringLiteral("diff"), diff}};
}

ConfigWorkspace::ConfigWorkspace(std::unique_ptr<GitRepository> git, std::unique_ptr<ConfigStore> store)
    : m_git(std::move(git)), m_store(std::move(store))
{
}

ConfigWorkspace::~ConfigWorkspace() = default;

Result<std::unique_ptr<ConfigWorkspace>> ConfigWorkspace::init(const QString &dir, const QStringList &environments)
{
    if (GitRepository::isRepository(dir))
        return Error(ErrorCode::AlreadyExists, QStringLiteral("%1 is already a git repository").arg(dir));
    SD_TRY(auto git, GitRepository::init(dir));
    QDir root(dir);
    root.mkpath(QStringLiteral("base"));
    root.mkpath(QStringLiteral("schema"));
    QByteArray manifest = "# Shipdeck configuration repository (see docs/config.md)\nversion: 0\nenvironments:\n";
    for (const QString &env : environments) {
        root.mkpath(QStringLiteral("environments/") + env);
        manifest += "  - " + env.toUtf8() + "\n";
    }
    QSaveFile f(root.filePath(ConfigStore::manifestFile()));
    if (!f.open(QIODevice::WriteOnly) || f.write(manifest) != manifest.size() || !f.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()));
    return open(dir);
}

Result<std::unique_ptr<ConfigWorkspace>> ConfigWorkspace::open(const QString &dir)
{
    SD_TRY(auto git, GitRepository::open(dir));
    SD_TRY(ConfigStore store, ConfigStore::load(dir));
    return std::unique_ptr<ConfigWorkspace>(new ConfigWorkspace(std::move(git), std::make_unique<ConfigStore>(std::move(store))));
}

Result<std::unique_ptr<ConfigWorkspace>> ConfigWorkspace::clone(const QString &url, const QString &dir, const GitRemoteOptions &options)
{
    SD_TRY(auto git, GitRepository::clone(url, dir, options));
    return open(dir);
}

QString ConfigWorkspace::root() const
{
    return m_store->root();
}

Result<void> ConfigWorkspace::reload()
{
    SD_TRY(ConfigStore store, ConfigStore::load(root()));
    *m_store = std::move(store);
    return success();
}

Result<QString> ConfigWorkspace::commit(const QString &message, const GitSignature &author, const QStringList &files)
{
    if (hasPendingMerge())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("a sync is waiting for its conflicts to be resolved; resolve or abort it first"));
    SD_CHECK(m_store->save());
    return m_git->commit(message, author, files);
}

QString ConfigWorkspace::mergeStatePath() const
{
    return m_git->gitDir() + QStringLiteral("shipdeck-merge.json");
}

bool ConfigWorkspace::hasPendingMerge() const
{
    return QFile::exists(mergeStatePath());
}

Result<QJsonObject> ConfigWorkspace::readMergeState() const
{
    QFile f(mergeStatePath());
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, QStringLiteral("no sync is waiting for conflict resolution"));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return Error(ErrorCode::Corrupt, QStringLiteral("%1 is damaged; abort the merge and sync again").arg(mergeStatePath()));
    return doc.object();
}

Result<void> ConfigWorkspace::writeMergeState(const QJsonObject &state)
{
    QSaveFile f(mergeStatePath());
    const QByteArray data = QJsonDocument(state).toJson();
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(mergeStatePath(), f.errorString()));
    return success();
}

QList<ConfigConflict> ConfigWorkspace::conflicts() const
{
    auto state = readMergeState();
    return state ? conflictsFromJson(state.value().value(QStringLiteral("conflicts")).toArray()) : QList<ConfigConflict>();
}

Result<ConfigWorkspace::SyncResult> ConfigWorkspace::sync(const SyncOptions &options)
{
    if (hasPendingMerge())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("the last sync is waiting for %1 conflict(s) to be resolved").arg(conflicts().size()));
    if (const QString op = m_git->operationInProgress(); !op.isEmpty())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("a %1 is in progress in %2 (started outside Shipdeck); finish or abort it with git first").arg(op, root()));
    SD_TRY(const QString branch, m_git->currentBranch());
    SD_TRY(const auto remotes, m_git->remotes());
    if (!remotes.contains(options.remote))
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("%1 has no remote '%2': everything works offline; add a remote to sync").arg(root(), options.remote));
    if (const QStringList dirty = m_store->dirtyFiles(); !dirty.isEmpty())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("unsaved changes in %1; save or discard them before syncing").arg(dirty.join(QStringLiteral(", "))));
    SD_TRY(const QList<GitStatusEntry> status, m_git->status());
    if (!status.isEmpty())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("%1 uncommitted change(s) (%2 …); commit or discard them before syncing")
                                                        .arg(status.size()).arg(status.first().path));

    SyncOptions opts = options;
    opts.remoteOptions.progress = [&options](int percent, const QString &text) {
        return options.progress ? options.progress(percent / 2, text) : true;
    };
    if (options.progress && !options.progress(0, QStringLiteral("fetching from %1").arg(options.remote)))
        return Error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    SD_CHECK(m_git->fetch(options.remote, opts.remoteOptions));
    const QString upstream = m_git->upstreamOf(branch).valueOr(options.remote + QLatin1Char('/') + branch);
    auto theirs = m_git->resolve(QStringLiteral("refs/remotes/") + upstream);
    SyncResult result;
    if (!theirs) {
        // The remote does not have the branch yet: publish it.
        SD_CHECK(pushIfAhead(opts, result));
        result.outcome = result.pushed ? QStringLiteral("pushed") : QStringLiteral("up-to-date");
        result.head = m_git->headId().valueOr(QString());
        return result;
    }
    if (options.progress && !options.progress(50, QStringLiteral("integrating %1").arg(upstream)))
        return Error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    SD_TRY(const GitMergeKind kind, m_git->mergeKind(theirs.value()));
    switch (kind) {
    case GitMergeKind::UpToDate:
        result.outcome = QStringLiteral("up-to-date");
        break;
    case GitMergeKind::Unborn:
    case GitMergeKind::FastForward:
        SD_CHECK(m_git->fastForward(theirs.value()));
        SD_CHECK(reload());
        result.outcome = QStringLiteral("fast-forward");
        break;
    case GitMergeKind::Normal:
        if (options.strategy == QLatin1String("rebase")) {
            auto rebased = m_git->rebaseOnto(theirs.value(), options.author, [](const QList<GitConflict> &conflicts)
                                                 -> Result<QHash<QString, QByteArray>> {
                QHash<QString, QByteArray> resolved;
                for (const GitConflict &c : conflicts) {
                    const ConfigMerge::FileOutcome outcome = ConfigMerge::mergeFile(c, {});
                    if (!outcome.conflicts.isEmpty())
                        return Error(ErrorCode::Conflict, QStringLiteral("%1 has conflicting changes").arg(c.path));
                    resolved.insert(c.path, outcome.merged);
                }
                return resolved;
            });
            if (rebased) {
                SD_CHECK(reload());
                result.outcome = QStringLiteral("rebased");
                break;
            }
            if (rebased.error().code() != ErrorCode::Conflict)
                return rebased.error();
            // Rebasing stops at conflicting keys; a merge lets them be resolved one by one.
            SD_TRY(SyncResult merged, mergeWith(theirs.value(), upstream, opts));
            merged.message = QStringLiteral("rebase met conflicting keys, so the changes were merged instead. ") + merged.message;
            return merged;
        }
        return mergeWith(theirs.value(), upstream, opts);
    }
    SD_CHECK(pushIfAhead(opts, result));
    result.head = m_git->headId().valueOr(QString());
    return result;
}

Result<ConfigWorkspace::SyncResult> ConfigWorkspace::mergeWith(const QString &theirsId, const QString &upstream, const SyncOptions &options)
{
    SD_TRY(const QString ours, m_git->headId());
    SD_TRY(const QList<GitConflict> gitConflicts, m_git->mergeConflicts(ours, theirsId));
    QList<ConfigConflict> open;
    for (const GitConflict &c : gitConflicts)
        open += ConfigMerge::mergeFile(c, {}).conflicts;
    if (open.isEmpty())
        return finishMerge(theirsId, upstream, {}, options);
    SD_CHECK(writeMergeState({{QStringLiteral("theirs"), theirsId}, {QStringLiteral("ours"), ours},
                              {QStringLiteral("upstream"), upstream}, {QStringLiteral("conflicts"), conflictsJson(open)}}));
    SyncResult result;
    result.outcome = QStringLiteral("conflicts");
    result.conflicts = open;
    result.head = ours;
    result.message = QStringLiteral("%1 key(s) changed differently here and on %2; resolve each, then complete the sync. "
                                    "Nothing was changed yet.").arg(open.size()).arg(upstream);
    return result;
}

Result<ConfigWorkspace::MergeBuild> ConfigWorkspace::buildMerge(const QString &theirsId, const QList<ConfigConflict> &resolutions) const
{
    MergeBuild build;
    SD_TRY(const QString ours, m_git->headId());
    SD_TRY(const QList<GitConflict> gitConflicts, m_git->mergeConflicts(ours, theirsId));
    for (const GitConflict &c : gitConflicts) {
        QList<ConfigConflict> forFile;
        for (const ConfigConflict &r : resolutions) {
            if (r.file == c.path && !r.resolution.isEmpty())
                forFile.append(r);
        }
        const ConfigMerge::FileOutcome outcome = ConfigMerge::mergeFile(c, forFile);
        for (const ConfigConflict &left : outcome.conflicts)
            build.unresolved.append(left.key.isEmpty() ? left.file : left.file + QLatin1Char(':') + left.key);
        build.resolved.insert(c.path, outcome.merged);
    }
    // The result must validate (no new problems) before it is committed.
    SD_TRY(const auto mergedFiles, m_git->mergedFiles(theirsId, build.resolved, kConfigPrefixes));
    SD_TRY(ConfigStore merged, ConfigStore::fromFiles(root(), mergedFiles));
    QSet<QString> known;
    for (const ConfigIssue &i : m_store->validate())
        known.insert(issueSignature(i));
    for (const ConfigIssue &i : merged.validate()) {
        if (i.severity == QLatin1String("error") && !known.contains(issueSignature(i)))
            build.problems.append(i);
    }
    return build;
}

Result<QList<ConfigIssue>> ConfigWorkspace::validateMerge() const
{
    SD_TRY(const QJsonObject state, readMergeState());
    SD_TRY(const MergeBuild build, buildMerge(state.value(QStringLiteral("theirs")).toString(),
                                              conflictsFromJson(state.value(QStringLiteral("conflicts")).toArray())));
    return build.problems;
}

Result<ConfigWorkspace::SyncResult> ConfigWorkspace::finishMerge(const QString &theirsId, const QString &upstream,
                                                                 const QList<ConfigConflict> &resolutions, const SyncOptions &options)
{
    SD_TRY(const MergeBuild build, buildMerge(theirsId, resolutions));
    if (!build.unresolved.isEmpty())
        return Error(ErrorCode::Conflict, QStringLiteral("still unresolved: %1").arg(build.unresolved.join(QStringLiteral(", "))));
    const QHash<QString, QByteArray> &resolved = build.resolved;
    QStringList problems;
    QJsonArray problemsJson;
    for (const ConfigIssue &i : build.problems) {
        problems.append(i.toString());
        problemsJson.append(i.toJson());
    }
    if (!problems.isEmpty()) {
        return Error(ErrorCode::Validation, QStringLiteral("the merge result does not validate, nothing was committed: %1")
                                                .arg(problems.join(QStringLiteral("; "))))
            .withDetail(QStringLiteral("issues"), problemsJson.toVariantList());
    }
    SD_TRY(const QString branch, m_git->currentBranch());
    SD_TRY(const QString id, m_git->commitMerge(theirsId, resolved, QStringLiteral("Merge %1 into %2").arg(upstream, branch), options.author));
    QFile::remove(mergeStatePath());
    SD_CHECK(reload());
    SyncResult result;
    result.outcome = QStringLiteral("merged");
    result.head = id;
    result.message = resolutions.isEmpty() ? QStringLiteral("merged %1 key by key without conflicts").arg(upstream)
                                           : QStringLiteral("merged %1 with %2 resolved conflict(s)").arg(upstream).arg(resolutions.size());
    SD_CHECK(pushIfAhead(options, result));
    return result;
}

Result<void> ConfigWorkspace::pushIfAhead(const SyncOptions &options, SyncResult &result)
{
    if (!options.push)
        return success();
    SD_TRY(const QString branch, m_git->currentBranch());
    SD_TRY(const QList<GitBranchInfo> branches, m_git->branches());
    bool needsPush = true;
    bool hasUpstream = false;
    for (const GitBranchInfo &b : branches) {
        if (b.current && !b.remote) {
            hasUpstream = !b.upstream.isEmpty();
            needsPush = !hasUpstream || b.ahead > 0;
        }
    }
    if (!needsPush || m_git->isHeadUnborn())
        return success();
    if (options.progress && !options.progress(70, QStringLiteral("pushing %1").arg(branch)))
        return Error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    GitRemoteOptions remote = options.remoteOptions;
    remote.progress = [&options](int percent, const QString &text) {
        return options.progress ? options.progress(70 + percent * 3 / 10, text) : true;
    };
    SD_CHECK(m_git->push(options.remote, branch, remote));
    if (!hasUpstream) {
        SD_CHECK(m_git->fetch(options.remote, remote));
        SD_CHECK(m_git->setUpstream(branch, options.remote + QLatin1Char('/') + branch));
    }
    result.pushed = true;
    if (result.outcome.isEmpty() || result.outcome == QLatin1String("up-to-date"))
        result.outcome = QStringLiteral("pushed");
    return success();
}

Result<void> ConfigWorkspace::resolve(const QString &file, const QString &key, const QString &resolution, const QJsonValue &value)
{
    static const QStringList choices = {QStringLiteral("ours"), QStringLiteral("theirs"), QStringLiteral("base"), QStringLiteral("value")};
    if (!choices.contains(resolution))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("resolution must be ours, theirs, base or value, not '%1'").arg(resolution));
    if (resolution == QLatin1String("value") && value.isUndefined())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("resolving %1 with a value needs the value").arg(key));
    SD_TRY(QJsonObject state, readMergeState());
    QList<ConfigConflict> list = conflictsFromJson(state.value(QStringLiteral("conflicts")).toArray());
    bool found = false;
    for (ConfigConflict &c : list) {
        if (c.file == file && c.key == key) {
            c.resolution = resolution;
            c.resolvedValue = resolution == QLatin1String("value") ? value : QJsonValue(QJsonValue::Undefined);
            found = true;
        }
    }
    if (!found)
        return Error(ErrorCode::NotFound, QStringLiteral("no conflict on '%1' in %2").arg(key, file));
    state.insert(QStringLiteral("conflicts"), conflictsJson(list));
    return writeMergeState(state);
}

Result<ConfigWorkspace::SyncResult> ConfigWorkspace::completeMerge(const SyncOptions &options)
{
    SD_TRY(const QJsonObject state, readMergeState());
    SD_TRY(const QString head, m_git->headId());
    if (head != state.value(QStringLiteral("ours")).toString())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("the branch moved since the sync started; abort the merge and sync again"));
    const QList<ConfigConflict> list = conflictsFromJson(state.value(QStringLiteral("conflicts")).toArray());
    QStringList open;
    for (const ConfigConflict &c : list) {
        if (c.resolution.isEmpty())
            open.append(c.key.isEmpty() ? c.file : c.file + QLatin1Char(':') + c.key);
    }
    if (!open.isEmpty())
        return Error(ErrorCode::Conflict, QStringLiteral("%1 conflict(s) still need a resolution: %2").arg(open.size()).arg(open.join(QStringLiteral(", "))));
    return finishMerge(state.value(QStringLiteral("theirs")).toString(), state.value(QStringLiteral("upstream")).toString(), list, options);
}

Result<void> ConfigWorkspace::abortMerge()
{
    if (!hasPendingMerge())
        return Error(ErrorCode::NotFound, QStringLiteral("no sync is waiting for conflict resolution"));
    if (!QFile::remove(mergeStatePath()))
        return Error(ErrorCode::Io, QStringLiteral("cannot remove %1").arg(mergeStatePath()));
    return success();
}

Result<ConfigWorkspace::MigrationPreview> ConfigWorkspace::previewMigrations(int toVersion) const
{
    SD_TRY(const QList<ConfigMigration> migrations, ConfigMigrations::load(root()));
    SD_TRY(ConfigStore scratch, ConfigStore::load(root()));
    MigrationPreview preview;
    preview.fromVersion = scratch.version();
    preview.toVersion = scratch.version();
    for (const ConfigMigration &m : migrations) {
        if (m.version <= scratch.version() || (toVersion >= 0 && m.version > toVersion))
            continue;
        SD_CHECK(ConfigMigrations::apply(scratch, m));
        preview.applied.append(QStringLiteral("%1 %2").arg(m.version).arg(m.description));
        preview.toVersion = m.version;
    }
    for (const QString &file : scratch.dirtyFiles()) {
        preview.files.append(file);
        const QByteArray before = QFile::exists(root() + QLatin1Char('/') + file) ? scratch.diskText(file) : QByteArray();
        preview.diff += GitRepository::unifiedDiff(file, before, scratch.text(file));
    }
    return preview;
}

Result<ConfigWorkspace::MigrationPreview> ConfigWorkspace::applyMigrations(const GitSignature &author, int toVersion)
{
    if (const QStringList dirty = m_store->dirtyFiles(); !dirty.isEmpty())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("unsaved changes in %1; save or discard them before migrating").arg(dirty.join(QStringLiteral(", "))));
    SD_TRY(const MigrationPreview preview, previewMigrations(toVersion));
    if (preview.applied.isEmpty())
        return preview;
    SD_TRY(const QList<ConfigMigration> migrations, ConfigMigrations::load(root()));
    SD_TRY(ConfigStore scratch, ConfigStore::load(root()));
    for (const ConfigMigration &m : migrations) {
        if (m.version > scratch.version() && m.version <= preview.toVersion)
            SD_CHECK(ConfigMigrations::apply(scratch, m));
    }
    SD_TRY(const QStringList written, scratch.save());
    QString message = QStringLiteral("Config migration %1 -> %2\n\n").arg(preview.fromVersion).arg(preview.toVersion);
    for (const QString &a : preview.applied)
        message += QStringLiteral("- %1\n").arg(a);
    auto committed = m_git->commit(message, author, written);
    SD_CHECK(reload());
    if (!committed)
        return committed.error().withContext(QStringLiteral("committing the migration (its files are written)"));
    return preview;
}

} // namespace shipdeck
