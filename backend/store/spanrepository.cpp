#include "backend/store/spanrepository.h"

#include "backend/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shipdeck {

void SpanRepository::add(const SpanData &span)
{
    QMutexLocker lock(&m_mutex);
    m_pending.append(span);
}

Result<int> SpanRepository::flush()
{
    QList<SpanData> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
    }
    if (batch.isEmpty())
        return 0;
    auto written = m_db.transaction([&]() -> Result<int> {
        SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO spans(span_id, trace_id, parent_span_id, name, kind, start_ns, end_ns, status, "
            "status_message, attributes, events) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")));
        for (const auto &span : batch) {
            QJsonArray events;
            for (const auto &event : span.events) {
                events.append(QJsonObject{{QStringLiteral("t"), QString::number(event.timeUnixNano)},
                                          {QStringLiteral("name"), event.name},
                                          {QStringLiteral("attributes"), QJsonObject::fromVariantMap(event.attributes)}});
            }
            stmt->bind(1, QString::fromLatin1(span.spanId)).bind(2, QString::fromLatin1(span.traceId))
                .bind(3, QString::fromLatin1(span.parentSpanId)).bind(4, span.name)
                .bind(5, static_cast<int>(span.kind)).bind(6, span.startUnixNano).bind(7, span.endUnixNano)
                .bind(8, static_cast<int>(span.status)).bind(9, span.statusMessage)
                .bind(10, QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(span.attributes)).toJson(QJsonDocument::Compact)))
                .bind(11, QString::fromUtf8(QJsonDocument(events).toJson(QJsonDocument::Compact)));
            SD_CHECK(stmt->run());
        }
        return int(batch.size());
    });
    if (!written) {
        // Keep the spans for the next attempt rather than losing them.
        QMutexLocker lock(&m_mutex);
        m_pending = batch + m_pending;
    }
    return written;
}

Result<QList<SpanData>> SpanRepository::trace(const QByteArray &traceId)
{
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "SELECT span_id, trace_id, parent_span_id, name, kind, start_ns, end_ns, status, status_message, "
        "attributes, events FROM spans WHERE trace_id = ?1 ORDER BY start_ns")));
    stmt->bind(1, QString::fromLatin1(traceId));
    QList<SpanData> out;
    for (;;) {
        SD_TRY(bool row, stmt->step());
        if (!row)
            break;
        SpanData span;
        span.spanId = stmt->text(0).toLatin1();
        span.traceId = stmt->text(1).toLatin1();
        span.parentSpanId = stmt->text(2).toLatin1();
        span.name = stmt->text(3);
        span.kind = static_cast<SpanKind>(stmt->int64(4));
        span.startUnixNano = stmt->int64(5);
        span.endUnixNano = stmt->int64(6);
        span.status = static_cast<SpanStatus>(stmt->int64(7));
        span.statusMessage = stmt->text(8);
        span.attributes = QJsonDocument::fromJson(stmt->text(9).toUtf8()).object().toVariantMap();
        for (const auto &value : QJsonDocument::fromJson(stmt->text(10).toUtf8()).array()) {
            const QJsonObject e = value.toObject();
            span.events.append({e.value(QStringLiteral("t")).toString().toLongLong(), e.value(QStringLiteral("name")).toString(),
                                e.value(QStringLiteral("attributes")).toObject().toVariantMap()});
        }
        out.append(std::move(span));
    }
    stmt->reset();
    return out;
}

Result<int> SpanRepository::prune(qint64 cutoffUnixNano)
{
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral("DELETE FROM spans WHERE start_ns < ?1")));
    stmt->bind(1, cutoffUnixNano);
    SD_CHECK(stmt->run());
    return m_db.changes();
}

} // namespace shipdeck
