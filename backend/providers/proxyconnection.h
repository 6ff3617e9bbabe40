#pragma once

#include "backend/providers/httpmessageparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QTcpSocket;
class QTimer;

namespace shipdeck {

class ReverseProxy;

// One client connection of the reverse proxy. Handles its requests one after another: picks the
// version and instance, streams the request to the upstream (reusing pooled keep-alive
// connections), streams the response back, and answers 502/503/504 itself when the upstream
// fails. Deletes itself when the client goes away.
class ProxyConnection : public QObject
{
    Q_OBJECT
public:
    ProxyConnection(ReverseProxy *proxy, QTcpSocket *client);
    ~ProxyConnection() override;

    void abort();

private:
    enum class Framing { None, Length, Chunked, UntilClose };

    // Client side.
    void onClientReadyRead();
    void onClientDisconnected();
    bool onRequestHead(HttpHead &head);
    void onRequestBody(const char *data, qsizetype size);
    void onRequestComplete();
    void failClient(int status, const QByteArray &reason, const QByteArray &body, bool close);

    // Upstream side.
    void startUpstream();
    void attachUpstream(QTcpSocket *socket, bool reused);
    void onUpstreamConnected();
    void onUpstreamReadyRead();
    void onUpstreamClosed();
    void onUpstreamFailed(bool timedOut);
    bool onResponseHead(HttpHead &head);
    void onResponseBody(const char *data, qsizetype size);
    void onResponseComplete();
    void writeUpstream(const QByteArray &bytes);
    void releaseUpstream(bool reusable);

    void finishExchange(int status);
    void armTimer(int ms);
    void writeClient(const QByteArray &bytes);
    void pumpClient();
    bool requestDone() const { return m_requestComplete || !m_requestHasBody; }

    ReverseProxy *m_proxy;   // Not owned (parent).
    QTcpSocket *m_client;    // Owned (child).
    QPointer<QTcpSocket> m_upstream; // Owned while attached.
    QTimer *m_timer;         // Owned (child): connect, response and idle timeouts.
    std::unique_ptr<HttpMessageParser> m_requestParser;
    std::unique_ptr<HttpMessageParser> m_responseParser;
    QByteArray m_pending;    // client bytes not yet parsed (pipelined requests)

    // The exchange in progress.
    bool m_active = false;
    HttpHead m_request;
    QByteArray m_upstreamHead; // request head as sent upstream
    QByteArray m_bodyBuffer;   // request body received before the upstream connected
    bool m_requestChunked = false;
    bool m_requestHasBody = false;
    bool m_requestComplete = false;
    bool m_bodySentSome = false;
    bool m_connected = false;
    bool m_reused = false;
    bool m_responseStarted = false;
    bool m_clientKeepAlive = true;
    Framing m_responseFraming = Framing::None;
    int m_responseStatus = 0;
    int m_attempt = 0;
    bool m_isHead = false;
    QString m_version;
    quint16 m_port = 0;
    QElapsedTimer m_started;
};

} // namespace shipdeck
