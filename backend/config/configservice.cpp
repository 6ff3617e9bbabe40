#include "backend/config/configservice.h"
#include "backend/config/configservice_p.h"

#include "backend/config/configdemo.h"
#include "backend/config/configstore.h"
#include "backend/config/configwatcher.h"
#include "backend/config/configworkspace.h"
#include "backend/core/jobtracker.h"
#include "backend/core/taskjob.h"
#include "backend/facade/backendcore.h"
#include "backend/store/auditlog.h"
#include "backend/store/settingsrepository.h"

#include <QDir>
#include <QJsonArray>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace shipdeck {

SD_REGISTER_BACKEND_SERVICE(ConfigService, 300);

namespace {

ConfigWorkspace::SyncOptions syncOptions(const ConfigSyncRequest &r, const GitSignature &author, JobControl &control)
{
    ConfigWorkspace::SyncOptions o;
    o.remote = r.remote;
    o.strategy = r.strategy;
    o.push = r.push;
    o.author = author;
    o.remoteOptions.username = r.username;
    o.remoteOptions.password = r.password;
    o.remoteOptions.sshPrivateKey = r.sshPrivateKey;
    o.remoteOptions.sshPassphrase = r.sshPassphrase;
    o.progress = [&control](int percent, const QString &text) {
        control.progress(percent, text);
        return !control.isCancelled();
    };
    return o;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

ConfigService::ConfigService() = default;

ConfigService::~ConfigService()
{
    close();
}

Result<void> ConfigService::open(BackendCore &core)
{
    m_core = &core;
    SD_TRY(Workspace * ws, core.workspace());
    const QString defaultDir = ws->path() + QStringLiteral("/config");
    SD_TRY(const QString dir, SettingsRepository(ws->db()).value(QStringLiteral("config.repository"), defaultDir));
    m_state = std::make_shared<State>();
    m_state->dir = QDir(dir).absolutePath();
    m_pool = new QThreadPool(this);
    m_pool->setMaxThreadCount(1);
    m_pool->setObjectName(QStringLiteral("shipdeck-config"));
    m_watcher = new ConfigWatcher(this);
    connect(m_watcher, &ConfigWatcher::changed, this, &ConfigService::onFilesChanged);
    m_watcher->setRoot(m_state->dir);
    return success();
}

void ConfigService::close()
{
    if (m_watcher)
        m_watcher->setRoot(QString());
    if (m_pool)
        m_pool->waitForDone(60'000);
    m_core = nullptr;
}

QString ConfigService::repositoryPath() const
{
    return m_state ? m_state->dir : QString();
}

void ConfigService::emitEvent(const QString &event, const QJsonObject &data)
{
    if (m_core)
        Q_EMIT m_core->serviceEvent(name(), event, data);
}

void ConfigService::audit(const QString &action, const QString &target, const QString &detail)
{
    if (!m_core)
        return;
    auto ws = m_core->workspace();
    if (!ws)
        return;
    const QString actor = qEnvironmentVariable("SHIPDECK_USER", qEnvironmentVariable("USER", QStringLiteral("shipdeck")));
    (void)AuditLog(ws.value()->db()).append(actor, action, target, detail);
}

GitSignature ConfigService::authorFromSettings() const
{
    GitSignature sig;
    if (!m_core)
        return sig;
    auto ws = m_core->workspace();
    if (!ws)
        return sig;
    SettingsRepository settings(ws.value()->db());
    sig.name = settings.value(QStringLiteral("config.author.name")).valueOr(QString());
    sig.email = settings.value(QStringLiteral("config.author.email")).valueOr(QString());
    return sig;
}

ConfigJobTicket ConfigService::startJob(const QString &kind, const QString &title, JobTask task)
{
    auto state = m_state;
    return startRawJob(kind, title, [state, task = std::move(task)](JobControl &control) -> Result<QJsonObject> {
        SD_TRY(ConfigWorkspace * ws, state->workspace());
        return task(*ws, control);
    });
}

ConfigJobTicket ConfigService::startRawJob(const QString &kind, const QString &title, RawTask task)
{
    auto *job = new TaskJob(kind, title, std::move(task), nullptr, m_pool);
    auto promise = std::make_shared<QPromise<Result<QJsonObject>>>();
    promise->start();
    ConfigJobTicket ticket{job->id(), promise->future()};
    connect(job, &Job::finished, this, [this, job, kind, promise] {
        Result<QJsonObject> outcome = job->state() == JobState::Succeeded ? Result<QJsonObject>(job->result())
                                                                          : Result<QJsonObject>(job->error());
        QJsonObject event{{QStringLiteral("jobId"), job->id()}, {QStringLiteral("kind"), kind}, {QStringLiteral("ok"), outcome.ok()}};
        if (outcome)
            event.insert(QStringLiteral("result"), outcome.value());
        else
            event.insert(QStringLiteral("error"), outcome.error().toJson());
        emitEvent(kind + QStringLiteral(".finished"), event);
        promise->addResult(std::move(outcome));
        promise->finish();
    });
    if (m_core)
        m_core->jobTracker().track(job);
    emitEvent(QStringLiteral("job.started"), {{QStringLiteral("jobId"), job->id()}, {QStringLiteral("kind"), kind}});
    job->start();
    return ticket;
}

QFuture<Result<QJsonObject>> ConfigService::info()
{
    return run<QJsonObject>([](ConfigWorkspace &ws) -> Result<QJsonObject> {
        QJsonObject o{{QStringLiteral("path"), ws.root()},
                      {QStringLiteral("environments"), toArray(ws.store().environments())},
                      {QStringLiteral("namespaces"), toArray(ws.store().namespaces())},
                      {QStringLiteral("files"), toArray(ws.store().files())},
                      {QStringLiteral("version"), ws.store().version()},
                      {QStringLiteral("drafts"), toArray(ws.store().dirtyFiles())},
                      {QStringLiteral("pendingConflicts"), int(ws.conflicts().size())},
                      {QStringLiteral("detached"), ws.git().isHeadDetached()},
                      {QStringLiteral("operation"), ws.git().operationInProgress()}};
        o.insert(QStringLiteral("branch"), ws.git().currentBranch().valueOr(QString()));
        o.insert(QStringLiteral("head"), ws.git().headId().valueOr(QString()));
        SD_TRY(const QList<GitStatusEntry> status, ws.git().status());
        o.insert(QStringLiteral("uncommitted"), int(status.size()));
        SD_TRY(const auto remotes, ws.git().remotes());
        QJsonObject r;
        for (auto it = remotes.begin(); it != remotes.end(); ++it)
            r.insert(it.key(), it.value());
        o.insert(QStringLiteral("remotes"), r);
        for (const GitBranchInfo &b : ws.git().branches().valueOr({})) {
            if (b.current) {
                o.insert(QStringLiteral("upstream"), b.upstream);
                o.insert(QStringLiteral("ahead"), b.ahead);
                o.insert(QStringLiteral("behind"), b.behind);
            }
        }
        return o;
    });
}

QFuture<Result<QJsonObject>> ConfigService::initRepository(const QStringList &environments)
{
    auto state = m_state;
    return QtConcurrent::run(m_pool, [state, environments]() -> Result<QJsonObject> {
        SD_TRY(state->ws, ConfigWorkspace::init(state->dir, environments));
        return QJsonObject{{QStringLiteral("path"), state->dir}, {QStringLiteral("environments"), toArray(environments)}};
    }).then(this, [this](Result<QJsonObject> r) {
        if (r) {
            m_watcher->setRoot(QString());
            m_watcher->setRoot(m_state->dir);
            audit(QStringLiteral("config.init"), m_state->dir, QString());
        }
        return r;
    });
}

ConfigJobTicket ConfigService::clone(const QString &url, const ConfigSyncRequest &credentials)
{
    auto state = m_state;
    ConfigJobTicket ticket = startRawJob(QStringLiteral("config.clone"), tr("Cloning %1").arg(url),
                                         [state, url, credentials](JobControl &control) -> Result<QJsonObject> {
        GitRemoteOptions o;
        o.username = credentials.username;
        o.password = credentials.password;
        o.sshPrivateKey = credentials.sshPrivateKey;
        o.sshPassphrase = credentials.sshPassphrase;
        o.progress = [&control](int percent, const QString &text) {
            control.progress(percent, text);
            return !control.isCancelled();
        };
        SD_TRY(state->ws, ConfigWorkspace::clone(url, state->dir, o));
        return QJsonObject{{QStringLiteral("path"), state->dir}, {QStringLiteral("url"), url}};
    });
    ticket.finished = ticket.finished.then(this, [this, url](Result<QJsonObject> r) {
        if (r) {
            m_watcher->setRoot(QString());
            m_watcher->setRoot(m_state->dir);
            audit(QStringLiteral("config.clone"), url, m_state->dir);
        }
        return r;
    });
    return ticket;
}

QFuture<Result<ConfigValue>> ConfigService::get(const QString &key, const QString &environment)
{
    return run<ConfigValue>([key, environment](ConfigWorkspace &ws) { return ws.store().get(key, environment); });
}

QFuture<Result<QList<ConfigValue>>> ConfigService::effective(const QString &environment)
{
    return run<QList<ConfigValue>>([environment](ConfigWorkspace &ws) { return ws.store().effective(environment); });
}

QFuture<Result<QList<ConfigValue>>> ConfigService::effectiveAll()
{
    return run<QList<ConfigValue>>([](ConfigWorkspace &ws) -> Result<QList<ConfigValue>> {
        QList<ConfigValue> all;
        for (const QString &env : QStringList{QString()} + ws.store().environments()) {
            SD_TRY(const QList<ConfigValue> values, ws.store().effective(env));
            all += values;
        }
        return all;
    });
}

QFuture<Result<QString>> ConfigService::set(const QString &key, const QString &environment, const QJsonValue &value, bool saveNow)
{
    return run<QString>([key, environment, value, saveNow](ConfigWorkspace &ws) -> Result<QString> {
        SD_TRY(const QString file, ws.store().set(key, environment, value));
        if (saveNow) {
            auto saved = ws.store().save({file});
            if (!saved) {
                ws.store().discard(file); // nothing half-done stays in memory either
                return saved.error();
            }
        }
        return file;
    }).then(this, [this, saveNow](Result<QString> r) {
        if (r)
            emitEvent(saveNow ? QStringLiteral("config.saved") : QStringLiteral("config.draftChanged"), {{QStringLiteral("files"), QJsonArray{r.value()}}});
        return r;
    });
}

QFuture<Result<QString>> ConfigService::unset(const QString &key, const QString &environment, bool saveNow)
{
    return run<QString>([key, environment, saveNow](ConfigWorkspace &ws) -> Result<QString> {
        SD_TRY(const QString file, ws.store().unset(key, environment));
        if (saveNow) {
            auto saved = ws.store().save({file});
            if (!saved) {
                ws.store().discard(file);
                return saved.error();
            }
        }
        return file;
    }).then(this, [this, saveNow](Result<QString> r) {
        if (r)
            emitEvent(saveNow ? QStringLiteral("config.saved") : QStringLiteral("config.draftChanged"), {{QStringLiteral("files"), QJsonArray{r.value()}}});
        return r;
    });
}

QFuture<Result<QStringList>> ConfigService::saveDrafts()
{
    return run<QStringList>([](ConfigWorkspace &ws) { return ws.store().save(); }).then(this, [this](Result<QStringList> r) {
        if (r && !r.value().isEmpty())
            emitEvent(QStringLiteral("config.saved"), {{QStringLiteral("files"), toArray(r.value())}});
        return r;
    });
}

QFuture<Result<QStringList>> ConfigService::drafts()
{
    return run<QStringList>([](ConfigWorkspace &ws) -> Result<QStringList> { return ws.store().dirtyFiles(); });
}

QFuture<Result<void>> ConfigService::discardDrafts(const QString &file)
{
    return run<void>([file](ConfigWorkspace &ws) -> Result<void> {
        ws.store().discard(file);
        return success();
    });
}

QFuture<Result<void>> ConfigService::resolveExternalChange(const QString &file, bool keepMine)
{
    return run<void>([file, keepMine](ConfigWorkspace &ws) -> Result<void> {
        if (keepMine)
            return ws.store().acceptDisk(file);
        ws.store().discard(file);
        SD_CHECK(ws.store().reload(file));
        return success();
    });
}

QFuture<Result<QList<ConfigIssue>>> ConfigService::validate(const QString &environment)
{
    return run<QList<ConfigIssue>>([environment](ConfigWorkspace &ws) -> Result<QList<ConfigIssue>> {
        return ws.store().validate(environment);
    });
}

QFuture<Result<QList<GitStatusEntry>>> ConfigService::status()
{
    return run<QList<GitStatusEntry>>([](ConfigWorkspace &ws) { return ws.git().status(); });
}

QFuture<Result<QList<GitFileDiff>>> ConfigService::diff(const QString &from, const QString &to, const QStringList &paths)
{
    return run<QList<GitFileDiff>>([from, to, paths](ConfigWorkspace &ws) -> Result<QList<GitFileDiff>> {
        if (from.isEmpty() && to.isEmpty())
            return ws.git().diffWorkdir(paths);
        return ws.git().diffRevisions(from.isEmpty() ? QStringLiteral("HEAD") : from, to.isEmpty() ? QStringLiteral("HEAD") : to, paths);
    });
}

QFuture<Result<QString>> ConfigService::commit(const QString &message, const QStringList &files)
{
    const GitSignature settings = authorFromSettings();
    return run<QString>([message, files, settings](ConfigWorkspace &ws) {
        return ws.commit(message, fallbackAuthor(ws, settings), files);
    }).then(this, [this, message](Result<QString> r) {
        if (r) {
            audit(QStringLiteral("config.commit"), r.value(), message);
            emitEvent(QStringLiteral("config.committed"), {{QStringLiteral("id"), r.value()}, {QStringLiteral("message"), message}});
        }
        return r;
    });
}

QFuture<Result<QList<GitCommitInfo>>> ConfigService::log(const QString &path, int limit)
{
    return run<QList<GitCommitInfo>>([path, limit](ConfigWorkspace &ws) { return ws.git().log(path, limit); });
}

QFuture<Result<QList<GitBlameLine>>> ConfigService::blame(const QString &path)
{
    return run<QList<GitBlameLine>>([path](ConfigWorkspace &ws) { return ws.git().blame(path); });
}

QFuture<Result<QList<GitBranchInfo>>> ConfigService::branches()
{
    return run<QList<GitBranchInfo>>([](ConfigWorkspace &ws) { return ws.git().branches(); });
}

QFuture<Result<void>> ConfigService::createBranch(const QString &name, const QString &from)
{
    return run<void>([name, from](ConfigWorkspace &ws) { return ws.git().createBranch(name, from); });
}

QFuture<Result<void>> ConfigService::switchBranch(const QString &name)
{
    return run<void>([name](ConfigWorkspace &ws) -> Result<void> {
        if (const QStringList dirty = ws.store().dirtyFiles(); !dirty.isEmpty())
            return Error(ErrorCode::FailedPrecondition, QStringLiteral("unsaved changes in %1; save or discard them first").arg(dirty.join(QStringLiteral(", "))));
        SD_CHECK(ws.git().switchBranch(name));
        return ws.reload();
    }).then(this, [this, name](Result<void> r) {
        if (r) {
            audit(QStringLiteral("config.switchBranch"), name, QString());
            emitEvent(QStringLiteral("config.branchChanged"), {{QStringLiteral("branch"), name}});
        }
        return r;
    });
}

QFuture<Result<QString>> ConfigService::revert(const QString &commitId)
{
    const GitSignature settings = authorFromSettings();
    return run<QString>([commitId, settings](ConfigWorkspace &ws) -> Result<QString> {
        SD_TRY(const QString id, ws.git().revert(commitId, fallbackAuthor(ws, settings)));
        SD_CHECK(ws.reload());
        return id;
    }).then(this, [this, commitId](Result<QString> r) {
        if (r) {
            audit(QStringLiteral("config.revert"), commitId, r.value());
            emitEvent(QStringLiteral("config.committed"), {{QStringLiteral("id"), r.value()}, {QStringLiteral("revert"), commitId}});
        }
        return r;
    });
}

QFuture<Result<void>> ConfigService::setRemote(const QString &name, const QString &url)
{
    return run<void>([name, url](ConfigWorkspace &ws) { return ws.git().setRemote(name, url); });
}

ConfigJobTicket ConfigService::sync(const ConfigSyncRequest &request)
{
    const GitSignature settings = authorFromSettings();
    ConfigJobTicket ticket = startJob(QStringLiteral("config.sync"), tr("Syncing the configuration with %1").arg(request.remote),
                                      [request, settings](ConfigWorkspace &ws, JobControl &control) -> Result<QJsonObject> {
        SD_TRY(const auto result, ws.sync(syncOptions(request, fallbackAuthor(ws, settings), control)));
        return result.toJson();
    });
    ticket.finished = ticket.finished.then(this, [this, request](Result<QJsonObject> r) {
        if (r) {
            audit(QStringLiteral("config.sync"), request.remote, r.value().value(QStringLiteral("outcome")).toString());
            emitEvent(QStringLiteral("config.synced"), r.value());
        }
        return r;
    });
    return ticket;
}

QFuture<Result<QList<ConfigConflict>>> ConfigService::conflicts()
{
    return run<QList<ConfigConflict>>([](ConfigWorkspace &ws) -> Result<QList<ConfigConflict>> { return ws.conflicts(); });
}

QFuture<Result<void>> ConfigService::resolveConflict(const QString &file, const QString &key, const QString &resolution, const QJsonValue &value)
{
    return run<void>([file, key, resolution, value](ConfigWorkspace &ws) { return ws.resolve(file, key, resolution, value); })
        .then(this, [this, file, key, resolution](Result<void> r) {
            if (r)
                audit(QStringLiteral("config.resolve"), file + QLatin1Char(':') + key, resolution);
            return r;
        });
}

ConfigJobTicket ConfigService::completeMerge(const ConfigSyncRequest &request)
{
    const GitSignature settings = authorFromSettings();
    ConfigJobTicket ticket = startJob(QStringLiteral("config.merge"), tr("Completing the configuration merge"),
                                      [request, settings](ConfigWorkspace &ws, JobControl &control) -> Result<QJsonObject> {
        SD_TRY(const auto result, ws.completeMerge(syncOptions(request, fallbackAuthor(ws, settings), control)));
        return result.toJson();
    });
    ticket.finished = ticket.finished.then(this, [this](Result<QJsonObject> r) {
        if (r) {
            audit(QStringLiteral("config.merge"), r.value().value(QStringLiteral("head")).toString(), r.value().value(QStringLiteral("message")).toString());
            emitEvent(QStringLiteral("config.synced"), r.value());
        }
        return r;
    });
    return ticket;
}

QFuture<Result<void>> ConfigService::abortMerge()
{
    return run<void>([](ConfigWorkspace &ws) { return ws.abortMerge(); });
}

QFuture<Result<QJsonObject>> ConfigService::previewMigrations(int toVersion)
{
    return run<QJsonObject>([toVersion](ConfigWorkspace &ws) -> Result<QJsonObject> {
        SD_TRY(const auto preview, ws.previewMigrations(toVersion));
        return preview.toJson();
    });
}

ConfigJobTicket ConfigService::applyMigrations(int toVersion)
{
    const GitSignature settings = authorFromSettings();
    ConfigJobTicket ticket = startJob(QStringLiteral("config.migrate"), tr("Migrating the configuration"),
                                      [toVersion, settings](ConfigWorkspace &ws, JobControl &) -> Result<QJsonObject> {
        SD_TRY(const auto preview, ws.applyMigrations(fallbackAuthor(ws, settings), toVersion));
        return preview.toJson();
    });
    ticket.finished = ticket.finished.then(this, [this](Result<QJsonObject> r) {
        if (r && !r.value().value(QStringLiteral("applied")).toArray().isEmpty()) {
            audit(QStringLiteral("config.migrate"), QStringLiteral("%1 -> %2").arg(r.value().value(QStringLiteral("fromVersion")).toInt())
                                                        .arg(r.value().value(QStringLiteral("toVersion")).toInt()),
                  r.value().value(QStringLiteral("applied")).toVariant().toStringList().join(QStringLiteral("; ")));
            emitEvent(QStringLiteral("config.migrated"), r.value());
        }
        return r;
    });
    return ticket;
}

QFuture<Result<QJsonObject>> ConfigService::seedDemo(BackendCore &)
{
    auto state = m_state;
    return QtConcurrent::run(m_pool, [state]() -> Result<QJsonObject> {
        SD_TRY(const QJsonObject seeded, ConfigDemo::seedRepository(state->dir));
        state->ws.reset(); // read the new files on next use
        return seeded;
    }).then(this, [this](Result<QJsonObject> r) {
        if (r) {
            m_watcher->setRoot(QString());
            m_watcher->setRoot(m_state->dir);
        }
        return r;
    });
}

void ConfigService::onFilesChanged()
{
    auto state = m_state;
    QtConcurrent::run(m_pool, [state]() -> Result<ConfigStore::Refresh> {
        if (!state->ws) {
            // Nothing loaded yet: load now, so later changes are compared with this state.
            (void)state->workspace();
            return ConfigStore::Refresh{};
        }
        return state->ws->store().refresh();
    }).then(this, [this](Result<ConfigStore::Refresh> r) {
        if (!r)
            return;
        if (!r.value().changed.isEmpty())
            emitEvent(QStringLiteral("config.changed"), {{QStringLiteral("files"), toArray(r.value().changed)}});
        if (!r.value().conflicts.isEmpty())
            emitEvent(QStringLiteral("config.externalConflict"), {{QStringLiteral("files"), toArray(r.value().conflicts)}});
    });
}

} // namespace shipdeck
