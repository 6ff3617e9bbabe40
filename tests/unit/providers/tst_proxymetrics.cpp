// Proxy counters and the Prometheus text exposition (format 0.0.4) produced from them.
#include "testsupport.h"

#include "backend/providers/localprovider.h"
#include "backend/providers/proxymetrics.h"

using namespace shipdeck;

class tst_ProxyMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsByClassAndBucket()
    {
        ProxyMetrics m(QStringLiteral("web"));
        m.recordRequest(QStringLiteral("1"), 200, 0.004);
        m.recordRequest(QStringLiteral("1"), 204, 0.005); // on the bucket bound: counted in le=0.005
        m.recordRequest(QStringLiteral("1"), 503, 0.3);
        m.recordRequest(QStringLiteral("1"), 404, 20);    // beyond the last bound: only +Inf
        m.recordUpstreamError(QStringLiteral("1"), ProxyMetrics::UpstreamError::Timeout);
        const auto c = m.counters(QStringLiteral("1"));
        QCOMPARE(c.codeClass[1], quint64(2));
        QCOMPARE(c.codeClass[3], quint64(1));
        QCOMPARE(c.codeClass[4], quint64(1));
        QCOMPARE(c.buckets[0], quint64(2));
        QCOMPARE(c.buckets[6], quint64(1)); // 0.3 <= 0.5
        QCOMPARE(c.buckets[ProxyMetrics::kBuckets.size()], quint64(1));
        QCOMPARE(c.durationCount, quint64(4));
        QCOMPARE(c.upstreamErrors[1], quint64(1));
        QCOMPARE(c.requests(), quint64(4));
    }

    void writerEscapesAndFormats()
    {
        PrometheusWriter w;
        w.family("x_total", "counter", "Help.");
        w.sample("x_total", {{"a", QStringLiteral("quote\" back\\ nl\n")}}, 3);
        w.sample("x_total", {{"a", QStringLiteral("b")}}, 0.25);
        w.sample("x_total", {}, std::numeric_limits<double>::infinity());
        QCOMPARE(w.take(), QByteArray("# HELP x_total Help.\n# TYPE x_total counter\n"
                                      "x_total{a=\"quote\\\" back\\\\ nl\\n\"} 3\n"
                                      "x_total{a=\"b\"} 0.25\n"
                                      "x_total +Inf\n"));
        QCOMPARE(PrometheusWriter::formatValue(std::nan("")), QByteArray("NaN"));
        QCOMPARE(PrometheusWriter::formatValue(1e20), QByteArray("1e+20"));
    }

    void expositionOfAComponentWithoutTraffic()
    {
        // A version that has received nothing yet is still exported with zeros, so that PromQL
        // rate() and ratios have a series to work with from the start.
        LocalProvider provider;
        ComponentDefinition c;
        c.id = QStringLiteral("idle");
        c.version = QStringLiteral("1");
        c.run.command = QStringLiteral("/bin/sleep");
        c.run.args = {QStringLiteral("60")};
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("1"), 1));
        const QByteArray text = provider.metricsText(QStringLiteral("idle"));
        const QList<QByteArray> lines = text.split('\n');
        QVERIFY(text.endsWith('\n'));
        QVERIFY(lines.contains("shipdeck_proxy_requests_total{component=\"idle\",version=\"1\",code_class=\"5xx\"} 0"));
        QVERIFY(lines.contains("shipdeck_proxy_request_duration_seconds_bucket{component=\"idle\",version=\"1\",le=\"0.005\"} 0"));
        QVERIFY(lines.contains("shipdeck_proxy_request_duration_seconds_sum{component=\"idle\",version=\"1\"} 0"));
        QVERIFY(lines.contains("shipdeck_proxy_traffic_weight{component=\"idle\",version=\"1\"} 100"));
        // Every family is announced once, with HELP and TYPE before its samples.
        for (const QByteArray &family : {QByteArray("shipdeck_proxy_requests_total"), QByteArray("shipdeck_proxy_request_duration_seconds"),
                                         QByteArray("shipdeck_proxy_upstream_errors_total"), QByteArray("shipdeck_proxy_traffic_weight"),
                                         QByteArray("shipdeck_instances_ready")}) {
            QCOMPARE(text.count("# TYPE " + family + ' '), 1);
            QVERIFY(text.indexOf("# TYPE " + family + ' ') < text.indexOf('\n' + family));
        }
        // The ready gauge follows the probe: no probe means ready once running.
        QTRY_VERIFY_WITH_TIMEOUT(provider.metricsText(QStringLiteral("idle")).contains(
                                     "shipdeck_instances_ready{component=\"idle\",version=\"1\"} 1\n"), 10'000);
    }
};

QTEST_GUILESS_MAIN(tst_ProxyMetrics)
#include "tst_proxymetrics.moc"
