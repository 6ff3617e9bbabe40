#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace shipdeck::test {

// Starts bin/shipdeck-test-apiserver for one test: TLS on an ephemeral loopback port, a
// kubeconfig (CA, admin client certificate, tokens) in a temporary folder, and the admin
// endpoint for faults. The server exits with the test process (stdin EOF, parent pid).
class KubeServerProcess
{
public:
    explicit KubeServerProcess(QStringList extraArgs = {});
    ~KubeServerProcess();

    bool start();
    void stop();

    QString kubeconfig() const { return m_ready.value(QLatin1String("kubeconfig")).toString(); }
    QUrl url() const { return QUrl(m_ready.value(QLatin1String("url")).toString()); }
    QString adminToken() const { return m_ready.value(QLatin1String("adminToken")).toString(); }
    QString viewerToken() const { return m_ready.value(QLatin1String("viewerToken")).toString(); }
    QString dataDir() const { return m_ready.value(QLatin1String("dataDir")).toString(); }
    QString caFile() const { return dataDir() + QStringLiteral("/ca.crt"); }
    QString dir() const { return m_dir.path(); }
    QString stderrText() { return QString::fromUtf8(m_process.readAllStandardError()); }

    // A call to the admin endpoint; returns the JSON answer (empty object on failure).
    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QJsonObject addFault(const QString &spec) { return admin("POST", QStringLiteral("/faults"), {{QStringLiteral("spec"), spec}}); }
    void clearFaults() { admin("DELETE", QStringLiteral("/faults")); }
    // kubectl against the server with the generated kubeconfig; returns its exit code.
    int kubectl(const QStringList &args, QByteArray *out = nullptr, const QByteArray &stdinData = {});
    // kubectl apply -f - of a YAML document.
    bool apply(const QByteArray &yaml);

private:
    QStringList m_args;
    QTemporaryDir m_dir;
    QProcess m_process;
    QJsonObject m_ready;
};

} // namespace shipdeck::test
