#pragma once

#include "backend/config/configservice.h"
#include "backend/config/configtypes.h"
#include "backend/config/gitrepository.h"
#include "backend/core/result.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace shipdeck {

class Backend;

// The configuration workspace as the GUI and the CLI see it. Every call returns a future at
// once (the work runs on the config service's worker thread, never on the caller's); change
// notifications arrive as signals on the caller's thread. This is the API of the Config page:
// keys × environments (effectiveAll), inline edits (set with saveNow=false, saveDrafts),
// diff/history/blame/branches, sync with progress (jobStarted + Backend::jobChanged) and
// per-key conflict resolution.
class ConfigClient : public QObject
{
    Q_OBJECT
public:
    explicit ConfigClient(Backend *backend, QObject *parent = nullptr);

    QFuture<Result<QJsonObject>> info();
    QFuture<Result<QJsonObject>> initRepository(const QStringList &environments);
    QFuture<Result<QJsonObject>> clone(const QString &url, const ConfigSyncRequest &credentials = {});

    // getConfiguration / setConfiguration / validateConfiguration of the Configuration Manager.
    QFuture<Result<ConfigValue>> getConfiguration(const QString &key, const QString &environment = {});
    QFuture<Result<QString>> setConfiguration(const QString &key, const QString &environment, const QJsonValue &value,
                                              bool saveNow = true);
    QFuture<Result<QString>> unsetConfiguration(const QString &key, const QString &environment, bool saveNow = true);
    QFuture<Result<QList<ConfigIssue>>> validateConfiguration(const QString &environment = {});
    QFuture<Result<QList<ConfigValue>>> effective(const QString &environment);
    QFuture<Result<QList<ConfigValue>>> effectiveAll();
    QFuture<Result<QStringList>> saveDrafts();
    QFuture<Result<QStringList>> drafts();
    QFuture<Result<void>> discardDrafts(const QString &file = {});
    QFuture<Result<void>> resolveExternalChange(const QString &file, bool keepMine);
    // Unsaved edits key by key, and the diff a commit of everything would record.
    QFuture<Result<QList<ConfigDraft>>> draftChanges();
    QFuture<Result<QList<GitFileDiff>>> workingDiff();
    // The commit author ({name, email, source}) and the workspace settings that choose it.
    QFuture<Result<QJsonObject>> author();
    QFuture<Result<void>> setAuthor(const QString &name, const QString &email);

    QFuture<Result<QList<GitStatusEntry>>> status();
    QFuture<Result<QList<GitFileDiff>>> diff(const QString &from = {}, const QString &to = {}, const QStringList &paths = {});
    QFuture<Result<QString>> commit(const QString &message, const QStringList &files = {});
    QFuture<Result<QList<GitCommitInfo>>> log(const QString &path = {}, int limit = 100);
    QFuture<Result<QList<GitBlameLine>>> blame(const QString &path);
    QFuture<Result<QList<GitBranchInfo>>> branches();
    QFuture<Result<void>> createBranch(const QString &name, const QString &from = QStringLiteral("HEAD"));
    QFuture<Result<void>> switchBranch(const QString &name);
    QFuture<Result<QString>> revert(const QString &commitId);
    QFuture<Result<void>> setRemote(const QString &name, const QString &url);

    // Finishes when the sync job has; jobStarted tells its id first (for progress and cancel).
    QFuture<Result<QJsonObject>> sync(const ConfigSyncRequest &request = {});
    QFuture<Result<QList<ConfigConflict>>> conflicts();
    QFuture<Result<void>> resolveConflict(const QString &file, const QString &key, const QString &resolution,
                                          const QJsonValue &value = QJsonValue(QJsonValue::Undefined));
    QFuture<Result<QJsonObject>> completeMerge(const ConfigSyncRequest &request = {});
    QFuture<Result<void>> abortMerge();
    // New validation errors of the pending merge with the resolutions chosen so far.
    QFuture<Result<QList<ConfigIssue>>> validateMerge();

    // migrateConfiguration: preview (a diff) and apply (a commit and an audit record).
    QFuture<Result<QJsonObject>> previewMigrations(int toVersion = -1);
    QFuture<Result<QJsonObject>> migrateConfiguration(int toVersion = -1);

Q_SIGNALS:
    // watchConfiguration: every config.* event of the service (see ConfigService).
    void changed(const QString &event, const QJsonObject &data);
    void filesChangedOnDisk(const QStringList &files);
    void externalConflict(const QStringList &files);
    void jobStarted(const QString &kind, const QString &jobId);

private:
    template<typename F>
    auto call(F fn);
    QFuture<Result<QJsonObject>> runJob(std::function<ConfigJobTicket(ConfigService &)> start);

    QPointer<Backend> m_backend;
};

} // namespace shipdeck
