#include "webhookserver.h"

#include <QJsonDocument>
#include <QTcpSocket>

namespace shipdeck::test {

WebhookServer::WebhookServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

bool WebhookServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString WebhookServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
}

int WebhookServer::count(const QString &path) const
{
    int n = 0;
    for (const Request &r : requests)
        n += r.path == path ? 1 : 0;
    return n;
}

void WebhookServer::serve(QTcpSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        qsizetype length = 0;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < end + 4 + length)
            return;
        const QString path = QString::fromLatin1(requestLine.value(1));
        requests.append({path, QJsonDocument::fromJson(buffer->mid(end + 4, length)).object()});
        buffer->clear();
        Q_EMIT received(path);
        if (m_hang.value(path))
            return; // never answers; the caller's timeout decides
        const int status = m_status.value(path, 200);
        const QByteArray body = "{\"ok\":" + QByteArray(status < 300 ? "true" : "false") + "}";
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
}

} // namespace shipdeck::test
