#include "backend/core/clock.h"
#include "backend/core/tracer.h"
#include "testsupport.h"

using namespace shipdeck;

class tst_Tracer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parentChildAndSink()
    {
        ManualClock clock(1'000);
        Tracer tracer(QStringLiteral("shipdeck-test"), &clock);
        QList<SpanData> sunk;
        tracer.addSink([&sunk](const SpanData &span) { sunk.append(span); });
        QByteArray traceId;
        {
            Span root = tracer.startSpan(QStringLiteral("workflow test"));
            traceId = root.traceId();
            clock.advance(5);
            {
                Span child = tracer.startSpan(QStringLiteral("step"), root.context());
                child.setAttribute(QStringLiteral("rows"), 3).addEvent(QStringLiteral("halfway"));
                clock.advance(10);
                child.setError(QStringLiteral("boom"));
            }
            root.setStatus(SpanStatus::Ok);
        }
        QCOMPARE(sunk.size(), 2);
        const SpanData &child = sunk.at(0);
        const SpanData &root = sunk.at(1);
        QCOMPARE(child.traceId, traceId);
        QCOMPARE(child.parentSpanId, root.spanId);
        QVERIFY(root.parentSpanId.isEmpty());
        QCOMPARE(child.durationMs(), 10);
        QCOMPARE(root.durationMs(), 15);
        QCOMPARE(child.status, SpanStatus::Error);
        QCOMPARE(child.events.size(), 1);
        QCOMPARE(tracer.finishedSpans(traceId).size(), 2);
    }

    void otlpJsonShape()
    {
        ManualClock clock(2'000);
        Tracer tracer(QStringLiteral("svc"), &clock);
        {
            Span s = tracer.startSpan(QStringLiteral("op"));
            s.setAttribute(QStringLiteral("n"), 5).setAttribute(QStringLiteral("ok"), true)
                .setAttribute(QStringLiteral("ratio"), 0.5).setAttribute(QStringLiteral("name"), QStringLiteral("x"));
            clock.advance(1);
        }
        const QJsonObject root = QJsonDocument::fromJson(Tracer::toOtlpJson(tracer.finishedSpans(), QStringLiteral("svc"))).object();
        const QJsonObject rs = root.value(QStringLiteral("resourceSpans")).toArray().at(0).toObject();
        const QJsonObject attr = rs.value(QStringLiteral("resource")).toObject().value(QStringLiteral("attributes")).toArray().at(0).toObject();
        QCOMPARE(attr.value(QStringLiteral("key")).toString(), QStringLiteral("service.name"));
        QCOMPARE(attr.value(QStringLiteral("value")).toObject().value(QStringLiteral("stringValue")).toString(), QStringLiteral("svc"));
        const QJsonObject span = rs.value(QStringLiteral("scopeSpans")).toArray().at(0).toObject()
                                     .value(QStringLiteral("spans")).toArray().at(0).toObject();
        QCOMPARE(span.value(QStringLiteral("traceId")).toString().size(), 32);
        QCOMPARE(span.value(QStringLiteral("spanId")).toString().size(), 16);
        QVERIFY(!span.contains(QStringLiteral("parentSpanId")));
        QCOMPARE(span.value(QStringLiteral("kind")).toInt(), 1);
        // 64-bit integers are decimal strings in OTLP/JSON.
        QCOMPARE(span.value(QStringLiteral("startTimeUnixNano")).toString(), QStringLiteral("2000000000"));
        QCOMPARE(span.value(QStringLiteral("endTimeUnixNano")).toString(), QStringLiteral("2001000000"));
        QHash<QString, QJsonObject> attrs;
        for (const auto &a : span.value(QStringLiteral("attributes")).toArray())
            attrs.insert(a.toObject().value(QStringLiteral("key")).toString(), a.toObject().value(QStringLiteral("value")).toObject());
        QCOMPARE(attrs.value(QStringLiteral("n")).value(QStringLiteral("intValue")).toString(), QStringLiteral("5"));
        QCOMPARE(attrs.value(QStringLiteral("ok")).value(QStringLiteral("boolValue")).toBool(), true);
        QCOMPARE(attrs.value(QStringLiteral("ratio")).value(QStringLiteral("doubleValue")).toDouble(), 0.5);
        QCOMPARE(attrs.value(QStringLiteral("name")).value(QStringLiteral("stringValue")).toString(), QStringLiteral("x"));
    }

    void movedSpanEndsOnce()
    {
        Tracer tracer;
        int count = 0;
        tracer.addSink([&count](const SpanData &) { ++count; });
        {
            Span a = tracer.startSpan(QStringLiteral("a"));
            Span b = std::move(a);
            QVERIFY(!a.isRecording());
            b.end();
            b.end();
        }
        QCOMPARE(count, 1);
    }
};

QTEST_GUILESS_MAIN(tst_Tracer)
#include "tst_tracer.moc"
