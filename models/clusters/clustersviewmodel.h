#pragma once

#include "backend/core/result.h"
#include "backend/kube/kubeobjectrow.h"
#include "backend/kube/kuberesourcetype.h"
#include "models/clusters/kubeactions.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

class QTimer;

namespace shipdeck {

class Backend;
class KubeClient;
class KubeContextModel;
class KubeKindModel;
class KubeNamespaceModel;
class KubeObjectTableModel;

// The state behind the Clusters page: the kubeconfig's contexts, the chosen context and
// namespace (workspace settings, as the CLI's use-context/use-namespace), the connection
// (server version, or the error in words — a broken kubeconfig, a failing exec plugin, an
// unreachable server, TLS or credentials refused), and the live tables: the chosen kind, the
// namespaces of the switcher and the cluster's custom resources. Every backend call is
// asynchronous; answers for a context or kind that is no longer shown are dropped.
class ClustersViewModel : public QObject
{
    Q_OBJECT
public:
    enum class Connection { Idle, Loading, NoConfig, ConfigError, Connecting, Connected, Failed };
    Q_ENUM(Connection)

    explicit ClustersViewModel(Backend *backend, QObject *parent = nullptr);
    ~ClustersViewModel() override;

    KubeClient *client() const { return m_client; }
    KubeContextModel *contexts() const { return m_contexts; }
    KubeNamespaceModel *namespaces() const { return m_namespaces; }
    KubeKindModel *kinds() const { return m_kinds; }
    KubeObjectTableModel *objects() const { return m_objects; }

    Connection connection() const { return m_connection; }
    // The server's version when connected; otherwise what is wrong, in words.
    QString connectionText() const { return m_connectionText; }
    QString context() const { return m_context; }
    QString namespaceName() const { return m_namespace; } // "*" = all namespaces
    bool allNamespaces() const;
    QString resource() const { return m_resource; }
    const KubeResourceType &type() const { return m_type; }
    // A watch problem of the shown kind the informer is recovering from; empty when healthy.
    QString problem() const { return m_problem; }
    // insecure-skip-tls-verify and kubeconfig warnings of the chosen context.
    QStringList warnings() const;
    QString kubeconfigFile() const { return m_kubeconfig; }

    // Re-reads the kubeconfig and reconnects.
    void reload();
    // Uses one kubeconfig file instead of $KUBECONFIG / ~/.kube/config (empty: back to those).
    void setKubeconfig(const QString &path);
    void useContext(const QString &name);
    void useNamespace(const QString &namespaceName);
    void setResource(const QString &resource);
    // Tries to connect again now (after a failure).
    void retry();

    // Access to the actions on objects of the shown kind in `ns`, asked once per context
    // (SelfSubjectAccessReview, cached by the backend). nullopt until the answer is in.
    void checkAccess(const QString &ns);
    std::optional<bool> allowed(KubeAction action, const QString &ns) const;

    // Actions; each ends with actionFinished (the server's words on failure).
    void scale(const QString &ns, const QString &name, int replicas);
    void restart(const QString &ns, const QString &name);
    void remove(const QString &ns, const QString &name);
    void rolloutAction(KubeAction action, const QString &ns, const QString &name, qint64 argument = 0);

Q_SIGNALS:
    void contextsChanged();
    void connectionChanged();
    // Context, namespace or kind changed.
    void scopeChanged();
    void problemChanged();
    void accessChanged();
    void actionFinished(bool ok, const QString &message);

private:
    void setConnection(Connection connection, const QString &text);
    void connectCluster();
    void stopWatches();
    void startSideWatches();
    void watchObjects();
    void startObjectsWatch();
    void onStoreChanged(quint64 subscription, const KubeStoreDelta &delta);
    void onContextChanged(const QString &context, const QString &namespaceName);
    void finishAction(const QFuture<Result<QString>> &future);
    QString accessKey(KubeAction action, const QString &ns) const;

    KubeClient *m_client;
    KubeContextModel *m_contexts;
    KubeNamespaceModel *m_namespaces;
    KubeKindModel *m_kinds;
    KubeObjectTableModel *m_objects;
    QTimer *m_retry;
    Connection m_connection = Connection::Idle;
    QString m_connectionText;
    QString m_context;
    QString m_namespace;
    QString m_resource = QStringLiteral("pods");
    KubeResourceType m_type;
    QString m_problem;
    QString m_kubeconfig;
    int m_generation = 0;       // context/connection; stale answers are dropped
    int m_objectsGeneration = 0; // the shown kind and namespace
    int m_retryDelayMs = 2000;
    quint64 m_objectsSub = 0;
    quint64 m_namespacesSub = 0;
    quint64 m_crdsSub = 0;
    QHash<QString, bool> m_access;
    QSet<QString> m_accessAsked;
};

} // namespace shipdeck
