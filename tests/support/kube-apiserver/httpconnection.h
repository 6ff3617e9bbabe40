#pragma once

#include "httprequest.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QTcpSocket;
struct http_parser;

namespace shipdeck::kubetest {

class HttpExchange;
using RequestHandler = std::function<void(HttpExchange *)>;

// An HTTP/1.1 server connection: parses requests with http-parser, hands them one at a time to
// the handler and writes the responses in order (keep-alive, chunked streaming).
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, PeerIdentity peer, RequestHandler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    void send(const QByteArray &bytes);
    qint64 pendingBytes() const;
    void abort();
    void closeGracefully();
    // Called by the current exchange when its response is complete.
    void exchangeDone(HttpExchange *exchange, bool keepAlive);

    static constexpr qint64 kMaxBodyBytes = 64LL * 1024 * 1024;

private:
    struct Parser;
    void onReadyRead();
    void onDisconnected();
    void dispatchNext();
    void fail(int status, const QByteArray &message);

    QTcpSocket *m_socket;
    PeerIdentity m_peer;
    RequestHandler m_handler;
    std::unique_ptr<Parser> m_parser;
    QList<HttpRequest> m_queue;
    QPointer<HttpExchange> m_current;
    bool m_closeAfterCurrent = false;
    bool m_closed = false;
};

} // namespace shipdeck::kubetest
