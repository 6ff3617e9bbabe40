#pragma once

#include "backend/core/result.h"
#include "backend/kube/kubeaccessreview.h"
#include "backend/kube/kubelogstream.h"
#include "backend/kube/kubeobjectrow.h"
#include "backend/kube/kuberesourcetype.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

namespace shipdeck {

class Backend;
class KubeLogBuffer;
struct KubeWatchSpec;

// What an edit would do, worked out before it is applied.
struct KubeEditPreview
{
    QJsonObject object;        // the edited object as it will be sent (PUT)
    QString diff;              // unified diff: the object on the cluster → after the edit
    bool changed = false;      // false: the edit changes nothing the server keeps
    bool serverDryRun = false; // the server validated the edit (dryRun=All); else compared locally
    QString note;              // why there was no dry run, when there was none
};

// The asynchronous Kubernetes API for the GUI and the CLI. Every call returns at once; the
// work runs on the backend thread. Watches deliver batched deltas (storeChanged: a reset
// snapshot first, then changes) that a table model applies once per batch; logs expose a
// shared buffer readable from any thread plus batched change notifications.
class KubeClient : public QObject
{
    Q_OBJECT
public:
    explicit KubeClient(Backend *backend, QObject *parent = nullptr);
    ~KubeClient() override;

    // Overrides $KUBECONFIG for this backend (--kubeconfig): one explicit file.
    QFuture<Result<void>> setKubeconfig(const QString &explicitPath);
    QFuture<Result<QJsonObject>> contexts();
    // Uses `context` for this backend without recording it (--context).
    QFuture<Result<void>> setContextOverride(const QString &context);
    QFuture<Result<void>> useContext(const QString &context);
    QFuture<Result<void>> useNamespace(const QString &namespaceName);
    // The workspace's kube.rollout.* settings (docs/kubernetes.md) and setting one of them.
    QFuture<Result<QJsonArray>> rolloutSettings();
    QFuture<Result<void>> setRolloutSetting(const QString &key, const QString &value);

    // One-shot reads. `ns` empty = the selected namespace ("*" = all namespaces).
    QFuture<Result<QList<KubeObjectRow>>> list(const QString &resource, const QString &ns, const QString &labelSelector = {});
    QFuture<Result<QJsonObject>> listWithColumns(const QString &resource, const QString &ns, const QString &labelSelector = {});
    QFuture<Result<QJsonObject>> get(const QString &resource, const QString &ns, const QString &name);
    // With maskSecretValues, a Secret's data and stringData values are replaced by their size
    // ("<hidden: 12 bytes>") before they leave the backend thread.
    QFuture<Result<QByteArray>> getYaml(const QString &resource, const QString &ns, const QString &name, bool maskSecretValues = false);

    // Actions. Each finishes with a kubectl-like message ("deployment.apps/web scaled").
    QFuture<Result<QString>> scale(const QString &resource, const QString &ns, const QString &name, int replicas);
    QFuture<Result<QString>> restart(const QString &resource, const QString &ns, const QString &name);
    QFuture<Result<QString>> remove(const QString &resource, const QString &ns, const QString &name);
    // Applies a changed object (PUT); with dryRun the server validates without storing.
    QFuture<Result<QJsonObject>> replace(const QString &resource, const QString &ns, const QJsonObject &object, bool dryRun);
    // Parses an edited YAML of the object `name`, has the server dry-run it (when it can) and
    // returns the diff against the object on the cluster now. Refuses a changed kind, name or
    // namespace (as kubectl edit does); a stale resourceVersion is the server's 409 Conflict.
    QFuture<Result<KubeEditPreview>> previewEdit(const QString &resource, const QString &ns, const QString &name,
                                                 const QByteArray &yaml);

    // The API server's /version (gitVersion …); proves that the cluster answers and accepts
    // our credentials.
    QFuture<Result<QJsonObject>> serverVersion();
    // A kind name resolved to its resource type (built-ins, then the cluster's CRDs).
    QFuture<Result<KubeResourceType>> resolveType(const QString &resource);
    // Whether the user may do what `check` asks (SelfSubjectAccessReview, cached per context).
    QFuture<Result<bool>> accessAllowed(const KubeAccessCheck &check);

    // Live tables.
    QFuture<Result<quint64>> watch(const KubeWatchSpec &spec);
    void unwatch(quint64 subscription);

    // Logs of a pod or of every pod matching a selector; the buffer stays valid while open.
    struct LogHandle
    {
        quint64 id = 0;
        std::shared_ptr<KubeLogBuffer> buffer;
    };
    QFuture<Result<LogHandle>> openLogs(const QString &ns, const QString &pod, const QString &labelSelector,
                                        const QString &container, const KubeLogOptions &options);
    void closeLogs(quint64 id);

    // Argo Rollouts.
    QFuture<Result<QJsonArray>> rollouts(const QString &ns);
    // The rollout with its steps and the AnalysisRuns of its current revision.
    QFuture<Result<QJsonObject>> rollout(const QString &ns, const QString &name);
    // action: promote, promote-full, abort, retry, pause, restart, undo (argument = revision).
    QFuture<Result<QString>> rolloutAction(const QString &ns, const QString &name, const QString &action, qint64 argument = 0);

Q_SIGNALS:
    void storeChanged(quint64 subscription, const shipdeck::KubeStoreDelta &delta);
    void watchProblem(quint64 subscription, const QString &message);
    void watchHealthy(quint64 subscription);
    void logsChanged(quint64 id, qsizetype size, qsizetype firstChanged);
    void logsFinished(quint64 id);
    void logsProblem(quint64 id, const QString &message);
    void logStreamEnded(quint64 id, const QString &source, const QString &reason);
    void contextChanged(const QString &context, const QString &namespaceName);

private:
    QPointer<Backend> m_backend;
};

} // namespace shipdeck
