#include "models/logs/logdocument.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace shipdeck {

namespace {
constexpr qsizetype kBlock = 32 * 1024; // lines per read lock of the buffer
}

LogDocument::LogDocument(QObject *parent) : QObject(parent) {}

LogDocument::~LogDocument()
{
    if (m_cancel)
        m_cancel->store(true);
}

void LogDocument::setBuffer(std::shared_ptr<KubeLogBuffer> buffer)
{
    if (m_cancel)
        m_cancel->store(true);
    m_buffer = std::move(buffer);
    m_trimmed = m_buffer ? m_buffer->trimmedLines() : 0;
    m_matches.clear();
    m_scanned = 0;
    m_dirtyFrom = -1;
    ++m_generation;
    Q_EMIT reset();
    schedule();
}

void LogDocument::setFilter(const LogFilterSpec &spec)
{
    if (spec == m_spec)
        return;
    m_spec = spec;
    const LogFilter probe(spec);
    m_filterError = probe.errorString();
    if (m_cancel)
        m_cancel->store(true);
    m_matches.clear();
    m_scanned = 0;
    m_dirtyFrom = -1;
    ++m_generation;
    Q_EMIT reset();
    schedule();
}

void LogDocument::bufferChanged(qsizetype firstChanged)
{
    if (!m_buffer)
        return;
    const quint64 trimmedNow = m_buffer->trimmedLines();
    if (trimmedNow != m_trimmed) {
        // The oldest lines are gone and every index moved: start over.
        const qsizetype dropped = qsizetype(trimmedNow - m_trimmed);
        m_trimmed = trimmedNow;
        if (m_cancel)
            m_cancel->store(true);
        m_matches.clear();
        m_scanned = 0;
        m_dirtyFrom = -1;
        ++m_generation;
        if (!m_spec.isActive())
            Q_EMIT trimmed(dropped);
        Q_EMIT reset();
        schedule();
        return;
    }
    if (firstChanged < 0)
        firstChanged = 0;
    if (!m_spec.isActive()) {
        Q_EMIT rowsChanged(firstChanged);
        return;
    }
    // Lines inserted below what was scanned, or below what the running scan covers, moved the
    // lines after them: scan again from there.
    if (firstChanged < (m_running ? m_scanTo : m_scanned))
        m_dirtyFrom = m_dirtyFrom < 0 ? firstChanged : qMin(m_dirtyFrom, firstChanged);
    schedule();
}

void LogDocument::schedule()
{
    if (!m_buffer || !m_spec.isActive() || !m_filterError.isEmpty() || m_running)
        return;
    const qsizetype size = m_buffer->size();
    const qsizetype from = m_dirtyFrom >= 0 ? m_dirtyFrom : m_scanned;
    if (from >= size && m_dirtyFrom < 0)
        return;
    m_dirtyFrom = -1;
    m_running = true;
    m_scanTo = size;
    Q_EMIT filteringChanged(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const int generation = m_generation;
    auto buffer = m_buffer;
    auto cancel = m_cancel;
    const LogFilterSpec spec = m_spec;
    QtConcurrent::run([buffer, cancel, spec, from, size] {
        LogFilter filter(spec);
        std::vector<qsizetype> matches;
        for (qsizetype block = from; block < size && !cancel->load(); block += kBlock) {
            buffer->visit(block, qMin(kBlock, size - block), [&](qsizetype index, qint64, int source, QByteArrayView text) {
                if (filter.matches(text, source))
                    matches.push_back(index);
                return true;
            });
        }
        return matches;
    }).then(this, [this, generation, from, size, cancel](std::vector<qsizetype> matches) {
        m_running = false;
        if (cancel->load() || generation != m_generation) {
            Q_EMIT filteringChanged(false);
            schedule();
            return;
        }
        finishScan(generation, from, size, std::move(matches));
    });
}

void LogDocument::finishScan(int generation, qsizetype from, qsizetype to, std::vector<qsizetype> matches)
{
    Q_UNUSED(generation)
    const auto cut = std::lower_bound(m_matches.begin(), m_matches.end(), from);
    const qsizetype firstRow = cut - m_matches.begin();
    m_matches.erase(cut, m_matches.end());
    m_matches.insert(m_matches.end(), matches.begin(), matches.end());
    m_scanned = to;
    Q_EMIT rowsChanged(firstRow);
    schedule();
    if (!m_running)
        Q_EMIT filteringChanged(false);
}

qsizetype LogDocument::rowCount() const
{
    if (!m_buffer)
        return 0;
    return m_spec.isActive() ? qsizetype(m_matches.size()) : m_buffer->size();
}

qsizetype LogDocument::totalLines() const
{
    return m_buffer ? m_buffer->size() : 0;
}

qsizetype LogDocument::bufferIndex(qsizetype row) const
{
    if (!m_spec.isActive())
        return row;
    return row >= 0 && row < qsizetype(m_matches.size()) ? m_matches[size_t(row)] : -1;
}

QList<KubeLogBuffer::Line> LogDocument::lines(qsizetype first, qsizetype count) const
{
    if (!m_buffer || count <= 0)
        return {};
    if (!m_spec.isActive())
        return m_buffer->lines(first, count);
    QList<KubeLogBuffer::Line> out;
    const qsizetype end = qMin<qsizetype>(first + count, qsizetype(m_matches.size()));
    out.reserve(qMax<qsizetype>(0, end - first));
    for (qsizetype row = qMax<qsizetype>(0, first); row < end; ++row)
        out.append(m_buffer->line(m_matches[size_t(row)]));
    return out;
}

QString LogDocument::sourceName(int source) const
{
    return m_buffer ? m_buffer->sourceName(source) : QString();
}

QStringList LogDocument::sources() const
{
    return m_buffer ? m_buffer->sources() : QStringList();
}

} // namespace shipdeck
