#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QReadWriteLock>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace shipdeck {

// Log lines of one or many containers merged by time, stored compactly: text in large
// chunks, 24 bytes of index per line. Holds millions of lines (default cap 2,000,000; the
// oldest lines are dropped beyond it, and trimmedLines() says how many). Appends come from
// the backend thread; views read from any thread (a read-write lock guards the index), so a
// GUI can virtualise over it without copying.
class KubeLogBuffer
{
public:
    struct Line
    {
        qint64 timeUs = 0;   // 0 when the line carried no timestamp
        int source = 0;      // index into sources()
        QByteArray text;     // without timestamp and newline
    };

    explicit KubeLogBuffer(qsizetype maxLines = 2'000'000);
    ~KubeLogBuffer();

    // A source is one container of one pod ("pod/container"); returns its index.
    int addSource(const QString &pod, const QString &container);
    QString sourceName(int source) const;
    QStringList sources() const;

    // Inserts a line at its place in time order (lines of equal time keep arrival order).
    // Returns the index it got.
    qsizetype append(int source, qint64 timeUs, const QByteArray &text);
    qsizetype size() const;
    Line line(qsizetype index) const;
    QList<Line> lines(qsizetype first, qsizetype count) const;
    // Calls fn(index, timeUs, source, text) for the lines [first, first + count) under one read
    // lock without copying their text (a filter scanning millions of lines); fn returns false
    // to stop. Keep the blocks small enough not to hold appends up for long.
    using Visitor = std::function<bool(qsizetype index, qint64 timeUs, int source, QByteArrayView text)>;
    void visit(qsizetype first, qsizetype count, const Visitor &fn) const;
    quint64 trimmedLines() const;
    qint64 memoryBytes() const;

    // Splits "2026-01-02T03:04:05.123456789Z text" into microseconds and text; returns
    // false when the line does not start with an RFC 3339 time.
    static bool splitTimestamp(const QByteArray &line, qint64 *timeUs, QByteArray *text);

private:
    struct Entry
    {
        qint64 timeUs;
        quint32 chunk;
        quint32 offset;
        quint32 length;
        quint16 source;
    };
    struct Chunk
    {
        std::unique_ptr<char[]> data;
        quint32 used = 0;
        quint32 lines = 0;
    };
    void trim();

    mutable QReadWriteLock m_lock;
    qsizetype m_maxLines;
    std::vector<Entry> m_entries;
    std::vector<Chunk> m_chunks; // index = chunk id; freed chunks keep their slot
    quint32 m_currentChunk = 0;
    quint64 m_trimmed = 0;
    QStringList m_sources;
};

} // namespace shipdeck
