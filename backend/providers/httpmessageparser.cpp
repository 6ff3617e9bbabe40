#include "backend/providers/httpmessageparser.h"

#include <http_parser.h>

#include <climits>

namespace shipdeck {

QByteArray HttpHead::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpHead::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

struct HttpMessageParser::Private
{
    http_parser parser;
    http_parser_settings settings;
    Callbacks callbacks;
    Kind kind;
    HttpHead head;
    QByteArray field;
    QByteArray value;
    bool lastWasValue = false;
    bool expectNoBody = false;
    bool inMessage = false;
    bool paused = false;

    static Private *self(http_parser *p) { return static_cast<Private *>(p->data); }

    void flushHeader()
    {
        if (!field.isEmpty())
            head.headers.append({field, value.trimmed()});
        field.clear();
        value.clear();
    }
};

HttpMessageParser::HttpMessageParser(Kind kind, Callbacks callbacks)
    : d(std::make_unique<Private>())
{
    d->kind = kind;
    d->callbacks = std::move(callbacks);
    http_parser_init(&d->parser, kind == Kind::Request ? HTTP_REQUEST : HTTP_RESPONSE);
    d->parser.data = d.get();
    http_parser_settings_init(&d->settings);
    d->settings.on_message_begin = [](http_parser *p) {
        Private *s = Private::self(p);
        s->head = HttpHead{};
        s->field.clear();
        s->value.clear();
        s->lastWasValue = false;
        s->inMessage = true;
        return 0;
    };
    d->settings.on_url = [](http_parser *p, const char *at, size_t len) {
        Private::self(p)->head.target.append(at, qsizetype(len));
        return 0;
    };
    d->settings.on_status = [](http_parser *p, const char *at, size_t len) {
        Private::self(p)->head.reason.append(at, qsizetype(len));
        return 0;
    };
    d->settings.on_header_field = [](http_parser *p, const char *at, size_t len) {
        Private *s = Private::self(p);
        if (s->lastWasValue) {
            s->flushHeader();
            s->lastWasValue = false;
        }
        s->field.append(at, qsizetype(len));
        return 0;
    };
    d->settings.on_header_value = [](http_parser *p, const char *at, size_t len) {
        Private *s = Private::self(p);
        s->lastWasValue = true;
        s->value.append(at, qsizetype(len));
        return 0;
    };
    d->settings.on_headers_complete = [](http_parser *p) {
        Private *s = Private::self(p);
        s->flushHeader();
        HttpHead &h = s->head;
        h.versionMajor = p->http_major;
        h.versionMinor = p->http_minor;
        if (s->kind == Kind::Request)
            h.method = http_method_str(static_cast<http_method>(p->method));
        else
            h.status = int(p->status_code);
        h.keepAlive = http_should_keep_alive(p) != 0;
        h.chunked = (p->flags & F_CHUNKED) != 0;
        h.contentLength = (p->content_length != ULLONG_MAX && !h.chunked) ? qint64(p->content_length) : -1;
        bool noBody = s->expectNoBody;
        if (s->callbacks.onHead && s->callbacks.onHead(h))
            noBody = true;
        return noBody ? 1 : 0;
    };
    d->settings.on_body = [](http_parser *p, const char *at, size_t len) {
        Private *s = Private::self(p);
        if (s->callbacks.onBody)
            s->callbacks.onBody(at, qsizetype(len));
        return 0;
    };
    d->settings.on_message_complete = [](http_parser *p) {
        Private *s = Private::self(p);
        s->inMessage = false;
        s->paused = true;
        http_parser_pause(p, 1);
        if (s->callbacks.onComplete)
            s->callbacks.onComplete();
        return 0;
    };
}

HttpMessageParser::~HttpMessageParser() = default;

Result<qsizetype> HttpMessageParser::feed(const char *data, qsizetype size)
{
    if (d->paused)
        return qsizetype(0);
    const size_t used = http_parser_execute(&d->parser, &d->settings, data, size_t(size));
    const auto err = HTTP_PARSER_ERRNO(&d->parser);
    if (err != HPE_OK && err != HPE_PAUSED)
        return Error(ErrorCode::Parse, QStringLiteral("malformed HTTP %1: %2")
                                           .arg(d->kind == Kind::Request ? QStringLiteral("request") : QStringLiteral("response"),
                                                QString::fromLatin1(http_errno_description(err))))
            .withDetail(QStringLiteral("offset"), qint64(used));
    if (d->parser.upgrade)
        return Error(ErrorCode::Unsupported, QStringLiteral("connection upgrades (WebSocket, h2c) are not supported"));
    return qsizetype(used);
}

Result<void> HttpMessageParser::finish()
{
    if (d->paused || !d->inMessage)
        return success();
    http_parser_execute(&d->parser, &d->settings, nullptr, 0);
    const auto err = HTTP_PARSER_ERRNO(&d->parser);
    if ((err != HPE_OK && err != HPE_PAUSED) || d->inMessage)
        return Error(ErrorCode::Parse, QStringLiteral("the peer closed the connection in the middle of a message"));
    return success();
}

void HttpMessageParser::resume()
{
    if (!d->paused)
        return;
    d->paused = false;
    http_parser_pause(&d->parser, 0);
}

void HttpMessageParser::setExpectNoBody(bool noBody) { d->expectNoBody = noBody; }
bool HttpMessageParser::isPaused() const { return d->paused; }
bool HttpMessageParser::inMessage() const { return d->inMessage; }

} // namespace shipdeck
