#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>
#include <memory>

namespace shipdeck {

// The head of one HTTP/1.x message as read from the wire.
struct HttpHead
{
    QByteArray method;     // requests
    QByteArray target;     // requests: the request target ("/path?q")
    int status = 0;        // responses
    QByteArray reason;     // responses
    int versionMajor = 1;
    int versionMinor = 1;
    QList<QPair<QByteArray, QByteArray>> headers; // in order, names as sent
    bool keepAlive = true;  // per the version and Connection header
    bool chunked = false;
    qint64 contentLength = -1; // -1 = not given

    QByteArray header(const QByteArray &name) const; // first value, case-insensitive
    bool hasHeader(const QByteArray &name) const;
};

// Incremental HTTP/1.x parser for requests or responses (the nodejs http-parser from Debian,
// wrapped so that it stays private to the backend). Feed bytes as they arrive; callbacks fire
// for the head, each piece of (de-chunked) body and the end of the message. After each complete
// message the parser pauses, so pipelined bytes stay unconsumed until resume().
class HttpMessageParser
{
public:
    enum class Kind { Request, Response };
    struct Callbacks
    {
        // Return true to say the message has no body (a response to HEAD).
        std::function<bool(HttpHead &head)> onHead;
        std::function<void(const char *data, qsizetype size)> onBody;
        std::function<void()> onComplete;
    };

    HttpMessageParser(Kind kind, Callbacks callbacks);
    ~HttpMessageParser();
    HttpMessageParser(const HttpMessageParser &) = delete;
    HttpMessageParser &operator=(const HttpMessageParser &) = delete;

    // Consumes bytes; returns how many were consumed (fewer than size when a message completed
    // and the parser paused) or a Parse error naming the cause.
    Result<qsizetype> feed(const char *data, qsizetype size);
    // The peer closed: completes a body delimited by the connection's end, or says the message
    // was cut short.
    Result<void> finish();
    // Continues after a completed message (for the next one on a keep-alive connection).
    void resume();
    // For responses: the request was HEAD (the response has no body whatever it says).
    void setExpectNoBody(bool noBody);
    bool isPaused() const;
    // True while inside a message (head started, message not complete).
    bool inMessage() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace shipdeck
