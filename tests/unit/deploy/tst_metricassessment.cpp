#include "backend/deploy/analysis/metricassessment.h"
#include "testsupport.h"

using namespace shipdeck;

// Argo Rollouts' analysis rules (reference/progressive-delivery.md §1.8), edge case by edge case.
class tst_MetricAssessment : public QObject
{
    Q_OBJECT

    static MetricSpec metric(int count, qint64 interval = 1000)
    {
        MetricSpec m;
        m.name = QStringLiteral("m");
        m.count = count;
        m.intervalMs = interval;
        return m;
    }
    static Measurement measured(AnalysisPhase phase, qint64 at = 0)
    {
        Measurement m;
        m.phase = phase;
        m.startedAtMs = at;
        m.finishedAtMs = at;
        return m;
    }
    static MetricResult apply(const QList<AnalysisPhase> &phases)
    {
        MetricResult r;
        r.name = QStringLiteral("m");
        qint64 t = 0;
        for (AnalysisPhase p : phases)
            MetricAssessment::record(r, measured(p, t += 1000));
        return r;
    }
    static const AnalysisPhase S = AnalysisPhase::Successful;
    static const AnalysisPhase F = AnalysisPhase::Failed;
    static const AnalysisPhase I = AnalysisPhase::Inconclusive;
    static const AnalysisPhase E = AnalysisPhase::Error;

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("success");
        QTest::addColumn<QString>("failure");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no conditions") << QString() << QString() << 1.0 << QStringLiteral("Successful");
        QTest::newRow("success only, true") << QStringLiteral("result < 0.05") << QString() << 0.01 << QStringLiteral("Successful");
        QTest::newRow("success only, false") << QStringLiteral("result < 0.05") << QString() << 0.10 << QStringLiteral("Failed");
        QTest::newRow("failure only, true") << QString() << QStringLiteral("result > 0.05") << 0.10 << QStringLiteral("Failed");
        QTest::newRow("failure only, false") << QString() << QStringLiteral("result > 0.05") << 0.01 << QStringLiteral("Successful");
        QTest::newRow("both, failure wins") << QStringLiteral("result < 0.5") << QStringLiteral("result > 0.05") << 0.10 << QStringLiteral("Failed");
        QTest::newRow("both, success") << QStringLiteral("result < 0.05") << QStringLiteral("result > 0.2") << 0.01 << QStringLiteral("Successful");
        QTest::newRow("both, neither -> Inconclusive") << QStringLiteral("result < 0.05") << QStringLiteral("result > 0.2") << 0.10 << QStringLiteral("Inconclusive");
        QTest::newRow("evaluation error -> Error") << QStringLiteral("result[3] < 1") << QString() << 0.1 << QStringLiteral("Error");
    }
    void classify()
    {
        QFETCH(QString, success);
        QFETCH(QString, failure);
        QFETCH(double, value);
        QFETCH(QString, expected);
        MetricSpec m = metric(1);
        m.successCondition = success;
        m.failureCondition = failure;
        QString message;
        const AnalysisPhase phase = MetricAssessment::classify(m, MeasurementValue::scalar(value), &message);
        QCOMPARE(analysisPhaseName(phase), expected);
        QVERIFY(!message.isEmpty());
    }

    void countersAndErrors()
    {
        const MetricResult r = apply({S, E, E, F, I, S});
        QCOMPARE(r.count, 4); // errors do not count
        QCOMPARE(r.successful, 2);
        QCOMPARE(r.error, 2);
        QCOMPARE(r.consecutiveError, 0);
        QCOMPARE(r.consecutiveSuccess, 1);
        QCOMPARE(apply({S, E, E}).consecutiveError, 2);
    }

    void assessment_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("failureLimit");
        QTest::addColumn<int>("inconclusiveLimit");
        QTest::addColumn<int>("errorLimit");
        QTest::addColumn<int>("successLimit");
        QTest::addColumn<QList<AnalysisPhase>>("measurements");
        QTest::addColumn<bool>("terminating");
        QTest::addColumn<QString>("expected");
        using L = QList<AnalysisPhase>;
        QTest::newRow("nothing measured") << 3 << 0 << 0 << 4 << 0 << L{} << false << QStringLiteral("Pending");
        QTest::newRow("nothing measured, terminating") << 3 << 0 << 0 << 4 << 0 << L{} << true << QStringLiteral("Successful");
        QTest::newRow("in flight") << 3 << 0 << 0 << 4 << 0 << L{S, AnalysisPhase::Running} << false << QStringLiteral("Running");
        QTest::newRow("failed 1 > limit 0") << 3 << 0 << 0 << 4 << 0 << L{F} << false << QStringLiteral("Failed");
        QTest::newRow("failed 1 = limit 1 keeps going") << 3 << 1 << 0 << 4 << 0 << L{F} << false << QStringLiteral("Running");
        QTest::newRow("failed 2 > limit 1") << 3 << 1 << 0 << 4 << 0 << L{F, F} << false << QStringLiteral("Failed");
        QTest::newRow("failureLimit -1 never fails") << 5 << -1 << 0 << 4 << 3 << L{F, F, F} << false << QStringLiteral("Running");
        QTest::newRow("inconclusive overrides failed") << 5 << 0 << 0 << 4 << 0 << L{F, I} << false << QStringLiteral("Inconclusive");
        QTest::newRow("error overrides inconclusive") << 9 << 0 << 0 << 1 << 0 << L{I, E, E} << false << QStringLiteral("Error");
        QTest::newRow("errors 4 = default limit 4") << 9 << 0 << 0 << 4 << 0 << L{E, E, E, E} << false << QStringLiteral("Running");
        QTest::newRow("errors 5 > 4") << 9 << 0 << 0 << 4 << 0 << L{E, E, E, E, E} << false << QStringLiteral("Error");
        QTest::newRow("errors interrupted") << 9 << 0 << 0 << 2 << 0 << L{E, E, S, E, E} << false << QStringLiteral("Running");
        QTest::newRow("count reached") << 3 << 0 << 0 << 4 << 0 << L{S, S, S} << false << QStringLiteral("Successful");
        QTest::newRow("count reached within failure limit") << 3 << 1 << 0 << 4 << 0 << L{S, F, S} << false << QStringLiteral("Successful");
        QTest::newRow("consecutive successes reached") << 10 << -1 << 0 << 4 << 2 << L{F, S, S} << false << QStringLiteral("Successful");
        QTest::newRow("count reached, only success limit -> Failed") << 3 << -1 << 0 << 4 << 3 << L{S, F, S} << false << QStringLiteral("Failed");
        QTest::newRow("count reached, both limits -> Inconclusive") << 3 << 2 << 0 << 4 << 3 << L{S, F, S} << false << QStringLiteral("Inconclusive");
        QTest::newRow("indefinite keeps running") << 0 << 0 << 0 << 4 << 0 << L{S, S, S, S} << false << QStringLiteral("Running");
        QTest::newRow("indefinite, terminating") << 0 << 0 << 0 << 4 << 0 << L{S, S} << true << QStringLiteral("Successful");
    }
    void assessment()
    {
        QFETCH(int, count);
        QFETCH(int, failureLimit);
        QFETCH(int, inconclusiveLimit);
        QFETCH(int, errorLimit);
        QFETCH(int, successLimit);
        QFETCH(QList<AnalysisPhase>, measurements);
        QFETCH(bool, terminating);
        QFETCH(QString, expected);
        MetricSpec m = metric(count);
        m.failureLimit = failureLimit;
        m.inconclusiveLimit = inconclusiveLimit;
        m.consecutiveErrorLimit = errorLimit;
        m.consecutiveSuccessLimit = successLimit;
        MetricResult r;
        r.name = m.name;
        for (AnalysisPhase p : measurements) {
            if (p == AnalysisPhase::Running)
                r.measurements.append(measured(p));
            else
                MetricAssessment::record(r, measured(p));
        }
        QString message;
        QCOMPARE(analysisPhaseName(MetricAssessment::assessMetric(m, r, terminating, &message)), expected);
    }

    void effectiveCount()
    {
        QCOMPARE(metric(0, 0).effectiveCount(), 1); // neither -> one measurement
        QCOMPARE(metric(0, 5000).effectiveCount(), 0); // interval only -> indefinite
        QCOMPARE(metric(4, 5000).effectiveCount(), 4);
    }

    void worstOf()
    {
        using MA = AnalysisPhase;
        const QList<MA> order{MA::Successful, MA::Running, MA::Pending, MA::Inconclusive, MA::Error, MA::Failed};
        for (int i = 0; i < order.size(); ++i) {
            for (int j = 0; j < order.size(); ++j)
                QCOMPARE(MetricAssessment::isWorse(order[i], order[j]), i > j);
        }
    }

    void runAggregation()
    {
        QList<MetricSpec> metrics{metric(2), metric(2), metric(0)};
        metrics[1].name = QStringLiteral("n");
        metrics[2].name = QStringLiteral("bg");
        QList<MetricResult> results{apply({S, S}), apply({S}), apply({S})};
        results[1].name = QStringLiteral("n");
        results[2].name = QStringLiteral("bg");
        // One metric still measuring -> the run is Running.
        auto run = MetricAssessment::assessRun(metrics, results, false);
        QCOMPARE(run.phase, AnalysisPhase::Running);
        QCOMPARE(results[0].phase, AnalysisPhase::Successful);
        // The second fails -> the run terminates; the indefinite one stops as Successful; worst wins.
        MetricAssessment::record(results[1], measured(AnalysisPhase::Failed, 5000));
        run = MetricAssessment::assessRun(metrics, results, false);
        QCOMPARE(run.phase, AnalysisPhase::Failed);
        QVERIFY(run.terminating);
        QCOMPARE(results[2].phase, AnalysisPhase::Successful);
        QVERIFY(run.message.contains(QStringLiteral("\"n\"")));
    }

    void dryRunMetricsAreIgnored()
    {
        QList<MetricSpec> metrics{metric(1), metric(1)};
        QList<MetricResult> results{apply({F}), apply({S})};
        results[0].dryRun = true;
        const auto run = MetricAssessment::assessRun(metrics, results, false);
        QCOMPARE(run.phase, AnalysisPhase::Successful);
        QCOMPARE(results[0].phase, AnalysisPhase::Failed); // still shown
    }

    void terminateWithoutMeasurements()
    {
        QList<MetricSpec> metrics{metric(3)};
        QList<MetricResult> results{MetricResult{}};
        QCOMPARE(MetricAssessment::assessRun(metrics, results, true).phase, AnalysisPhase::Successful);
    }

    void schedule()
    {
        MetricSpec m = metric(3, 5000);
        m.initialDelayMs = 2000;
        MetricResult r;
        QCOMPARE(MetricAssessment::nextMeasurementAt(m, r, 10'000, 1000), 12'000);
        MetricAssessment::record(r, measured(S, 12'000));
        QCOMPARE(MetricAssessment::nextMeasurementAt(m, r, 10'000, 1000), 17'000);
        MetricAssessment::record(r, measured(E, 17'000));
        QCOMPARE(MetricAssessment::nextMeasurementAt(m, r, 10'000, 1000), 18'000); // errors retry sooner
        MetricAssessment::record(r, measured(S, 18'000));
        MetricAssessment::record(r, measured(S, 23'000));
        QCOMPARE(MetricAssessment::nextMeasurementAt(m, r, 10'000, 1000), -1); // count reached
    }

    void jsonRoundTrip()
    {
        MetricResult r = apply({S, E, F});
        r.measurements[0].numbers = {{QStringLiteral("samples"), 12}};
        r.measurements[0].value = MeasurementValue::vector({0.5, qQNaN()});
        const MetricResult back = MetricResult::fromJson(r.toJson());
        QCOMPARE(back.toJson(), r.toJson());
        QCOMPARE(back.measurements.size(), 3);
        QVERIFY(qIsNaN(back.measurements[0].value.values[1]));
    }
};

QTEST_GUILESS_MAIN(tst_MetricAssessment)
#include "tst_metricassessment.moc"
