#pragma once

#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace shipdeck::test {

// A plain-HTTP TCP proxy on 127.0.0.1 that forwards bytes unchanged to an upstream server
// and records every request it forwards, so a test can assert the exact bytes a server
// received (method, path, Content-Type and body).
class RecordingProxy : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;   // with the query
        QByteArray contentType;
        QByteArray body;
    };

    RecordingProxy(quint16 upstreamPort, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QList<Request> requests(const QByteArray &method = {}) const;
    void clear() { m_requests.clear(); }

private:
    void onConnection();
    void parse(QByteArray &buffer);

    QTcpServer m_server;
    quint16 m_upstream;
    QList<Request> m_requests;
};

} // namespace shipdeck::test
