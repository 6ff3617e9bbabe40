#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QProcess;
class QSslConfiguration;

namespace shipdeck::test {

class KubeTestServer;

// One streaming GET (a watch or a log follow) on the test API server, read as it arrives.
class KubeStream : public QObject
{
    Q_OBJECT
public:
    ~KubeStream() override;

    int status() const { return m_status; }
    bool isFinished() const { return m_finished; }
    QByteArray data() const { return m_data; }
    // Complete lines parsed as JSON watch events ({"type":…,"object":…}).
    QList<QJsonObject> events() const;
    QStringList eventTypes() const;
    // Waits until at least n events arrived (or the stream ended); true when they did.
    bool waitForEvents(int n, int timeoutMs = 15'000);
    bool waitForFinished(int timeoutMs = 15'000);
    void abort();

private:
    friend class KubeTestServer;
    explicit KubeStream(QNetworkReply *reply);
    void parse() const;
    QNetworkReply *m_reply;
    QByteArray m_data;
    mutable QList<QJsonObject> m_events; // parsed complete lines
    mutable qsizetype m_parsed = 0;       // bytes of m_data already parsed
    int m_status = 0;
    bool m_finished = false;
};

// Runs shipdeck-test-apiserver (tests/support/kube-apiserver) for a test: starts it on an
// ephemeral 127.0.0.1 port with a kubeconfig in a private temporary directory, waits for its
// READY line and stops it on destruction. The server also exits by itself when this process
// dies (stdin EOF, --parent-pid). Offers the admin endpoint (faults, bulk pods, events), raw
// authenticated API requests and a kubectl runner isolated from the user's ~/.kube.
class KubeTestServer : public QObject
{
    Q_OBJECT
public:
    explicit KubeTestServer(QObject *parent = nullptr);
    ~KubeTestServer() override;

    // Starts the server with extra command-line arguments (see docs/testing-kube.md). On failure
    // returns false and errorString() says why (with the server's stderr).
    bool start(const QStringList &arguments = {}, int timeoutMs = 20'000);
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }
    qint64 processId() const;

    QUrl url() const { return m_url; }         // https://127.0.0.1:PORT
    QUrl adminUrl() const { return m_adminUrl; }
    QString kubeconfigPath() const { return m_kubeconfig; }
    QString dataDir() const { return m_dataDir; } // ca.crt, admin.crt, admin.key, server.crt, server.key, *.token
    QString caFile() const { return m_dataDir + QStringLiteral("/ca.crt"); }
    QString clientCertFile() const { return m_dataDir + QStringLiteral("/admin.crt"); }
    QString clientKeyFile() const { return m_dataDir + QStringLiteral("/admin.key"); }
    // The server's own certificate (SANs 127.0.0.1, ::1, localhost …, signed by the cluster CA)
    // and key, for a TLS front end such as the HTTP/2 proxy in tst_kubehttp2.
    QString servingCertFile() const { return m_dataDir + QStringLiteral("/server.crt"); }
    QString servingKeyFile() const { return m_dataDir + QStringLiteral("/server.key"); }
    QString adminToken() const { return m_adminToken; }
    QString viewerToken() const { return m_viewerToken; }
    QByteArray caPem() const;
    // TLS configuration that trusts the cluster CA (for QNetworkAccessManager / QSslSocket).
    QSslConfiguration sslConfiguration() const;

    struct Response
    {
        int status = 0; // 0: no HTTP answer (connection error)
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString error;
        QJsonObject json() const;
        QByteArray header(const QByteArray &name) const;
    };
    // One API request authenticated with the admin token (or `token` when given).
    Response request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                     const QByteArray &contentType = "application/json", const QString &token = {}, int timeoutMs = 15'000);
    // Opens a streaming GET (watch=1 or follow=true in the query); the caller owns the stream.
    KubeStream *stream(const QString &pathAndQuery, const QByteArray &accept = "application/json", const QString &token = {});
    // Admin endpoint call (plain HTTP, JSON body).
    Response admin(const QByteArray &method, const QString &path, const QJsonObject &body = {}, int timeoutMs = 60'000);

    // Shortcuts for the admin endpoint; each returns false and fails loudly (qWarning) on error.
    QString addFault(const QString &spec);
    bool clearFaults();
    int dropWatches(const QString &groupResource = {});
    bool compact();
    int bulkCreatePods(const QString &ns, int count, const QString &prefix = {});
    // mode: "annotate" (default; no shown column changes) or "restarts" (restartCount bumps).
    bool startEventGenerator(const QString &ns, int perSecond, const QString &mode = QString());
    bool stopEventGenerator();
    bool restartPod(const QString &ns, const QString &pod);
    bool appendLogLines(const QString &ns, const QString &pod, const QString &container, const QStringList &lines);
    bool addToken(const QString &token, const QString &user, const QStringList &groups);
    bool removeToken(const QString &token);
    QJsonObject state();

    struct KubectlResult
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool timedOut = false;
    };
    // Path of the real kubectl, or empty.
    static QString kubectlPath();
    // Environment for kubectl: KUBECONFIG, a private HOME (discovery cache), no proxies.
    QProcessEnvironment kubectlEnvironment(const QString &kubeconfig = {}) const;
    KubectlResult kubectl(const QStringList &arguments, int timeoutMs = 60'000, const QByteArray &input = {},
                          const QString &kubeconfig = {});
    // `kubectl apply -f -` of YAML documents as the admin (bearer token, no client-side
    // validation); true on success, the kubectl error printed otherwise.
    bool apply(const QByteArray &yaml);
    // Starts a long-running kubectl (logs -f, get --watch); the caller owns the process.
    QProcess *startKubectl(const QStringList &arguments, const QString &kubeconfig = {});

private:
    Response finish(QNetworkReply *reply, int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess *m_process = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QByteArray m_stderr;
    QString m_error;
    QUrl m_url;
    QUrl m_adminUrl;
    QString m_kubeconfig;
    QString m_dataDir;
    QString m_adminToken;
    QString m_viewerToken;
};

} // namespace shipdeck::test
