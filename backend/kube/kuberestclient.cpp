#include "backend/kube/kuberestclient.h"

#include "backend/core/retrypolicy.h"
#include "backend/kube/kubecredentials.h"
#include "backend/kube/kubelogging.h"
#include "backend/kube/kubestatus.h"
#include "backend/kube/kubestream.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QPromise>
#include <QSslKey>
#include <QTimer>

namespace shipdeck {

namespace {

// Proxy from proxy-url, else from https_proxy/http_proxy (no_proxy and loopback excepted),
// as client-go's ProxyFromEnvironment does.
QNetworkProxy proxyFor(const KubeEndpoint &e)
{
    QString url = e.proxyUrl;
    const QString host = e.server.host();
    if (url.isEmpty()) {
        const bool loopback = host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
        const QString noProxy = qEnvironmentVariable("NO_PROXY", qEnvironmentVariable("no_proxy"));
        bool excluded = loopback;
        for (const QString &n : noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString d = n.trimmed();
            if (d == QLatin1String("*") || host == d || (d.startsWith(QLatin1Char('.')) ? host.endsWith(d) : host.endsWith(QLatin1Char('.') + d)))
                excluded = true;
        }
        if (!excluded) {
            url = e.server.scheme() == QLatin1String("https") ? qEnvironmentVariable("HTTPS_PROXY", qEnvironmentVariable("https_proxy"))
                                                              : qEnvironmentVariable("HTTP_PROXY", qEnvironmentVariable("http_proxy"));
        }
    }
    if (url.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl u(url.contains(QLatin1String("://")) ? url : QStringLiteral("http://") + url);
    const auto type = u.scheme() == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    return QNetworkProxy(type, u.host(), quint16(u.port(u.scheme() == QLatin1String("socks5") ? 1080 : 8080)), u.userName(), u.password());
}

QSslKey readKey(const QByteArray &pem)
{
    for (auto algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

QJsonObject KubeResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

Error kubeNetworkError(int qtError, const QString &errorString, const QString &what, const QStringList &sslErrors)
{
    switch (QNetworkReply::NetworkError(qtError)) {
    case QNetworkReply::ConnectionRefusedError:
        return Error(ErrorCode::Unavailable, QStringLiteral("%1: connection refused; is the API server running and reachable?").arg(what));
    case QNetworkReply::HostNotFoundError:
        return Error(ErrorCode::Network, QStringLiteral("%1: host not found (%2)").arg(what, errorString));
    case QNetworkReply::TimeoutError:
        return Error(ErrorCode::Timeout, QStringLiteral("%1: timed out").arg(what));
    case QNetworkReply::SslHandshakeFailedError:
        return Error(ErrorCode::Unauthenticated, QStringLiteral("%1: TLS handshake failed: %2").arg(what,
            sslErrors.isEmpty() ? errorString : sslErrors.join(QStringLiteral("; "))))
            .withDetail(QStringLiteral("tls"), true);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Error(ErrorCode::Network, QStringLiteral("%1: proxy failed: %2").arg(what, errorString));
    default:
        return Error(ErrorCode::Network, QStringLiteral("%1: %2").arg(what, errorString));
    }
}

struct KubeRestClient::Call
{
    KubeRequest request;
    QPromise<Result<KubeResponse>> promise;
    int attempts = 0;
    bool authRetried = false;
};

KubeRestClient::KubeRestClient(KubeEndpoint endpoint, QObject *parent)
    : QObject(parent), m_credentials(new KubeCredentials(std::move(endpoint), this)), m_interactive(newManager())
{
}

KubeRestClient::~KubeRestClient() = default;

const KubeEndpoint &KubeRestClient::endpoint() const { return m_credentials->endpoint(); }

QNetworkAccessManager *KubeRestClient::newManager()
{
    auto *manager = new QNetworkAccessManager(this);
    manager->setProxy(proxyFor(endpoint()));
    manager->setAutoDeleteReplies(false);
    return manager;
}

QNetworkAccessManager *KubeRestClient::acquireStreamManager()
{
    const int limit = m_http2Seen ? 100 : streamsPerManager();
    for (auto &m : m_streamManagers) {
        if (m.streams < limit) {
            ++m.streams;
            return m.manager;
        }
    }
    m_streamManagers.push_back({newManager(), 1});
    return m_streamManagers.back().manager;
}

void KubeRestClient::releaseStreamManager(QNetworkAccessManager *manager)
{
    for (auto &m : m_streamManagers) {
        if (m.manager == manager && m.streams > 0)
            --m.streams;
    }
}

void KubeRestClient::noteHttp2(bool used)
{
    if (used)
        ++m_http2Replies;
    if (used && !m_http2Seen) {
        qCDebug(lcKube) << "HTTP/2 in use with" << endpoint().server.host() << "- streams share one connection";
        m_http2Seen = true;
    }
}

Result<QSslConfiguration> KubeRestClient::sslConfiguration(const KubeAuth &auth)
{
    if (m_ssl && m_sslKeyFor == auth.clientCertPem)
        return *m_ssl;
    const KubeEndpoint &e = endpoint();
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    if (!e.caPem.isEmpty()) {
        const auto cas = QSslCertificate::fromData(e.caPem, QSsl::Pem);
        if (cas.isEmpty())
            return Error(ErrorCode::Validation, QStringLiteral("cluster \"%1\": certificate-authority holds no PEM certificate").arg(e.clusterName));
        ssl.setCaCertificates(cas);
    }
    if (e.insecureSkipTlsVerify)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!auth.clientCertPem.isEmpty()) {
        const auto certs = QSslCertificate::fromData(auth.clientCertPem, QSsl::Pem);
        if (certs.isEmpty())
            return Error(ErrorCode::Validation, QStringLiteral("user \"%1\": client-certificate holds no PEM certificate").arg(e.userName));
        const QSslKey key = readKey(auth.clientKeyPem);
        if (key.isNull())
            return Error(ErrorCode::Validation, QStringLiteral("user \"%1\": client-key is not a PEM private key (RSA or EC)").arg(e.userName));
        ssl.setLocalCertificate(certs.first());
        if (certs.size() > 1)
            ssl.setLocalCertificateChain(certs);
        ssl.setPrivateKey(key);
    }
    ssl.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
    m_ssl = ssl;
    m_sslKeyFor = auth.clientCertPem;
    return ssl;
}

Result<QNetworkRequest> KubeRestClient::prepare(const KubeRequest &request, const KubeAuth &auth)
{
    const KubeEndpoint &e = endpoint();
    QUrl url = e.server;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + request.path);
    url.setQuery(request.query);
    QNetworkRequest r(url);
    r.setRawHeader("Accept", request.accept);
    r.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("shipdeck/%1").arg(QStringLiteral(SHIPDECK_VERSION)));
    if (!request.contentType.isEmpty())
        r.setRawHeader("Content-Type", request.contentType);
    if (!auth.authorization.isEmpty())
        r.setRawHeader("Authorization", auth.authorization);
    if (!e.impersonate.isEmpty())
        r.setRawHeader("Impersonate-User", e.impersonate.toUtf8());
    for (const QString &g : e.impersonateGroups)
        r.setRawHeader("Impersonate-Group", g.toUtf8());
    if (e.disableCompression)
        r.setRawHeader("Accept-Encoding", "identity");
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == QLatin1String("https")) {
        SD_TRY(QSslConfiguration ssl, sslConfiguration(auth));
        r.setSslConfiguration(ssl);
        if (!e.tlsServerName.isEmpty())
            r.setPeerVerifyName(e.tlsServerName);
    }
    return r;
}

QFuture<Result<KubeResponse>> KubeRestClient::send(const KubeRequest &request)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->promise.start();
    QFuture<Result<KubeResponse>> future = call->promise.future();
    attempt(call);
    return future;
}

