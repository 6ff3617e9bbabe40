#pragma once

#include "backend/config/configtypes.h"
#include "backend/config/gitrepository.h"
#include "backend/core/result.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace shipdeck {

class ConfigStore;

// The configuration repository of a workspace: git history plus the parsed configuration,
// with sync (fetch, merge or rebase, push), per-key conflicts and migrations. Used from one
// worker thread at a time (ConfigService serialises access).
class ConfigWorkspace
{
public:
    struct SyncOptions
    {
        QString remote = QStringLiteral("origin");
        QString strategy = QStringLiteral("merge"); // or "rebase"
        bool push = true;
        GitSignature author;
        GitRemoteOptions remoteOptions;           // credentials; its progress is set by sync
        std::function<bool(int percent, const QString &text)> progress; // false = cancel
    };

    struct SyncResult
    {
        QString outcome; // "up-to-date", "fast-forward", "merged", "rebased", "pushed", "conflicts"
        QString message;
        QString head;
        QList<ConfigConflict> conflicts;
        bool pushed = false;
        QJsonObject toJson() const;
    };

    struct MigrationPreview
    {
        int fromVersion = 0;
        int toVersion = 0;
        QStringList applied; // "2 rename-port"
        QStringList files;
        QString diff;        // unified diff of every file the migrations change
        QJsonObject toJson() const;
    };

    ~ConfigWorkspace();

    // Creates the repository with the standard layout (base/, environments/<env>/, schema/).
    static Result<std::unique_ptr<ConfigWorkspace>> init(const QString &dir, const QStringList &environments);
    static Result<std::unique_ptr<ConfigWorkspace>> open(const QString &dir);
    static Result<std::unique_ptr<ConfigWorkspace>> clone(const QString &url, const QString &dir, const GitRemoteOptions &options);

    GitRepository &git() { return *m_git; }
    ConfigStore &store() { return *m_store; }
    QString root() const;
    // Re-reads every configuration file (after checkouts, merges, reverts).
    Result<void> reload();

    // Saves unsaved edits and commits the given files (all changes when empty).
    Result<QString> commit(const QString &message, const GitSignature &author, const QStringList &files = {});

    Result<SyncResult> sync(const SyncOptions &options);
    // Conflicts waiting for resolution from the last sync (empty when none).
    QList<ConfigConflict> conflicts() const;
    bool hasPendingMerge() const;
    // Picks "ours", "theirs", "base" or "value" (with value) for one key of one file.
    Result<void> resolve(const QString &file, const QString &key, const QString &resolution, const QJsonValue &value = {});
    // Once every conflict has a resolution: validates the merge result, commits it, pushes.
    Result<SyncResult> completeMerge(const SyncOptions &options);
    Result<void> abortMerge();
    // New validation errors of the pending merge's result with the resolutions chosen so far
    // (keys without one keep our value): what completeMerge would refuse.
    Result<QList<ConfigIssue>> validateMerge() const;

    Result<MigrationPreview> previewMigrations(int toVersion = -1) const;
    // Applies pending migrations, writes the files and commits; returns the preview applied.
    Result<MigrationPreview> applyMigrations(const GitSignature &author, int toVersion = -1);

private:
    struct MergeBuild
    {
        QHash<QString, QByteArray> resolved; // merged contents of the conflicting paths
        QStringList unresolved;              // "file:key" still without a resolution
        QList<ConfigIssue> problems;         // new validation errors of the result
    };
    ConfigWorkspace(std::unique_ptr<GitRepository> git, std::unique_ptr<ConfigStore> store);
    QString mergeStatePath() const;
    Result<QJsonObject> readMergeState() const;
    Result<void> writeMergeState(const QJsonObject &state);
    Result<SyncResult> mergeWith(const QString &theirsId, const QString &upstream, const SyncOptions &options);
    Result<MergeBuild> buildMerge(const QString &theirsId, const QList<ConfigConflict> &resolutions) const;
    Result<SyncResult> finishMerge(const QString &theirsId, const QString &upstream, const QList<ConfigConflict> &resolutions,
                                   const SyncOptions &options);
    Result<void> pushIfAhead(const SyncOptions &options, SyncResult &result);

    std::unique_ptr<GitRepository> m_git;
    std::unique_ptr<ConfigStore> m_store;
};

} // namespace shipdeck
