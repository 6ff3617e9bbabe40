#include "httpconnection.h"

#include "httpexchange.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <http_parser.h>

namespace shipdeck::kubetest {

// http-parser state of one connection: the request being assembled and the header in progress.
struct HttpConnection::Parser
{
    http_parser parser{};
    http_parser_settings settings{};
    HttpConnection *owner = nullptr;
    HttpRequest request;
    QByteArray url;
    QByteArray field;
    QByteArray value;
    bool lastWasValue = false;
    bool tooLarge = false;

    void flushHeader()
    {
        if (field.isEmpty())
            return;
        const QByteArray name = field.toLower();
        QByteArray &slot = request.headers[name];
        slot = slot.isEmpty() ? value : slot + ", " + value;
        field.clear();
        value.clear();
    }

    static Parser *self(http_parser *p) { return static_cast<Parser *>(p->data); }

    Parser(HttpConnection *connection) : owner(connection)
    {
        http_parser_init(&parser, HTTP_REQUEST);
        parser.data = this;
        http_parser_settings_init(&settings);
        settings.on_message_begin = [](http_parser *p) {
            Parser *s = self(p);
            s->request = HttpRequest{};
            s->url.clear();
            s->field.clear();
            s->value.clear();
            s->lastWasValue = false;
            s->tooLarge = false;
            return 0;
        };
        settings.on_url = [](http_parser *p, const char *at, size_t length) {
            self(p)->url.append(at, qsizetype(length));
            return 0;
        };
        settings.on_header_field = [](http_parser *p, const char *at, size_t length) {
            Parser *s = self(p);
            if (s->lastWasValue)
                s->flushHeader();
            s->field.append(at, qsizetype(length));
            s->lastWasValue = false;
            return 0;
        };
        settings.on_header_value = [](http_parser *p, const char *at, size_t length) {
            Parser *s = self(p);
            s->value.append(at, qsizetype(length));
            s->lastWasValue = true;
            return 0;
        };
        settings.on_headers_complete = [](http_parser *p) {
            Parser *s = self(p);
            s->flushHeader();
            s->request.method = http_method_str(static_cast<http_method>(p->method));
            s->request.setTarget(s->url);
            if (s->request.header("expect").toLower() == "100-continue")
                s->owner->send("HTTP/1.1 100 Continue\r\n\r\n");
            return 0;
        };
        settings.on_body = [](http_parser *p, const char *at, size_t length) {
            Parser *s = self(p);
            if (s->request.body.size() + qint64(length) > kMaxBodyBytes) {
                s->tooLarge = true;
                return 1;
            }
            s->request.body.append(at, qsizetype(length));
            return 0;
        };
        settings.on_message_complete = [](http_parser *p) {
            Parser *s = self(p);
            s->request.keepAlive = http_should_keep_alive(p) != 0;
            s->owner->m_queue.append(std::move(s->request));
            s->request = HttpRequest{};
            return 0;
        };
    }
};

HttpConnection::HttpConnection(QTcpSocket *socket, PeerIdentity peer, RequestHandler handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_peer(std::move(peer)), m_handler(std::move(handler)),
      m_parser(std::make_unique<Parser>(this))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError || m_socket->state() != QAbstractSocket::ConnectedState)
            onDisconnected();
    });
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::send(const QByteArray &bytes)
{
    if (!m_closed)
        m_socket->write(bytes);
}

qint64 HttpConnection::pendingBytes() const
{
    qint64 pending = m_socket->bytesToWrite();
    if (const auto *ssl = qobject_cast<const QSslSocket *>(m_socket))
        pending += ssl->encryptedBytesToWrite();
    return pending;
}

void HttpConnection::onReadyRead()
{
    if (m_closed)
        return;
    const QByteArray data = m_socket->readAll();
    const size_t parsed = http_parser_execute(&m_parser->parser, &m_parser->settings, data.constData(), size_t(data.size()));
    if (m_parser->tooLarge) {
        fail(413, "request body larger than 64 MiB");
        return;
    }
    if (m_parser->parser.upgrade) {
        fail(400, "protocol upgrades (exec, attach, port-forward) are not supported by this test server");
        return;
    }
    if (HTTP_PARSER_ERRNO(&m_parser->parser) != HPE_OK || parsed != size_t(data.size())) {
        const auto err = HTTP_PARSER_ERRNO(&m_parser->parser);
        fail(400, QByteArray("malformed HTTP request: ") + http_errno_name(err) + ": " + http_errno_description(err));
        return;
    }
    dispatchNext();
}

void HttpConnection::dispatchNext()
{
    while (!m_closed && !m_current && !m_queue.isEmpty()) {
        HttpRequest request = m_queue.takeFirst();
        request.peer = m_peer;
        auto *exchange = new HttpExchange(this, std::move(request));
        m_current = exchange;
        m_handler(exchange);
    }
}

void HttpConnection::exchangeDone(HttpExchange *exchange, bool keepAlive)
{
    if (exchange != m_current)
        return;
    m_current = nullptr;
    exchange->deleteLater();
    if (!keepAlive) {
        m_closed = true;
        m_socket->disconnectFromHost();
        return;
    }
    QMetaObject::invokeMethod(this, &HttpConnection::dispatchNext, Qt::QueuedConnection);
}

void HttpConnection::fail(int status, const QByteArray &message)
{
    const QByteArray body = message + '\n';
    send("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
         + "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\nContent-Length: "
         + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    m_closed = true;
    m_queue.clear();
    m_socket->disconnectFromHost();
}

void HttpConnection::abort()
{
    if (m_closed && !m_current)
        return;
    m_closed = true;
    m_queue.clear();
    m_socket->abort();
    onDisconnected();
}

void HttpConnection::closeGracefully()
{
    if (m_closed && !m_current)
        return;
    m_closed = true;
    m_queue.clear();
    if (HttpExchange *exchange = m_current.data()) {
        m_current = nullptr;
        exchange->connectionClosed();
        exchange->deleteLater();
    }
    m_socket->disconnectFromHost();
}

void HttpConnection::onDisconnected()
{
    m_closed = true;
    if (HttpExchange *exchange = m_current.data()) {
        m_current = nullptr;
        exchange->connectionClosed();
        exchange->deleteLater();
    }
    deleteLater();
}

} // namespace shipdeck::kubetest
