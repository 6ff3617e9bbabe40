// The proxy's metrics exposition checked by the real Prometheus tools: promtool's linter and a
// real Prometheus server that scrapes the provider's admin listener and answers PromQL.
#include "httptestclient.h"
#include "prometheusrunner.h"
#include "testsupport.h"

#include "backend/providers/localprovider.h"

#include <QStandardPaths>

using namespace shipdeck;
using namespace shipdeck::test;

namespace {

ComponentDefinition component()
{
    ComponentDefinition c;
    c.id = QStringLiteral("shop");
    c.version = QStringLiteral("1.0.0");
    c.run.command = program(QStringLiteral("shipdeck-demo-service"));
    c.run.args = {QStringLiteral("--port"), QStringLiteral("{port}"), QStringLiteral("--version"), QStringLiteral("{version}")};
    c.healthCheck.kind = HealthCheck::Kind::Http;
    c.healthCheck.periodMs = 100;
    c.versions.insert(QStringLiteral("2.0.0"), {{QStringLiteral("--error-rate"), QStringLiteral("1")}, {}, {}});
    return c;
}

} // namespace

class tst_PrometheusScrape : public QObject
{
    Q_OBJECT

private:
    LocalProvider m_provider;

    bool ready(const QString &version)
    {
        const auto s = m_provider.status(QStringLiteral("shop"));
        for (const auto &v : s.value()) {
            if (v.version == version)
                return v.readyReplicas == v.desiredReplicas && v.desiredReplicas > 0;
        }
        return false;
    }

    QByteArray fetchMetrics()
    {
        const QUrl url(m_provider.metricsUrl(QStringLiteral("shop")));
        HttpTestClient admin(quint16(url.port()));
        auto reply = admin.request(HttpTestClient::get(url.path().toUtf8()));
        return reply ? reply.value().body : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY_RESULT(m_provider.start());
        QVERIFY_RESULT(m_provider.ensureVersion(component(), QStringLiteral("1.0.0"), 1));
        QVERIFY_RESULT(m_provider.ensureVersion(component(), QStringLiteral("2.0.0"), 1));
        QTRY_VERIFY_WITH_TIMEOUT(ready(QStringLiteral("1.0.0")) && ready(QStringLiteral("2.0.0")), 15'000);
        QVERIFY_RESULT(m_provider.setTraffic(QStringLiteral("shop"), {QStringLiteral("1.0.0"), QStringLiteral("2.0.0"), 0,
                                                                      QStringLiteral("X-Canary"), {}}));
        HttpTestClient client(m_provider.proxyPort(QStringLiteral("shop")));
        for (int i = 0; i < 40; ++i)
            QVERIFY_RESULT(client.request(HttpTestClient::get("/")));
        for (int i = 0; i < 10; ++i)
            QVERIFY_RESULT(client.request(HttpTestClient::get("/", "X-Canary: always\r\n")));
    }

    void promtoolAcceptsTheExposition()
    {
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        QVERIFY2(!promtool.isEmpty(), "promtool (Debian package prometheus) is needed");
        const QByteArray text = fetchMetrics();
        QVERIFY(text.contains("shipdeck_proxy_requests_total{component=\"shop\",version=\"2.0.0\",code_class=\"5xx\"} 10\n"));
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(check.waitForStarted());
        check.write(text);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(30'000));
        const QByteArray out = check.readAllStandardOutput() + check.readAllStandardError();
        QVERIFY2(check.exitCode() == 0, out.constData());
        QVERIFY2(out.trimmed().isEmpty(), out.constData()); // no lint warnings either
    }

    void promtoolRejectsABrokenExposition()
    {
        // The check above would pass vacuously if promtool accepted anything.
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(check.waitForStarted());
        check.write(fetchMetrics().replace("} 10\n", "} ten\n"));
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(30'000));
        QVERIFY(check.exitCode() != 0);
    }

    void prometheusScrapesAndAnswersPromQL()
    {
        QVERIFY2(!PrometheusRunner::binary().isEmpty(), "prometheus (Debian package prometheus) is needed");
        const QUrl url(m_provider.metricsUrl(QStringLiteral("shop")));
        PrometheusRunner prometheus({{QStringLiteral("shipdeck"), QStringLiteral("127.0.0.1:%1").arg(url.port()), url.path()}}, 500);
        QVERIFY_RESULT(prometheus.start());
        QVERIFY_RESULT(prometheus.waitForTargetsUp());
        double ok = -1;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            auto v = prometheus.queryValue(QStringLiteral("sum(shipdeck_proxy_requests_total{component=\"shop\",version=\"1.0.0\",code_class=\"2xx\"})"));
            ok = v ? v.value() : -1;
            return ok == 40;
        }(), 20'000);
        auto errors = prometheus.queryValue(QStringLiteral(
            "sum(shipdeck_proxy_requests_total{component=\"shop\",version=\"2.0.0\",code_class=\"5xx\"}) "
            "/ sum(shipdeck_proxy_requests_total{component=\"shop\",version=\"2.0.0\"})"));
        QVERIFY_RESULT(errors);
        QCOMPARE(errors.value(), 1.0);
        auto weight = prometheus.queryValue(QStringLiteral("shipdeck_proxy_traffic_weight{component=\"shop\",version=\"1.0.0\"}"));
        QVERIFY_RESULT(weight);
        QCOMPARE(weight.value(), 100.0);
        auto p99 = prometheus.queryValue(QStringLiteral(
            "histogram_quantile(0.99, sum by (le) (shipdeck_proxy_request_duration_seconds_bucket{component=\"shop\",version=\"1.0.0\"}))"));
        QVERIFY_RESULT(p99);
        QVERIFY(p99.value() > 0 && p99.value() < 1);
        // A bad query is an error with Prometheus' reason, not a silent zero.
        auto bad = prometheus.query(QStringLiteral("sum(("));
        QVERIFY(!bad);
    }
};

QTEST_GUILESS_MAIN(tst_PrometheusScrape)
#include "tst_prometheusscrape.moc"
