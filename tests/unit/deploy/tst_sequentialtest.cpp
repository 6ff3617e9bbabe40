#include "backend/deploy/analysis/sequentialtest.h"
#include "testsupport.h"

#include <QRandomGenerator>

#include <cmath>

using namespace shipdeck;

class tst_SequentialTest : public QObject
{
    Q_OBJECT

    static int binomial(QRandomGenerator &rng, int n, double p)
    {
        int k = 0;
        for (int i = 0; i < n; ++i)
            k += rng.generateDouble() < p ? 1 : 0;
        return k;
    }
    // Runs one simulated canary: `seconds` looks of 1 s; returns the look that rejected, or 0.
    static int run(QRandomGenerator &rng, double canaryRate, double baselineRate, int seconds, double alpha = 0.01)
    {
        SequentialErrorTest test(alpha);
        for (int t = 1; t <= seconds; ++t) {
            ErrorCounts look;
            look.canaryRequests = 10;
            look.baselineRequests = 90;
            look.canaryErrors = binomial(rng, 10, canaryRate);
            look.baselineErrors = binomial(rng, 90, baselineRate);
            test.add(look);
            if (test.rejected())
                return t;
        }
        return 0;
    }

private Q_SLOTS:
    void hand_computed_likelihood_ratio()
    {
        // One look: canary 1 of 2 errors, share s = 0.5. For psi = 3: pi = 0.75;
        // LR = (0.75/0.5)^1 * (0.25/0.5)^1 = 0.75. Single-effect mixture -> log 0.75.
        SequentialErrorTest test(0.05, {3.0});
        test.add({100, 1, 100, 1});
        QVERIFY(std::fabs(test.logLikelihoodRatio() - std::log(0.75)) < 1e-12);
        QCOMPARE(test.looks(), 1);
        // Equal-weight mixture of psi = 2 and 4 for x = 3 of K = 3 at s = 0.25:
        // pi(2) = 0.4, pi(4) = 4/7; LR = (pi/0.25)^3 -> mean of 4.096 and 11.7055...
        SequentialErrorTest mix(0.05, {2.0, 4.0});
        mix.add({25, 3, 75, 0});
        const double expected = std::log((std::pow(0.4 / 0.25, 3) + std::pow((4.0 / 7.0) / 0.25, 3)) / 2);
        QVERIFY(std::fabs(mix.logLikelihoodRatio() - expected) < 1e-12);
        QCOMPARE(mix.bound(), std::log(20.0));
    }

    void looksWithoutEvidenceChangeNothing()
    {
        SequentialErrorTest test;
        test.add({0, 0, 100, 3});   // no canary traffic
        test.add({10, 0, 0, 0});    // no baseline
        test.add({10, 0, 90, 0});   // no errors
        QCOMPARE(test.logLikelihoodRatio(), 0.0);
        QCOMPARE(test.alwaysValidPValue(), 1.0);
        QVERIFY(!test.rejected());
    }

    void strongRegressionStopsEarly()
    {
        SequentialErrorTest test(0.01);
        int looks = 0;
        while (!test.rejected() && looks < 100) {
            test.add({10, 2, 90, 1}); // 20 % vs 1.1 %
            ++looks;
        }
        QVERIFY(test.rejected());
        QVERIFY2(looks <= 6, qPrintable(QString::number(looks)));
        QVERIFY(test.alwaysValidPValue() <= 0.01);
        QVERIFY(test.logLikelihoodRatio() >= test.bound());
        // Stopped: later looks do not move the numbers.
        const double frozen = test.logLikelihoodRatio();
        const double requests = test.totals().canaryRequests;
        test.add({10, 0, 90, 5});
        QCOMPARE(test.logLikelihoodRatio(), frozen);
        QCOMPARE(test.totals().canaryRequests, requests);
        QVERIFY(test.summary().contains(QStringLiteral("regression")));
        QCOMPARE(test.toJson().value(QStringLiteral("regression")).toBool(), true);
    }

    void betterCanaryNeverRejects()
    {
        SequentialErrorTest test(0.01);
        for (int i = 0; i < 500; ++i)
            test.add({10, 0, 90, 2});
        QVERIFY(!test.rejected());
        QVERIFY(test.logLikelihoodRatio() < 0);
    }

    // The guarantee, checked by simulation: identical versions almost never reject, the
    // 5 %-vs-1 % regression almost always does (benchmarks in docs/bench/canary.md).
    void falseAlarmsAndPower()
    {
        QRandomGenerator rng(20240501);
        int falseAlarms = 0;
        for (int i = 0; i < 200; ++i)
            falseAlarms += run(rng, 0.01, 0.01, 120) ? 1 : 0;
        QVERIFY2(falseAlarms <= 4, qPrintable(QStringLiteral("%1 false alarms in 200").arg(falseAlarms)));
        int detected = 0;
        for (int i = 0; i < 200; ++i)
            detected += run(rng, 0.05, 0.01, 120) ? 1 : 0;
        QVERIFY2(detected >= 190, qPrintable(QStringLiteral("detected %1 of 200").arg(detected)));
    }

    void invalidSettingsFallBack()
    {
        SequentialErrorTest test(5.0, {0.5, -1, qQNaN()});
        QCOMPARE(test.alpha(), 0.5);
        QCOMPARE(test.effects(), (QList<double>{2.0, 3.0, 5.0, 8.0}));
    }
};

QTEST_GUILESS_MAIN(tst_SequentialTest)
#include "tst_sequentialtest.moc"
