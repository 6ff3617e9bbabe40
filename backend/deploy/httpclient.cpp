#include "backend/deploy/httpclient.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace shipdeck {

namespace {
const char *kAbortedByUs = "shipdeckAbortedByUs";
const char *kTimedOut = "shipdeckTimedOut";

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

HttpClient::HttpClient(QObject *parent)
    : QObject(parent), m_proxied(new QNetworkAccessManager(this)), m_direct(new QNetworkAccessManager(this))
{
    m_direct->setProxy(QNetworkProxy::NoProxy);
}

HttpClient::~HttpClient()
{
    abortAll();
}

QNetworkAccessManager *HttpClient::managerFor(const QUrl &url)
{
    return isLoopback(url) ? m_direct : m_proxied;
}

void HttpClient::get(const QUrl &url, int timeoutMs, Callback done)
{
    if (!url.isValid() || url.scheme().isEmpty()) {
        done(Error(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a URL").arg(url.toString())));
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    send(managerFor(url)->get(request), url, timeoutMs, std::move(done));
}

void HttpClient::postJson(const QUrl &url, const QJsonObject &body, int timeoutMs, Callback done)
{
    if (!url.isValid() || url.scheme().isEmpty()) {
        done(Error(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a URL").arg(url.toString())));
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    send(managerFor(url)->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)), url, timeoutMs, std::move(done));
}

void HttpClient::send(QNetworkReply *reply, const QUrl &url, int timeoutMs, Callback done)
{
    reply->setParent(this);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOut, true);
        reply->abort();
    });
    timer->start(qMax(1, timeoutMs));
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    connect(reply, &QNetworkReply::finished, this, [reply, url, timeoutMs, elapsed, done = std::move(done)] {
        reply->deleteLater();
        if (reply->property(kAbortedByUs).toBool())
            return;
        const QString where = url.toString(QUrl::RemoveUserInfo);
        if (reply->property(kTimedOut).toBool()) {
            done(Error(ErrorCode::Timeout, QStringLiteral("%1 did not answer within %2 ms").arg(where).arg(timeoutMs)));
            return;
        }
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            done(Error(ErrorCode::Unavailable, QStringLiteral("cannot reach %1: %2").arg(where, reply->errorString())));
            return;
        }
        HttpResponse response;
        response.status = status.toInt();
        response.body = reply->readAll();
        response.durationMs = elapsed->elapsed();
        done(response);
    });
}

void HttpClient::abortAll()
{
    const auto replies = findChildren<QNetworkReply *>(QString(), Qt::FindDirectChildrenOnly);
    for (QNetworkReply *reply : replies) {
        reply->setProperty(kAbortedByUs, true);
        reply->abort();
    }
}

int HttpClient::inFlight() const
{
    int n = 0;
    for (QNetworkReply *reply : findChildren<QNetworkReply *>(QString(), Qt::FindDirectChildrenOnly))
        n += reply->isFinished() ? 0 : 1;
    return n;
}

} // namespace shipdeck
