#include "backend/deploy/analysis/prometheustext.h"
#include "backend/deploy/analysis/proxytraffic.h"
#include "testsupport.h"

#include <cmath>

using namespace shipdeck;

class tst_PrometheusText : public QObject
{
    Q_OBJECT

    static QByteArray proxyScrape(double ok2xx, double err5xx, double canaryOk, double canaryErr)
    {
        return QStringLiteral(
            "# HELP shipdeck_proxy_requests_total Requests through the proxy.\n"
            "# TYPE shipdeck_proxy_requests_total counter\n"
            "shipdeck_proxy_requests_total{component=\"storefront\",version=\"1.4.2\",code_class=\"2xx\"} %1\n"
            "shipdeck_proxy_requests_total{component=\"storefront\",version=\"1.4.2\",code_class=\"5xx\"} %2\n"
            "shipdeck_proxy_requests_total{component=\"storefront\",version=\"1.5.0\",code_class=\"2xx\"} %3\n"
            "shipdeck_proxy_requests_total{component=\"storefront\",version=\"1.5.0\",code_class=\"5xx\"} %4\n"
            "shipdeck_proxy_requests_total{component=\"other\",version=\"9\",code_class=\"5xx\"} 1000\n"
            "# TYPE shipdeck_proxy_request_duration_seconds histogram\n"
            "shipdeck_proxy_request_duration_seconds_bucket{component=\"storefront\",version=\"1.5.0\",le=\"0.01\"} 10\n"
            "shipdeck_proxy_request_duration_seconds_bucket{component=\"storefront\",version=\"1.5.0\",le=\"0.1\"} 90\n"
            "shipdeck_proxy_request_duration_seconds_bucket{component=\"storefront\",version=\"1.5.0\",le=\"1\"} 100\n"
            "shipdeck_proxy_request_duration_seconds_bucket{component=\"storefront\",version=\"1.5.0\",le=\"+Inf\"} 100\n"
            "shipdeck_proxy_request_duration_seconds_sum{component=\"storefront\",version=\"1.5.0\"} 5\n"
            "shipdeck_proxy_request_duration_seconds_count{component=\"storefront\",version=\"1.5.0\"} 100\n"
            "shipdeck_proxy_traffic_weight{component=\"storefront\",version=\"1.5.0\"} 10\n"
            "shipdeck_instances_ready{component=\"storefront\",version=\"1.5.0\"} 2\n")
            .arg(ok2xx).arg(err5xx).arg(canaryOk).arg(canaryErr).toUtf8();
    }

private Q_SLOTS:
    void parsesTheFormat()
    {
        const QByteArray text =
            "# a comment\n"
            "# HELP http_requests_total The total number\\n of requests.\n"
            "# TYPE http_requests_total counter\n"
            "http_requests_total{method=\"post\",code=\"200\"} 1027 1395066363000\n"
            "http_requests_total{method=\"post\",code=\"400\",} 3 1395066363000\n"
            "\n"
            "msdos_file_access_time_seconds{path=\"C:\\\\DIR\\\\FILE.TXT\",error=\"Cannot find file:\\n\\\"FILE.TXT\\\"\"} 1.458255915e9\n"
            "metric_without_timestamp_and_labels 12.47\n"
            "something_weird{problem=\"division by zero\"} +Inf -3982045\n"
            "neg_inf -Inf\n"
            "not_a_number NaN\r\n";
        auto scrape = PrometheusText::parse(text, QStringLiteral("test"));
        QVERIFY_RESULT(scrape);
        QCOMPARE(scrape->samples.size(), 7);
        QCOMPARE(scrape->families.value(QStringLiteral("http_requests_total")).type, QStringLiteral("counter"));
        QCOMPARE(scrape->families.value(QStringLiteral("http_requests_total")).help, QStringLiteral("The total number\n of requests."));
        const PromSample &first = scrape->samples.at(0);
        QCOMPARE(first.labels.value(QStringLiteral("code")), QStringLiteral("200"));
        QCOMPARE(first.value, 1027.0);
        QCOMPARE(first.timestampMs, 1395066363000);
        QCOMPARE(scrape->samples.at(2).labels.value(QStringLiteral("path")), QStringLiteral("C:\\DIR\\FILE.TXT"));
        QCOMPARE(scrape->samples.at(2).labels.value(QStringLiteral("error")), QStringLiteral("Cannot find file:\n\"FILE.TXT\""));
        QVERIFY(std::isinf(scrape->samples.at(4).value));
        QCOMPARE(scrape->samples.at(4).timestampMs, -3982045);
        QVERIFY(std::isinf(scrape->samples.at(5).value) && scrape->samples.at(5).value < 0);
        QVERIFY(std::isnan(scrape->samples.at(6).value));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no value") << QByteArray("ok 1\nmetric_a\n") << QStringLiteral("line 2");
        QTest::newRow("bad number") << QByteArray("metric_a 12abc\n") << QStringLiteral("'12abc' is not a number");
        QTest::newRow("unquoted label") << QByteArray("metric_a{x=1} 2\n") << QStringLiteral("double quotes");
        QTest::newRow("unterminated label") << QByteArray("metric_a{x=\"1} 2\n") << QStringLiteral("not closed");
        QTest::newRow("bad escape") << QByteArray("metric_a{x=\"\\t\"} 2\n") << QStringLiteral("unknown escape");
        QTest::newRow("duplicate label") << QByteArray("metric_a{x=\"1\",x=\"2\"} 2\n") << QStringLiteral("appears twice");
        QTest::newRow("missing comma") << QByteArray("metric_a{x=\"1\" y=\"2\"} 2\n") << QStringLiteral("expected ',' or '}'");
        QTest::newRow("bad name") << QByteArray("9metric 1\n") << QStringLiteral("metric name");
        QTest::newRow("bad timestamp") << QByteArray("metric_a 1 soon\n") << QStringLiteral("timestamp");
        QTest::newRow("trailing garbage") << QByteArray("metric_a 1 2 3\n") << QStringLiteral("after the timestamp");
        QTest::newRow("bad type") << QByteArray("# TYPE metric_a countre\n") << QStringLiteral("unknown type");
        QTest::newRow("nul") << QByteArray("metric_a 1\n\0", 13) << QStringLiteral("NUL");
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        auto scrape = PrometheusText::parse(text, QStringLiteral("http://127.0.0.1:1/metrics"));
        QVERIFY(!scrape.ok());
        QCOMPARE(scrape.error().code(), ErrorCode::Parse);
        QVERIFY2(scrape.error().toString().contains(mentions), qPrintable(scrape.error().toString()));
        QVERIFY(scrape.error().toString().contains(QStringLiteral("http://127.0.0.1:1/metrics")));
    }

