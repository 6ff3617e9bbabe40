#pragma once

#include "backend/kube/kubeconfig.h"
#include "backend/kube/kubeendpoint.h"
#include "backend/kube/kuberestclient.h"
#include "kubetestserver.h"
#include "testsupport.h"

#include <QElapsedTimer>

namespace shipdeck::test {

// The endpoint of `context` in a kubeconfig file.
inline KubeEndpoint kubeEndpoint(const QString &kubeconfig, const QString &context = {})
{
    KubeConfigSource source;
    source.explicitPath = kubeconfig;
    auto config = KubeConfig::load(source);
    if (!config)
        qFatal("kubeconfig: %s", qPrintable(config.error().toString()));
    auto endpoint = KubeEndpoint::resolve(config.value(), context);
    if (!endpoint)
        qFatal("endpoint: %s", qPrintable(endpoint.error().toString()));
    return endpoint.value();
}

inline Result<KubeResponse> call(KubeRestClient &client, const QByteArray &verb, const QString &path, const QByteArray &body = {},
                                 const QByteArray &contentType = "application/json", int timeoutMs = 30'000)
{
    KubeRequest r;
    r.verb = verb;
    r.path = path;
    r.body = body;
    r.contentType = body.isEmpty() ? QByteArray() : contentType;
    r.timeoutMs = timeoutMs;
    return await(client.send(r), 60'000);
}

// kubectl against the test server; returns its exit code and its output in *out (its error
// output is printed when it fails).
inline int kubectl(KubeTestServer &server, const QStringList &args, QByteArray *out = nullptr)
{
    const KubeTestServer::KubectlResult r = server.kubectl(args);
    if (out)
        *out = r.out;
    if (r.exitCode != 0)
        qWarning("kubectl %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
    return r.exitCode;
}

inline QByteArray podJson(const QString &name, const QString &ns = QStringLiteral("default"), const QString &app = QStringLiteral("demo"))
{
    return QStringLiteral(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"%1","namespace":"%2","labels":{"app":"%3"}},)"
                          R"("spec":{"containers":[{"name":"main","image":"demo:1"}]}})").arg(name, ns, app).toUtf8();
}

} // namespace shipdeck::test
