#include "backend/core/ids.h"

#include "backend/core/clock.h"

#include <QMutex>
#include <QRandomGenerator>

#include <array>

namespace shipdeck {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

int decodeChar(QChar c)
{
    const char ch = c.toUpper().toLatin1();
    for (int i = 0; i < 32; ++i) {
        if (kAlphabet[i] == ch)
            return i;
    }
    return -1;
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    do {
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    } while (raw.count('\0') == bytes); // an all-zero id is invalid in OTLP
    return raw.toHex();
}
} // namespace

namespace Ulid {

QString generate(const Clock *clock)
{
    static QMutex mutex;
    static qint64 lastMs = -1;
    static std::array<quint8, 10> lastRandom{};

    const qint64 ms = (clock ? clock : Clock::system())->nowMs();
    std::array<quint8, 10> random{};
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            // Same (or earlier) millisecond: increment the random part to stay monotonic.
            random = lastRandom;
            for (int i = 9; i >= 0; --i) {
                if (++random[i] != 0)
                    break;
            }
        } else {
            for (auto &byte : random)
                byte = static_cast<quint8>(QRandomGenerator::system()->bounded(256));
            lastMs = ms;
        }
        lastRandom = random;
    }
    const qint64 stamp = qMax(ms, lastMs);

    // 128 bits: 48 time + 80 random -> 26 base32 chars (first char carries 3 bits).
    std::array<quint8, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<quint8>((stamp >> (8 * (5 - i))) & 0xff);
    for (int i = 0; i < 10; ++i)
        bytes[6 + i] = random[i];

    QString out(26, QLatin1Char('0'));
    // Treat bytes as a 128-bit big-endian number; emit 5 bits at a time from the top,
    // with 2 leading pad bits (130 bits = 26 * 5).
    int bitPos = -2;
    for (int c = 0; c < 26; ++c, bitPos += 5) {
        int value = 0;
        for (int b = 0; b < 5; ++b) {
            const int bit = bitPos + b;
            int v = 0;
            if (bit >= 0)
                v = (bytes[bit / 8] >> (7 - bit % 8)) & 1;
            value = (value << 1) | v;
        }
        out[c] = QLatin1Char(kAlphabet[value]);
    }
    return out;
}

bool isValid(const QString &ulid)
{
    if (ulid.size() != 26)
        return false;
    for (QChar c : ulid) {
        if (decodeChar(c) < 0)
            return false;
    }
    return decodeChar(ulid.at(0)) <= 7; // first char carries only 3 bits
}

qint64 timestampMs(const QString &ulid)
{
    if (!isValid(ulid))
        return -1;
    qint64 ms = 0;
    for (int i = 0; i < 10; ++i)
        ms = (ms << 5) | decodeChar(ulid.at(i));
    return ms;
}

} // namespace Ulid

QByteArray newTraceId()
{
    return randomHex(16);
}

QByteArray newSpanId()
{
    return randomHex(8);
}

} // namespace shipdeck
