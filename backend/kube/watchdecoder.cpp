#include "backend/kube/watchdecoder.h"

#include <QJsonDocument>

namespace shipdeck {

Result<WatchEvent> WatchDecoder::parseLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (!doc.isObject())
        return Error(ErrorCode::Parse, QStringLiteral("malformed watch event (%1 at offset %2): %3")
                                           .arg(error.errorString()).arg(error.offset).arg(QString::fromUtf8(line.left(120))));
    const QJsonObject o = doc.object();
    const QString type = o.value(QLatin1String("type")).toString();
    WatchEvent e;
    e.object = o.value(QLatin1String("object")).toObject();
    if (type == QLatin1String("ADDED"))
        e.type = WatchEvent::Type::Added;
    else if (type == QLatin1String("MODIFIED"))
        e.type = WatchEvent::Type::Modified;
    else if (type == QLatin1String("DELETED"))
        e.type = WatchEvent::Type::Deleted;
    else if (type == QLatin1String("BOOKMARK"))
        e.type = WatchEvent::Type::Bookmark;
    else if (type == QLatin1String("ERROR"))
        e.type = WatchEvent::Type::Error;
    else
        return Error(ErrorCode::Parse, QStringLiteral("watch event of unknown type \"%1\"").arg(type));
    if (e.type != WatchEvent::Type::Error && e.object.value(QLatin1String("metadata")).toObject().isEmpty())
        return Error(ErrorCode::Parse, QStringLiteral("%1 watch event without object metadata").arg(type));
    return e;
}

Result<void> WatchDecoder::feed(const QByteArray &data, QList<WatchEvent> &out)
{
    m_buffer.append(data);
    qsizetype start = 0;
    while (true) {
        const qsizetype nl = m_buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        const QByteArray line = m_buffer.mid(start, nl - start).trimmed();
        start = nl + 1;
        if (line.isEmpty())
            continue;
        auto event = parseLine(line);
        if (!event) {
            m_buffer.remove(0, start);
            return event.error();
        }
        out.append(std::move(event).value());
    }
    m_buffer.remove(0, start);
    return success();
}

Result<void> WatchDecoder::finish()
{
    const QByteArray rest = m_buffer.trimmed();
    m_buffer.clear();
    if (rest.isEmpty())
        return success();
    // A last event without a newline is still complete when it parses.
    if (WatchDecoder::parseLine(rest))
        return Error(ErrorCode::Parse, QStringLiteral("watch stream ended inside an unterminated event"));
    return Error(ErrorCode::Parse, QStringLiteral("watch stream ended with a truncated event (%1 bytes)").arg(rest.size()));
}

} // namespace shipdeck
