#include "backend/config/configclient.h"

#include "backend/facade/backend.h"

#include <QJsonArray>

namespace shipdeck {

namespace {
template<typename T>
struct FutureValue;
template<typename T>
struct FutureValue<QFuture<T>>
{
    using type = T;
};

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}
} // namespace

ConfigClient::ConfigClient(Backend *backend, QObject *parent) : QObject(parent), m_backend(backend)
{
    connect(backend, &Backend::serviceEvent, this, [this](const QString &service, const QString &event, const QJsonObject &data) {
        if (service != QLatin1String("config"))
            return;
        Q_EMIT changed(event, data);
        if (event == QLatin1String("config.changed"))
            Q_EMIT filesChangedOnDisk(stringList(data.value(QStringLiteral("files"))));
        else if (event == QLatin1String("config.externalConflict"))
            Q_EMIT externalConflict(stringList(data.value(QStringLiteral("files"))));
        else if (event == QLatin1String("job.started"))
            Q_EMIT jobStarted(data.value(QStringLiteral("kind")).toString(), data.value(QStringLiteral("jobId")).toString());
    });
}

template<typename F>
auto ConfigClient::call(F fn)
{
    using Future = decltype(fn(std::declval<ConfigService &>()));
    using R = typename FutureValue<Future>::type;
    if (!m_backend)
        return QtFuture::makeReadyFuture(R(Error(ErrorCode::Unavailable, QStringLiteral("the backend is gone"))));
    return m_backend->post([fn = std::move(fn)](BackendCore &core) -> Future {
        auto *service = core.service<ConfigService>();
        if (!service)
            return QtFuture::makeReadyFuture(R(Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"))));
        return fn(*service);
    }).unwrap();
}

QFuture<Result<QJsonObject>> ConfigClient::runJob(std::function<ConfigJobTicket(ConfigService &)> start)
{
    return call([start = std::move(start)](ConfigService &s) { return start(s).finished; });
}

QFuture<Result<QJsonObject>> ConfigClient::info() { return call([](ConfigService &s) { return s.info(); }); }

QFuture<Result<QJsonObject>> ConfigClient::initRepository(const QStringList &environments)
{
    return call([environments](ConfigService &s) { return s.initRepository(environments); });
}

QFuture<Result<QJsonObject>> ConfigClient::clone(const QString &url, const ConfigSyncRequest &credentials)
{
    return runJob([url, credentials](ConfigService &s) { return s.clone(url, credentials); });
}

QFuture<Result<ConfigValue>> ConfigClient::getConfiguration(const QString &key, const QString &environment)
{
    return call([key, environment](ConfigService &s) { return s.get(key, environment); });
}

QFuture<Result<QString>> ConfigClient::setConfiguration(const QString &key, const QString &environment, const QJsonValue &value, bool saveNow)
{
    return call([key, environment, value, saveNow](ConfigService &s) { return s.set(key, environment, value, saveNow); });
}

QFuture<Result<QString>> ConfigClient::unsetConfiguration(const QString &key, const QString &environment, bool saveNow)
{
    return call([key, environment, saveNow](ConfigService &s) { return s.unset(key, environment, saveNow); });
}

QFuture<Result<QList<ConfigIssue>>> ConfigClient::validateConfiguration(const QString &environment)
{
    return call([environment](ConfigService &s) { return s.validate(environment); });
}

QFuture<Result<QList<ConfigValue>>> ConfigClient::effective(const QString &environment)
{
    return call([environment](ConfigService &s) { return s.effective(environment); });
}

QFuture<Result<QList<ConfigValue>>> ConfigClient::effectiveAll() { return call([](ConfigService &s) { return s.effectiveAll(); }); }
QFuture<Result<QStringList>> ConfigClient::saveDrafts() { return call([](ConfigService &s) { return s.saveDrafts(); }); }
QFuture<Result<QStringList>> ConfigClient::drafts() { return call([](ConfigService &s) { return s.drafts(); }); }

QFuture<Result<void>> ConfigClient::discardDrafts(const QString &file)
{
    return call([file](ConfigService &s) { return s.discardDrafts(file); });
}

QFuture<Result<void>> ConfigClient::resolveExternalChange(const QString &file, bool keepMine)
{
    return call([file, keepMine](ConfigService &s) { return s.resolveExternalChange(file, keepMine); });
}

QFuture<Result<QList<ConfigDraft>>> ConfigClient::draftChanges() { return call([](ConfigService &s) { return s.draftChanges(); }); }
QFuture<Result<QList<GitFileDiff>>> ConfigClient::workingDiff() { return call([](ConfigService &s) { return s.workingDiff(); }); }
QFuture<Result<QJsonObject>> ConfigClient::author() { return call([](ConfigService &s) { return s.author(); }); }

QFuture<Result<void>> ConfigClient::setAuthor(const QString &name, const QString &email)
{
    return call([name, email](ConfigService &s) { return s.setAuthor(name, email); });
}

QFuture<Result<QList<GitStatusEntry>>> ConfigClient::status() { return call([](ConfigService &s) { return s.status(); }); }

QFuture<Result<QList<GitFileDiff>>> ConfigClient::diff(const QString &from, const QString &to, const QStringList &paths)
{
    return call([from, to, paths](ConfigService &s) { return s.diff(from, to, paths); });
}

QFuture<Result<QString>> ConfigClient::commit(const QString &message, const QStringList &files)
{
    return call([message, files](ConfigService &s) { return s.commit(message, files); });
}

QFuture<Result<QList<GitCommitInfo>>> ConfigClient::log(const QString &path, int limit)
{
    return call([path, limit](ConfigService &s) { return s.log(path, limit); });
}

QFuture<Result<QList<GitBlameLine>>> ConfigClient::blame(const QString &path)
{
    return call([path](ConfigService &s) { return s.blame(path); });
}

QFuture<Result<QList<GitBranchInfo>>> ConfigClient::branches() { return call([](ConfigService &s) { return s.branches(); }); }

QFuture<Result<void>> ConfigClient::createBranch(const QString &name, const QString &from)
{
    return call([name, from](ConfigService &s) { return s.createBranch(name, from); });
}

QFuture<Result<void>> ConfigClient::switchBranch(const QString &name)
{
    return call([name](ConfigService &s) { return s.switchBranch(name); });
}

QFuture<Result<QString>> ConfigClient::revert(const QString &commitId)
{
    return call([commitId](ConfigService &s) { return s.revert(commitId); });
}

QFuture<Result<void>> ConfigClient::setRemote(const QString &name, const QString &url)
{
    return call([name, url](ConfigService &s) { return s.setRemote(name, url); });
}

QFuture<Result<QJsonObject>> ConfigClient::sync(const ConfigSyncRequest &request)
{
    return runJob([request](ConfigService &s) { return s.sync(request); });
}

QFuture<Result<QList<ConfigConflict>>> ConfigClient::conflicts() { return call([](ConfigService &s) { return s.conflicts(); }); }

QFuture<Result<void>> ConfigClient::resolveConflict(const QString &file, const QString &key, const QString &resolution, const QJsonValue &value)
{
    return call([file, key, resolution, value](ConfigService &s) { return s.resolveConflict(file, key, resolution, value); });
}

QFuture<Result<QJsonObject>> ConfigClient::completeMerge(const ConfigSyncRequest &request)
{
    return runJob([request](ConfigService &s) { return s.completeMerge(request); });
}

QFuture<Result<void>> ConfigClient::abortMerge() { return call([](ConfigService &s) { return s.abortMerge(); }); }
QFuture<Result<QList<ConfigIssue>>> ConfigClient::validateMerge() { return call([](ConfigService &s) { return s.validateMerge(); }); }

QFuture<Result<QJsonObject>> ConfigClient::previewMigrations(int toVersion)
{
    return call([toVersion](ConfigService &s) { return s.previewMigrations(toVersion); });
}

QFuture<Result<QJsonObject>> ConfigClient::migrateConfiguration(int toVersion)
{
    return runJob([toVersion](ConfigService &s) { return s.applyMigrations(toVersion); });
}

} // namespace shipdeck
