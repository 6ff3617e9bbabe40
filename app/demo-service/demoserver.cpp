#include "demoserver.h"

#include "backend/providers/httpmessageparser.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUrl>

#include <memory>

namespace shipdeck::demo {
namespace {

// One client connection: parses requests and answers them in order.
class DemoConnection : public QObject
{
public:
    DemoConnection(DemoServer *server, QTcpSocket *socket)
        : QObject(server), m_server(server), m_socket(socket)
    {
        socket->setParent(this);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_parser = std::make_unique<HttpMessageParser>(HttpMessageParser::Kind::Request, HttpMessageParser::Callbacks{
            [this](HttpHead &head) { onHead(head); return false; },
            [this](const char *data, qsizetype size) { m_bodyBytes += size; m_hash.addData(QByteArrayView(data, size)); },
            [this] { onComplete(); }});
        connect(socket, &QTcpSocket::readyRead, this, &DemoConnection::pump);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            if (m_busy)
                m_server->requestFinished();
            m_busy = false;
            deleteLater();
        });
    }

private:
    void onHead(const HttpHead &head)
    {
        m_head = head;
        m_bodyBytes = 0;
        m_hash.reset();
        m_busy = true;
        m_server->requestStarted();
    }

    void pump()
    {
        while (!m_busy || !m_parser->isPaused()) {
            if (m_pending.isEmpty()) {
                if (m_socket->bytesAvailable() == 0)
                    return;
                m_pending = m_socket->readAll();
            }
            if (m_parser->isPaused()) {
                if (m_busy)
                    return;
                m_parser->resume();
            }
            auto used = m_parser->feed(m_pending.constData(), m_pending.size());
            if (!used) {
                m_socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                m_socket->disconnectFromHost();
                m_pending.clear();
                return;
            }
            m_pending.remove(0, used.value());
            if (m_busy && m_parser->isPaused())
                return; // waits until the response is out
        }
    }

    void onComplete()
    {
        const DemoOptions &o = m_server->options();
        const QUrl url(QString::fromUtf8(m_head.target));
        const QString path = url.path();
        if (path == QLatin1String("/healthz")) {
            if (o.unhealthy)
                respond(503, "text/plain", "unhealthy\n");
            else
                respond(200, "text/plain", "ok\n");
        } else if (path == QLatin1String("/version")) {
            respond(200, "text/plain", o.version.toUtf8() + '\n');
        } else if (path == QLatin1String("/echo")) {
            respond(200, "application/json",
                    "{\"bytes\":" + QByteArray::number(m_bodyBytes) + ",\"sha256\":\"" + m_hash.result().toHex() + "\"}\n");
        } else if (path == QLatin1String("/stream")) {
            const QUrlQuery q(url);
            const int chunks = std::clamp(q.queryItemValue(QStringLiteral("chunks")).toInt(), 0, 100'000);
            const int size = std::clamp(q.queryItemValue(QStringLiteral("size")).toInt(), 1, 1 << 20);
            QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n"
                             "Connection: keep-alive\r\n\r\n";
            const QByteArray piece(size, 'x');
            for (int i = 0; i < chunks; ++i)
                out += QByteArray::number(size, 16) + "\r\n" + piece + "\r\n";
            out += "0\r\n\r\n";
            send(out);
        } else if (path == QLatin1String("/")) {
            page();
        } else {
            respond(404, "text/plain", "not found\n");
        }
    }

    void page()
    {
        DemoServer *server = m_server;
        const DemoOptions &o = server->options();
        int delay = o.latencyMs;
        if (o.latencyJitterMs > 0)
            delay += int(server->random().bounded(2 * o.latencyJitterMs + 1)) - o.latencyJitterMs;
        const bool reset = o.resetRate > 0 && server->random().generateDouble() < o.resetRate;
        const bool fail = !reset && o.errorRate > 0 && server->random().generateDouble() < o.errorRate;
        auto answer = [this, reset, fail] {
            const DemoOptions &opt = m_server->options();
            if (reset) {
                m_socket->abort(); // the peer sees a reset, not an answer
                return;
            }
            if (fail)
                respond(500, "application/json", "{\"error\":\"injected failure\",\"version\":\"" + opt.version.toUtf8() + "\"}\n");
            else
                respond(200, "application/json", "{\"service\":\"" + opt.name.toUtf8() + "\",\"version\":\""
                                                     + opt.version.toUtf8() + "\",\"ok\":true}\n");
        };
        if (delay > 0)
            QTimer::singleShot(delay, this, answer);
        else
            answer();
    }

    void respond(int status, const QByteArray &type, const QByteArray &body)
    {
        const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : status == 503 ? "Service Unavailable"
                                : status == 500 ? "Internal Server Error" : "Status";
        send("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type
             + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nX-Demo-Version: "
             + m_server->options().version.toUtf8() + (m_head.keepAlive ? "\r\nConnection: keep-alive" : "\r\nConnection: close")
             + "\r\n\r\n" + (m_head.method == "HEAD" ? QByteArray() : body));
    }

    void send(const QByteArray &bytes)
    {
        m_socket->write(bytes);
        m_busy = false;
        m_server->requestFinished();
        if (!m_head.keepAlive) {
            m_socket->disconnectFromHost();
            return;
        }
        QMetaObject::invokeMethod(this, &DemoConnection::pump, Qt::QueuedConnection);
    }

    DemoServer *m_server;
    QTcpSocket *m_socket;
    std::unique_ptr<HttpMessageParser> m_parser;
    QByteArray m_pending;
    HttpHead m_head;
    qint64 m_bodyBytes = 0;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    bool m_busy = false;
};

} // namespace

DemoServer::DemoServer(DemoOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_random(m_options.seed ? QRandomGenerator(quint32(m_options.seed)) : QRandomGenerator(QRandomGenerator::global()->generate()))
    , m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(1024);
    connect(m_server, &QTcpServer::newConnection, this, &DemoServer::onNewConnection);
}

DemoServer::~DemoServer() = default;

Result<quint16> DemoServer::listen()
{
    if (!m_server->listen(QHostAddress(m_options.host), m_options.port))
        return Error(ErrorCode::Unavailable, QStringLiteral("cannot listen on %1:%2: %3")
                                                 .arg(m_options.host).arg(m_options.port).arg(m_server->errorString()));
    return m_server->serverPort();
}

void DemoServer::drain()
{
    m_draining = true;
    m_server->close();
    if (m_inFlight == 0)
        Q_EMIT drained();
}

void DemoServer::requestFinished()
{
    if (--m_inFlight == 0 && m_draining)
        Q_EMIT drained();
}

void DemoServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new DemoConnection(this, socket);
}

} // namespace shipdeck::demo
