#include "backend/core/tracer.h"

#include "backend/core/clock.h"
#include "backend/core/ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>

namespace shipdeck {

Span::Span(Tracer *tracer, SpanData data) : m_tracer(tracer), m_data(std::move(data)) {}

Span::Span(Span &&other) noexcept
    : m_tracer(std::exchange(other.m_tracer, nullptr)), m_data(std::move(other.m_data))
{
}

Span &Span::operator=(Span &&other) noexcept
{
    if (this != &other) {
        end();
        m_tracer = std::exchange(other.m_tracer, nullptr);
        m_data = std::move(other.m_data);
    }
    return *this;
}

Span::~Span()
{
    end();
}

Span &Span::setAttribute(const QString &key, const QVariant &value)
{
    m_data.attributes.insert(key, value);
    return *this;
}

Span &Span::addEvent(const QString &name, const QVariantMap &attributes)
{
    if (m_tracer)
        m_data.events.append({m_tracer->nowUnixNano(), name, attributes});
    return *this;
}

Span &Span::setStatus(SpanStatus status, const QString &message)
{
    m_data.status = status;
    m_data.statusMessage = message;
    return *this;
}

void Span::end()
{
    if (!m_tracer)
        return;
    m_data.endUnixNano = m_tracer->nowUnixNano();
    Tracer *tracer = std::exchange(m_tracer, nullptr);
    tracer->record(m_data);
}

Tracer::Tracer(QString serviceName, const Clock *clock, int keepInMemory)
    : m_serviceName(std::move(serviceName)), m_clock(clock ? clock : Clock::system()), m_keep(keepInMemory)
{
    qRegisterMetaType<SpanData>();
}

qint64 Tracer::nowUnixNano() const
{
    if (m_clock == Clock::system()) {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::system_clock::now().time_since_epoch()).count();
    }
    return m_clock->nowMs() * 1'000'000;
}

Span Tracer::startSpan(const QString &name, const SpanContext &parent, SpanKind kind)
{
    SpanData data;
    data.traceId = parent.isValid() ? parent.traceId : newTraceId();
    data.spanId = newSpanId();
    if (parent.isValid())
        data.parentSpanId = parent.spanId;
    data.name = name;
    data.kind = kind;
    data.startUnixNano = nowUnixNano();
    return Span(this, std::move(data));
}

void Tracer::addSink(Sink sink)
{
    QMutexLocker lock(&m_mutex);
    m_sinks.append(std::move(sink));
}

void Tracer::record(const SpanData &span)
{
    QList<Sink> sinks;
    {
        QMutexLocker lock(&m_mutex);
        m_finished.append(span);
        if (m_finished.size() > m_keep)
            m_finished.remove(0, m_finished.size() - m_keep);
        sinks = m_sinks;
    }
    for (const auto &sink : sinks)
        sink(span);
}

QList<SpanData> Tracer::finishedSpans(const QByteArray &traceId) const
{
    QMutexLocker lock(&m_mutex);
    if (traceId.isEmpty())
        return m_finished;
    QList<SpanData> out;
    for (const auto &span : m_finished) {
        if (span.traceId == traceId)
            out.append(span);
    }
    return out;
}

namespace {
QJsonObject anyValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return {{QStringLiteral("boolValue"), value.toBool()}};
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return {{QStringLiteral("intValue"), QString::number(value.toLongLong())}};
    case QMetaType::Double:
    case QMetaType::Float:
        return {{QStringLiteral("doubleValue"), value.toDouble()}};
    default:
        return {{QStringLiteral("stringValue"), value.toString()}};
    }
}

QJsonArray keyValues(const QVariantMap &map)
{
    QJsonArray out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.append(QJsonObject{{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), anyValue(it.value())}});
    return out;
}
} // namespace

QByteArray Tracer::toOtlpJson(const QList<SpanData> &spans, const QString &serviceName)
{
    QJsonArray jsonSpans;
    for (const auto &span : spans) {
        QJsonObject s{
            {QStringLiteral("traceId"), QString::fromLatin1(span.traceId)},
            {QStringLiteral("spanId"), QString::fromLatin1(span.spanId)},
            {QStringLiteral("name"), span.name},
            {QStringLiteral("kind"), static_cast<int>(span.kind)},
            {QStringLiteral("startTimeUnixNano"), QString::number(span.startUnixNano)},
            {QStringLiteral("endTimeUnixNano"), QString::number(span.endUnixNano)},
            {QStringLiteral("attributes"), keyValues(span.attributes)},
        };
        if (!span.parentSpanId.isEmpty())
            s.insert(QStringLiteral("parentSpanId"), QString::fromLatin1(span.parentSpanId));
        QJsonArray events;
        for (const auto &event : span.events) {
            events.append(QJsonObject{{QStringLiteral("timeUnixNano"), QString::number(event.timeUnixNano)},
                                      {QStringLiteral("name"), event.name},
                                      {QStringLiteral("attributes"), keyValues(event.attributes)}});
        }
        if (!events.isEmpty())
            s.insert(QStringLiteral("events"), events);
        QJsonObject status{{QStringLiteral("code"), static_cast<int>(span.status)}};
        if (!span.statusMessage.isEmpty())
            status.insert(QStringLiteral("message"), span.statusMessage);
        s.insert(QStringLiteral("status"), status);
        jsonSpans.append(s);
    }
    const QJsonObject resource{{QStringLiteral("attributes"),
                                keyValues({{QStringLiteral("service.name"), serviceName}})}};
    const QJsonObject scope{{QStringLiteral("name"), QStringLiteral("shipdeck")},
                            {QStringLiteral("version"), QStringLiteral(SHIPDECK_VERSION)}};
    const QJsonObject scopeSpans{{QStringLiteral("scope"), scope}, {QStringLiteral("spans"), jsonSpans}};
    const QJsonObject resourceSpans{{QStringLiteral("resource"), resource},
                                    {QStringLiteral("scopeSpans"), QJsonArray{scopeSpans}}};
    const QJsonObject root{{QStringLiteral("resourceSpans"), QJsonArray{resourceSpans}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace shipdeck
