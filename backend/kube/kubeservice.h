#pragma once

#include "backend/facade/backendservice.h"
#include "backend/kube/kubeaccessreview.h"
#include "backend/kube/kubeconfig.h"
#include "backend/kube/kubelogstream.h"
#include "backend/kube/kubeobjectrow.h"
#include "backend/kube/kuberesourcetype.h"

#include <QFuture>
#include <QHash>
#include <QJsonArray>

#include <memory>

namespace shipdeck {

class KubeAccessReview;
class KubeInformer;
class KubeLogBuffer;
class KubeLogSession;
class KubeRestClient;
class KubernetesProvider;

// What a view watches: a kind in a namespace (empty = all), optionally filtered.
struct KubeWatchSpec
{
    QString resource;       // "pods", "deploy", "rollouts.argoproj.io", a CRD plural …
    QString namespaceName;
    QString labelSelector;
    QString fieldSelector;
    QString context;        // empty = the selected context
};

// The Kubernetes side of the backend: kubeconfig and context selection, one REST client
// per context, shared informers (one watch per kind per scope, however many views), log
// sessions. Shipdeck never writes the kubeconfig: the chosen context and namespace are
// workspace settings. Lives on the backend thread; the GUI and CLI use KubeClient.
class KubeService : public BackendService
{
    Q_OBJECT
public:
    KubeService();
    ~KubeService() override;

    QString name() const override { return QStringLiteral("kube"); }
    Result<void> open(BackendCore &core) override;
    void close() override;

    // Where kubeconfig files come from (default: $KUBECONFIG, else ~/.kube/config).
    void setConfigSource(const KubeConfigSource &source);
    // Uses `context` for this backend without recording it (--context).
    void setContextOverride(const QString &context) { m_contextOverride = context; }
    Result<KubeConfig> loadConfig() const;
    // The selected context: the workspace's choice, else the kubeconfig's current-context.
    QString selectedContext(const KubeConfig &config) const;
    QString selectedNamespace(const KubeConfig &config, const QString &context) const;
    // The namespace of the selected context as chosen now ("*" = all namespaces).
    Result<QString> currentNamespace() const;
    Result<void> useContext(const QString &context);
    Result<void> useNamespace(const QString &namespaceName);
    // contexts, current context/namespace, warnings (insecure clusters …) as JSON.
    Result<QJsonObject> contextsJson();

    // The REST client of a context (empty = the selected one); created on first use.
    Result<KubeRestClient *> client(const QString &context = {});
    // A rollout provider for a context (empty = the selected one), owned by `parent`. Its
    // options come from the workspace settings kube.rollout.* (docs/kubernetes.md); the
    // namespace defaults to the context's selected namespace.
    Result<KubernetesProvider *> createRolloutProvider(const QString &context, QObject *parent);
    // The kube.rollout.* settings of the workspace: key, value ("" = default), default, description.
    Result<QJsonArray> rolloutSettings();
    // Checks and stores one of them ("" = back to the default); a bad value names the setting.
    Result<void> setRolloutSetting(const QString &key, const QString &value);
    // Resolves a kind name: built-ins first, then the cluster's CRDs.
    QFuture<Result<KubeResourceType>> resolveType(const QString &name, const QString &context = {});
    // Whether the user of `context` (empty = the selected one) may do what `check` asks
    // (SelfSubjectAccessReview, answers kept for five minutes per context).
    QFuture<Result<bool>> accessAllowed(const KubeAccessCheck &check, const QString &context = {});

    // Starts watching; `storeChanged(id, …)` delivers a reset snapshot first, then batches.
    QFuture<Result<quint64>> watch(const KubeWatchSpec &spec);
    void unwatch(quint64 subscription);
    KubeInformer *informerFor(quint64 subscription) const;
    int sharedInformerCount() const { return int(m_informers.size()); }

    Result<quint64> openLogs(const QString &namespaceName, const QString &pod, const QString &labelSelector,
                             const QString &container, const KubeLogOptions &options, const QString &context = {});
    std::shared_ptr<KubeLogBuffer> logBuffer(quint64 session) const;
    KubeLogSession *logSession(quint64 session) const;
    void closeLogs(quint64 session);

Q_SIGNALS:
    void storeChanged(quint64 subscription, const shipdeck::KubeStoreDelta &delta);
    void watchProblem(quint64 subscription, const QString &message);
    // The watch is open and current again (after its first list, or after recovering).
    void watchHealthy(quint64 subscription);
    void logsChanged(quint64 session, qsizetype size, qsizetype firstChanged);
    // A log session without follow has read every log completely.
    void logsFinished(quint64 session);
    // A log session is recovering from a failure (pod list, a stream), in words.
    void logsProblem(quint64 session, const QString &message);
    // One container's stream of a session stopped for good ("pod/container", why).
    void logStreamEnded(quint64 session, const QString &source, const QString &reason);
    void contextChanged(const QString &context, const QString &namespaceName);

private:
    struct SharedInformer
    {
        KubeInformer *informer = nullptr;
        QList<quint64> subscribers;
    };
    QString informerKey(const QString &context, const KubeResourceType &type, const KubeWatchSpec &spec) const;

    BackendCore *m_core = nullptr;
    KubeConfigSource m_source;
    QString m_contextOverride;
    QHash<QString, KubeRestClient *> m_clients;      // by context
    QHash<QString, SharedInformer> m_informers;      // by informerKey
    QHash<quint64, QString> m_subscriptions;         // id -> informerKey
    QHash<QString, KubeAccessReview *> m_reviews;    // by context
    QHash<quint64, KubeLogSession *> m_logs;
    quint64 m_nextId = 1;
};

} // namespace shipdeck
