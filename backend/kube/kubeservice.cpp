#include "backend/kube/kubeservice.h"

#include "backend/kube/kuberolloutsettings.h"

#include "backend/facade/backendcore.h"
#include "backend/kube/kubeendpoint.h"
#include "backend/kube/kubeinformer.h"
#include "backend/kube/kubelogsession.h"
#include "backend/kube/kubeobjectstore.h"
#include "backend/kube/kuberestclient.h"
#include "backend/providers/kubernetes/kubernetesprovider.h"
#include "backend/store/settingsrepository.h"
#include "backend/store/workspace.h"

namespace shipdeck {

namespace {
const QString kContextKey = QStringLiteral("kube.context");
const QString kNamespaceKey = QStringLiteral("kube.namespace.");
}

KubeService::KubeService()
{
    qRegisterMetaType<KubeStoreDelta>();
    qRegisterMetaType<KubeObjectRow>();
}

KubeService::~KubeService()
{
    close();
}

Result<void> KubeService::open(BackendCore &core)
{
    m_core = &core;
    return success();
}

void KubeService::close()
{
    for (auto *session : std::as_const(m_logs))
        session->stop();
    qDeleteAll(m_logs);
    m_logs.clear();
    for (auto &shared : m_informers)
        delete shared.informer;
    m_informers.clear();
    m_subscriptions.clear();
    qDeleteAll(m_reviews);
    m_reviews.clear();
    qDeleteAll(m_clients);
    m_clients.clear();
}

void KubeService::setConfigSource(const KubeConfigSource &source)
{
    m_source = source;
    // Clients were built from the old files.
    close();
}

Result<KubeConfig> KubeService::loadConfig() const
{
    return KubeConfig::load(m_source);
}

QString KubeService::selectedContext(const KubeConfig &config) const
{
    if (!m_contextOverride.isEmpty())
        return m_contextOverride;
    if (m_core && m_core->hasWorkspace()) {
        auto ws = const_cast<BackendCore *>(m_core)->workspace();
        if (ws) {
            auto chosen = SettingsRepository(ws.value()->db()).value(kContextKey);
            if (chosen && !chosen->isEmpty() && config.context(chosen.value()))
                return chosen.value();
        }
    }
    return config.currentContext();
}

QString KubeService::selectedNamespace(const KubeConfig &config, const QString &context) const
{
    if (m_core && m_core->hasWorkspace()) {
        auto ws = const_cast<BackendCore *>(m_core)->workspace();
        if (ws) {
            auto chosen = SettingsRepository(ws.value()->db()).value(kNamespaceKey + context);
            if (chosen && !chosen->isEmpty())
                return chosen.value();
        }
    }
    const KubeContext *ctx = config.context(context);
    return ctx && !ctx->namespaceName.isEmpty() ? ctx->namespaceName : QStringLiteral("default");
}

Result<QString> KubeService::currentNamespace() const
{
    SD_TRY(const KubeConfig config, loadConfig());
    return selectedNamespace(config, selectedContext(config));
}

Result<void> KubeService::useContext(const QString &context)
{
    SD_TRY(const KubeConfig config, loadConfig());
    if (!config.context(context))
        return Error(ErrorCode::NotFound, QStringLiteral("context \"%1\" is not defined in %2")
                                              .arg(context, config.files().join(QStringLiteral(", "))));
    if (!m_core)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    SD_TRY(Workspace * ws, m_core->workspace());
    SD_CHECK(SettingsRepository(ws->db()).setValue(kContextKey, context));
    Q_EMIT contextChanged(context, selectedNamespace(config, context));
    return success();
}

Result<void> KubeService::useNamespace(const QString &namespaceName)
{
    SD_TRY(const KubeConfig config, loadConfig());
    const QString context = selectedContext(config);
    if (!m_core)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    SD_TRY(Workspace * ws, m_core->workspace());
    SD_CHECK(SettingsRepository(ws->db()).setValue(kNamespaceKey + context, namespaceName));
    Q_EMIT contextChanged(context, namespaceName);
    return success();
}

Result<QJsonObject> KubeService::contextsJson()
{
    SD_TRY(const KubeConfig config, loadConfig());
    const QString current = selectedContext(config);
    QJsonArray contexts;
    for (const KubeContext &c : config.contexts()) {
        const KubeCluster *cluster = config.cluster(c.cluster);
        QJsonObject o{{QStringLiteral("name"), c.name}, {QStringLiteral("cluster"), c.cluster}, {QStringLiteral("user"), c.user},
                      {QStringLiteral("namespace"), selectedNamespace(config, c.name)},
                      {QStringLiteral("server"), cluster ? cluster->server : QString()},
                      {QStringLiteral("current"), c.name == current}, {QStringLiteral("file"), c.origin}};
        if (cluster && cluster->insecureSkipTlsVerify)
            o.insert(QStringLiteral("warning"), QStringLiteral("insecure-skip-tls-verify: the server's identity is not checked"));
        contexts.append(o);
    }
    return QJsonObject{{QStringLiteral("current"), current},
                       {QStringLiteral("namespace"), current.isEmpty() ? QString() : selectedNamespace(config, current)},
                       {QStringLiteral("contexts"), contexts}, {QStringLiteral("files"), QJsonArray::fromStringList(config.files())},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(config.warnings())}};
}

