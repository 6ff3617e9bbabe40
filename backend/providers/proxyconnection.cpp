#include "backend/providers/proxyconnection.h"

#include "backend/providers/proxymetrics.h"
#include "backend/providers/reverseproxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace shipdeck {
namespace {

constexpr qint64 kHighWater = 256 * 1024; // bytes queued towards a peer before reading pauses
constexpr qint64 kReadChunk = 64 * 1024;

bool isHopByHop(const QByteArray &name)
{
    static const QByteArray names[] = {"connection", "keep-alive", "proxy-connection", "transfer-encoding",
                                       "te", "trailer", "upgrade", "proxy-authenticate", "proxy-authorization"};
    for (const QByteArray &n : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray chunk(const char *data, qsizetype size)
{
    QByteArray out = QByteArray::number(size, 16);
    out.reserve(out.size() + size + 4);
    out += "\r\n";
    out.append(data, size);
    out += "\r\n";
    return out;
}

} // namespace

ProxyConnection::ProxyConnection(ReverseProxy *proxy, QTcpSocket *client)
    : QObject(proxy)
    , m_proxy(proxy)
    , m_client(client)
    , m_timer(new QTimer(this))
{
    m_client->setParent(this);
    m_client->setReadBufferSize(kHighWater);
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer->setSingleShot(true);
    m_requestParser = std::make_unique<HttpMessageParser>(HttpMessageParser::Kind::Request, HttpMessageParser::Callbacks{
        [this](HttpHead &head) { return onRequestHead(head); },
        [this](const char *data, qsizetype size) { onRequestBody(data, size); },
        [this] { onRequestComplete(); }});
    connect(m_client, &QTcpSocket::readyRead, this, &ProxyConnection::pumpClient);
    connect(m_client, &QTcpSocket::bytesWritten, this, [this] {
        if (m_upstream && m_client->bytesToWrite() < kHighWater)
            onUpstreamReadyRead();
    });
    connect(m_client, &QTcpSocket::disconnected, this, &ProxyConnection::onClientDisconnected);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_active) {
            m_client->disconnectFromHost(); // idle keep-alive connection
        } else if (!m_responseStarted && m_responseStatus == 0) {
            onUpstreamFailed(true);
        }
    });
    armTimer(m_proxy->options().clientIdleTimeoutMs);
    if (m_client->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &ProxyConnection::pumpClient, Qt::QueuedConnection);
}

ProxyConnection::~ProxyConnection()
{
    if (m_upstream)
        releaseUpstream(false);
}

void ProxyConnection::abort()
{
    if (m_upstream)
        releaseUpstream(false);
    m_active = false;
    m_client->abort();
    deleteLater();
}

void ProxyConnection::armTimer(int ms)
{
    if (ms > 0)
        m_timer->start(ms);
    else
        m_timer->stop();
}

void ProxyConnection::writeClient(const QByteArray &bytes)
{
    if (m_client->state() == QAbstractSocket::ConnectedState)
        m_client->write(bytes);
}

// ---------------------------------------------------------------------------------------------
// Client side

void ProxyConnection::pumpClient()
{
    while (m_client) {
        if (m_active) {
            if (m_requestComplete)
                return; // the next pipelined request waits for this response
            const qint64 queued = m_connected && m_upstream ? m_upstream->bytesToWrite() : m_bodyBuffer.size();
            if (queued >= kHighWater)
                return; // resumed when the upstream has taken the bytes
        }
        if (m_pending.isEmpty()) {
            if (m_client->bytesAvailable() == 0)
                return;
            m_pending = m_client->read(kReadChunk);
        }
        if (m_requestParser->isPaused())
            m_requestParser->resume();
        const auto used = m_requestParser->feed(m_pending.constData(), m_pending.size());
        if (!used) {
            m_pending.clear();
            const bool unsupported = used.error().code() == ErrorCode::Unsupported;
            if (!m_responseStarted)
                failClient(unsupported ? 501 : 400, unsupported ? "Not Implemented" : "Bad Request",
                           used.error().message().toUtf8() + '\n', true);
            else
                abort();
            return;
        }
        m_pending.remove(0, used.value());
    }
}

void ProxyConnection::onClientDisconnected()
{
    if (m_active && m_upstream)
        releaseUpstream(false);
    m_active = false;
    deleteLater();
}

