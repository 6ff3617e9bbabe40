#pragma once

#include "backend/core/result.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QObject>

#include <optional>

namespace shipdeck {

class KubeRestClient;

// The patches `kubectl argo rollouts promote` computes (getPatches in promote.go): the status
// patch goes to /status first; if that answers 404 (a controller without the status
// subresource) the unified patch goes to the main resource instead of the spec patch.
struct ArgoPromotePlan
{
    std::optional<QByteArray> statusPatch;
    std::optional<QByteArray> specPatch;
    std::optional<QByteArray> unifiedPatch;
};

namespace ArgoPatches {
ArgoPromotePlan promote(const QJsonObject &rollout, bool full);
QByteArray abort();   // {"status":{"abort":true}}      → /status, 404 → main
QByteArray retry();   // {"status":{"abort":false}}     → /status, 404 → main
QByteArray pause();   // {"spec":{"paused":true}}       → main
QByteArray restart(const QDateTime &at); // {"spec":{"restartAt":"<RFC 3339 UTC>"}} → main
// JSON patch replacing /spec/template with the template of the ReplicaSet of `toRevision`
// (0 = the previous revision), hash label removed. Empty with `skipped` set when the template
// already matches.
Result<QByteArray> undo(const QJsonObject &rollout, const QList<QJsonObject> &replicaSets, qint64 toRevision, QString *skipped);
} // namespace ArgoPatches

// Drives Argo Rollouts objects the way the kubectl plugin does, on the backend thread.
// Each call finishes with the message the plugin prints ("rollout 'x' promoted").
class ArgoRolloutActions : public QObject
{
    Q_OBJECT
public:
    explicit ArgoRolloutActions(KubeRestClient *client, QObject *parent = nullptr);

    QFuture<Result<QString>> promote(const QString &ns, const QString &name, bool full);
    QFuture<Result<QString>> abort(const QString &ns, const QString &name);
    QFuture<Result<QString>> retry(const QString &ns, const QString &name);
    QFuture<Result<QString>> pause(const QString &ns, const QString &name);
    QFuture<Result<QString>> restart(const QString &ns, const QString &name, int inSeconds = 0);
    QFuture<Result<QString>> undo(const QString &ns, const QString &name, qint64 toRevision = 0);

private:
    QFuture<Result<QJsonObject>> patch(const QString &ns, const QString &name, const QString &subresource,
                                       const QByteArray &contentType, const QByteArray &body);
    // PATCH /status, on 404 the fallback body to the main resource.
    QFuture<Result<QJsonObject>> patchStatus(const QString &ns, const QString &name, const QByteArray &body,
                                             const std::optional<QByteArray> &fallback);
    KubeRestClient *m_client;
};

} // namespace shipdeck
