#include "recordingproxy.h"

#include <QTcpSocket>

#include <memory>

namespace shipdeck::test {

RecordingProxy::RecordingProxy(quint16 upstreamPort, QObject *parent) : QObject(parent), m_upstream(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RecordingProxy::onConnection);
}

bool RecordingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QList<RecordingProxy::Request> RecordingProxy::requests(const QByteArray &method) const
{
    QList<Request> out;
    for (const auto &r : m_requests) {
        if (method.isEmpty() || r.method == method)
            out.append(r);
    }
    return out;
}

void RecordingProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        auto pending = std::make_shared<QByteArray>();
        auto buffer = std::make_shared<QByteArray>();
        upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
        connect(upstream, &QTcpSocket::connected, client, [upstream, pending] {
            upstream->write(*pending);
            pending->clear();
        });
        connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, pending, buffer] {
            const QByteArray data = client->readAll();
            buffer->append(data);
            parse(*buffer);
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(data);
            else
                pending->append(data);
        });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->disconnectFromHost();
            client->deleteLater();
        });
    }
}

void RecordingProxy::parse(QByteArray &buffer)
{
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Request r;
        r.method = requestLine.value(0);
        r.path = requestLine.value(1);
        qsizetype length = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "content-type")
                r.contentType = value;
        }
        if (buffer.size() < end + 4 + length)
            return; // the body is still arriving
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        m_requests.append(r);
    }
}

} // namespace shipdeck::test