QFuture<Result<QJsonObject>> KubeRestClient::getJson(const QString &path, const QUrlQuery &query)
{
    KubeRequest r;
    r.path = path;
    r.query = query;
    return send(r).then(this, [](const Result<KubeResponse> &response) -> Result<QJsonObject> {
        if (!response)
            return response.error();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(response->body, &error);
        if (!doc.isObject())
            return Error(ErrorCode::Parse, QStringLiteral("the server answered with malformed JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
        return doc.object();
    });
}

void KubeRestClient::attempt(std::shared_ptr<Call> call)
{
    ++call->attempts;
    QPointer<KubeRestClient> self(this);
    m_credentials->get([self, call](const Result<KubeAuth> &auth) {
        if (!self)
            return;
        if (!auth) {
            call->promise.addResult(std::move(auth).error().withContext(call->request.describe()));
            call->promise.finish();
            return;
        }
        auto prepared = self->prepare(call->request, auth.value());
        if (!prepared) {
            call->promise.addResult(prepared.error());
            call->promise.finish();
            return;
        }
        const KubeRequest &req = call->request;
        QNetworkReply *reply = req.body.isEmpty() && (req.verb == "GET" || req.verb == "DELETE" || req.verb == "HEAD")
                                   ? self->m_interactive->sendCustomRequest(prepared.value(), req.verb)
                                   : self->m_interactive->sendCustomRequest(prepared.value(), req.verb, req.body);
        auto sslErrors = std::make_shared<QStringList>();
        auto timedOut = std::make_shared<bool>(false);
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [sslErrors](const QList<QSslError> &errors) {
            for (const auto &e : errors)
                sslErrors->append(e.errorString());
        });
        auto *timer = new QTimer(reply);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
            *timedOut = true;
            reply->abort();
        });
        timer->start(req.timeoutMs);
        QObject::connect(reply, &QNetworkReply::finished, self, [self, call, reply, sslErrors, timedOut] {
            self->finishAttempt(call, reply, *timedOut, *sslErrors);
        });
    });
}

