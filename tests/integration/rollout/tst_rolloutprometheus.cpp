// The Prometheus path of the analysis against a real Prometheus 2.x (Debian's) on loopback,
// scraping the local provider's proxy metrics: threshold metrics and the canary-vs-baseline
// judge read PromQL results; Prometheus' error envelopes become measurement errors.
#include "prometheusrunner.h"
#include "rolloutbed.h"
#include "testsupport.h"

#include "backend/deploy/rolloutsclient.h"
#include "backend/providers/localproviderclient.h"

#include <QJsonArray>

using namespace shipdeck;
using namespace shipdeck::test;

namespace {
QByteArray deployment(const char *version, const QString &prometheus, const QByteArray &templates, const char *step)
{
    return "strategy: canary\ncomponents: [{id: storefront, version: '" + QByteArray(version) + "'}]\nreplicas: 2\n"
           "rollback: {scaleDownDelay: 1s}\ncanary:\n  scaleDownDelay: 1s\n  steps:\n    - setWeight: 30\n"
           "    - analysis: {templates: [" + QByteArray(step) + "]}\nanalysis:\n  templates:\n"
         + QByteArray(templates).replace("PROMETHEUS", prometheus.toUtf8());
}

const QByteArray kErrorRatio =
    "    - name: error-ratio\n      metrics:\n        - name: canary-error-ratio\n"
    "          initialDelay: 4s\n          interval: 3s\n          count: 2\n          successCondition: result[0] < 0.02\n"
    "          provider:\n            prometheus:\n              address: PROMETHEUS\n"
    "              query: >-\n"
    "                (sum(rate(shipdeck_proxy_requests_total{component=\"{{component}}\",version=\"{{canaryVersion}}\",code_class=\"5xx\"}[10s])) or vector(0))\n"
    "                / sum(rate(shipdeck_proxy_requests_total{component=\"{{component}}\",version=\"{{canaryVersion}}\"}[10s]))\n";

const QByteArray kJudge =
    "    - name: judge\n      metrics:\n        - name: latency-judge\n          interval: 8s\n          count: 1\n"
    "          provider:\n            judge:\n              source: prometheus\n              address: PROMETHEUS\n"
    "              sampleInterval: 1s\n              metrics:\n"
    "                - name: latency-mean\n                  direction: increase\n                  effectSize: {allowedIncrease: 1.5}\n"
    "                  query: >-\n"
    "                    sum(rate(shipdeck_proxy_request_duration_seconds_sum{component=\"storefront\",version=\"{{version}}\"}[3s]))\n"
    "                    / sum(rate(shipdeck_proxy_request_duration_seconds_count{component=\"storefront\",version=\"{{version}}\"}[3s]))\n";

const QByteArray kBadQuery =
    "    - name: broken\n      metrics:\n        - name: broken-query\n          consecutiveErrorLimit: 0\n"
    "          provider:\n            prometheus:\n              address: PROMETHEUS\n              query: sum(rate(shipdeck_proxy_requests_total[\n";
} // namespace

class tst_RolloutPrometheus : public QObject
{
    Q_OBJECT

