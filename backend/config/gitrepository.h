#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace shipdeck {

struct GitSignature
{
    QString name;
    QString email;
};

struct GitStatusEntry
{
    QString path;
    QString status; // "modified", "new", "deleted", "renamed", "typechange", "conflicted"
    bool staged = false;
    bool untracked = false;
};

struct GitCommitInfo
{
    QString id;
    QString summary;
    QString message;
    QString authorName;
    QString authorEmail;
    qint64 timeMs = 0;
    QStringList parents;
};

struct GitBlameLine
{
    int line = 0; // 1-based
    QString commitId;
    QString authorName;
    qint64 timeMs = 0;
    QString text;
};

struct GitBranchInfo
{
    QString name;
    bool current = false;
    bool remote = false;
    QString upstream; // "origin/main" for a local branch that tracks one
    QString target;   // commit id
    int ahead = 0;
    int behind = 0;
};

struct GitFileDiff
{
    QString oldPath;
    QString newPath;
    QString status; // "added", "deleted", "modified", "renamed"
    int additions = 0;
    int deletions = 0;
    QString patch;  // unified diff text
};

// One conflicting path of a merge: the three versions (absent = empty and the flag false).
struct GitConflict
{
    QString path;
    bool hasBase = false, hasOurs = false, hasTheirs = false;
    QByteArray base, ours, theirs;
};

enum class GitMergeKind { UpToDate, FastForward, Normal, Unborn };

// Credentials and progress of network operations. Credentials are asked for lazily by the
// transport: SSH tries the agent, then the key files given (or ~/.ssh/id_ed25519, id_rsa);
// HTTPS tries username/password given here, then the OS keychain (Secret Service through
// `secret-tool`) when it is there. `progress` returns false to cancel.
struct GitRemoteOptions
{
    QString username;
    QString password;          // or a token
    QString sshPrivateKey;
    QString sshPublicKey;
    QString sshPassphrase;
    bool useSshAgent = true;
    bool useKeychain = true;
    std::function<bool(int percent, const QString &text)> progress;
};

// A git repository through libgit2. Not thread-safe: one thread at a time uses an instance.
// Errors say which repository and what git said; no libgit2 types appear here.
class GitRepository
{
public:
    ~GitRepository();

    static Result<std::unique_ptr<GitRepository>> init(const QString &path, const QString &initialBranch = QStringLiteral("main"));
    static Result<std::unique_ptr<GitRepository>> open(const QString &path);
    static Result<std::unique_ptr<GitRepository>> clone(const QString &url, const QString &path,
                                                        const GitRemoteOptions &options = {});
    static bool isRepository(const QString &path);

    QString workdir() const; // with a trailing '/'
    // user.name / user.email from git's configuration, when set.
    std::optional<GitSignature> defaultSignature() const;
    QString gitDir() const;

    // "merge", "rebase", "revert", "cherry-pick" … or empty when no operation is in progress.
    QString operationInProgress() const;
    bool isHeadDetached() const;
    bool isHeadUnborn() const;
    Result<QString> currentBranch() const;
    Result<QString> headId() const;
    Result<QString> resolve(const QString &revision) const; // commit id of any revision spec

    Result<QList<GitStatusEntry>> status() const;
    // Changes of the working tree (and index) against HEAD, optionally for some paths only.
    Result<QList<GitFileDiff>> diffWorkdir(const QStringList &paths = {}) const;
    Result<QList<GitFileDiff>> diffRevisions(const QString &from, const QString &to, const QStringList &paths = {}) const;
    Result<QByteArray> readFile(const QString &revision, const QString &path) const;

    // Stages the given paths (all changes when empty, deletions included) and commits them.
    Result<QString> commit(const QString &message, const GitSignature &author, const QStringList &paths = {});
    Result<QList<GitCommitInfo>> log(const QString &path = {}, int limit = 100, const QString &revision = QStringLiteral("HEAD")) const;
    Result<QList<GitBlameLine>> blame(const QString &path) const;
    // Creates a commit that undoes `commitId` (refused when the working tree has changes).
    Result<QString> revert(const QString &commitId, const GitSignature &author);
    // Discards uncommitted changes of the given paths (or all).
    Result<void> discard(const QStringList &paths = {});

    Result<QList<GitBranchInfo>> branches() const;
    Result<void> createBranch(const QString &name, const QString &from = QStringLiteral("HEAD"));
    // Checks the branch out; refused when uncommitted changes would be overwritten.
    Result<void> switchBranch(const QString &name);
    Result<void> deleteBranch(const QString &name);

    Result<QHash<QString, QString>> remotes() const; // name -> url
    Result<void> setRemote(const QString &name, const QString &url);
    Result<void> fetch(const QString &remote, const GitRemoteOptions &options = {});
    // Pushes the branch; a rejected push (remote moved on) is a Conflict error.
    Result<void> push(const QString &remote, const QString &branch, const GitRemoteOptions &options = {});
    Result<void> setUpstream(const QString &branch, const QString &upstream);
    Result<QString> upstreamOf(const QString &branch) const; // "origin/main"; NotFound when none

    // Merging of two commits, without touching the working tree until the result is committed.
    Result<GitMergeKind> mergeKind(const QString &theirsId) const;
    Result<QList<GitConflict>> mergeConflicts(const QString &oursId, const QString &theirsId) const;
    // Merges theirs into HEAD with `resolved` contents for the conflicting paths and commits.
    Result<QString> commitMerge(const QString &theirsId, const QHash<QString, QByteArray> &resolved,
                                const QString &message, const GitSignature &author);
    // Every file of the merge result (with `resolved` applied) whose path starts with one of
    // the prefixes; used to validate a merge before committing it.
    Result<QHash<QString, QByteArray>> mergedFiles(const QString &theirsId, const QHash<QString, QByteArray> &resolved,
                                                   const QStringList &prefixes) const;
    // A unified diff of two texts of one file (for previews of changes not written yet).
    static QString unifiedDiff(const QString &path, const QByteArray &before, const QByteArray &after);
    // Moves the current branch to theirsId and updates the working tree (must be clean).
    Result<void> fastForward(const QString &theirsId);
    // Replays the commits of HEAD not in upstreamId onto it, in memory. For each commit that
    // conflicts, `resolve` gets the conflicts and returns the resolved file contents or an error
    // (which aborts the rebase and leaves everything as it was).
    using ConflictResolver = std::function<Result<QHash<QString, QByteArray>>(const QList<GitConflict> &)>;
    Result<QString> rebaseOnto(const QString &upstreamId, const GitSignature &committer, const ConflictResolver &resolve);

private:
    friend struct GitAccess;
    struct Impl;
    explicit GitRepository(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace shipdeck
