// What each strategy asks of the provider, step by step, including its abort paths (the
// in-memory provider records every call; end to end runs are in tests/integration/rollout).
#include "backend/deploy/analysis/metricsampler.h"
#include "backend/deploy/analysisstore.h"
#include "rollouttestharness.h"
#include "testsupport.h"

using namespace shipdeck;
using namespace shipdeck::test;

namespace {
QByteArray spec(const char *strategy, const QByteArray &body, int replicas = 2, const char *version = "1.5.0")
{
    return "strategy: " + QByteArray(strategy) + "\ncomponents: [{id: storefront, version: '" + version + "'}]\nreplicas: "
         + QByteArray::number(replicas) + "\nrollback: {scaleDownDelay: 0s}\n" + body;
}

ProxySnapshot snapshot(qint64 at, double stable, double stableErrors, double canary, double canaryErrors, const char *canaryVersion = "1.5.0")
{
    ProxySnapshot s;
    s.atMs = at;
    VersionTraffic a;
    a.version = QStringLiteral("1.4.2");
    a.requests = stable;
    a.codes[3] = stableErrors;
    a.codes[0] = stable - stableErrors;
    VersionTraffic b;
    b.version = QString::fromLatin1(canaryVersion);
    b.requests = canary;
    b.codes[3] = canaryErrors;
    b.codes[0] = canary - canaryErrors;
    s.versions.insert(a.version, a);
    s.versions.insert(b.version, b);
    return s;
}
} // namespace

