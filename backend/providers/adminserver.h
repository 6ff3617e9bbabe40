#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QObject>

#include <functional>

class QTcpServer;

namespace shipdeck {

// A small HTTP/1.1 listener on 127.0.0.1 for the provider's own endpoints (/metrics, /healthz),
// separate from the proxied applications' ports so that their paths never collide.
class AdminServer : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QByteArray contentType = "text/plain; charset=utf-8";
        QByteArray body;
    };
    // Called on the server's thread with the method and the request target ("/metrics?x").
    using Handler = std::function<Response(const QByteArray &method, const QByteArray &target)>;

    explicit AdminServer(Handler handler, QObject *parent = nullptr);
    ~AdminServer() override;

    Result<quint16> listen(quint16 port = 0);
    quint16 port() const { return m_port; }

private:
    void onNewConnection();

    Handler m_handler;
    QTcpServer *m_server; // Owned (child).
    quint16 m_port = 0;
};

} // namespace shipdeck