void KubeRestClient::retryLater(std::shared_ptr<Call> call, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, call] { attempt(call); });
}

void KubeRestClient::finishAttempt(std::shared_ptr<Call> call, QNetworkReply *reply, bool timedOut, const QStringList &sslErrors)
{
    reply->deleteLater();
    const KubeRequest &req = call->request;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    noteHttp2(reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const bool canRetry = call->attempts <= req.maxRetries;
    RetryPolicy backoff{req.maxRetries + 1, m_retryBaseMs, 10'000, 2.0, 0.5};

    if (status == 0) {
        Error error = timedOut ? Error(ErrorCode::Timeout, QStringLiteral("%1: no answer from %2 within %3 s")
                                                               .arg(req.describe(), endpoint().server.toString()).arg(req.timeoutMs / 1000.0))
                               : kubeNetworkError(reply->error(), reply->errorString(), req.describe(), sslErrors);
        if (req.idempotent() && canRetry && error.code() != ErrorCode::Unauthenticated) {
            retryLater(call, backoff.delayMs(call->attempts));
            return;
        }
        call->promise.addResult(error.withDetail(QStringLiteral("attempts"), call->attempts));
        call->promise.finish();
        return;
    }
    if (status == 401 && !call->authRetried && m_credentials->invalidate()) {
        call->authRetried = true; // an exec plugin runs again, a token file is re-read
        attempt(call);
        return;
    }
    if (status == 429 && canRetry) {
        int seconds = reply->rawHeader("Retry-After").toInt();
        if (seconds <= 0)
            seconds = 1;
        retryLater(call, qMin(seconds, 60) * 1000);
        return;
    }
    if (status >= 500 && req.idempotent() && canRetry && status != 501) {
        const int retryAfter = reply->rawHeader("Retry-After").toInt();
        retryLater(call, retryAfter > 0 ? qMin(retryAfter, 60) * 1000 : backoff.delayMs(call->attempts));
        return;
    }
    if (status >= 300) {
        call->promise.addResult(kubeStatusError(status, body, req.describe()).withDetail(QStringLiteral("attempts"), call->attempts));
        call->promise.finish();
        return;
    }
    KubeResponse response;
    response.status = status;
    response.body = body;
    response.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    response.attempts = call->attempts;
    call->promise.addResult(response);
    call->promise.finish();
}

KubeStream *KubeRestClient::openStream(const KubeRequest &request, QObject *parent)
{
    auto *stream = new KubeStream(this, request, parent ? parent : this);
    stream->start();
    return stream;
}

} // namespace shipdeck
