#include "backend/providers/adminserver.h"

#include "backend/providers/httpmessageparser.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace shipdeck {
namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    default: return "Error";
    }
}

} // namespace

AdminServer::AdminServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &AdminServer::onNewConnection);
}

AdminServer::~AdminServer() = default;

Result<quint16> AdminServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return Error(ErrorCode::Unavailable, QStringLiteral("the provider's admin listener cannot listen on 127.0.0.1:%1: %2")
                                                 .arg(port).arg(m_server->errorString()));
    m_port = m_server->serverPort();
    return m_port;
}

void AdminServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        auto head = std::make_shared<HttpHead>();
        auto parser = std::make_shared<std::unique_ptr<HttpMessageParser>>();
        *parser = std::make_unique<HttpMessageParser>(HttpMessageParser::Kind::Request, HttpMessageParser::Callbacks{
            [head](HttpHead &h) { *head = h; return false; },
            {},
            [this, head, socket] {
                const Response r = m_handler(head->method, head->target);
                const bool keepAlive = head->keepAlive;
                QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n"
                                 "Content-Type: " + r.contentType + "\r\n"
                                 "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n"
                                 "Connection: " + (keepAlive ? "keep-alive" : "close") + "\r\n\r\n";
                if (head->method != "HEAD")
                    out += r.body;
                socket->write(out);
                if (!keepAlive)
                    socket->disconnectFromHost();
            }});
        connect(socket, &QTcpSocket::readyRead, socket, [socket, parser] {
            QByteArray data = socket->readAll();
            qsizetype offset = 0;
            while (offset < data.size()) {
                auto used = (*parser)->feed(data.constData() + offset, data.size() - offset);
                if (!used) {
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                    return;
                }
                offset += used.value();
                if ((*parser)->isPaused())
                    (*parser)->resume();
                else
                    break;
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

} // namespace shipdeck
