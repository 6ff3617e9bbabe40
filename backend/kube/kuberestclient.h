#pragma once

#include "backend/core/result.h"
#include "backend/kube/kubeendpoint.h"

#include <QFuture>
#include <QObject>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace shipdeck {

class KubeCredentials;
class KubeStream;
struct KubeAuth;

struct KubeRequest
{
    QByteArray verb = QByteArrayLiteral("GET");
    QString path;             // "/api/v1/namespaces/default/pods"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;   // "application/merge-patch+json" …
    QByteArray accept = QByteArrayLiteral("application/json");
    int timeoutMs = 30'000;   // whole request for calls; inactivity for streams
    int maxRetries = 4;

    // Only these are retried after network errors and 5xx answers.
    bool idempotent() const { return verb == "GET" || verb == "HEAD"; }
    QString describe() const { return QString::fromLatin1(verb) + QLatin1Char(' ') + path; }
};

struct KubeResponse
{
    int status = 0;
    QByteArray body;
    bool http2 = false;
    int attempts = 1;
    QJsonObject json() const;
};

// The REST client of one cluster endpoint, on QNetworkAccessManager, living on the backend
// thread. Interactive calls and long-lived streams (watches, log follows) use different
// managers: Qt 6.4 keeps at most 6 HTTP/1.1 connections per host per manager, so streams
// are spread over a pool of managers with a few each, and a call never queues behind a
// watch. Over HTTP/2 (TLS with ALPN h2) one manager multiplexes everything.
//
// Calls map Kubernetes Status answers to errors, honour 429 Retry-After for every verb,
// retry GET/HEAD after network errors and 5xx with exponential backoff, re-run exec
// credential plugins once after a 401, and time out.
class KubeRestClient : public QObject
{
    Q_OBJECT
public:
    explicit KubeRestClient(KubeEndpoint endpoint, QObject *parent = nullptr);
    ~KubeRestClient() override;

    const KubeEndpoint &endpoint() const;
    KubeCredentials *credentials() const { return m_credentials; }

    QFuture<Result<KubeResponse>> send(const KubeRequest &request);
    QFuture<Result<QJsonObject>> getJson(const QString &path, const QUrlQuery &query = {});

    // Opens a long-lived streaming GET; the stream is a child of `parent` (or of this client).
    KubeStream *openStream(const KubeRequest &request, QObject *parent = nullptr);

    // Streams allowed per manager before another manager is used (HTTP/1.1), for tests.
    static int streamsPerManager() { return 4; }
    int streamManagerCount() const { return int(m_streamManagers.size()); }
    // The negotiated protocol, as Qt reports it per reply (QNetworkReply::Http2WasUsedAttribute):
    // whether any answer came over HTTP/2, and how many answers did (calls and opened streams).
    bool http2Seen() const { return m_http2Seen; }
    int http2Replies() const { return m_http2Replies; }
    // Base delay of the retry backoff (tests shorten it).
    void setRetryBaseDelayMs(int ms) { m_retryBaseMs = ms; }

    // Prepares a network request for `request` with `auth` (URL, headers, TLS).
    Result<QNetworkRequest> prepare(const KubeRequest &request, const KubeAuth &auth);
    QNetworkAccessManager *acquireStreamManager();
    void releaseStreamManager(QNetworkAccessManager *manager);
    void noteHttp2(bool used);

private:
    struct Call;
    void attempt(std::shared_ptr<Call> call);
    void finishAttempt(std::shared_ptr<Call> call, QNetworkReply *reply, bool timedOut, const QStringList &sslErrors);
    void retryLater(std::shared_ptr<Call> call, int delayMs);
    QNetworkAccessManager *newManager();
    Result<QSslConfiguration> sslConfiguration(const KubeAuth &auth);

    KubeCredentials *m_credentials;
    QNetworkAccessManager *m_interactive;
    struct StreamManager
    {
        QNetworkAccessManager *manager;
        int streams;
    };
    std::vector<StreamManager> m_streamManagers;
    bool m_http2Seen = false;
    int m_http2Replies = 0;
    int m_retryBaseMs = 200;
    QByteArray m_sslKeyFor; // client cert the cached configuration was built for
    std::optional<QSslConfiguration> m_ssl;
};

// Describes a network failure of `what` in words (connection refused, TLS …).
Error kubeNetworkError(int qtError, const QString &errorString, const QString &what, const QStringList &sslErrors);

} // namespace shipdeck
