#include "backend/kube/kubelogbuffer.h"

#include <QDate>

#include <algorithm>
#include <cstring>

namespace shipdeck {

namespace {
constexpr quint32 kChunkBytes = 4 * 1024 * 1024;

int digits(const char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}
} // namespace

KubeLogBuffer::KubeLogBuffer(qsizetype maxLines) : m_maxLines(qMax<qsizetype>(1000, maxLines)) {}

KubeLogBuffer::~KubeLogBuffer() = default;

int KubeLogBuffer::addSource(const QString &pod, const QString &container)
{
    QWriteLocker lock(&m_lock);
    const QString name = pod + QLatin1Char('/') + container;
    const int existing = int(m_sources.indexOf(name));
    if (existing >= 0)
        return existing;
    m_sources.append(name);
    return int(m_sources.size() - 1);
}

QString KubeLogBuffer::sourceName(int source) const
{
    QReadLocker lock(&m_lock);
    return m_sources.value(source);
}

QStringList KubeLogBuffer::sources() const
{
    QReadLocker lock(&m_lock);
    return m_sources;
}

bool KubeLogBuffer::splitTimestamp(const QByteArray &line, qint64 *timeUs, QByteArray *text)
{
    // 2026-01-02T03:04:05[.fraction](Z|+hh:mm) followed by one space
    const char *p = line.constData();
    const qsizetype n = line.size();
    if (n < 20 || p[4] != '-' || p[7] != '-' || p[10] != 'T' || p[13] != ':' || p[16] != ':')
        return false;
    const int year = digits(p, 4), month = digits(p + 5, 2), day = digits(p + 8, 2);
    const int hour = digits(p + 11, 2), minute = digits(p + 14, 2), second = digits(p + 17, 2);
    if (year < 0 || month < 1 || day < 1 || hour < 0 || minute < 0 || second < 0)
        return false;
    qsizetype i = 19;
    qint64 micros = 0;
    if (i < n && p[i] == '.') {
        ++i;
        int scale = 100000;
        while (i < n && p[i] >= '0' && p[i] <= '9') {
            if (scale > 0) {
                micros += (p[i] - '0') * scale;
                scale /= 10;
            }
            ++i;
        }
    }
    qint64 offsetSeconds = 0;
    if (i < n && p[i] == 'Z') {
        ++i;
    } else if (i + 5 < n && (p[i] == '+' || p[i] == '-')) {
        const int oh = digits(p + i + 1, 2), om = digits(p + i + 4, 2);
        if (oh < 0 || om < 0)
            return false;
        offsetSeconds = (oh * 3600 + om * 60) * (p[i] == '+' ? 1 : -1);
        i += 6;
    } else {
        return false;
    }
    if (i < n && p[i] != ' ')
        return false;
    const qint64 days = QDate(year, month, day).toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    *timeUs = ((days * 86400 + hour * 3600 + minute * 60 + second) - offsetSeconds) * 1'000'000 + micros;
    *text = i < n ? line.mid(i + 1) : QByteArray();
    return true;
}

qsizetype KubeLogBuffer::append(int source, qint64 timeUs, const QByteArray &text)
{
    QWriteLocker lock(&m_lock);
    const quint32 length = quint32(qMin<qsizetype>(text.size(), kChunkBytes));
    if (m_chunks.empty() || m_chunks[m_currentChunk].used + length > kChunkBytes) {
        Chunk c;
        c.data.reset(new char[kChunkBytes]);
        m_chunks.push_back(std::move(c));
        m_currentChunk = quint32(m_chunks.size() - 1);
    }
    Chunk &chunk = m_chunks[m_currentChunk];
    std::memcpy(chunk.data.get() + chunk.used, text.constData(), length);
    const Entry e{timeUs, m_currentChunk, chunk.used, length, quint16(source)};
    chunk.used += length;
    ++chunk.lines;
    qsizetype index;
    if (m_entries.empty() || timeUs >= m_entries.back().timeUs || timeUs == 0) {
        m_entries.push_back(e);
        index = qsizetype(m_entries.size() - 1);
    } else {
        // A late line (another container's, or after a reconnect): insert in time order.
        auto it = std::upper_bound(m_entries.begin(), m_entries.end(), timeUs,
                                   [](qint64 t, const Entry &x) { return t < x.timeUs; });
        index = it - m_entries.begin();
        m_entries.insert(it, e);
    }
    if (qsizetype(m_entries.size()) > m_maxLines)
        trim();
    return index;
}

void KubeLogBuffer::trim()
{
    // Drop the oldest tenth at once so trimming stays rare.
    const qsizetype drop = qMax<qsizetype>(1, m_maxLines / 10);
    for (qsizetype i = 0; i < drop; ++i) {
        Chunk &c = m_chunks[m_entries[i].chunk];
        if (--c.lines == 0 && m_entries[i].chunk != m_currentChunk) {
            c.data.reset();
            c.used = 0;
        }
    }
    m_entries.erase(m_entries.begin(), m_entries.begin() + drop);
    m_trimmed += quint64(drop);
}

qsizetype KubeLogBuffer::size() const
{
    QReadLocker lock(&m_lock);
    return qsizetype(m_entries.size());
}

KubeLogBuffer::Line KubeLogBuffer::line(qsizetype index) const
{
    QReadLocker lock(&m_lock);
    if (index < 0 || index >= qsizetype(m_entries.size()))
        return {};
    const Entry &e = m_entries[size_t(index)];
    return {e.timeUs, e.source, QByteArray(m_chunks[e.chunk].data.get() + e.offset, e.length)};
}

QList<KubeLogBuffer::Line> KubeLogBuffer::lines(qsizetype first, qsizetype count) const
{
    QReadLocker lock(&m_lock);
    QList<Line> out;
    const qsizetype end = qMin<qsizetype>(first + count, qsizetype(m_entries.size()));
    for (qsizetype i = qMax<qsizetype>(0, first); i < end; ++i) {
        const Entry &e = m_entries[size_t(i)];
        out.append({e.timeUs, e.source, QByteArray(m_chunks[e.chunk].data.get() + e.offset, e.length)});
    }
    return out;
}

void KubeLogBuffer::visit(qsizetype first, qsizetype count, const Visitor &fn) const
{
    QReadLocker lock(&m_lock);
    const qsizetype end = qMin<qsizetype>(first + count, qsizetype(m_entries.size()));
    for (qsizetype i = qMax<qsizetype>(0, first); i < end; ++i) {
        const Entry &e = m_entries[size_t(i)];
        if (!fn(i, e.timeUs, e.source, QByteArrayView(m_chunks[e.chunk].data.get() + e.offset, e.length)))
            return;
    }
}

quint64 KubeLogBuffer::trimmedLines() const
{
    QReadLocker lock(&m_lock);
    return m_trimmed;
}

qint64 KubeLogBuffer::memoryBytes() const
{
    QReadLocker lock(&m_lock);
    qint64 bytes = qint64(m_entries.capacity() * sizeof(Entry));
    for (const auto &c : m_chunks)
        bytes += c.data ? kChunkBytes : 0;
    return bytes;
}

} // namespace shipdeck
