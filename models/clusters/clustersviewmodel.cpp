#include "models/clusters/clustersviewmodel.h"

#include "backend/facade/backend.h"
#include "backend/kube/kubeclient.h"
#include "backend/kube/kubeservice.h"
#include "backend/kube/kubesummarizer.h"
#include "models/clusters/kubecontextmodel.h"
#include "models/clusters/kubekindmodel.h"
#include "models/clusters/kubenamespacemodel.h"
#include "models/clusters/kubeobjecttablemodel.h"

#include <QJsonArray>
#include <QTimer>

namespace shipdeck {

ClustersViewModel::ClustersViewModel(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_client(new KubeClient(backend, this))
    , m_contexts(new KubeContextModel(this))
    , m_namespaces(new KubeNamespaceModel(this))
    , m_kinds(new KubeKindModel(this))
    , m_objects(new KubeObjectTableModel(this))
    , m_retry(new QTimer(this))
{
    m_type = *KubeResourceType::find(m_resource);
    m_objects->setResource(m_resource, KubeSummarizer(m_type).columns());
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ClustersViewModel::connectCluster);
    connect(m_client, &KubeClient::storeChanged, this, &ClustersViewModel::onStoreChanged);
    connect(m_client, &KubeClient::contextChanged, this, &ClustersViewModel::onContextChanged);
    connect(m_client, &KubeClient::watchProblem, this, [this](quint64 sub, const QString &message) {
        if (sub != m_objectsSub || sub == 0 || message == m_problem)
            return;
        m_problem = message;
        Q_EMIT problemChanged();
    });
    connect(m_client, &KubeClient::watchHealthy, this, [this](quint64 sub) {
        if (sub != m_objectsSub || sub == 0 || m_problem.isEmpty())
            return;
        m_problem.clear();
        Q_EMIT problemChanged();
    });
}

ClustersViewModel::~ClustersViewModel()
{
    stopWatches();
}

bool ClustersViewModel::allNamespaces() const
{
    return m_namespace == KubeNamespaceModel::allNamespaces();
}

QStringList ClustersViewModel::warnings() const
{
    QStringList out = m_contexts->warnings();
    if (const auto *c = m_contexts->context(m_context); c && !c->warning.isEmpty())
        out.prepend(c->warning);
    return out;
}

void ClustersViewModel::setConnection(Connection connection, const QString &text)
{
    if (connection == m_connection && text == m_connectionText)
        return;
    m_connection = connection;
    m_connectionText = text;
    Q_EMIT connectionChanged();
}

void ClustersViewModel::reload()
{
    const int generation = ++m_generation;
    m_retry->stop();
    stopWatches();
    setConnection(Connection::Loading, tr("Reading the kubeconfig…"));
    m_client->contexts().then(this, [this, generation](const Result<QJsonObject> &contexts) {
        if (generation != m_generation)
            return;
        if (!contexts) {
            m_contexts->clear();
            Q_EMIT contextsChanged();
            setConnection(Connection::ConfigError, contexts.error().toString());
            return;
        }
        m_contexts->setContexts(contexts.value());
        m_context = contexts->value(QLatin1String("current")).toString();
        m_namespace = contexts->value(QLatin1String("namespace")).toString();
        m_access.clear();
        m_accessAsked.clear();
        Q_EMIT contextsChanged();
        Q_EMIT scopeChanged();
        if (m_contexts->rowCount() == 0) {
            QStringList why = m_contexts->warnings();
            if (why.isEmpty())
                why.append(tr("Shipdeck reads the files of $KUBECONFIG, else ~/.kube/config."));
            setConnection(Connection::NoConfig, tr("No kubeconfig context found. %1").arg(why.join(QLatin1Char(' '))));
            return;
        }
        if (m_context.isEmpty()) {
            setConnection(Connection::NoConfig, tr("The kubeconfig sets no current context: choose one."));
            return;
        }
        connectCluster();
    });
}

void ClustersViewModel::setKubeconfig(const QString &path)
{
    m_kubeconfig = path;
    const int generation = ++m_generation;
    stopWatches();
    m_client->setKubeconfig(path).then(this, [this, generation](const Result<void> &done) {
        if (generation != m_generation)
            return;
        if (!done) {
            setConnection(Connection::ConfigError, done.error().toString());
            return;
        }
        reload();
    });
}

void ClustersViewModel::useContext(const QString &name)
{
    if (name.isEmpty() || (name == m_context && m_connection == Connection::Connected))
        return;
    m_client->useContext(name).then(this, [this, name](const Result<void> &done) {
        if (!done)
            Q_EMIT actionFinished(false, done.error().toString());
        else if (name == m_context && m_connection != Connection::Connected)
            reload(); // the same context again: reconnect
    });
}

void ClustersViewModel::useNamespace(const QString &namespaceName)
{
    if (namespaceName.isEmpty() || namespaceName == m_namespace)
        return;
    // Show the choice at once; the backend records it and confirms with contextChanged.
    onContextChanged(m_context, namespaceName);
    m_client->useNamespace(namespaceName).then(this, [this](const Result<void> &done) {
        if (!done)
            Q_EMIT actionFinished(false, done.error().toString());
    });
}

void ClustersViewModel::onContextChanged(const QString &context, const QString &namespaceName)
{
    if (context != m_context) {
        reload();
        return;
    }
    if (namespaceName == m_namespace)
        return;
    m_namespace = namespaceName;
    m_namespaces->setCurrent(namespaceName);
    Q_EMIT scopeChanged();
    watchObjects();
}

void ClustersViewModel::setResource(const QString &resource)
{
    if (resource.isEmpty() || resource == m_resource)
        return;
    m_resource = resource;
    watchObjects();
}

void ClustersViewModel::retry()
{
    m_retryDelayMs = 2000;
    if (m_connection == Connection::Failed || m_connection == Connection::Connecting)
        connectCluster();
    else
        reload();
}

void ClustersViewModel::connectCluster()
{
    const int generation = ++m_generation;
    m_retry->stop();
    stopWatches();
    m_namespaces->clear();
    m_namespaces->setCurrent(m_namespace);
    m_kinds->clearCustomResources();
    m_objects->clear();
    const auto *c = m_contexts->context(m_context);
    setConnection(Connection::Connecting, tr("Connecting to %1…").arg(c ? c->server : m_context));
    m_client->serverVersion().then(this, [this, generation](const Result<QJsonObject> &version) {
        if (generation != m_generation)
            return;
        if (!version) {
            const auto *c = m_contexts->context(m_context);
            setConnection(Connection::Failed, tr("%1 (%2): %3").arg(m_context, c ? c->server : QString(), version.error().toString()));
            m_retry->start(m_retryDelayMs);
            m_retryDelayMs = qMin(60'000, m_retryDelayMs * 2);
            return;
        }
        m_retryDelayMs = 2000;
        setConnection(Connection::Connected, version->value(QLatin1String("gitVersion")).toString());
        startSideWatches();
        watchObjects();
    });
}

void ClustersViewModel::stopWatches()
{
    for (quint64 *sub : {&m_objectsSub, &m_namespacesSub, &m_crdsSub}) {
        if (*sub)
            m_client->unwatch(*sub);
        *sub = 0;
    }
    ++m_objectsGeneration;
    if (!m_problem.isEmpty()) {
        m_problem.clear();
        Q_EMIT problemChanged();
    }
}

void ClustersViewModel::startSideWatches()
{
    const int generation = m_generation;
    KubeWatchSpec namespaces;
    namespaces.resource = QStringLiteral("namespaces");
    m_client->watch(namespaces).then(this, [this, generation](const Result<quint64> &sub) {
        if (!sub)
            return; // the namespace list is a convenience; the switcher still takes a typed name
        if (generation != m_generation)
            m_client->unwatch(sub.value());
        else
            m_namespacesSub = sub.value();
    });
    KubeWatchSpec crds;
    crds.resource = QStringLiteral("customresourcedefinitions");
    m_client->watch(crds).then(this, [this, generation](const Result<quint64> &sub) {
        if (!sub)
            return;
        if (generation != m_generation)
            m_client->unwatch(sub.value());
        else
            m_crdsSub = sub.value();
    });
}

void ClustersViewModel::watchObjects()
{
    if (m_objectsSub)
        m_client->unwatch(std::exchange(m_objectsSub, 0));
    const int generation = ++m_objectsGeneration;
    if (!m_problem.isEmpty()) {
        m_problem.clear();
        Q_EMIT problemChanged();
    }
    if (auto builtin = KubeResourceType::find(m_resource)) {
        m_type = *builtin;
        m_objects->setResource(m_resource, KubeSummarizer(m_type).columns());
        Q_EMIT scopeChanged();
        startObjectsWatch();
        return;
    }
    // A custom resource: its printer columns come from the CRD.
    m_type = KubeResourceType{};
    m_objects->setResource(m_resource, {});
    Q_EMIT scopeChanged();
    if (m_connection != Connection::Connected)
        return;
    m_client->resolveType(m_resource).then(this, [this, generation](const Result<KubeResourceType> &type) {
        if (generation != m_objectsGeneration)
            return;
        if (!type) {
            m_problem = type.error().toString();
            Q_EMIT problemChanged();
            return;
        }
        m_type = type.value();
        m_objects->setResource(m_resource, KubeSummarizer(m_type).columns());
        Q_EMIT scopeChanged();
        startObjectsWatch();
    });
}

void ClustersViewModel::startObjectsWatch()
{
    if (m_connection != Connection::Connected)
        return;
    const int generation = m_objectsGeneration;
    KubeWatchSpec spec;
    spec.resource = m_resource; // a built-in name, or a custom resource's "plural.group"
    spec.namespaceName = m_type.namespaced && !allNamespaces() ? m_namespace : QString();
    m_client->watch(spec).then(this, [this, generation](const Result<quint64> &sub) {
        if (generation != m_objectsGeneration) {
            if (sub)
                m_client->unwatch(sub.value());
            return;
        }
        if (!sub) {
            m_problem = sub.error().toString();
            Q_EMIT problemChanged();
            return;
        }
        m_objectsSub = sub.value();
    });
}

void ClustersViewModel::onStoreChanged(quint64 subscription, const KubeStoreDelta &delta)
{
    if (subscription == 0)
        return;
    if (subscription == m_objectsSub)
        m_objects->applyDelta(delta);
    else if (subscription == m_namespacesSub)
        m_namespaces->applyDelta(delta);
    else if (subscription == m_crdsSub)
        m_kinds->applyCrdDelta(delta);
}

QString ClustersViewModel::accessKey(KubeAction action, const QString &ns) const
{
    return QStringList{m_type.groupResource(), KubeActions::id(action), m_type.namespaced ? ns : QString()}.join(QLatin1Char('|'));
}

void ClustersViewModel::checkAccess(const QString &ns)
{
    if (m_connection != Connection::Connected || !m_type.isValid())
        return;
    const int generation = m_generation;
    for (KubeAction action : KubeActions::all()) {
        if (!KubeActions::applies(action, m_type))
            continue;
        const QString key = accessKey(action, ns);
        if (m_accessAsked.contains(key))
            continue;
        m_accessAsked.insert(key);
        m_client->accessAllowed(KubeActions::check(action, m_type, ns)).then(this, [this, generation, key](const Result<bool> &allowed) {
            if (generation != m_generation)
                return;
            // A cluster that cannot answer access reviews leaves the decision to the action
            // itself (the server refuses with 403 and its reason).
            m_access.insert(key, allowed ? allowed.value() : true);
            Q_EMIT accessChanged();
        });
    }
}

std::optional<bool> ClustersViewModel::allowed(KubeAction action, const QString &ns) const
{
    if (!KubeActions::applies(action, m_type))
        return false;
    const auto it = m_access.constFind(accessKey(action, ns));
    if (it == m_access.constEnd())
        return std::nullopt;
    return it.value();
}

void ClustersViewModel::finishAction(const QFuture<Result<QString>> &future)
{
    QFuture<Result<QString>>(future).then(this, [this](const Result<QString> &done) {
        Q_EMIT actionFinished(done.ok(), done ? done.value() : done.error().toString());
    });
}

void ClustersViewModel::scale(const QString &ns, const QString &name, int replicas)
{
    finishAction(m_client->scale(m_resource, ns, name, replicas));
}

void ClustersViewModel::restart(const QString &ns, const QString &name)
{
    finishAction(m_client->restart(m_resource, ns, name));
}

void ClustersViewModel::remove(const QString &ns, const QString &name)
{
    finishAction(m_client->remove(m_resource, ns, name));
}

void ClustersViewModel::rolloutAction(KubeAction action, const QString &ns, const QString &name, qint64 argument)
{
    finishAction(m_client->rolloutAction(ns, name, KubeActions::rolloutVerb(action), argument));
}

} // namespace shipdeck
