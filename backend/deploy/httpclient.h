#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace shipdeck {

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    qint64 durationMs = 0;
};

// Small asynchronous HTTP client for the deploy module (metric scrapes, Prometheus queries,
// webhook gates). Lives on the backend thread; callbacks run there and never after the client
// is destroyed. A status >= 400 is a response, not an error; errors are network failures and
// timeouts, named with the URL. Loopback addresses bypass any configured proxy.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<HttpResponse>)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    void get(const QUrl &url, int timeoutMs, Callback done);
    void postJson(const QUrl &url, const QJsonObject &body, int timeoutMs, Callback done);
    // Aborts every request in flight; their callbacks are not called.
    void abortAll();
    int inFlight() const;

private:
    void send(QNetworkReply *reply, const QUrl &url, int timeoutMs, Callback done);
    QNetworkAccessManager *managerFor(const QUrl &url);

    QNetworkAccessManager *m_proxied;
    QNetworkAccessManager *m_direct;
};

} // namespace shipdeck
