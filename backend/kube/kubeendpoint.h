#pragma once

#include "backend/core/result.h"
#include "backend/kube/kubeconfig.h"

#include <QUrl>

namespace shipdeck {

// Everything needed to talk to one cluster as one user, taken from a kubeconfig context:
// certificate files are read here, so missing or unreadable files fail early with the file and
// the field named. Holds credentials in memory only; nothing here is ever written to disk.
struct KubeEndpoint
{
    QString contextName;
    QString clusterName;
    QString userName;
    QString namespaceName = QStringLiteral("default");
    QUrl server;
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;
    QByteArray caPem;          // empty = system roots
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
    QString proxyUrl;
    QString token;
    QString tokenFile;         // re-read periodically
    QString username;
    QString password;
    QString impersonate;
    QStringList impersonateGroups;
    std::optional<KubeExecConfig> exec;
    QString execOrigin;        // the kubeconfig file that defined the exec plugin
    QJsonObject execClusterConfig;
    bool disableCompression = false;
    QStringList warnings;      // shown to the user, e.g. insecure-skip-tls-verify

    // Resolves `contextName` (empty = the current context) of a loaded kubeconfig.
    static Result<KubeEndpoint> resolve(const KubeConfig &config, const QString &contextName = {});
    // A direct endpoint without a kubeconfig (tests, `--server`).
    static KubeEndpoint direct(const QUrl &server, const QString &token = {});
};

} // namespace shipdeck
