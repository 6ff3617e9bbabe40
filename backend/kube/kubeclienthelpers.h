#pragma once

// Helpers shared by the KubeClient implementation files (backend-internal, not installed).

#include "backend/facade/backendcore.h"
#include "backend/kube/kuberesourcetype.h"
#include "backend/kube/kuberestclient.h"
#include "backend/kube/kubeservice.h"

#include <QFuture>
#include <QJsonObject>

namespace shipdeck::kubeclient_detail {

template<typename T>
inline QFuture<Result<T>> ready(Result<T> r)
{
    return QtFuture::makeReadyFuture(std::move(r));
}

inline Error noWorkspace()
{
    return Error(ErrorCode::FailedPrecondition, QStringLiteral("open a workspace before connecting to a cluster"));
}

struct Resolved
{
    KubeRestClient *client = nullptr;
    KubeResourceType type;
    QString ns;
};

// Resolves service, client, type and namespace ("*" = all namespaces), then runs `then`.
template<typename T, typename F>
QFuture<Result<T>> withType(BackendCore &core, const QString &resource, const QString &ns, F then)
{
    auto *service = core.service<KubeService>();
    if (!service)
        return ready<T>(noWorkspace());
    auto client = service->client();
    if (!client)
        return ready<T>(client.error());
    KubeRestClient *c = client.value();
    // Empty = the namespace chosen for the context now (the client's copy may be older).
    QString effectiveNs = ns;
    if (effectiveNs.isEmpty()) {
        auto chosen = service->currentNamespace();
        effectiveNs = chosen ? chosen.value() : c->endpoint().namespaceName;
    }
    if (effectiveNs == QLatin1String("*"))
        effectiveNs.clear();
    return service->resolveType(resource)
        .then(service, [c, effectiveNs, then](const Result<KubeResourceType> &type) -> QFuture<Result<T>> {
            if (!type)
                return ready<T>(type.error());
            return then(Resolved{c, type.value(), type->namespaced ? effectiveNs : QString()});
        })
        .unwrap();
}

inline QString qualifiedName(const KubeResourceType &type, const QString &name)
{
    return type.kind.toLower() + (type.group.isEmpty() ? QString() : QLatin1Char('.') + type.group) + QLatin1Char('/') + name;
}

inline QFuture<Result<QJsonObject>> sendJson(KubeRestClient *c, const QByteArray &verb, const QString &path,
                                             const QByteArray &contentType, const QByteArray &body, const QUrlQuery &query = {})
{
    KubeRequest r;
    r.verb = verb;
    r.path = path;
    r.contentType = contentType;
    r.body = body;
    r.query = query;
    return c->send(r).then(c, [](const Result<KubeResponse> &resp) -> Result<QJsonObject> {
        if (!resp)
            return resp.error();
        return resp->json();
    });
}

} // namespace shipdeck::kubeclient_detail
