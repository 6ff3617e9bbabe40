#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace shipdeck {

struct SpanEvent
{
    qint64 timeUnixNano = 0;
    QString name;
    QVariantMap attributes;
};

enum class SpanStatus { Unset = 0, Ok = 1, Error = 2 };       // OTLP status codes
enum class SpanKind { Internal = 1, Server = 2, Client = 3 }; // OTLP span kinds we use

// One finished span as OTLP describes it (ids as lowercase hex).
struct SpanData
{
    QByteArray traceId;      // 32 hex chars
    QByteArray spanId;       // 16 hex chars
    QByteArray parentSpanId; // empty for a root span
    QString name;
    SpanKind kind = SpanKind::Internal;
    qint64 startUnixNano = 0;
    qint64 endUnixNano = 0;
    QVariantMap attributes;
    QList<SpanEvent> events;
    SpanStatus status = SpanStatus::Unset;
    QString statusMessage;

    qint64 durationMs() const { return (endUnixNano - startUnixNano) / 1'000'000; }
};

struct SpanContext
{
    QByteArray traceId;
    QByteArray spanId;
    bool isValid() const { return traceId.size() == 32 && spanId.size() == 16; }
};

} // namespace shipdeck

Q_DECLARE_METATYPE(shipdeck::SpanData)
