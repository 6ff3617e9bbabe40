#pragma once

#include "backend/kube/kubelogbuffer.h"
#include "models/logs/logfilter.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace shipdeck {

// What a log view shows of a KubeLogBuffer: every line, or the lines a filter keeps. Reads
// the buffer in place (no copy of the log); the filter runs on a worker thread, once over
// the whole buffer and then only over new or moved lines, so a view over millions of lines
// stays responsive while they stream in. Rows are the lines shown, in time order.
class LogDocument : public QObject
{
    Q_OBJECT
public:
    explicit LogDocument(QObject *parent = nullptr);
    ~LogDocument() override;

    void setBuffer(std::shared_ptr<KubeLogBuffer> buffer);
    const std::shared_ptr<KubeLogBuffer> &buffer() const { return m_buffer; }
    // The buffer has `size` lines; lines from firstChanged on are new or moved (a late line
    // of another container is inserted in time order). -1: unknown, everything may have moved.
    void bufferChanged(qsizetype firstChanged);

    void setFilter(const LogFilterSpec &spec);
    const LogFilterSpec &filter() const { return m_spec; }
    QString filterError() const { return m_filterError; }
    bool isFiltering() const { return m_running; }

    qsizetype rowCount() const;      // lines shown
    qsizetype totalLines() const;    // lines in the buffer
    quint64 trimmedLines() const { return m_trimmed; }
    qsizetype bufferIndex(qsizetype row) const;
    // The lines of rows [first, first + count), for painting and copying.
    QList<KubeLogBuffer::Line> lines(qsizetype first, qsizetype count) const;
    QString sourceName(int source) const;
    QStringList sources() const;

Q_SIGNALS:
    // Rows from firstRow on changed (the row count may have grown).
    void rowsChanged(qsizetype firstRow);
    // Everything changed: a new buffer or a new filter.
    void reset();
    // The buffer dropped its oldest lines (`lines` rows of the unfiltered view went away).
    void trimmed(qsizetype lines);
    void filteringChanged(bool running);

private:
    struct Scan;
    void schedule();
    void finishScan(int generation, qsizetype from, qsizetype to, std::vector<qsizetype> matches);

    std::shared_ptr<KubeLogBuffer> m_buffer;
    LogFilterSpec m_spec;
    QString m_filterError;
    std::vector<qsizetype> m_matches; // buffer indices of matching lines below m_scanned
    qsizetype m_scanned = 0;
    qsizetype m_scanTo = 0;  // end of the running scan
    qsizetype m_dirtyFrom = -1;
    quint64 m_trimmed = 0;
    int m_generation = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace shipdeck
