#include "recordingupstream.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace shipdeck::test {

RecordingUpstream::RecordingUpstream()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++connections;
            socket->setParent(this);
            auto parser = std::make_shared<std::unique_ptr<HttpMessageParser>>();
            *parser = std::make_unique<HttpMessageParser>(HttpMessageParser::Kind::Request, HttpMessageParser::Callbacks{
                [this](HttpHead &head) { lastHead = head; bodyBytes = 0; return false; },
                [this](const char *, qsizetype size) { bodyBytes += size; },
                [this, socket] {
                    ++requests;
                    const QByteArray body = "xff=" + lastHead.header("x-forwarded-for") + " bytes=" + QByteArray::number(bodyBytes);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                }});
            connect(socket, &QTcpSocket::readyRead, socket, [socket, parser] {
                const QByteArray data = socket->readAll();
                qsizetype offset = 0;
                while (offset < data.size()) {
                    auto used = (*parser)->feed(data.constData() + offset, data.size() - offset);
                    if (!used) {
                        socket->abort();
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
    });
}

} // namespace shipdeck::test
