#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QString>

namespace shipdeck::kubetest {

struct KubeconfigData
{
    QString path;
    QString server;            // https://127.0.0.1:PORT
    QByteArray caPem;          // empty for plain HTTP
    QByteArray clientCertPem;  // admin (system:masters)
    QByteArray clientKeyPem;
    QByteArray servingCertPem; // the server's own certificate (127.0.0.1, localhost …) and key
    QByteArray servingKeyPem;
    QString adminToken;
    QString viewerToken;
};

// Writes the kubeconfig (mode 0600) with contexts shipdeck-test (client certificate, current),
// shipdeck-test-token (bearer token) and shipdeck-test-viewer (read-only token), plus ca.crt,
// admin.crt and admin.key in dataDir for tests that build their own kubeconfigs, and server.crt
// and server.key for a TLS front end (an HTTP/2 proxy) that should present the cluster's identity.
class KubeconfigWriter
{
public:
    static Result<void> write(const KubeconfigData &data, const QString &dataDir);
    static Result<void> writePrivateFile(const QString &path, const QByteArray &content);
};

} // namespace shipdeck::kubetest
