#pragma once

#include "backend/core/spandata.h"

#include <QMutex>

#include <functional>
#include <memory>

namespace shipdeck {

class Clock;
class Tracer;

// A span in flight. Move-only; ends (and is recorded) when end() is called or it is destroyed.
class Span
{
public:
    Span() = default;
    Span(Span &&other) noexcept;
    Span &operator=(Span &&other) noexcept;
    Span(const Span &) = delete;
    Span &operator=(const Span &) = delete;
    ~Span();

    bool isRecording() const { return m_tracer != nullptr; }
    SpanContext context() const { return {m_data.traceId, m_data.spanId}; }
    const QByteArray &traceId() const { return m_data.traceId; }

    Span &setAttribute(const QString &key, const QVariant &value);
    Span &addEvent(const QString &name, const QVariantMap &attributes = {});
    Span &setStatus(SpanStatus status, const QString &message = {});
    Span &setError(const QString &message) { return setStatus(SpanStatus::Error, message); }
    void end();

private:
    friend class Tracer;
    Span(Tracer *tracer, SpanData data);
    Tracer *m_tracer = nullptr; // Not owned.
    SpanData m_data;
};

// Records spans with trace id, span id, parent, attributes, events and status; keeps the
// latest in memory and hands each finished span to the sinks (the store persists them).
// Thread-safe.
class Tracer
{
public:
    using Sink = std::function<void(const SpanData &)>;

    explicit Tracer(QString serviceName = QStringLiteral("shipdeck"), const Clock *clock = nullptr,
                    int keepInMemory = 10'000);

    Span startSpan(const QString &name, const SpanContext &parent = {},
                   SpanKind kind = SpanKind::Internal);
    void addSink(Sink sink);

    QList<SpanData> finishedSpans(const QByteArray &traceId = {}) const;
    const QString &serviceName() const { return m_serviceName; }
    qint64 nowUnixNano() const;

    // OTLP/JSON ExportTraceServiceRequest for the given spans.
    static QByteArray toOtlpJson(const QList<SpanData> &spans, const QString &serviceName);

private:
    friend class Span;
    void record(const SpanData &span);

    QString m_serviceName;
    const Clock *m_clock;
    int m_keep;
    mutable QMutex m_mutex;
    QList<SpanData> m_finished;
    QList<Sink> m_sinks;
};

} // namespace shipdeck