bool ProxyConnection::onRequestHead(HttpHead &head)
{
    m_timer->stop();
    m_started.start();
    m_active = true;
    m_version.clear();
    m_request = head;
    m_requestChunked = head.chunked;
    m_requestHasBody = head.chunked || head.contentLength > 0;
    m_requestComplete = false;
    m_bodySentSome = false;
    m_responseStarted = false;
    m_responseStatus = 0;
    m_attempt = 0;
    m_bodyBuffer.clear();
    m_isHead = head.method == "HEAD";
    m_clientKeepAlive = head.keepAlive;
    if (head.hasHeader("upgrade") && head.header("connection").toLower().contains("upgrade"))
        return false; // refused with 501 when the parser reports the upgrade

    if (head.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0 && m_requestHasBody)
        writeClient("HTTP/1.1 100 Continue\r\n\r\n");

    const QHostAddress peer = m_client->peerAddress();
    QByteArray forwardedFor = head.header("x-forwarded-for");
    forwardedFor = forwardedFor.isEmpty() ? peer.toString().toLatin1() : forwardedFor + ", " + peer.toString().toLatin1();
    QByteArray out = head.method + ' ' + head.target + " HTTP/1.1\r\n";
    for (const auto &h : head.headers) {
        if (isHopByHop(h.first) || h.first.compare("expect", Qt::CaseInsensitive) == 0
            || h.first.compare("x-forwarded-for", Qt::CaseInsensitive) == 0)
            continue;
        out += h.first + ": " + h.second + "\r\n";
    }
    out += "X-Forwarded-For: " + forwardedFor + "\r\n";
    if (!head.hasHeader("x-forwarded-host") && head.hasHeader("host"))
        out += "X-Forwarded-Host: " + head.header("host") + "\r\n";
    if (!head.hasHeader("x-forwarded-proto"))
        out += "X-Forwarded-Proto: http\r\n";
    if (m_requestChunked)
        out += "Transfer-Encoding: chunked\r\n";
    out += "Connection: keep-alive\r\n\r\n";
    m_upstreamHead = out;
    startUpstream();
    return false;
}

void ProxyConnection::onRequestBody(const char *data, qsizetype size)
{
    if (m_responseStatus >= 500 && !m_upstream)
        return; // answered by the proxy itself: the rest of the body is read and dropped
    const QByteArray bytes = m_requestChunked ? chunk(data, size) : QByteArray(data, size);
    if (m_connected && m_upstream) {
        m_bodySentSome = true;
        writeUpstream(bytes);
    } else {
        m_bodyBuffer += bytes;
    }
}

void ProxyConnection::onRequestComplete()
{
    m_requestComplete = true;
    if (!m_active || !m_requestChunked)
        return;
    if (m_connected && m_upstream)
        writeUpstream("0\r\n\r\n");
    else if (m_upstream)
        m_bodyBuffer += "0\r\n\r\n";
}

void ProxyConnection::failClient(int status, const QByteArray &reason, const QByteArray &body, bool close)
{
    if (m_upstream)
        releaseUpstream(false);
    m_responseStatus = status;
    m_responseStarted = true;
    if (close)
        m_clientKeepAlive = false;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n"
                     "Content-Type: text/plain; charset=utf-8\r\n"
                     "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
                     "Connection: " + (m_clientKeepAlive && requestDone() ? "keep-alive" : "close") + "\r\n\r\n" + body;
    if (!requestDone())
        m_clientKeepAlive = false; // the rest of the request body is not worth reading
    writeClient(out);
    if (!m_active) {
        m_client->disconnectFromHost();
        return;
    }
    finishExchange(status);
}

// ---------------------------------------------------------------------------------------------
// Upstream side

void ProxyConnection::startUpstream()
{
    ++m_attempt;
    const bool hasHeader = !m_proxy->routes()->split.headerName.isEmpty()
                        && m_request.hasHeader(m_proxy->routes()->split.headerName.toUtf8());
    const QByteArray headerValue = hasHeader ? m_request.header(m_proxy->routes()->split.headerName.toUtf8()) : QByteArray();
    if (!m_proxy->pick(headerValue, hasHeader, &m_version, &m_port)) {
        failClient(503, "Service Unavailable",
                   QStringLiteral("no ready instance of %1\n").arg(m_proxy->component()).toUtf8(), false);
        return;
    }
    if (QTcpSocket *idle = m_proxy->takeIdleUpstream(m_port)) {
        attachUpstream(idle, true);
        onUpstreamConnected();
        return;
    }
    auto *socket = new QTcpSocket(this);
    attachUpstream(socket, false);
    armTimer(m_proxy->options().connectTimeoutMs);
    socket->connectToHost(QHostAddress::LocalHost, m_port);
}

