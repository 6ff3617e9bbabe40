#include "backend/deploy/analysis/mannwhitney.h"
#include "testsupport.h"

#include <cmath>

using namespace shipdeck;

// Reference values: the Hollander & Wolfe permeability example from R's ?wilcox.test
// (W = 35; R's large-sample approximation without continuity correction gives the one-sided
// p = 0.1103), hand-checked statistics, and intervals computed with R's asymptotic algorithm
// (wilcox.test(..., conf.int = TRUE, exact = FALSE, correct = TRUE)) by an independent
// bisection implementation, to 1e-10.
class tst_MannWhitney : public QObject
{
    Q_OBJECT

    const QList<double> hwX{0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
    const QList<double> hwY{1.15, 0.88, 0.90, 0.74, 1.21};

private Q_SLOTS:
    void normalDistribution_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("z");
        QTest::newRow("median") << 0.5 << 0.0;
        QTest::newRow("97.5%") << 0.975 << 1.959963984540054;
        QTest::newRow("99%") << 0.99 << 2.326347874040841;
        QTest::newRow("1%") << 0.01 << -2.326347874040841;
        QTest::newRow("tail 1e-10") << 1e-10 << -6.361340902404056;
    }
    void normalDistribution()
    {
        QFETCH(double, p);
        QFETCH(double, z);
        QVERIFY(std::fabs(MannWhitney::normalQuantile(p) - z) < 1e-9);
        QVERIFY(std::fabs(MannWhitney::normalCdf(z) - p) < 1e-12 * qMax(1.0, 1 / p));
    }

    void hollanderWolfeStatistic()
    {
        auto r = MannWhitney::test(hwX, hwY, 0.95);
        QVERIFY_RESULT(r);
        QCOMPARE(r->w, 35.0);
        QCOMPARE(r->nExperiment, 10);
        QCOMPARE(r->nControl, 5);
        // mean 25, variance 10*5*16/12: z without correction = 10/8.16497 -> one-sided 0.1103 (R).
        const double uncorrected = (35.0 - 25.0) / std::sqrt(10.0 * 5 * 16 / 12);
        QVERIFY(std::fabs((1 - MannWhitney::normalCdf(uncorrected)) - 0.1103) < 5e-5);
        QVERIFY(std::fabs(r->z - 1.1635076278220096) < 1e-12);
        QVERIFY(std::fabs(r->pValue - 0.24462360512698333) < 1e-12);
    }

