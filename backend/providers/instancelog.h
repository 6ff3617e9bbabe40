#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QFile;

namespace shipdeck {

struct InstanceLogLine
{
    qint64 timeMs = 0;
    bool isStderr = false;
    QString text;
};

// A slice of an instance's output for a tail view. Lines are numbered from 0 in the order they
// were written, so a follower asks for "everything from nextSeq on".
struct InstanceLogChunk
{
    QList<InstanceLogLine> lines;
    qint64 firstSeq = 0; // number of lines.first() (or where it would be)
    qint64 nextSeq = 0;  // ask for this next time
    qint64 missed = 0;   // lines after the requested number that are no longer in memory or were cut by maxLines
};

struct InstanceLogLimits
{
    int maxLines = 2'000;            // kept in memory
    qint64 maxFileBytes = 1024 * 1024; // per file before rotation
    int keepFiles = 3;               // rotated files kept (file.1 … file.N)
    int maxLineBytes = 16 * 1024;    // longer lines are split
};

// What one instance wrote on stdout and stderr: the newest lines in memory (bounded) for the log
// viewer, and all of it in a rotating file (file, file.1 … file.N) under the workspace's
// logs/instances/. Partial lines wait for their newline (or are flushed when the process ends).
class InstanceLog
{
public:
    using Limits = InstanceLogLimits;

    explicit InstanceLog(QString filePath, Limits limits);
    explicit InstanceLog(QString filePath) : InstanceLog(std::move(filePath), Limits{}) {}
    ~InstanceLog();

    void append(bool isStderr, const QByteArray &data);
    // Writes out partial lines (the process has ended) and a marker line.
    void note(const QString &text);
    void flush();

    QList<InstanceLogLine> lines() const { return m_lines; }
    QList<InstanceLogLine> tail(int count) const;
    // The lines numbered seq and later that are still in memory, at most maxLines (the newest).
    InstanceLogChunk since(qint64 seq, int maxLines) const;
    const QString &filePath() const { return m_path; }
    qint64 totalLines() const { return m_total; }

private:
    void addLine(bool isStderr, const QByteArray &line);
    void writeFile(const QByteArray &bytes);
    void rotate();

    QString m_path;
    Limits m_limits;
    std::unique_ptr<QFile> m_file;
    QByteArray m_partial[2];
    QList<InstanceLogLine> m_lines;
    qint64 m_total = 0;
};

} // namespace shipdeck