void ProxyConnection::attachUpstream(QTcpSocket *socket, bool reused)
{
    socket->setParent(this);
    socket->setReadBufferSize(kHighWater);
    m_upstream = socket;
    m_reused = reused;
    m_connected = false;
    m_responseParser = std::make_unique<HttpMessageParser>(HttpMessageParser::Kind::Response, HttpMessageParser::Callbacks{
        [this](HttpHead &head) { return onResponseHead(head); },
        [this](const char *data, qsizetype size) { onResponseBody(data, size); },
        [this] { onResponseComplete(); }});
    m_responseParser->setExpectNoBody(m_isHead);
    connect(socket, &QTcpSocket::connected, this, [this] {
        onUpstreamConnected();
        pumpClient();
    });
    connect(socket, &QTcpSocket::readyRead, this, &ProxyConnection::onUpstreamReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] { pumpClient(); });
    connect(socket, &QTcpSocket::disconnected, this, &ProxyConnection::onUpstreamClosed);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            onUpstreamClosed();
        else
            onUpstreamFailed(false);
    });
}

void ProxyConnection::onUpstreamConnected()
{
    if (!m_upstream)
        return;
    m_connected = true;
    m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    armTimer(m_proxy->options().responseTimeoutMs);
    QByteArray out = m_upstreamHead;
    if (!m_bodyBuffer.isEmpty()) {
        out += m_bodyBuffer;
        m_bodySentSome = true;
        m_bodyBuffer.clear();
    }
    writeUpstream(out);
}

void ProxyConnection::writeUpstream(const QByteArray &bytes)
{
    if (m_upstream && !bytes.isEmpty())
        m_upstream->write(bytes);
}

bool ProxyConnection::onResponseHead(HttpHead &head)
{
    if (head.status < 200)
        return true; // 1xx interim response: not forwarded (Expect is answered by the proxy)
    m_timer->stop();
    m_responseStatus = head.status;
    m_responseStarted = true;
    const bool noBody = m_isHead || head.status == 204 || head.status == 304;
    if (noBody)
        m_responseFraming = Framing::None;
    else if (head.chunked)
        m_responseFraming = Framing::Chunked;
    else if (head.contentLength >= 0)
        m_responseFraming = Framing::Length;
    else if (m_request.versionMinor >= 1)
        m_responseFraming = Framing::Chunked; // close-delimited upstream, re-framed for the client
    else
        m_responseFraming = Framing::UntilClose;
    if (m_responseFraming == Framing::UntilClose || !requestDone())
        m_clientKeepAlive = false;

    QByteArray out = "HTTP/1.1 " + QByteArray::number(head.status) + ' ' + head.reason + "\r\n";
    for (const auto &h : head.headers) {
        if (!isHopByHop(h.first))
            out += h.first + ": " + h.second + "\r\n";
    }
    if (m_responseFraming == Framing::Chunked)
        out += "Transfer-Encoding: chunked\r\n";
    out += "X-Shipdeck-Version: " + m_version.toUtf8() + "\r\n";
    out += m_clientKeepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    writeClient(out);
    return noBody;
}

void ProxyConnection::onResponseBody(const char *data, qsizetype size)
{
    if (m_responseFraming == Framing::Chunked)
        writeClient(chunk(data, size));
    else
        writeClient(QByteArray(data, size));
}

void ProxyConnection::onResponseComplete()
{
    if (m_responseStatus == 0)
        return; // end of a 1xx interim response
    if (m_responseFraming == Framing::Chunked)
        writeClient("0\r\n\r\n");
}