Result<KubeRestClient *> KubeService::client(const QString &contextIn)
{
    SD_TRY(const KubeConfig config, loadConfig());
    const QString context = contextIn.isEmpty() ? selectedContext(config) : contextIn;
    if (auto *existing = m_clients.value(context))
        return existing;
    SD_TRY(KubeEndpoint endpoint, KubeEndpoint::resolve(config, context));
    endpoint.namespaceName = selectedNamespace(config, context);
    auto *client = new KubeRestClient(std::move(endpoint), this);
    m_clients.insert(context, client);
    return client;
}

Result<KubernetesProvider *> KubeService::createRolloutProvider(const QString &contextIn, QObject *parent)
{
    SD_TRY(const KubeConfig config, loadConfig());
    const QString context = contextIn.isEmpty() ? selectedContext(config) : contextIn;
    if (context.isEmpty())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no Kubernetes context selected for the rollout provider"));
    SD_TRY(KubeEndpoint endpoint, KubeEndpoint::resolve(config, context));
    KubernetesProvider::Options o;
    o.namespaceName = selectedNamespace(config, context);
    if (m_core) {
        if (auto ws = m_core->workspace()) {
            SettingsRepository settings(ws.value()->db());
            SD_CHECK(KubeRolloutSettings::apply(
                [&settings](const QString &key) { return settings.value(KubeRolloutSettings::prefix() + key).valueOr(QString()); }, o));
        }
    }
    auto *provider = new KubernetesProvider(endpoint, std::move(o), parent);
    return provider;
}

QFuture<Result<KubeResourceType>> KubeService::resolveType(const QString &name, const QString &context)
{
    if (auto builtin = KubeResourceType::find(name))
        return QtFuture::makeReadyFuture(Result<KubeResourceType>(*builtin));
    auto c = client(context);
    if (!c)
        return QtFuture::makeReadyFuture(Result<KubeResourceType>(c.error()));
    const QString crdPath = KubeResourceType::find(QStringLiteral("crd"))->collectionPath();
    return c.value()->getJson(crdPath).then(this, [name](const Result<QJsonObject> &list) -> Result<KubeResourceType> {
        if (!list)
            return std::move(list).error().withContext(QStringLiteral("looking up resource type \"%1\"").arg(name));
        const QString plain = name.section(QLatin1Char('.'), 0, 0);
        const QString group = name.section(QLatin1Char('.'), 1);
        for (const auto &item : list->value(QLatin1String("items")).toArray()) {
            auto type = KubeResourceType::fromCrd(item.toObject());
            if (!type || (!group.isEmpty() && type->group != group))
                continue;
            if (type->resource.compare(plain, Qt::CaseInsensitive) == 0 || type->kind.compare(plain, Qt::CaseInsensitive) == 0
                || type->shortNames.contains(plain.toLower()))
                return *type;
        }
        return Error(ErrorCode::NotFound, QStringLiteral("the server doesn't have a resource type \"%1\"").arg(name));
    });
}

QFuture<Result<bool>> KubeService::accessAllowed(const KubeAccessCheck &check, const QString &contextIn)
{
    auto config = loadConfig();
    if (!config)
        return QtFuture::makeReadyFuture(Result<bool>(config.error()));
    const QString context = contextIn.isEmpty() ? selectedContext(config.value()) : contextIn;
    auto c = client(context);
    if (!c)
        return QtFuture::makeReadyFuture(Result<bool>(c.error()));
    KubeAccessReview *&review = m_reviews[context];
    if (!review)
        review = new KubeAccessReview(c.value(), this);
    return review->allowed(check);
}

QString KubeService::informerKey(const QString &context, const KubeResourceType &type, const KubeWatchSpec &spec) const
{
    return QStringList{context, type.groupResource(), type.version, type.namespaced ? spec.namespaceName : QString(),
                       spec.labelSelector, spec.fieldSelector}.join(QChar(0x1f));
}

