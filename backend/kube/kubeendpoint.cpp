#include "backend/kube/kubeendpoint.h"

#include <QFile>

namespace shipdeck {

namespace {

Error fieldError(const QString &file, const QString &field, const QString &problem)
{
    return Error(ErrorCode::Validation, QStringLiteral("%1: %2: %3").arg(file, field, problem))
        .withDetail(QStringLiteral("file"), file)
        .withDetail(QStringLiteral("field"), field);
}

// `data` wins over `path` (kubectl: "-data will override"); a referenced file must be readable.
Result<QByteArray> material(const QByteArray &data, const QString &path, const QString &origin, const QString &field,
                            QStringList &warnings)
{
    if (!data.isEmpty()) {
        if (!path.isEmpty())
            warnings.append(QStringLiteral("%1: %2 and %2-data are both set; %2-data is used").arg(origin, field));
        return data;
    }
    if (path.isEmpty())
        return QByteArray();
    QFile f(path);
    if (!f.exists())
        return Error(ErrorCode::NotFound, QStringLiteral("%1: %2: file %3 does not exist").arg(origin, field, path))
            .withDetail(QStringLiteral("file"), origin)
            .withDetail(QStringLiteral("field"), field);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, QStringLiteral("%1: %2: cannot read %3: %4").arg(origin, field, path, f.errorString()))
            .withDetail(QStringLiteral("file"), origin)
            .withDetail(QStringLiteral("field"), field);
    return f.readAll();
}

} // namespace

Result<KubeEndpoint> KubeEndpoint::resolve(const KubeConfig &config, const QString &contextName)
{
    const QString name = contextName.isEmpty() ? config.currentContext() : contextName;
    const QString files = config.files().join(QStringLiteral(", "));
    if (name.isEmpty())
        return Error(ErrorCode::FailedPrecondition,
                     QStringLiteral("no current context is set in %1; choose one with `shipdeckctl kube use-context NAME`")
                         .arg(files.isEmpty() ? QStringLiteral("the kubeconfig") : files));
    const KubeContext *ctx = config.context(name);
    if (!ctx)
        return Error(ErrorCode::NotFound, QStringLiteral("context \"%1\" is not defined in %2").arg(name, files));
    KubeEndpoint e;
    e.contextName = name;
    e.clusterName = ctx->cluster;
    e.userName = ctx->user;
    if (!ctx->namespaceName.isEmpty())
        e.namespaceName = ctx->namespaceName;
    const KubeCluster *cluster = config.cluster(ctx->cluster);
    if (!cluster)
        return fieldError(ctx->origin, QStringLiteral("contexts[%1].context.cluster").arg(name),
                          QStringLiteral("cluster \"%1\" is not defined in %2").arg(ctx->cluster, files));
    if (cluster->server.isEmpty())
        return fieldError(cluster->origin, QStringLiteral("clusters[%1].cluster.server").arg(cluster->name),
                          QStringLiteral("the cluster has no server address"));
    e.server = QUrl(cluster->server);
    if (!e.server.isValid() || (e.server.scheme() != QLatin1String("https") && e.server.scheme() != QLatin1String("http"))
        || e.server.host().isEmpty())
        return fieldError(cluster->origin, QStringLiteral("clusters[%1].cluster.server").arg(cluster->name),
                          QStringLiteral("\"%1\" is not an http(s) URL").arg(cluster->server));
    e.tlsServerName = cluster->tlsServerName;
    e.insecureSkipTlsVerify = cluster->insecureSkipTlsVerify;
    e.proxyUrl = cluster->proxyUrl;
    e.disableCompression = cluster->disableCompression;
    e.execClusterConfig = cluster->execConfig;
    const QString clusterField = QStringLiteral("clusters[%1].cluster.certificate-authority").arg(cluster->name);
    SD_TRY(e.caPem, material(cluster->certificateAuthorityData, cluster->certificateAuthority, cluster->origin, clusterField, e.warnings));
    if (e.insecureSkipTlsVerify) {
        if (!e.caPem.isEmpty())
            return fieldError(cluster->origin, QStringLiteral("clusters[%1].cluster.insecure-skip-tls-verify").arg(cluster->name),
                              QStringLiteral("specifying a root certificates file with the insecure flag is not allowed"));
        e.warnings.append(QStringLiteral("cluster \"%1\" skips TLS verification (insecure-skip-tls-verify): the server's identity is not checked").arg(cluster->name));
    }
    if (!e.proxyUrl.isEmpty()) {
        const QUrl proxy(e.proxyUrl);
        const QString scheme = proxy.scheme();
        if (!proxy.isValid() || proxy.host().isEmpty()
            || !(scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("socks5")))
            return fieldError(cluster->origin, QStringLiteral("clusters[%1].cluster.proxy-url").arg(cluster->name),
                              QStringLiteral("\"%1\" is not an http, https or socks5 URL").arg(e.proxyUrl));
    }

    if (ctx->user.isEmpty())
        return e; // anonymous
    const KubeUser *user = config.user(ctx->user);
    if (!user)
        return fieldError(ctx->origin, QStringLiteral("contexts[%1].context.user").arg(name),
                          QStringLiteral("user \"%1\" is not defined in %2").arg(ctx->user, files));
    const QString userPath = QStringLiteral("users[%1].user").arg(user->name);
    SD_TRY(e.clientCertPem, material(user->clientCertificateData, user->clientCertificate, user->origin,
                                     userPath + QStringLiteral(".client-certificate"), e.warnings));
    SD_TRY(e.clientKeyPem, material(user->clientKeyData, user->clientKey, user->origin, userPath + QStringLiteral(".client-key"), e.warnings));
    if (e.clientCertPem.isEmpty() != e.clientKeyPem.isEmpty())
        return fieldError(user->origin, userPath, e.clientKeyPem.isEmpty()
                                                      ? QStringLiteral("client-certificate is set but client-key is missing")
                                                      : QStringLiteral("client-key is set but client-certificate is missing"));
    e.token = user->token;
    e.tokenFile = user->tokenFile;
    e.username = user->username;
    e.password = user->password;
    e.impersonate = user->impersonate;
    e.impersonateGroups = user->impersonateGroups;
    e.exec = user->exec;
    e.execOrigin = user->origin;
    if ((!e.token.isEmpty() || !e.tokenFile.isEmpty()) && !e.username.isEmpty())
        return fieldError(user->origin, userPath, QStringLiteral("more than one authentication method found (token and username/password)"));
    if (e.exec && !user->authProvider.isEmpty())
        return fieldError(user->origin, userPath, QStringLiteral("exec and auth-provider are both set; use only one"));
    if (!user->authProvider.isEmpty() && !e.exec && e.token.isEmpty() && e.clientCertPem.isEmpty())
        return fieldError(user->origin, userPath + QStringLiteral(".auth-provider"),
                          QStringLiteral("the legacy auth-provider \"%1\" is not supported; use an exec credential plugin (gke-gcloud-auth-plugin, kubelogin …)").arg(user->authProvider));
    if (!e.tokenFile.isEmpty() && e.token.isEmpty()) {
        QFile f(e.tokenFile);
        if (!f.open(QIODevice::ReadOnly))
            return fieldError(user->origin, userPath + QStringLiteral(".tokenFile"),
                              QStringLiteral("cannot read %1: %2").arg(e.tokenFile, f.errorString()));
    }
    return e;
}

KubeEndpoint KubeEndpoint::direct(const QUrl &server, const QString &token)
{
    KubeEndpoint e;
    e.contextName = QStringLiteral("direct");
    e.server = server;
    e.token = token;
    return e;
}

} // namespace shipdeck