class tst_RolloutStrategySteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blueGreenPostPromotionFailureSwitchesBack()
    {
        RolloutHarness h;
        h.provider->servesMetrics = true;
        const QByteArray body = "blueGreen:\n  postPromotionAnalysis: {templates: [errors]}\n  scaleDownDelay: 0s\n"
                                "analysis:\n  templates:\n    - name: errors\n      metrics:\n        - name: error-rate\n"
                                "          interval: 2s\n          count: 1\n          successCondition: result < 0.05\n"
                                "          provider: {proxy: {measure: error-rate}}\n";
        const QString id = h.deploy(spec("blue-green", body)).value().id;
        // Preview (header only), switch to the new version, then the post-promotion analysis.
        QTRY_COMPARE(h.rollout(id).currentStep()->kind, PlanStep::Kind::Analysis);
        QCOMPARE(h.provider->trafficHistory.at(1), (TrafficSplit{QStringLiteral("1.4.2"), QStringLiteral("1.5.0"), 0,
                                                                 QStringLiteral("X-Shipdeck-Preview"), QStringLiteral("true")}));
        QCOMPARE(h.provider->trafficHistory.last(), (TrafficSplit{QStringLiteral("1.4.2"), QStringLiteral("1.5.0"), 100, {}, {}}));
        MetricSampler *sampler = h.controller->executor(id)->sampler();
        sampler->stop();
        sampler->ingest(snapshot(h.clock.nowMs(), 0, 0, 0, 0));
        sampler->ingest(snapshot(h.clock.nowMs() + 2000, 0, 0, 200, 40));
        h.advance(2'000);
        QTRY_COMPARE(h.phase(id), RolloutPhase::RolledBack);
        QVERIFY(h.rollout(id).abortReason.startsWith(QStringLiteral("Blue/green post-promotion analysis phase failed")));
        // Traffic is back on the old version, which kept running; the new one is stopped.
        QTRY_COMPARE(h.provider->trafficHistory.last(), (TrafficSplit{QStringLiteral("1.4.2"), QString(), 0, {}, {}}));
        QTRY_VERIFY(!h.provider->runs(QStringLiteral("1.5.0")));
        QVERIFY(h.provider->runs(QStringLiteral("1.4.2")));
    }

    void blueGreenAutoPromotion()
    {
        RolloutHarness h;
        const QString id = h.deploy(spec("blue-green", "blueGreen: {autoPromotionSeconds: 30, scaleDownDelay: 0s}\n")).value().id;
        QTRY_VERIFY(h.rollout(id).hasPause(PauseReason::BlueGreen));
        h.advance(29'000);
        QCOMPARE(h.phase(id), RolloutPhase::Paused);
        h.advance(1'500);
        QTRY_COMPARE(h.phase(id), RolloutPhase::Healthy);
        QTRY_VERIFY(!h.provider->runs(QStringLiteral("1.4.2")));
    }

    void rollingWithoutSurge()
    {
        RolloutHarness h;
        const QString id = h.deploy(spec("rolling", "rolling: {batchSize: 1, maxUnavailable: 1}\n", 2)).value().id;
        QTRY_COMPARE(h.phase(id), RolloutPhase::Healthy);
        // Old instances stop before new ones start; traffic follows the instance counts. The
        // final clean-up step removes the old version again, which the provider takes as a no-op.
        QCOMPARE(h.provider->calls.mid(h.provider->calls.indexOf(QStringLiteral("ensure 1.4.2 x1"))),
                 (QStringList{QStringLiteral("ensure 1.4.2 x1"), QStringLiteral("ensure 1.5.0 x1"), QStringLiteral("traffic 1.4.2/1.5.0@50"),
                              QStringLiteral("remove 1.4.2"), QStringLiteral("ensure 1.5.0 x2"), QStringLiteral("traffic 1.5.0/@0"),
                              QStringLiteral("traffic 1.5.0/@0"), QStringLiteral("remove 1.4.2")}));
    }

    void recreateAbortBringsTheOldVersionBack()
    {
        RolloutHarness h;
        h.provider->neverReady.insert(QStringLiteral("1.5.0"));
        const QString id = h.deploy(spec("recreate", "validation: {readyTimeout: 10s}\n")).value().id;
        QTRY_VERIFY(!h.provider->runs(QStringLiteral("1.4.2")));
        h.advance(10'500);
        QTRY_COMPARE(h.phase(id), RolloutPhase::RolledBack);
        // The old version is started again and gets the traffic back.
        QTRY_VERIFY(h.provider->runs(QStringLiteral("1.4.2")));
        QTRY_COMPARE(h.provider->trafficHistory.last(), (TrafficSplit{QStringLiteral("1.4.2"), QString(), 0, {}, {}}));
    }

    void judgeComparesCanaryAndBaseline()
    {
        RolloutHarness h;
        h.provider->servesMetrics = true;
        const QByteArray analysis = "analysis:\n  templates:\n    - name: judge\n      metrics:\n        - name: judge\n"
                                    "          interval: 10s\n          count: 1\n          provider:\n            judge:\n"
                                    "              minSamples: 5\n              metrics:\n"
                                    "                - {name: error-rate, measure: error-rate, direction: increase, critical: true}\n";
        const QString id = h.deploy(canaryYaml("    - setWeight: 30\n    - analysis: {templates: [judge]}\n", analysis, "1.5.1")).value().id;
        QTRY_COMPARE(h.step(id), 2);
        MetricSampler *sampler = h.controller->executor(id)->sampler();
        sampler->stop();
        // Ten seconds of traffic: the canary fails 20 % of requests, the baseline 1 %.
        qint64 t = h.clock.nowMs();
        double se = 0, ce = 0;
        sampler->ingest(snapshot(t, 0, 0, 0, 0, "1.5.1"));
        for (int i = 1; i <= 10; ++i) {
            se += (i % 2);
            ce += 6 + (i % 3);
            sampler->ingest(snapshot(t + i * 1000, 70.0 * i, se, 30.0 * i, ce, "1.5.1"));
        }
        h.advance(10'000);
        QTRY_COMPARE(h.phase(id), RolloutPhase::RolledBack);
        const QList<AnalysisVerdict> verdicts = h.controller->analysis().verdicts(id).value();
        const AnalysisVerdict judge = verdicts.first();
        QCOMPARE(judge.kind, QStringLiteral("judge"));
        QCOMPARE(judge.phase, QStringLiteral("Failed"));
        QCOMPARE(judge.numbers.value(QStringLiteral("score")).toDouble(), 0.0);
        const QJsonObject metric = judge.numbers.value(QStringLiteral("metrics")).toArray().at(0).toObject();
        QCOMPARE(metric.value(QStringLiteral("classification")).toString(), QStringLiteral("High"));
        QVERIFY(metric.value(QStringLiteral("critical")).toBool());
        QCOMPARE(metric.value(QStringLiteral("canaryCount")).toInt(), 10);
        QVERIFY(metric.value(QStringLiteral("mannWhitney")).toObject().value(QStringLiteral("pValue")).toDouble() < 0.001);
        QVERIFY(judge.summary.contains(QStringLiteral("Fail")));
    }
};

QTEST_GUILESS_MAIN(tst_RolloutStrategySteps)
#include "tst_rolloutstrategysteps.moc"
