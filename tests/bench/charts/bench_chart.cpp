// Chart of 1,000,000 points: time per frame while panning (downsample the visible range to
// min/max per pixel, replace the series' points, render the chart at 1600x500), against the
// reference of handing Qt Charts all points at once (one replace() and one render).
#include "ui/widgets/timeserieschart.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace shipdeck;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int n = 1'000'000;
    QList<QPointF> points;
    points.reserve(n);
    const double start = 1'700'000'000'000.0;
    for (int i = 0; i < n; ++i)
        points.append(QPointF(start + i * 100.0, std::sin(i / 20000.0) + (i % 97) / 970.0));

    TimeSeriesChart chart;
    chart.resize(1600, 500);
    chart.setSeries(0, QStringLiteral("p99 latency"), Qt::darkBlue);
    chart.setPoints(0, points);
    chart.show();
    QImage frame(chart.size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> ms;
    const double span = n * 100.0;
    for (int f = 0; f < 60; ++f) {
        // Pan across the data, showing 60 % of it, and zoom in/out.
        const double width = span * (0.3 + 0.7 * ((f % 10) / 10.0));
        const double from = start + (span - width) * (f / 60.0);
        QElapsedTimer t;
        t.start();
        chart.setXRange(from, from + width);
        chart.refreshNow();
        QPainter painter(&frame);
        chart.render(&painter);
        painter.end();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms.at(ms.size() / 2);
    const double p95 = ms.at(int(ms.size() * 0.95));

    // Reference: all points straight into a QLineSeries, one frame.
    QChartView reference;
    reference.resize(1600, 500);
    auto *series = new QLineSeries;
    reference.chart()->addSeries(series);
    reference.chart()->createDefaultAxes();
    QElapsedTimer t;
    t.start();
    series->replace(points);
    reference.chart()->axes().first()->setRange(points.first().x(), points.last().x());
    QPainter painter(&frame);
    reference.render(&painter);
    painter.end();
    const double raw = t.nsecsElapsed() / 1e6;

    std::printf("chart of %d points at 1600x500 (%d points drawn per frame)\n", n, chart.drawnPointCount());
    std::printf("downsampled (min/max per pixel): median %.2f ms, p95 %.2f ms per frame (budget 16 ms)\n", median, p95);
    std::printf("reference, all points into QLineSeries: %.1f ms for one frame\n", raw);
    std::printf("ratio reference / downsampled: %.0fx\n", raw / median);
    return 0;
}
