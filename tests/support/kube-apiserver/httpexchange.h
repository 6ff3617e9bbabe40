#pragma once

#include "httprequest.h"

#include <QObject>
#include <QPointer>

namespace shipdeck::kubetest {

class HttpConnection;

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request and its response. A response is either complete (respond) or a chunked stream
// (beginStream, write..., endStream) used by watches and log follows. The exchange is owned by
// its connection; keep a QPointer and listen to closed() when you hold on to it.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    HttpExchange(HttpConnection *connection, HttpRequest request);
    ~HttpExchange() override;

    const HttpRequest &request() const { return m_request; }

    void respond(int status, const QByteArray &contentType, const QByteArray &body, const HeaderList &headers = {});
    void beginStream(int status, const QByteArray &contentType, const HeaderList &headers = {});
    // Sends one chunk; false when the stream is gone.
    bool write(const QByteArray &data);
    // Sends raw bytes without chunk framing (used to simulate broken frames).
    void writeRaw(const QByteArray &bytes);
    void endStream();
    // Closes the connection at once (TCP reset), mid-stream if need be.
    void abort();
    // Flushes what was written, then closes the connection without finishing the response: the
    // client sees the stream end unexpectedly (a dropped watch, a truncated frame).
    void closeConnection();

    bool isStreaming() const { return m_state == State::Streaming; }
    bool isOpen() const { return m_state != State::Done && m_state != State::Closed; }
    bool hasResponded() const { return m_state != State::Pending; }
    qint64 pendingBytes() const;

Q_SIGNALS:
    // The response is complete or the peer went away; the exchange is deleted soon after.
    void finished();
    // The peer went away or the connection was aborted before the response was complete.
    void closed();

private:
    friend class HttpConnection;
    enum class State { Pending, Streaming, Done, Closed };
    void connectionClosed();
    void complete();
    QByteArray headerBlock(int status, const QByteArray &contentType, const HeaderList &headers, qint64 length) const;

    QPointer<HttpConnection> m_connection;
    HttpRequest m_request;
    State m_state = State::Pending;
};

QByteArray reasonPhrase(int status);

} // namespace shipdeck::kubetest
