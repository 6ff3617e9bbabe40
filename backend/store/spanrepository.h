#pragma once

#include "backend/core/result.h"
#include "backend/core/spandata.h"

#include <QList>
#include <QMutex>

namespace shipdeck {

class Database;

// Persists finished spans. add() is thread-safe and only buffers; flush() writes the buffer
// in one transaction and must run on the database's thread.
class SpanRepository
{
public:
    explicit SpanRepository(Database &db) : m_db(db) {}

    void add(const SpanData &span);
    Result<int> flush();
    Result<QList<SpanData>> trace(const QByteArray &traceId);
    Result<int> prune(qint64 cutoffUnixNano);

private:
    Database &m_db;
    QMutex m_mutex;
    QList<SpanData> m_pending;
};

} // namespace shipdeck