void ProxyConnection::onUpstreamReadyRead()
{
    while (m_upstream && m_active && m_upstream->bytesAvailable() > 0) {
        if (m_client->bytesToWrite() >= kHighWater)
            return; // resumed by the client's bytesWritten
        QByteArray data = m_upstream->read(kReadChunk);
        qsizetype offset = 0;
        while (offset < data.size()) {
            const auto used = m_responseParser->feed(data.constData() + offset, data.size() - offset);
            if (!used) {
                qWarning("proxy %s: upstream 127.0.0.1:%u (%s) sent a malformed response: %s",
                         qPrintable(m_proxy->component()), m_port, qPrintable(m_version), qPrintable(used.error().message()));
                onUpstreamFailed(false);
                return;
            }
            offset += used.value();
            if (!m_responseParser->isPaused())
                break;
            if (m_responseStatus == 0) {
                m_responseParser->resume(); // after a 1xx, the real response follows
                continue;
            }
            // Complete. Bytes after the response mean the connection cannot be reused.
            const bool clean = offset == data.size() && m_upstream->bytesAvailable() == 0 && requestDone();
            releaseUpstream(clean);
            finishExchange(m_responseStatus);
            pumpClient();
            return;
        }
    }
}

void ProxyConnection::onUpstreamClosed()
{
    if (!m_upstream || !m_active)
        return;
    if (m_upstream->bytesAvailable() > 0) {
        onUpstreamReadyRead();
        if (!m_upstream || !m_active)
            return;
        if (m_upstream->bytesAvailable() > 0) {
            // The client is slow; finish when it has taken the rest.
            QTimer::singleShot(0, this, &ProxyConnection::onUpstreamClosed);
            return;
        }
    }
    if (m_responseStarted && m_responseParser->inMessage() && m_responseFraming != Framing::None) {
        if (m_responseParser->finish()) {
            if (m_responseFraming == Framing::Chunked)
                writeClient("0\r\n\r\n");
            releaseUpstream(false);
            finishExchange(m_responseStatus);
            pumpClient();
            return;
        }
    }
    onUpstreamFailed(false);
}

void ProxyConnection::onUpstreamFailed(bool timedOut)
{
    if (!m_active || !m_upstream)
        return;
    const bool connectPhase = !m_connected;
    const auto kind = timedOut ? ProxyMetrics::UpstreamError::Timeout
                    : connectPhase ? ProxyMetrics::UpstreamError::Connect : ProxyMetrics::UpstreamError::Reset;
    const bool staleReuse = m_reused && !timedOut && m_responseStatus == 0;
    releaseUpstream(false);
    if (m_responseStarted) {
        // Part of the response is already with the client: all we can do is cut it off.
        m_proxy->metrics().recordUpstreamError(m_version, kind);
        m_proxy->metrics().recordRequest(m_version, m_responseStatus, m_started.nsecsElapsed() / 1e9);
        abort();
        return;
    }
    const bool replayable = !m_requestHasBody; // a body already streamed upstream is gone
    if (m_attempt < 3 && !timedOut && (connectPhase || staleReuse) && (connectPhase || replayable)) {
        if (!staleReuse)
            m_proxy->metrics().recordUpstreamError(m_version, kind);
        startUpstream();
        return;
    }
    m_proxy->metrics().recordUpstreamError(m_version, kind);
    if (timedOut)
        failClient(504, "Gateway Timeout",
                   QStringLiteral("%1 %2 did not answer in time\n").arg(m_proxy->component(), m_version).toUtf8(), false);
    else
        failClient(502, "Bad Gateway",
                   QStringLiteral("%1 %2 failed: %3\n").arg(m_proxy->component(), m_version,
                                                          connectPhase ? QStringLiteral("connection refused")
                                                                       : QStringLiteral("connection reset")).toUtf8(), false);
}

void ProxyConnection::releaseUpstream(bool reusable)
{
    QTcpSocket *socket = m_upstream;
    m_upstream = nullptr;
    m_connected = false;
    if (!socket)
        return;
    socket->disconnect(this);
    disconnect(socket, nullptr, this, nullptr);
    if (reusable) {
        m_proxy->returnIdleUpstream(m_port, socket);
    } else {
        socket->abort();
        socket->deleteLater();
    }
}

void ProxyConnection::finishExchange(int status)
{
    if (!m_active)
        return;
    m_proxy->metrics().recordRequest(m_version, status, m_started.nsecsElapsed() / 1e9);
    if (!requestDone()) {
        // Answered before the whole request arrived: keep reading (and dropping) its body only if
        // the connection stays open; otherwise close after the answer.
        m_clientKeepAlive = false;
    }
    m_active = false;
    m_bodyBuffer.clear();
    if (!m_clientKeepAlive) {
        m_client->disconnectFromHost();
        return;
    }
    armTimer(m_proxy->options().clientIdleTimeoutMs);
}

} // namespace shipdeck