QFuture<Result<quint64>> KubeService::watch(const KubeWatchSpec &spec)
{
    auto config = loadConfig();
    if (!config)
        return QtFuture::makeReadyFuture(Result<quint64>(config.error()));
    const QString context = spec.context.isEmpty() ? selectedContext(config.value()) : spec.context;
    return resolveType(spec.resource, context).then(this, [this, spec, context](const Result<KubeResourceType> &type) -> Result<quint64> {
        if (!type)
            return type.error();
        SD_TRY(KubeRestClient * c, client(context));
        const QString key = informerKey(context, type.value(), spec);
        SharedInformer &shared = m_informers[key];
        const quint64 id = m_nextId++;
        if (!shared.informer) {
            KubeInformer::Options o;
            o.namespaceName = type->namespaced ? spec.namespaceName : QString();
            o.labelSelector = spec.labelSelector;
            o.fieldSelector = spec.fieldSelector;
            shared.informer = new KubeInformer(c, type.value(), o, this);
            connect(shared.informer->store(), &KubeObjectStore::changed, this, [this, key](const KubeStoreDelta &delta) {
                for (quint64 sub : m_informers.value(key).subscribers)
                    Q_EMIT storeChanged(sub, delta);
            });
            connect(shared.informer, &KubeInformer::problem, this, [this, key](const QString &message) {
                for (quint64 sub : m_informers.value(key).subscribers)
                    Q_EMIT watchProblem(sub, message);
            });
            connect(shared.informer, &KubeInformer::stateChanged, this, [this, key](KubeInformer::State state) {
                if (state != KubeInformer::State::Watching)
                    return;
                for (quint64 sub : m_informers.value(key).subscribers)
                    Q_EMIT watchHealthy(sub);
            });
            shared.informer->start();
        } else {
            // A later view of the same kind shares the watch and starts from a snapshot.
            QMetaObject::invokeMethod(this, [this, id, informer = shared.informer] {
                if (!m_subscriptions.contains(id))
                    return;
                Q_EMIT storeChanged(id, informer->store()->snapshot());
                if (informer->state() == KubeInformer::State::Watching)
                    Q_EMIT watchHealthy(id);
            }, Qt::QueuedConnection);
        }
        shared.subscribers.append(id);
        m_subscriptions.insert(id, key);
        return id;
    });
}

KubeInformer *KubeService::informerFor(quint64 subscription) const
{
    return m_informers.value(m_subscriptions.value(subscription)).informer;
}

void KubeService::unwatch(quint64 subscription)
{
    const QString key = m_subscriptions.take(subscription);
    auto it = m_informers.find(key);
    if (it == m_informers.end())
        return;
    it->subscribers.removeAll(subscription);
    if (it->subscribers.isEmpty()) {
        it->informer->stop();
        it->informer->deleteLater();
        m_informers.erase(it);
    }
}

Result<quint64> KubeService::openLogs(const QString &namespaceName, const QString &pod, const QString &labelSelector,
                                      const QString &container, const KubeLogOptions &options, const QString &context)
{
    if (pod.isEmpty() && labelSelector.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("logs need a pod or a label selector"));
    SD_TRY(KubeRestClient * c, client(context));
    KubeLogSession::Target target{namespaceName.isEmpty() ? c->endpoint().namespaceName : namespaceName, pod, labelSelector, container};
    auto *session = new KubeLogSession(c, target, options, this);
    const quint64 id = m_nextId++;
    m_logs.insert(id, session);
    connect(session, &KubeLogSession::changed, this, [this, id](qsizetype size, qsizetype first) { Q_EMIT logsChanged(id, size, first); });
    connect(session, &KubeLogSession::finished, this, [this, id] { Q_EMIT logsFinished(id); });
    connect(session, &KubeLogSession::problem, this, [this, id](const QString &message) { Q_EMIT logsProblem(id, message); });
    connect(session, &KubeLogSession::streamEnded, this, [this, id](const QString &source, const QString &reason) {
        Q_EMIT logStreamEnded(id, source, reason);
    });
    session->start();
    return id;
}

std::shared_ptr<KubeLogBuffer> KubeService::logBuffer(quint64 session) const
{
    auto *s = m_logs.value(session);
    return s ? s->buffer() : nullptr;
}

KubeLogSession *KubeService::logSession(quint64 session) const
{
    return m_logs.value(session);
}

void KubeService::closeLogs(quint64 session)
{
    if (auto *s = m_logs.take(session)) {
        s->stop();
        s->deleteLater();
    }
}

SD_REGISTER_BACKEND_SERVICE(KubeService, 400);

Result<QJsonArray> KubeService::rolloutSettings()
{
    if (!m_core)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    SD_TRY(Workspace * ws, m_core->workspace());
    SettingsRepository settings(ws->db());
    QJsonArray out;
    for (const KubeRolloutSettings::Setting &s : KubeRolloutSettings::all()) {
        SD_TRY(const QString value, settings.value(KubeRolloutSettings::prefix() + s.key));
        out.append(QJsonObject{{QStringLiteral("key"), KubeRolloutSettings::prefix() + s.key},
                               {QStringLiteral("value"), value.trimmed()},
                               {QStringLiteral("default"), s.defaultText},
                               {QStringLiteral("description"), s.description}});
    }
    return out;
}

Result<void> KubeService::setRolloutSetting(const QString &key, const QString &value)
{
    if (!m_core)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    SD_CHECK(KubeRolloutSettings::validate(key, value.trimmed()));
    SD_TRY(Workspace * ws, m_core->workspace());
    return SettingsRepository(ws->db()).setValue(KubeRolloutSettings::prefix() + KubeRolloutSettings::shortKey(key), value.trimmed());
}

} // namespace shipdeck
