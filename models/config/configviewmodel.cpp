#include "models/config/configviewmodel.h"

#include "backend/config/configclient.h"
#include "backend/facade/backend.h"
#include "models/config/configblamemodel.h"
#include "models/config/configbranchmodel.h"
#include "models/config/configconflictmodel.h"
#include "models/config/configdraftmodel.h"
#include "models/config/confighistorymodel.h"
#include "models/config/configissuemodel.h"
#include "models/config/configtablemodel.h"

#include <QJsonArray>
#include <QTimer>

namespace shipdeck {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

bool isPageJob(const QString &kind)
{
    return kind == QLatin1String("config.sync") || kind == QLatin1String("config.merge") || kind == QLatin1String("config.migrate")
        || kind == QLatin1String("config.clone");
}

} // namespace

ConfigViewModel::ConfigViewModel(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_client(new ConfigClient(backend, this))
    , m_table(new ConfigTableModel(this))
    , m_issues(new ConfigIssueModel(this))
    , m_drafts(new ConfigDraftModel(this))
    , m_history(new ConfigHistoryModel(this))
    , m_blame(new ConfigBlameModel(this))
    , m_branches(new ConfigBranchModel(this))
    , m_conflicts(new ConfigConflictModel(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &ConfigViewModel::refresh);
    connect(m_client, &ConfigClient::changed, this, &ConfigViewModel::onServiceEvent);
    connect(m_client, &ConfigClient::jobStarted, this, [this](const QString &kind, const QString &jobId) {
        if (isPageJob(kind)) {
            m_jobId = jobId;
            m_jobKind = kind;
            Q_EMIT jobProgressed(kind, -1, QString());
        }
    });
    connect(m_client, &ConfigClient::externalConflict, this, [this](const QStringList &files) {
        for (const QString &f : files) {
            if (!m_external.contains(f))
                m_external.append(f);
        }
        Q_EMIT externalConflictsChanged();
        scheduleRefresh();
    });
    connect(backend, &Backend::jobChanged, this, &ConfigViewModel::onJobChanged);
    connect(backend, &Backend::workspaceOpened, this, [this] {
        m_external.clear();
        Q_EMIT externalConflictsChanged();
        refresh();
    });
    connect(backend, &Backend::stateChanged, this, [this](BackendState state) {
        if (state != BackendState::Ready)
            clear(tr("No workspace is open."));
    });
}

ConfigViewModel::~ConfigViewModel() = default;

QStringList ConfigViewModel::files() const
{
    return strings(m_info.value(QStringLiteral("files")));
}

QStringList ConfigViewModel::remotes() const
{
    return m_info.value(QStringLiteral("remotes")).toObject().keys();
}

void ConfigViewModel::scheduleRefresh()
{
    if (!m_debounce->isActive())
        m_debounce->start();
}

void ConfigViewModel::clear(const QString &problem)
{
    m_problem = problem;
    m_hasRepository = false;
    m_info = {};
    m_table->setSnapshot({}, {}, {}, {});
    m_issues->setIssues({});
    m_drafts->setDrafts({});
    m_branches->setBranches({});
    m_conflicts->setConflicts({});
    Q_EMIT infoChanged();
    Q_EMIT refreshed();
}

void ConfigViewModel::refresh()
{
    if (m_loading) {
        m_refreshAgain = true;
        return;
    }
    m_loading = true;
    m_refreshAgain = false;
    const int generation = ++m_generation;
    m_client->info().then(this, [this, generation](const Result<QJsonObject> &info) {
        if (!info) {
            m_loading = false;
            clear(info.error().message());
            if (m_refreshAgain)
                scheduleRefresh();
            return;
        }
        m_info = info.value();
        m_hasRepository = true;
        m_problem.clear();
        Q_EMIT infoChanged();
        loadTable(strings(m_info.value(QStringLiteral("environments"))), generation);
    });
}

void ConfigViewModel::loadTable(const QStringList &environments, int generation)
{
    // The calls run one after the other on the service's worker; the table is replaced once,
    // when all have answered, so the view never shows values without their drafts or problems.
    struct Pending
    {
        QList<ConfigValue> values;
        QList<ConfigDraft> drafts;
        QList<ConfigIssue> issues;
        QList<GitBranchInfo> branches;
        QList<ConfigConflict> conflicts;
        QStringList errors;
        int left = 5;
    };
    auto pending = std::make_shared<Pending>();
    auto done = [this, pending, environments, generation] {
        if (--pending->left > 0)
            return;
        m_loading = false;
        if (generation == m_generation) {
            m_table->setSnapshot(environments, pending->values, pending->drafts, pending->issues);
            m_issues->setIssues(pending->issues);
            m_drafts->setDrafts(pending->drafts);
            m_branches->setBranches(pending->branches);
            m_conflicts->setConflicts(pending->conflicts);
            if (!pending->errors.isEmpty())
                Q_EMIT loadFailed(pending->errors.join(QLatin1Char('\n')));
            Q_EMIT refreshed();
        }
        if (m_refreshAgain)
            refresh();
    };
    m_client->effectiveAll().then(this, [pending, done](const Result<QList<ConfigValue>> &r) {
        if (r)
            pending->values = r.value();
        else
            pending->errors.append(r.error().toString());
        done();
    });
    m_client->draftChanges().then(this, [pending, done](const Result<QList<ConfigDraft>> &r) {
        if (r)
            pending->drafts = r.value();
        done();
    });
    m_client->validateConfiguration().then(this, [pending, done](const Result<QList<ConfigIssue>> &r) {
        if (r)
            pending->issues = r.value();
        else
            pending->errors.append(r.error().toString());
        done();
    });
    m_client->branches().then(this, [pending, done](const Result<QList<GitBranchInfo>> &r) {
        if (r)
            pending->branches = r.value();
        done();
    });
    m_client->conflicts().then(this, [pending, done](const Result<QList<ConfigConflict>> &r) {
        if (r)
            pending->conflicts = r.value();
        done();
    });
    if (!m_historyFile.isNull() || m_history->rowCount() > 0)
        loadHistory(m_historyFile);
}

void ConfigViewModel::onServiceEvent(const QString &event, const QJsonObject &data)
{
    if (event == QLatin1String("job.started"))
        return;
    if (event.endsWith(QLatin1String(".finished"))) {
        if (data.value(QStringLiteral("jobId")).toString() == m_jobId && !m_jobId.isEmpty()) {
            const bool ok = data.value(QStringLiteral("ok")).toBool();
            const QString message = ok ? data.value(QStringLiteral("result")).toObject().value(QStringLiteral("message")).toString()
                                       : data.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            const QString kind = m_jobKind;
            m_jobId.clear();
            m_jobKind.clear();
            Q_EMIT jobFinished(kind, ok, message);
        }
        scheduleRefresh();
        return;
    }
    if (event == QLatin1String("config.changed"))
        Q_EMIT filesChangedOnDisk(strings(data.value(QStringLiteral("files"))));
    scheduleRefresh();
}

void ConfigViewModel::onJobChanged(const JobSnapshot &snapshot)
{
    if (snapshot.id.isEmpty() || snapshot.id != m_jobId)
        return;
    Q_EMIT jobProgressed(snapshot.kind, snapshot.progress, snapshot.progressText);
}

void ConfigViewModel::cancelRunningJob()
{
    if (!m_jobId.isEmpty())
        m_backend->cancelJob(m_jobId);
}

template<typename T>
QFuture<Result<T>> ConfigViewModel::refreshAfter(QFuture<Result<T>> future)
{
    return future.then(this, [this](Result<T> r) {
        scheduleRefresh();
        return r;
    });
}

QFuture<Result<QString>> ConfigViewModel::setValue(const QString &key, const QString &environment, const QJsonValue &value)
{
    return refreshAfter(m_client->setConfiguration(key, environment, value, false));
}

QFuture<Result<QString>> ConfigViewModel::unsetValue(const QString &key, const QString &environment)
{
    return refreshAfter(m_client->unsetConfiguration(key, environment, false));
}

QFuture<Result<QStringList>> ConfigViewModel::saveDrafts()
{
    return refreshAfter(m_client->saveDrafts());
}

QFuture<Result<void>> ConfigViewModel::discardDrafts(const QString &file)
{
    return refreshAfter(m_client->discardDrafts(file));
}

QFuture<Result<void>> ConfigViewModel::resolveExternalChange(const QString &file, bool keepMine)
{
    return m_client->resolveExternalChange(file, keepMine).then(this, [this, file](Result<void> r) {
        if (r) {
            m_external.removeAll(file);
            Q_EMIT externalConflictsChanged();
        }
        scheduleRefresh();
        return r;
    });
}

QFuture<Result<QList<ConfigIssue>>> ConfigViewModel::validate()
{
    return m_client->validateConfiguration().then(this, [this](Result<QList<ConfigIssue>> r) {
        if (r) {
            m_issues->setIssues(r.value());
            m_table->setIssues(r.value());
        }
        return r;
    });
}

QFuture<Result<QList<GitFileDiff>>> ConfigViewModel::workingDiff() { return m_client->workingDiff(); }

QFuture<Result<QList<GitFileDiff>>> ConfigViewModel::diff(const QString &from, const QString &to)
{
    return m_client->diff(from, to);
}

QFuture<Result<QJsonObject>> ConfigViewModel::author() { return m_client->author(); }

QFuture<Result<void>> ConfigViewModel::setAuthor(const QString &name, const QString &email)
{
    return m_client->setAuthor(name, email);
}

QFuture<Result<QString>> ConfigViewModel::commit(const QString &message, const QStringList &files)
{
    return refreshAfter(m_client->commit(message, files));
}

void ConfigViewModel::loadHistory(const QString &file)
{
    m_historyFile = file.isNull() ? QStringLiteral("") : file;
    m_client->log(file, 500).then(this, [this, file](const Result<QList<GitCommitInfo>> &r) {
        if (file != m_historyFile)
            return; // another file was chosen meanwhile
        m_history->setCommits(r ? r.value() : QList<GitCommitInfo>());
        if (!r)
            Q_EMIT loadFailed(r.error().toString());
    });
}

void ConfigViewModel::loadBlame(const QString &file)
{
    m_client->blame(file).then(this, [this, file](const Result<QList<GitBlameLine>> &r) {
        m_blame->setBlame(file, r ? r.value() : QList<GitBlameLine>());
        if (!r)
            Q_EMIT loadFailed(r.error().toString());
    });
}

QFuture<Result<QString>> ConfigViewModel::revert(const QString &commitId) { return refreshAfter(m_client->revert(commitId)); }

QFuture<Result<void>> ConfigViewModel::createBranch(const QString &name, const QString &from)
{
    return refreshAfter(m_client->createBranch(name, from));
}

QFuture<Result<void>> ConfigViewModel::switchBranch(const QString &name) { return refreshAfter(m_client->switchBranch(name)); }

QFuture<Result<void>> ConfigViewModel::setRemote(const QString &name, const QString &url)
{
    return refreshAfter(m_client->setRemote(name, url));
}

QFuture<Result<QJsonObject>> ConfigViewModel::sync(const ConfigSyncRequest &request) { return refreshAfter(m_client->sync(request)); }

QFuture<Result<void>> ConfigViewModel::resolveConflict(const QString &file, const QString &key, const QString &resolution,
                                                       const QJsonValue &value)
{
    return refreshAfter(m_client->resolveConflict(file, key, resolution, value));
}

QFuture<Result<QList<ConfigIssue>>> ConfigViewModel::validateMerge() { return m_client->validateMerge(); }

QFuture<Result<QJsonObject>> ConfigViewModel::completeMerge(const ConfigSyncRequest &request)
{
    return refreshAfter(m_client->completeMerge(request));
}

QFuture<Result<void>> ConfigViewModel::abortMerge() { return refreshAfter(m_client->abortMerge()); }

QFuture<Result<QJsonObject>> ConfigViewModel::previewMigrations() { return m_client->previewMigrations(); }

QFuture<Result<QJsonObject>> ConfigViewModel::applyMigrations() { return refreshAfter(m_client->migrateConfiguration()); }

} // namespace shipdeck
