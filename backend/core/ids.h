#pragma once

#include <QByteArray>
#include <QString>

namespace shipdeck {

class Clock;

// ULID: 48-bit millisecond timestamp + 80 random bits, Crockford base32, 26 characters.
// Lexicographic order equals creation order; monotonic within one process.
namespace Ulid {
QString generate(const Clock *clock = nullptr);
bool isValid(const QString &ulid);
// Milliseconds since the epoch encoded in the ULID, or -1 when invalid.
qint64 timestampMs(const QString &ulid);
} // namespace Ulid

// W3C trace-context ids as lowercase hex: 16-byte trace id (32 chars), 8-byte span id (16 chars).
QByteArray newTraceId();
QByteArray newSpanId();

} // namespace shipdeck
