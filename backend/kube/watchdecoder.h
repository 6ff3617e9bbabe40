#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace shipdeck {

// One event of a watch stream: {"type": ADDED|MODIFIED|DELETED|BOOKMARK|ERROR, "object": …}.
struct WatchEvent
{
    enum class Type { Added, Modified, Deleted, Bookmark, Error };
    Type type = Type::Added;
    QJsonObject object;
};

// Frames a watch response body into events: one JSON object per line, as API servers send
// them. Bytes may arrive split anywhere; a partial line waits for the rest. A line that is
// not a valid event is an error (the informer reconnects from its last good version), and
// bytes left without a newline when the stream ends are a truncated frame.
class WatchDecoder
{
public:
    // Appends bytes; complete events go to `out`. Stops at the first malformed line.
    Result<void> feed(const QByteArray &data, QList<WatchEvent> &out);
    // The stream ended: an unterminated partial frame is reported.
    Result<void> finish();
    void reset() { m_buffer.clear(); }
    qsizetype pendingBytes() const { return m_buffer.size(); }

    static Result<WatchEvent> parseLine(const QByteArray &line);

private:
    QByteArray m_buffer;
};

} // namespace shipdeck
