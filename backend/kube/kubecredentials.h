#pragma once

#include "backend/core/result.h"
#include "backend/kube/kubeendpoint.h"

#include <QDateTime>
#include <QObject>

#include <functional>

class QProcess;

namespace shipdeck {

// What to present to the API server for one request.
struct KubeAuth
{
    QByteArray authorization;  // "Bearer …" or "Basic …"; empty = none
    QByteArray clientCertPem;  // from the kubeconfig or an exec plugin
    QByteArray clientKeyPem;
    QDateTime expires;         // exec credentials: expirationTimestamp; invalid = no expiry
};

// Supplies credentials for one endpoint: static token, tokenFile (re-read every minute, the
// last successful read wins), basic auth, client certificates, or an exec credential plugin.
// Exec credentials are cached in memory per process until their expirationTimestamp and
// dropped on a 401 so the plugin runs again. Lives on one thread; never blocks it: plugins
// run as asynchronous child processes with the login shell's PATH and no terminal.
class KubeCredentials : public QObject
{
    Q_OBJECT
public:
    explicit KubeCredentials(KubeEndpoint endpoint, QObject *parent = nullptr);
    ~KubeCredentials() override;

    const KubeEndpoint &endpoint() const { return m_endpoint; }
    bool usesExecPlugin() const { return m_endpoint.exec.has_value(); }

    // Calls `done` on this object's thread once credentials are known (at once when cached).
    void get(std::function<void(const Result<KubeAuth> &)> done);
    // After an HTTP 401: forget exec credentials and re-read the token file. Returns true when
    // a fresh attempt could succeed (there is something to refresh).
    bool invalidate();

    // How many times the exec plugin has run in this process for this configuration (tests).
    static int execRuns(const KubeEndpoint &endpoint);
    // Drops every cached exec credential of the process.
    static void clearExecCache();
    // Plugins that have not answered after this long are stopped.
    void setExecTimeoutMs(int ms) { m_execTimeoutMs = ms; }

private:
    Result<KubeAuth> staticAuth();
    void runPlugin(const QString &path);
    void finishPlugin(const Result<KubeAuth> &result);
    QByteArray execInfo() const;
    QByteArray cacheKey() const;

    KubeEndpoint m_endpoint;
    QString m_fileToken;
    qint64 m_fileTokenReadMs = 0;
    QList<std::function<void(const Result<KubeAuth> &)>> m_waiting;
    QProcess *m_process = nullptr;
    int m_execTimeoutMs = 120'000;
};

// Parses a plugin's stdout (an ExecCredential of `apiVersion`). `plugin` names it in errors.
Result<KubeAuth> parseExecCredential(const QByteArray &json, const QString &apiVersion, const QString &plugin);

} // namespace shipdeck
