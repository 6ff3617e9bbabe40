#include "backend/providers/kubernetes/kubesyncclient.h"

#include "backend/kube/kuberestclient.h"
#include "backend/kube/kubestatus.h"

#include <QPromise>
#include <QThread>

namespace shipdeck {

KubeSyncClient::KubeSyncClient(KubeEndpoint endpoint)
    : m_endpoint(endpoint), m_thread(new QThread), m_client(new KubeRestClient(std::move(endpoint)))
{
    m_thread->setObjectName(QStringLiteral("shipdeck-kube-provider"));
    m_client->moveToThread(m_thread);
    m_thread->start();
}

KubeSyncClient::~KubeSyncClient()
{
    QMetaObject::invokeMethod(m_client, [client = m_client] { delete client; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

Result<QJsonObject> KubeSyncClient::send(const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &contentType,
                                         const QUrlQuery &query) const
{
    KubeRequest r;
    r.verb = verb;
    r.path = path;
    r.body = body;
    r.contentType = contentType;
    r.query = query;
    r.timeoutMs = 15'000;
    r.maxRetries = 2;
    auto promise = std::make_shared<QPromise<Result<KubeResponse>>>();
    QFuture<Result<KubeResponse>> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(m_client, [client = m_client, r, promise] {
        client->send(r).then(client, [promise](const Result<KubeResponse> &response) {
            promise->addResult(response);
            promise->finish();
        });
    }, Qt::QueuedConnection);
    future.waitForFinished();
    const Result<KubeResponse> response = future.result();
    if (!response)
        return response.error();
    if (response->body.isEmpty())
        return QJsonObject();
    return response->json();
}

Result<QJsonObject> KubeSyncClient::get(const QString &path, const QUrlQuery &query) const
{
    return send("GET", path, {}, {}, query);
}

Result<QJsonObject> KubeSyncClient::create(const QString &collectionPath, const QJsonObject &object) const
{
    return send("POST", collectionPath, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json");
}

Result<QJsonObject> KubeSyncClient::replace(const QString &path, const QJsonObject &object) const
{
    return send("PUT", path, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json");
}

Result<QJsonObject> KubeSyncClient::mergePatch(const QString &path, const QJsonObject &patch) const
{
    return send("PATCH", path, QJsonDocument(patch).toJson(QJsonDocument::Compact), "application/merge-patch+json");
}

Result<QJsonObject> KubeSyncClient::remove(const QString &path) const
{
    auto r = send("DELETE", path, {}, {});
    if (!r && r.error().code() == ErrorCode::NotFound)
        return QJsonObject(); // already gone
    return r;
}

Result<QJsonObject> KubeSyncClient::apply(const QString &collectionPath, const QJsonObject &object) const
{
    auto created = create(collectionPath, object);
    if (created || created.error().code() != ErrorCode::AlreadyExists)
        return created;
    const QString name = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    return mergePatch(collectionPath + QLatin1Char('/') + name, object);
}

} // namespace shipdeck
