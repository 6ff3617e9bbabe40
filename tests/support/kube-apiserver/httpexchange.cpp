#include "httpexchange.h"

#include "httpconnection.h"

#include <QDateTime>
#include <QLocale>

namespace shipdeck::kubetest {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 413: return "Request Entity Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

HttpExchange::HttpExchange(HttpConnection *connection, HttpRequest request)
    : QObject(connection), m_connection(connection), m_request(std::move(request))
{
}

HttpExchange::~HttpExchange() = default;

QByteArray HttpExchange::headerBlock(int status, const QByteArray &contentType, const HeaderList &headers,
                                     qint64 length) const
{
    QByteArray block = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    block += "Date: " + QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1() + "\r\n";
    if (!contentType.isEmpty())
        block += "Content-Type: " + contentType + "\r\n";
    block += "Cache-Control: no-cache, private\r\n";
    block += "X-Kubernetes-Pf-Flowschema-Uid: shipdeck-test\r\n";
    for (const auto &[name, value] : headers)
        block += name + ": " + value + "\r\n";
    if (length >= 0)
        block += "Content-Length: " + QByteArray::number(length) + "\r\n";
    else
        block += "Transfer-Encoding: chunked\r\n";
    if (!m_request.keepAlive)
        block += "Connection: close\r\n";
    block += "\r\n";
    return block;
}

void HttpExchange::respond(int status, const QByteArray &contentType, const QByteArray &body, const HeaderList &headers)
{
    if (m_state != State::Pending)
        return;
    if (m_connection) {
        const bool head = m_request.method == "HEAD";
        m_connection->send(headerBlock(status, contentType, headers, body.size()) + (head ? QByteArray() : body));
    }
    complete();
}

void HttpExchange::beginStream(int status, const QByteArray &contentType, const HeaderList &headers)
{
    if (m_state != State::Pending)
        return;
    m_state = State::Streaming;
    if (m_connection)
        m_connection->send(headerBlock(status, contentType, headers, -1));
}

bool HttpExchange::write(const QByteArray &data)
{
    if (m_state != State::Streaming || !m_connection)
        return false;
    if (data.isEmpty())
        return true;
    m_connection->send(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    return true;
}

void HttpExchange::writeRaw(const QByteArray &bytes)
{
    if (m_state == State::Streaming && m_connection)
        m_connection->send(bytes);
}

void HttpExchange::endStream()
{
    if (m_state != State::Streaming)
        return;
    if (m_connection)
        m_connection->send("0\r\n\r\n");
    complete();
}

void HttpExchange::abort()
{
    if (m_state == State::Done || m_state == State::Closed)
        return;
    if (m_connection)
        m_connection->abort(); // calls connectionClosed()
    else
        connectionClosed();
}

void HttpExchange::closeConnection()
{
    if (m_state == State::Done || m_state == State::Closed)
        return;
    if (m_connection)
        m_connection->closeGracefully(); // calls connectionClosed()
    else
        connectionClosed();
}

qint64 HttpExchange::pendingBytes() const { return m_connection ? m_connection->pendingBytes() : 0; }

void HttpExchange::complete()
{
    m_state = State::Done;
    Q_EMIT finished();
    if (m_connection)
        m_connection->exchangeDone(this, m_request.keepAlive);
}

void HttpExchange::connectionClosed()
{
    if (m_state == State::Done || m_state == State::Closed)
        return;
    m_state = State::Closed;
    Q_EMIT closed();
    Q_EMIT finished();
}

} // namespace shipdeck::kubetest
