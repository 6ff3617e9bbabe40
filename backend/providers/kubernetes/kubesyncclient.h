#pragma once

#include "backend/core/result.h"
#include "backend/kube/kubeendpoint.h"

#include <QJsonObject>
#include <QUrlQuery>

class QThread;

namespace shipdeck {

class KubeRestClient;

// A blocking face of KubeRestClient for synchronous interfaces (the rollout engine's Provider
// calls return once the cluster accepted the change). The client lives on its own thread, so
// a call blocks only its caller (bounded by the request timeout), never re-enters the
// caller's event loop, and never touches the GUI thread.
class KubeSyncClient
{
public:
    explicit KubeSyncClient(KubeEndpoint endpoint);
    ~KubeSyncClient();
    KubeSyncClient(const KubeSyncClient &) = delete;
    KubeSyncClient &operator=(const KubeSyncClient &) = delete;

    Result<QJsonObject> get(const QString &path, const QUrlQuery &query = {}) const;
    Result<QJsonObject> create(const QString &collectionPath, const QJsonObject &object) const;
    Result<QJsonObject> replace(const QString &path, const QJsonObject &object) const;
    Result<QJsonObject> mergePatch(const QString &path, const QJsonObject &patch) const;
    Result<QJsonObject> remove(const QString &path) const;
    // Creates the object, or merge-patches it when it exists ("make it so").
    Result<QJsonObject> apply(const QString &collectionPath, const QJsonObject &object) const;
    const KubeEndpoint &endpoint() const { return m_endpoint; }

private:
    Result<QJsonObject> send(const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &contentType,
                             const QUrlQuery &query = {}) const;
    KubeEndpoint m_endpoint;
    QThread *m_thread;
    KubeRestClient *m_client; // lives on m_thread
};

} // namespace shipdeck
