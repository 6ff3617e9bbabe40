#pragma once

#include "backend/core/result.h"
#include "backend/kube/kubelogstream.h"
#include "backend/kube/kubeobjectrow.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

namespace shipdeck {

class Backend;
class KubeLogBuffer;
struct KubeWatchSpec;

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

    // One-shot reads. `ns` empty = the selected namespace ("*" = all namespaces).
    QFuture<Result<QList<KubeObjectRow>>> list(const QString &resource, const QString &ns, const QString &labelSelector = {});
    QFuture<Result<QJsonObject>> listWithColumns(const QString &resource, const QString &ns, const QString &labelSelector = {});
    QFuture<Result<QJsonObject>> get(const QString &resource, const QString &ns, const QString &name);
    QFuture<Result<QByteArray>> getYaml(const QString &resource, const QString &ns, const QString &name);

    // Actions. Each finishes with a kubectl-like message ("deployment.apps/web scaled").
    QFuture<Result<QString>> scale(const QString &resource, const QString &ns, const QString &name, int replicas);
    QFuture<Result<QString>> restart(const QString &resource, const QString &ns, const QString &name);
    QFuture<Result<QString>> remove(const QString &resource, const QString &ns, const QString &name);
    // Applies a changed object (PUT); with dryRun the server validates without storing.
    QFuture<Result<QJsonObject>> replace(const QString &resource, const QString &ns, const QJsonObject &object, bool dryRun);

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
    void logsChanged(quint64 id, qsizetype size, qsizetype firstChanged);
    void logsFinished(quint64 id);
    void contextChanged(const QString &context, const QString &namespaceName);

private:
    QPointer<Backend> m_backend;
};

} // namespace shipdeck
