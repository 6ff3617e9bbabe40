#pragma once

#include "backend/config/configtypes.h"
#include "backend/config/gitrepository.h"
#include "backend/facade/backendservice.h"

#include <QFuture>
#include <QJsonObject>
#include <QPointer>

#include <memory>

class QThreadPool;

namespace shipdeck {

class BackendCore;
class ConfigWatcher;

// How to sync: remote, merge or rebase, credentials for this run.
struct ConfigSyncRequest
{
    QString remote = QStringLiteral("origin");
    QString strategy = QStringLiteral("merge");
    bool push = true;
    QString username;
    QString password;
    QString sshPrivateKey;
    QString sshPassphrase;
};

// A long operation started as a tracked Job: its id (for progress through
// Backend::jobChanged and cancel through Backend::cancelJob) and its outcome.
struct ConfigJobTicket
{
    QString jobId;
    QFuture<Result<QJsonObject>> finished;
};

// The configuration repository of the open workspace (settings key config.repository,
// default <workspace>/config). Lives on the backend thread; every operation runs on the
// service's own worker thread, one at a time, and returns a future at once. Changes are
// announced with BackendCore::serviceEvent("config", event, data):
//   config.changed {files}            files changed on disk by another program (reloaded)
//   config.externalConflict {files}   …while they have unsaved edits (edits kept, not saved)
//   config.saved {files} · config.committed {id, message} · config.branchChanged {branch}
//   config.synced {result} · config.migrated {preview} · job.started {jobId, kind}
class ConfigService final : public BackendService
{
    Q_OBJECT
public:
    ConfigService();
    ~ConfigService() override;

    QString name() const override { return QStringLiteral("config"); }
    Result<void> open(BackendCore &core) override;
    void close() override;
    QFuture<Result<QJsonObject>> seedDemo(BackendCore &core) override;

    QString repositoryPath() const;
    ConfigWatcher *watcher() const { return m_watcher; }

    QFuture<Result<QJsonObject>> info();
    QFuture<Result<QJsonObject>> initRepository(const QStringList &environments);
    ConfigJobTicket clone(const QString &url, const ConfigSyncRequest &credentials);

    QFuture<Result<ConfigValue>> get(const QString &key, const QString &environment);
    QFuture<Result<QList<ConfigValue>>> effective(const QString &environment);
    // Base and every environment: the keys × environments table.
    QFuture<Result<QList<ConfigValue>>> effectiveAll();
    // saveNow = false keeps the change as an unsaved edit (see saveDrafts).
    QFuture<Result<QString>> set(const QString &key, const QString &environment, const QJsonValue &value, bool saveNow = true);
    QFuture<Result<QString>> unset(const QString &key, const QString &environment, bool saveNow = true);
    QFuture<Result<QStringList>> saveDrafts();
    QFuture<Result<QStringList>> drafts();
    QFuture<Result<void>> discardDrafts(const QString &file = {});
    // After config.externalConflict: keep the unsaved edits (overwriting the disk on the next
    // save) or take the disk version (dropping the edits).
    QFuture<Result<void>> resolveExternalChange(const QString &file, bool keepMine);
    QFuture<Result<QList<ConfigIssue>>> validate(const QString &environment = {});
    // Every unsaved edit, key by key (the Config page's list of drafts).
    QFuture<Result<QList<ConfigDraft>>> draftChanges();
    // What a commit of everything would record: the working tree and the unsaved edits
    // against HEAD, one entry per file.
    QFuture<Result<QList<GitFileDiff>>> workingDiff();
    // The author commits get: {name, email, source: "settings" | "git" | "default"}.
    QFuture<Result<QJsonObject>> author();
    // Stores config.author.name / config.author.email in the workspace settings.
    QFuture<Result<void>> setAuthor(const QString &name, const QString &email);

    QFuture<Result<QList<GitStatusEntry>>> status();
    // Working tree against HEAD when both revisions are empty.
    QFuture<Result<QList<GitFileDiff>>> diff(const QString &from = {}, const QString &to = {}, const QStringList &paths = {});
    QFuture<Result<QString>> commit(const QString &message, const QStringList &files = {});
    QFuture<Result<QList<GitCommitInfo>>> log(const QString &path = {}, int limit = 100);
    QFuture<Result<QList<GitBlameLine>>> blame(const QString &path);
    QFuture<Result<QList<GitBranchInfo>>> branches();
    QFuture<Result<void>> createBranch(const QString &name, const QString &from = QStringLiteral("HEAD"));
    QFuture<Result<void>> switchBranch(const QString &name);
    QFuture<Result<QString>> revert(const QString &commitId);
    QFuture<Result<void>> setRemote(const QString &name, const QString &url);

    ConfigJobTicket sync(const ConfigSyncRequest &request);
    QFuture<Result<QList<ConfigConflict>>> conflicts();
    QFuture<Result<void>> resolveConflict(const QString &file, const QString &key, const QString &resolution,
                                          const QJsonValue &value = QJsonValue(QJsonValue::Undefined));
    ConfigJobTicket completeMerge(const ConfigSyncRequest &request);
    QFuture<Result<void>> abortMerge();
    // New validation errors the pending merge would have with the resolutions chosen so far.
    QFuture<Result<QList<ConfigIssue>>> validateMerge();

    QFuture<Result<QJsonObject>> previewMigrations(int toVersion = -1);
    ConfigJobTicket applyMigrations(int toVersion = -1);

private:
    struct State;
    template<typename T, typename F>
    QFuture<Result<T>> run(F fn);
    using JobTask = std::function<Result<QJsonObject>(class ConfigWorkspace &, class JobControl &)>;
    using RawTask = std::function<Result<QJsonObject>(class JobControl &)>;
    // Runs task on the open repository as a tracked job.
    ConfigJobTicket startJob(const QString &kind, const QString &title, JobTask task);
    // Runs a task that does not need an open repository (clone) as a tracked job.
    ConfigJobTicket startRawJob(const QString &kind, const QString &title, RawTask task);
    GitSignature authorFromSettings() const;
    void emitEvent(const QString &event, const QJsonObject &data);
    void audit(const QString &action, const QString &target, const QString &detail);
    void onFilesChanged();

    BackendCore *m_core = nullptr;
    QThreadPool *m_pool = nullptr; // owned; one thread: operations run in order
    ConfigWatcher *m_watcher = nullptr;
    std::shared_ptr<State> m_state;
};

} // namespace shipdeck