    void proxySnapshot()
    {
        auto scrape = PrometheusText::parse(proxyScrape(900, 10, 95, 5), QStringLiteral("proxy"));
        QVERIFY_RESULT(scrape);
        auto snapshot = ProxyTraffic::fromScrape(scrape.value(), QStringLiteral("storefront"), 1000);
        QVERIFY_RESULT(snapshot);
        QCOMPARE(snapshot->versions.size(), 2); // "other" is another component
        const VersionTraffic canary = snapshot->versions.value(QStringLiteral("1.5.0"));
        QCOMPARE(canary.requests, 100.0);
        QCOMPARE(canary.errors(), 5.0);
        QCOMPARE(canary.weight, 10.0);
        QCOMPARE(canary.readyInstances, 2.0);
        QCOMPARE(ProxyTraffic::measure(QStringLiteral("error-rate"), canary, 1000).value(), 0.05);
        QCOMPARE(ProxyTraffic::measure(QStringLiteral("latency-mean"), canary, 1000).value(), 50.0);
        QCOMPARE(ProxyTraffic::measure(QStringLiteral("request-rate"), canary, 2000).value(), 50.0);
        // p50: rank 50 falls in (0.01, 0.1] holding 80 -> 0.01 + 0.09 * 40/80 = 0.055 s.
        QVERIFY(std::fabs(ProxyTraffic::measure(QStringLiteral("latency-p50"), canary, 1000).value() - 55.0) < 1e-9);
        QVERIFY(std::isnan(ProxyTraffic::measure(QStringLiteral("error-rate"), VersionTraffic{}, 1000).value()));
        QCOMPARE(ProxyTraffic::measure(QStringLiteral("bogus"), canary, 1000).error().code(), ErrorCode::InvalidArgument);
    }

    void deltasAndCounterResets()
    {
        auto a = ProxyTraffic::fromScrape(PrometheusText::parse(proxyScrape(900, 10, 95, 5), {}).value(), QStringLiteral("storefront"), 0);
        auto b = ProxyTraffic::fromScrape(PrometheusText::parse(proxyScrape(990, 11, 185, 15), {}).value(), QStringLiteral("storefront"), 0);
        const VersionTraffic d = ProxyTraffic::delta(b->versions.value(QStringLiteral("1.5.0")), a->versions.value(QStringLiteral("1.5.0")));
        QCOMPARE(d.requests, 100.0);
        QCOMPARE(d.errors(), 10.0);
        // The proxy restarted: counters went down; the window counts from zero.
        const VersionTraffic reset = ProxyTraffic::delta(a->versions.value(QStringLiteral("1.4.2")), b->versions.value(QStringLiteral("1.4.2")));
        QCOMPARE(reset.requests, 910.0);
        const VersionTraffic total = ProxyTraffic::sum(d, d);
        QCOMPARE(total.requests, 200.0);
    }

    void notProxyMetrics()
    {
        auto scrape = PrometheusText::parse("node_cpu_seconds_total 5\n", {});
        QCOMPARE(ProxyTraffic::fromScrape(scrape.value(), QStringLiteral("storefront"), 0).error().code(), ErrorCode::Corrupt);
    }

    void histogramQuantile_data()
    {
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");
        QTest::newRow("p0") << 0.0 << 0.0;
        QTest::newRow("p10 at first bound") << 0.1 << 0.01;
        QTest::newRow("p95 interpolated") << 0.95 << 0.55;
        QTest::newRow("all in +Inf -> highest finite bound") << 1.0 << 1.0;
    }
    void histogramQuantile()
    {
        QFETCH(double, q);
        QFETCH(double, expected);
        const QList<std::pair<double, double>> buckets{{0.01, 10}, {0.1, 90}, {1, 100}, {qInf(), 100}};
        QVERIFY(std::fabs(ProxyTraffic::histogramQuantile(q, buckets) - expected) < 1e-9);
        QVERIFY(std::isnan(ProxyTraffic::histogramQuantile(0.5, {{1, 0}, {qInf(), 0}})));
        QVERIFY(std::isnan(ProxyTraffic::histogramQuantile(0.5, {{1, 3}}))); // no +Inf bucket
        QCOMPARE(ProxyTraffic::histogramQuantile(0.99, {{0.1, 1}, {qInf(), 10}}), 0.1);
    }
};

QTEST_GUILESS_MAIN(tst_PrometheusText)
#include "tst_prometheustext.moc"
