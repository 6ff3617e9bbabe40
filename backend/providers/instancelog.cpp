#include "backend/providers/instancelog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace shipdeck {

InstanceLog::InstanceLog(QString filePath, Limits limits)
    : m_path(std::move(filePath))
    , m_limits(limits)
{
    if (!m_path.isEmpty()) {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        m_file = std::make_unique<QFile>(m_path);
        if (!m_file->open(QIODevice::WriteOnly | QIODevice::Append)) {
            qWarning("cannot write the instance log %s: %s", qPrintable(m_path), qPrintable(m_file->errorString()));
            m_file.reset();
        }
    }
}

InstanceLog::~InstanceLog()
{
    flush();
}

void InstanceLog::append(bool isStderr, const QByteArray &data)
{
    QByteArray &partial = m_partial[isStderr ? 1 : 0];
    partial += data;
    qsizetype start = 0;
    while (true) {
        const qsizetype nl = partial.indexOf('\n', start);
        if (nl < 0)
            break;
        QByteArray line = partial.mid(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        addLine(isStderr, line);
        start = nl + 1;
    }
    partial.remove(0, start);
    while (partial.size() > m_limits.maxLineBytes) {
        addLine(isStderr, partial.left(m_limits.maxLineBytes));
        partial.remove(0, m_limits.maxLineBytes);
    }
    if (m_file)
        m_file->flush(); // readers (the log viewer, tail -f) see output as it comes
}

void InstanceLog::note(const QString &text)
{
    flush();
    addLine(true, "[shipdeck] " + text.toUtf8());
    if (m_file)
        m_file->flush();
}

void InstanceLog::flush()
{
    for (int i = 0; i < 2; ++i) {
        if (!m_partial[i].isEmpty()) {
            addLine(i == 1, m_partial[i]);
            m_partial[i].clear();
        }
    }
    if (m_file)
        m_file->flush();
}

QList<InstanceLogLine> InstanceLog::tail(int count) const
{
    return m_lines.mid(std::max<qsizetype>(0, m_lines.size() - count));
}

InstanceLogChunk InstanceLog::since(qint64 seq, int maxLines) const
{
    InstanceLogChunk chunk;
    const qint64 firstInMemory = m_total - m_lines.size();
    const qint64 wanted = std::clamp<qint64>(seq, 0, m_total);
    const qint64 from = std::max({wanted, firstInMemory, m_total - std::max(0, maxLines)});
    chunk.firstSeq = from;
    chunk.nextSeq = m_total;
    chunk.missed = from - wanted;
    chunk.lines = m_lines.mid(from - firstInMemory);
    return chunk;
}

void InstanceLog::addLine(bool isStderr, const QByteArray &line)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_lines.append({now, isStderr, QString::fromUtf8(line)});
    if (m_lines.size() > m_limits.maxLines)
        m_lines.remove(0, m_lines.size() - m_limits.maxLines);
    ++m_total;
    writeFile(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8()
              + (isStderr ? " stderr " : " stdout ") + line + '\n');
}

void InstanceLog::writeFile(const QByteArray &bytes)
{
    if (!m_file)
        return;
    if (m_file->size() + bytes.size() > m_limits.maxFileBytes && m_file->size() > 0)
        rotate();
    if (m_file)
        m_file->write(bytes);
}

void InstanceLog::rotate()
{
    m_file->close();
    QFile::remove(QStringLiteral("%1.%2").arg(m_path).arg(m_limits.keepFiles));
    for (int i = m_limits.keepFiles - 1; i >= 1; --i)
        QFile::rename(QStringLiteral("%1.%2").arg(m_path).arg(i), QStringLiteral("%1.%2").arg(m_path).arg(i + 1));
    if (m_limits.keepFiles > 0)
        QFile::rename(m_path, m_path + QStringLiteral(".1"));
    else
        QFile::remove(m_path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        qWarning("cannot reopen the instance log %s: %s", qPrintable(m_path), qPrintable(m_file->errorString()));
        m_file.reset();
    }
}

} // namespace shipdeck