    RolloutBed *m_bed = nullptr;
    PrometheusRunner *m_prometheus = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        if (PrometheusRunner::binary().isEmpty())
            QFAIL("prometheus is not installed (scripts/setup.sh installs it)");
        m_bed = new RolloutBed;
        QVERIFY_RESULT(m_bed->open(RolloutBed::storefront(0.0)));
        QVERIFY_RESULT(m_bed->startStable());
        QVERIFY_RESULT(m_bed->startLoad(100));
        auto health = test::await(m_bed->components->health(QStringLiteral("storefront")));
        const QUrl metrics(health->value(QStringLiteral("components")).toArray().at(0).toObject().value(QStringLiteral("metricsUrl")).toString());
        m_prometheus = new PrometheusRunner({{QStringLiteral("shipdeck"), QStringLiteral("127.0.0.1:%1").arg(metrics.port()), metrics.path()}}, 1000);
        QVERIFY_RESULT(m_prometheus->start());
        QVERIFY_RESULT(m_prometheus->waitForTargetsUp());
    }

    void cleanupTestCase()
    {
        delete m_prometheus;
        delete m_bed;
    }

    void thresholdAndJudgeFromPrometheus()
    {
        auto deployed = m_bed->deploy(deployment("1.5.0", m_prometheus->url().toString(), kErrorRatio + kJudge, "error-ratio, judge"));
        QVERIFY_RESULT(deployed);
        auto final = m_bed->waitSettled(deployed->first().id, 90'000);
        QVERIFY_RESULT(final);
        QVERIFY2(final->value(QStringLiteral("phase")).toString() == QLatin1String("Healthy"), qPrintable(final->value(QStringLiteral("message")).toString()
                                                                                                            + final->value(QStringLiteral("abortReason")).toString()));
        bool ratio = false;
        bool judge = false;
        for (const QJsonValue &v : final->value(QStringLiteral("verdicts")).toArray()) {
            const QJsonObject o = v.toObject();
            const QJsonObject n = o.value(QStringLiteral("numbers")).toObject();
            if (o.value(QStringLiteral("metric")).toString() == QLatin1String("canary-error-ratio")) {
                ratio = true;
                QCOMPARE(o.value(QStringLiteral("phase")).toString(), QStringLiteral("Successful"));
                QVERIFY(n.value(QStringLiteral("query")).toString().contains(QStringLiteral("version=\"1.5.0\"")));
                QCOMPARE(n.value(QStringLiteral("result")).toObject().value(QStringLiteral("resultType")).toString(), QStringLiteral("vector"));
            }
            if (o.value(QStringLiteral("kind")).toString() == QLatin1String("judge")) {
                judge = true;
                const QJsonObject m = n.value(QStringLiteral("metrics")).toArray().at(0).toObject();
                QVERIFY2(m.value(QStringLiteral("canaryCount")).toInt() >= 3, qPrintable(o.value(QStringLiteral("summary")).toString()));
                QVERIFY(m.value(QStringLiteral("baselineCount")).toInt() >= 3);
                QVERIFY(m.contains(QStringLiteral("mannWhitney")) || m.value(QStringLiteral("classification")).toString() == QLatin1String("Pass"));
            }
        }
        QVERIFY(ratio);
        QVERIFY(judge);
    }

    void badCanarySeenThroughPrometheus()
    {
        auto deployed = m_bed->deploy(deployment("1.5.1", m_prometheus->url().toString(), kErrorRatio, "error-ratio"));
        QVERIFY_RESULT(deployed);
        auto final = m_bed->waitSettled(deployed->first().id, 90'000);
        QVERIFY_RESULT(final);
        QCOMPARE(final->value(QStringLiteral("phase")).toString(), QStringLiteral("RolledBack"));
        QVERIFY2(final->value(QStringLiteral("abortReason")).toString().contains(QStringLiteral("canary-error-ratio")),
                 qPrintable(final->value(QStringLiteral("abortReason")).toString()));
    }

    void prometheusErrorsAreMeasurementErrors()
    {
        auto deployed = m_bed->deploy(deployment("1.5.1", m_prometheus->url().toString(), kBadQuery, "broken"));
        QVERIFY_RESULT(deployed);
        auto final = m_bed->waitSettled(deployed->first().id, 60'000);
        QVERIFY_RESULT(final);
        QCOMPARE(final->value(QStringLiteral("phase")).toString(), QStringLiteral("RolledBack"));
        const QString reason = final->value(QStringLiteral("abortReason")).toString();
        QVERIFY2(reason.contains(QStringLiteral("Step-based analysis phase error")) && reason.contains(QStringLiteral("bad_data")), qPrintable(reason));
        // The stable version never stopped serving.
        QCOMPARE(m_bed->loadStats().value(QStringLiteral("failed")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_RolloutPrometheus)
#include "tst_rolloutprometheus.moc"
