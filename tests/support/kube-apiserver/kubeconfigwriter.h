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
    QString adminToken;
    QString viewerToken;
};

// Writes the kubeconfig (mode 0600) with contexts shipdeck-test (client certificate, current),
// shipdeck-test-token (bearer token) and shipdeck-test-viewer (read-only token), plus ca.crt,
// admin.crt and admin.key in dataDir for tests that build their own kubeconfigs.
class KubeconfigWriter
{
public:
    static Result<void> write(const KubeconfigData &data, const QString &dataDir);
    static Result<void> writePrivateFile(const QString &path, const QByteArray &content);
};

} // namespace shipdeck::kubetest
