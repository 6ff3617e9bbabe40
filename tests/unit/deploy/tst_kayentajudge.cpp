#include "backend/deploy/analysis/kayentajudge.h"
#include "testsupport.h"

#include <cmath>

using namespace shipdeck;

class tst_KayentaJudge : public QObject
{
    Q_OBJECT

    static JudgeMetric metric(const QString &name, const QString &group = QStringLiteral("default"))
    {
        JudgeMetric m;
        m.name = name;
        m.group = group;
        return m;
    }
    static QList<double> series(double base, double spread, int n, int salt = 0)
    {
        QList<double> out;
        for (int i = 0; i < n; ++i)
            out.append(base + spread * (((i * 7919 + salt * 104729) % 101) / 100.0 - 0.5));
        return out;
    }
    static JudgeMetricResult result(const QString &name, JudgeClass c, const QString &group = QStringLiteral("default"),
                                    bool critical = false)
    {
        JudgeMetricResult r;
        r.name = name;
        r.group = group;
        r.classification = c;
        r.critical = critical;
        return r;
    }

private Q_SLOTS:
    void classification_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<double>("canaryBase");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same -> Pass") << QStringLiteral("either") << 100.0 << QStringLiteral("Pass");
        QTest::newRow("higher, either -> High") << QStringLiteral("either") << 150.0 << QStringLiteral("High");
        QTest::newRow("higher, decrease only -> Pass") << QStringLiteral("decrease") << 150.0 << QStringLiteral("Pass");
        QTest::newRow("lower, either -> Low") << QStringLiteral("either") << 60.0 << QStringLiteral("Low");
        QTest::newRow("lower, increase only -> Pass") << QStringLiteral("increase") << 60.0 << QStringLiteral("Pass");
    }
    void classification()
    {
        QFETCH(QString, direction);
        QFETCH(double, canaryBase);
        QFETCH(QString, expected);
        JudgeMetric m = metric(QStringLiteral("latency"));
        m.direction = direction;
        const auto r = KayentaJudge::classify(m, series(canaryBase, 10, 60, 1), series(100, 10, 60, 2), 0.98, 0.25);
        QCOMPARE(judgeClassName(r.classification), expected);
        QVERIFY(r.test.has_value());
        QCOMPARE(r.canaryCount, 60);
        QCOMPARE(r.upperBound, 0.25 * std::fabs(r.test->estimate));
        QCOMPARE(r.lowerBound, -r.upperBound);
        QVERIFY(!r.reason.isEmpty());
    }

    void toleranceIsAFractionOfTheEstimate()
    {
        // A real but small shift: the interval excludes 0 yet does not clear 25 % of the estimate
        // when the data are noisy -> Pass; with tolerance 0 the same data are High.
        JudgeMetric m = metric(QStringLiteral("p99"));
        const QList<double> canary = series(104, 20, 200, 3);
        const QList<double> baseline = series(100, 20, 200, 4);
        const auto wide = KayentaJudge::classify(m, canary, baseline, 0.98, 1.0);
        const auto none = KayentaJudge::classify(m, canary, baseline, 0.98, 0.0);
        QVERIFY(none.test->ciLow > 0);
        QCOMPARE(none.classification, JudgeClass::High);
        QCOMPARE(wide.classification, JudgeClass::Pass);
    }

    void effectSizeGatesTheClassification()
    {
        JudgeMetric m = metric(QStringLiteral("errors"));
        m.allowedIncrease = 1.5; // a 20 % higher mean is allowed
        const auto r = KayentaJudge::classify(m, series(120, 4, 80, 5), series(100, 4, 80, 6), 0.98, 0.25);
        QVERIFY(r.test->ciLow > r.upperBound);
        QVERIFY(std::fabs(r.effectSize - 1.2) < 0.01);
        QCOMPARE(r.classification, JudgeClass::Pass);
        m.allowedIncrease = 1.1;
        QCOMPARE(KayentaJudge::classify(m, series(120, 4, 80, 5), series(100, 4, 80, 6), 0.98, 0.25).classification,
                 JudgeClass::High);
    }

    void clesEffectSize()
    {
        JudgeMetric m = metric(QStringLiteral("latency"));
        m.effectMeasure = QStringLiteral("cles");
        // Every canary value above every baseline value -> CLES = 1.
        const auto r = KayentaJudge::classify(m, {10, 11, 12, 13}, {1, 2, 3, 4}, 0.95, 0.25);
        QCOMPARE(r.effectSize, 1.0);
        QCOMPARE(r.classification, JudgeClass::High);
    }

    void noDataRules_data()
    {
        QTest::addColumn<QString>("nanStrategy");
        QTest::addColumn<bool>("mustHaveData");
        QTest::addColumn<bool>("critical");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("flaggedCritical");
        QTest::newRow("remove") << QStringLiteral("remove") << false << false << QStringLiteral("Nodata") << false;
        QTest::newRow("mustHaveData") << QStringLiteral("remove") << true << false << QStringLiteral("NodataFailMetric") << false;
        QTest::newRow("critical wins over mustHaveData") << QStringLiteral("remove") << true << true << QStringLiteral("Nodata") << true;
        QTest::newRow("replace passes") << QStringLiteral("replace") << true << false << QStringLiteral("Pass") << false;
    }
    void noDataRules()
    {
        QFETCH(QString, nanStrategy);
        QFETCH(bool, mustHaveData);
        QFETCH(bool, critical);
        QFETCH(QString, expected);
        QFETCH(bool, flaggedCritical);
        JudgeMetric m = metric(QStringLiteral("m"));
        m.nanStrategy = nanStrategy;
        m.mustHaveData = mustHaveData;
        m.critical = critical;
        const auto r = KayentaJudge::classify(m, {}, {1, 2, 3}, 0.98, 0.25);
        QCOMPARE(judgeClassName(r.classification), expected);
        QCOMPARE(r.critical, flaggedCritical);
    }

    void nanAndIdenticalSeries()
    {
        JudgeMetric m = metric(QStringLiteral("m"));
        // NaNs removed; what is left is identical after sorting -> Pass without a test.
        const auto r = KayentaJudge::classify(m, {3, qQNaN(), 1, 2}, {1, 2, 3}, 0.98, 0.25);
        QCOMPARE(r.classification, JudgeClass::Pass);
        QVERIFY(!r.test);
        QCOMPARE(KayentaJudge::classify(m, {5, 5}, {5, 5, 5}, 0.98, 0.25).classification, JudgeClass::Pass);
        // Two different constants still get compared (tiny deterministic noise).
        const auto c = KayentaJudge::classify(m, QList<double>(20, 10.0), QList<double>(20, 5.0), 0.98, 0.25);
        QCOMPARE(c.classification, JudgeClass::High);
    }

    void outliersRemoved()
    {
        JudgeMetric m = metric(QStringLiteral("m"));
        m.outlierStrategy = QStringLiteral("remove");
        QList<double> canary = series(100, 10, 50, 7);
        canary.append(1e6);
        const auto r = KayentaJudge::classify(m, canary, series(100, 10, 50, 8), 0.98, 0.25);
        QCOMPARE(r.canaryCount, 50);
        const auto [low, high] = KayentaJudge::outlierFences({1, 2, 3, 4, 5, 6, 7, 8, 9, 100}, 3.0);
        QVERIFY(high < 100 && low <= 1);
    }

    void criticalMetricFailsTheRun()
    {
        JudgeMetric m = metric(QStringLiteral("errors"));
        m.critical = true;
        const auto r = KayentaJudge::classify(m, series(150, 5, 40, 1), series(100, 5, 40, 2), 0.98, 0.25);
        QCOMPARE(r.classification, JudgeClass::High);
        QVERIFY(r.critical);
        JudgeSpec spec;
        const JudgeResult s = KayentaJudge::score(spec, {r, result(QStringLiteral("a"), JudgeClass::Pass),
                                                          result(QStringLiteral("b"), JudgeClass::Pass)});
        QCOMPARE(s.score, 0.0);
        QCOMPARE(s.classification, QStringLiteral("Fail"));
        QVERIFY(s.reason.contains(QStringLiteral("errors")));
    }

    void scoring_data()
    {
        QTest::addColumn<QList<int>>("classes"); // per metric: JudgeClass as int, group by index parity
        QTest::addColumn<double>("latencyWeight");
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("verdict");
        // groups: even index -> "latency", odd -> "errors"
        QTest::newRow("all pass") << QList<int>{0, 0, 0, 0} << -1.0 << 100.0 << QStringLiteral("Pass");
        QTest::newRow("one high of four, equal weights") << QList<int>{1, 0, 0, 0} << -1.0 << 75.0 << QStringLiteral("Marginal");
        QTest::newRow("weighted 80/20") << QList<int>{1, 0, 0, 0} << 80.0 << 60.0 << QStringLiteral("Fail");
        QTest::newRow("nodata group counts 100") << QList<int>{3, 0, 0, 0} << -1.0 << 100.0 << QStringLiteral("Pass");
        QTest::newRow("half nodata -> 0") << QList<int>{3, 3, 0, 0} << -1.0 << 0.0 << QStringLiteral("Fail");
        QTest::newRow("nodataFail counts as failure") << QList<int>{4, 0, 0, 0} << -1.0 << 75.0 << QStringLiteral("Marginal");
        QTest::newRow("thirds round to 2 decimals") << QList<int>{0, 0, 1, 0, 0, 0} << -1.0 << 83.33 << QStringLiteral("Marginal");
    }
    void scoring()
    {
        QFETCH(QList<int>, classes);
        QFETCH(double, latencyWeight);
        QFETCH(double, score);
        QFETCH(QString, verdict);
        JudgeSpec spec;
        if (latencyWeight >= 0)
            spec.groupWeights.insert(QStringLiteral("latency"), latencyWeight);
        QList<JudgeMetricResult> results;
        for (int i = 0; i < classes.size(); ++i)
            results.append(result(QStringLiteral("m%1").arg(i), JudgeClass(classes.at(i)),
                                  i % 2 == 0 ? QStringLiteral("latency") : QStringLiteral("errors")));
        const JudgeResult r = KayentaJudge::score(spec, results);
        QCOMPARE(r.score, score);
        QCOMPARE(r.classification, verdict);
        QVERIFY(r.summary().contains(verdict));
        QCOMPARE(r.toJson().value(QStringLiteral("metrics")).toArray().size(), classes.size());
    }
};

QTEST_GUILESS_MAIN(tst_KayentaJudge)
#include "tst_kayentajudge.moc"
