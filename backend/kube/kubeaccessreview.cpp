#include "backend/kube/kubeaccessreview.h"

#include "backend/kube/kuberestclient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>

namespace shipdeck {

QString KubeAccessCheck::key() const
{
    return QStringList{verb, group, resource, subresource, namespaceName, name}.join(QChar(0x1f));
}

QString KubeAccessCheck::describe() const
{
    QString what = resource;
    if (!group.isEmpty())
        what += QLatin1Char('.') + group;
    if (!subresource.isEmpty())
        what += QLatin1Char('/') + subresource;
    if (!name.isEmpty())
        what += QLatin1Char(' ') + name;
    return namespaceName.isEmpty() ? QStringLiteral("%1 %2 in every namespace").arg(verb, what)
                                   : QStringLiteral("%1 %2 in namespace %3").arg(verb, what, namespaceName);
}

KubeAccessReview::KubeAccessReview(KubeRestClient *client, QObject *parent) : QObject(parent), m_client(client) {}

KubeAccessReview::~KubeAccessReview()
{
    // Nobody waits in vain: pending questions end with an error.
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &promises : waiting) {
        for (const Promise &p : promises) {
            p->addResult(Error(ErrorCode::Cancelled, QStringLiteral("the cluster connection was closed")));
            p->finish();
        }
    }
}

void KubeAccessReview::clear()
{
    m_cache.clear();
}

QFuture<Result<bool>> KubeAccessReview::allowed(const KubeAccessCheck &check)
{
    const QString key = check.key();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd() && now - it->atMs < m_ttlMs)
        return QtFuture::makeReadyFuture(Result<bool>(it->allowed));
    if (!m_client)
        return QtFuture::makeReadyFuture(Result<bool>(Error(ErrorCode::Unavailable, QStringLiteral("no cluster connection"))));
    auto promise = std::make_shared<QPromise<Result<bool>>>();
    promise->start();
    QFuture<Result<bool>> future = promise->future();
    auto &waiting = m_waiting[key];
    waiting.append(promise);
    if (waiting.size() > 1)
        return future; // the same question is on its way

    QJsonObject attributes{{QStringLiteral("verb"), check.verb}, {QStringLiteral("group"), check.group},
                           {QStringLiteral("resource"), check.resource}};
    if (!check.subresource.isEmpty())
        attributes.insert(QStringLiteral("subresource"), check.subresource);
    if (!check.namespaceName.isEmpty())
        attributes.insert(QStringLiteral("namespace"), check.namespaceName);
    if (!check.name.isEmpty())
        attributes.insert(QStringLiteral("name"), check.name);
    const QJsonObject review{{QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
                             {QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
                             {QStringLiteral("spec"), QJsonObject{{QStringLiteral("resourceAttributes"), attributes}}}};
    KubeRequest request;
    request.verb = "POST";
    request.path = QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");
    request.contentType = "application/json";
    request.body = QJsonDocument(review).toJson(QJsonDocument::Compact);
    request.timeoutMs = 15'000;
    ++m_requests;
    const QString what = check.describe();
    m_client->send(request).then(this, [this, key, what](const Result<KubeResponse> &response) {
        if (!response) {
            finish(key, std::move(response).error().withContext(QStringLiteral("asking whether you may %1").arg(what)));
            return;
        }
        const QJsonObject status = response->json().value(QLatin1String("status")).toObject();
        if (!status.contains(QLatin1String("allowed"))) {
            finish(key, Error(ErrorCode::Corrupt, QStringLiteral("the answer to whether you may %1 carries no status.allowed").arg(what)));
            return;
        }
        const bool allowed = status.value(QLatin1String("allowed")).toBool() && !status.value(QLatin1String("denied")).toBool();
        m_cache.insert(key, Entry{allowed, QDateTime::currentMSecsSinceEpoch()});
        finish(key, allowed);
    });
    return future;
}

void KubeAccessReview::finish(const QString &key, const Result<bool> &result)
{
    const QList<Promise> waiting = m_waiting.take(key);
    for (const Promise &p : waiting) {
        p->addResult(result);
        p->finish();
    }
}

} // namespace shipdeck