    void intervals_data()
    {
        QTest::addColumn<QList<double>>("x");
        QTest::addColumn<QList<double>>("y");
        QTest::addColumn<double>("level");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // With an integer n*m/2 the standardised statistic is exactly 0 on a whole interval of
        // shifts; R's uniroot (and this implementation) may return any point of it.
        QTest::addColumn<double>("estimateLow");
        QTest::addColumn<double>("estimateHigh");
        QTest::addColumn<double>("pValue");
        QTest::newRow("hollander-wolfe 95%") << hwX << hwY << 0.95 << -0.15 << 0.76 << 0.30 << 0.31 << 0.24462360512698333;
        const QList<double> tx{12, 15, 15, 18, 20, 20, 20, 25, 30, 31};
        const QList<double> ty{10, 11, 12, 12, 15, 16, 18, 18, 19, 22, 24};
        QTest::newRow("ties 95%") << tx << ty << 0.95 << -1.0 << 9.0 << 4.0 << 4.0 << 0.0962155517688236;
        QTest::newRow("ties 98%") << tx << ty << 0.98 << -3.0 << 11.0 << 4.0 << 4.0 << 0.0962155517688236;
        const QList<double> rx{103.559, 103.271, 103.887, 112.02, 103.724, 90.026, 108.323, 102.327, 102.83, 106.159,
                               107.323, 116.636, 111.566, 106.105, 97.617, 94.853, 107.463, 118.111, 105.417, 103.937,
                               110.318, 90.465, 101.877, 109.904, 113.734, 102.594, 108.766, 107.482, 112.823, 93.868,
                               110.683, 89.855, 78.801, 98.931, 95.842, 113.76, 111.643, 92.809, 113.474, 94.978};
        const QList<double> ry{99.138, 97.061, 101.144, 108.186, 106.384, 103.499, 106.499, 104.785, 93.73, 92.826,
                               95.3, 104.993, 97.499, 123.358, 91.807, 89.011, 107.685, 114.218, 105.057, 108.358,
                               114.263, 99.06, 85.77, 94.679, 109.529, 85.563, 100.335, 102.532, 96.844, 107.236,
                               105.808, 123.214, 106.2, 93.906, 94.382, 91.684, 109.523, 94.332, 99.297, 107.493,
                               92.765, 97.063, 81.587, 89.175, 94.323, 104.158, 111.935, 99.815, 102.614, 101.68};
        QTest::newRow("normal 40 vs 50, 98%") << rx << ry << 0.98 << -0.863 << 8.224 << 3.744 << 3.770 << 0.055843474711902985;
    }
    void intervals()
    {
        QFETCH(QList<double>, x);
        QFETCH(QList<double>, y);
        QFETCH(double, level);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, estimateLow);
        QFETCH(double, estimateHigh);
        QFETCH(double, pValue);
        auto r = MannWhitney::test(x, y, level);
        QVERIFY_RESULT(r);
        // Brent stops within 1e-4 of the jump of a step function.
        QVERIFY2(std::fabs(r->ciLow - low) < 2e-4, qPrintable(QString::number(r->ciLow, 'g', 10)));
        QVERIFY2(std::fabs(r->ciHigh - high) < 2e-4, qPrintable(QString::number(r->ciHigh, 'g', 10)));
        QVERIFY2(r->estimate > estimateLow - 2e-4 && r->estimate < estimateHigh + 2e-4,
                 qPrintable(QString::number(r->estimate, 'g', 10)));
        QVERIFY(std::fabs(r->pValue - pValue) < 1e-12);
        QVERIFY(r->ciLow <= r->estimate && r->estimate <= r->ciHigh);
        // The asymptotic estimate is close to the exact Hodges-Lehmann median of differences.
        const double hl = MannWhitney::medianPairwiseDifference(x, y);
        QVERIFY(std::fabs(r->estimate - hl) <= (r->ciHigh - r->ciLow) / 4);
    }

    void hodgesLehmannIsTheMedianOfDifferences()
    {
        // x - y over {1,2,3} x {0,10}: 1,2,3,-9,-8,-7 -> median (-7 + 1) / 2 = -3.
        QCOMPARE(MannWhitney::medianPairwiseDifference({1, 2, 3}, {0, 10}), -3.0);
        QCOMPARE(MannWhitney::medianPairwiseDifference({5}, {2}), 3.0);
        QCOMPARE(MannWhitney::medianPairwiseDifference(hwX, hwY), 0.305);
    }

    void shiftedSamplesAreDetected()
    {
        QList<double> base;
        QList<double> shifted;
        for (int i = 0; i < 60; ++i) {
            base.append(100 + (i * 37 % 23));
            shifted.append(130 + (i * 17 % 23));
        }
        auto r = MannWhitney::test(shifted, base, 0.98);
        QVERIFY_RESULT(r);
        QVERIFY(r->pValue < 1e-10);
        QVERIFY(r->ciLow > 20 && r->ciHigh < 40);
        auto reverse = MannWhitney::test(base, shifted, 0.98);
        QVERIFY(reverse->ciHigh < -20);
    }

    void refusesWhatItCannotCompute()
    {
        QCOMPARE(MannWhitney::test({}, {1, 2}).error().code(), ErrorCode::InvalidArgument);
        QCOMPARE(MannWhitney::test({1, 1}, {1, 1}).error().code(), ErrorCode::InvalidArgument); // all tied
        QCOMPARE(MannWhitney::test({1, qQNaN()}, {1, 2}).error().code(), ErrorCode::InvalidArgument);
        QCOMPARE(MannWhitney::test({1, 2}, {3, 4}, 1.5).error().code(), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(tst_MannWhitney)
#include "tst_mannwhitney.moc"
