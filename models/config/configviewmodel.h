#pragma once

#include "backend/config/configservice.h"
#include "backend/config/configtypes.h"
#include "backend/config/gitrepository.h"
#include "backend/core/job.h"
#include "backend/core/result.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

class QTimer;

namespace shipdeck {

class Backend;
class ConfigBlameModel;
class ConfigBranchModel;
class ConfigClient;
class ConfigConflictModel;
class ConfigDraftModel;
class ConfigHistoryModel;
class ConfigIssueModel;
class ConfigTableModel;

// What the Config page shows, kept current: the repository's state (branch, ahead/behind,
// uncommitted files, pending merge), the keys × environments table with drafts and validation
// problems, branches, conflicts, history and blame. Every call goes through ConfigClient and
// continues on this object's thread; nothing blocks. Changes made outside Shipdeck (files
// edited on disk) refresh the table; one made to a file with unsaved edits is kept as an
// external conflict until the user chooses.
class ConfigViewModel : public QObject
{
    Q_OBJECT
public:
    explicit ConfigViewModel(Backend *backend, QObject *parent = nullptr);
    ~ConfigViewModel() override;

    ConfigClient *client() const { return m_client; }
    ConfigTableModel *table() const { return m_table; }
    ConfigIssueModel *issues() const { return m_issues; }
    ConfigDraftModel *drafts() const { return m_drafts; }
    ConfigHistoryModel *history() const { return m_history; }
    ConfigBlameModel *blame() const { return m_blame; }
    ConfigBranchModel *branches() const { return m_branches; }
    ConfigConflictModel *conflicts() const { return m_conflicts; }

    // {path, branch, head, ahead, behind, upstream, remotes, uncommitted, drafts, files,
    //  environments, pendingConflicts, detached, operation, version}
    const QJsonObject &info() const { return m_info; }
    bool hasRepository() const { return m_hasRepository; }
    // Why there is no table (no repository, no workspace), for the empty state.
    const QString &problem() const { return m_problem; }
    QStringList files() const;
    QStringList remotes() const;
    const QStringList &externalConflicts() const { return m_external; }
    bool isLoading() const { return m_loading; }
    const QString &historyFile() const { return m_historyFile; }

    // The long jobs of this page (sync, merge, migration) while they run.
    const QString &runningJobId() const { return m_jobId; }
    void cancelRunningJob();

    void refresh();
    void scheduleRefresh();

    // Edits stay drafts (unsaved) until saveDrafts or commit.
    QFuture<Result<QString>> setValue(const QString &key, const QString &environment, const QJsonValue &value);
    QFuture<Result<QString>> unsetValue(const QString &key, const QString &environment);
    QFuture<Result<QStringList>> saveDrafts();
    QFuture<Result<void>> discardDrafts(const QString &file = {});
    QFuture<Result<void>> resolveExternalChange(const QString &file, bool keepMine);
    QFuture<Result<QList<ConfigIssue>>> validate();

    QFuture<Result<QList<GitFileDiff>>> workingDiff();
    QFuture<Result<QList<GitFileDiff>>> diff(const QString &from, const QString &to);
    QFuture<Result<QJsonObject>> author();
    QFuture<Result<void>> setAuthor(const QString &name, const QString &email);
    QFuture<Result<QString>> commit(const QString &message, const QStringList &files = {});
    void loadHistory(const QString &file = {});
    void loadBlame(const QString &file);
    QFuture<Result<QString>> revert(const QString &commitId);

    QFuture<Result<void>> createBranch(const QString &name, const QString &from);
    QFuture<Result<void>> switchBranch(const QString &name);
    QFuture<Result<void>> setRemote(const QString &name, const QString &url);

    QFuture<Result<QJsonObject>> sync(const ConfigSyncRequest &request);
    QFuture<Result<void>> resolveConflict(const QString &file, const QString &key, const QString &resolution,
                                          const QJsonValue &value = QJsonValue(QJsonValue::Undefined));
    QFuture<Result<QList<ConfigIssue>>> validateMerge();
    QFuture<Result<QJsonObject>> completeMerge(const ConfigSyncRequest &request);
    QFuture<Result<void>> abortMerge();

    QFuture<Result<QJsonObject>> previewMigrations();
    QFuture<Result<QJsonObject>> applyMigrations();

Q_SIGNALS:
    void infoChanged();
    void refreshed();               // table, drafts, issues, branches and conflicts are current
    void externalConflictsChanged();
    void filesChangedOnDisk(const QStringList &files);
    void jobProgressed(const QString &kind, int percent, const QString &text);
    void jobFinished(const QString &kind, bool ok, const QString &message);
    void loadFailed(const QString &message);

private:
    void onServiceEvent(const QString &event, const QJsonObject &data);
    void onJobChanged(const JobSnapshot &snapshot);
    void clear(const QString &problem);
    void loadTable(const QStringList &environments, int generation);
    template<typename T>
    QFuture<Result<T>> refreshAfter(QFuture<Result<T>> future);

    Backend *m_backend; // Not owned.
    ConfigClient *m_client;
    ConfigTableModel *m_table;
    ConfigIssueModel *m_issues;
    ConfigDraftModel *m_drafts;
    ConfigHistoryModel *m_history;
    ConfigBlameModel *m_blame;
    ConfigBranchModel *m_branches;
    ConfigConflictModel *m_conflicts;
    QTimer *m_debounce;
    QJsonObject m_info;
    bool m_hasRepository = false;
    bool m_loading = false;
    bool m_refreshAgain = false;
    int m_generation = 0;
    QString m_problem;
    QStringList m_external;
    QString m_historyFile;
    QString m_jobId;
    QString m_jobKind;
};

} // namespace shipdeck
