#include "guitestsupport.h"
#include "ui/widgets/timeserieschart.h"

#include <QChartView>

using namespace shipdeck;

class tst_TimeSeriesChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void millionPointsDrawOnlyWhatPixelsShow()
    {
        TimeSeriesChart chart;
        chart.resize(900, 300);
        chart.setTitle(QStringLiteral("error rate"));
        chart.setSeries(0, QStringLiteral("canary"), Qt::red);
        chart.setSeries(1, QStringLiteral("baseline"), Qt::blue, Qt::DashLine);
        QList<QPointF> canary, baseline;
        const double start = 1'700'000'000'000.0;
        for (int i = 0; i < 1'000'000; ++i) {
            canary.append(QPointF(start + i * 10, (i % 1000) / 1000.0));
            baseline.append(QPointF(start + i * 10, 0.01));
        }
        chart.setPoints(0, canary);
        chart.setPoints(1, baseline);
        chart.setThreshold(0, 0.05, QStringLiteral("failure limit"), Qt::darkRed);
        chart.setShadedWindow(start + 2'000'000, start + 4'000'000, QStringLiteral("analysis"), Qt::gray);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.refreshNow();
        QCOMPARE(chart.totalPointCount(), 2'000'000);
        QVERIFY2(chart.drawnPointCount() <= 2 * (2 * 900 + 2), qPrintable(QString::number(chart.drawnPointCount())));
        QVERIFY(chart.drawnPointCount() > 100);
        test::saveScreenshot(&chart, QStringLiteral("timeserieschart-1M"));

        // Following the last minute draws only that range.
        chart.setFollowWindow(60'000);
        chart.refreshNow();
        QVERIFY(chart.drawnPointCount() <= 2 * (2 * 900 + 2));
        chart.appendPoints(0, {QPointF(start + 10'000'000, 0.5)});
        chart.refreshNow();
        QVERIFY(chart.drawnPointCount() > 0);
    }
};

QTEST_MAIN(tst_TimeSeriesChart)
#include "tst_timeserieschart.moc"
