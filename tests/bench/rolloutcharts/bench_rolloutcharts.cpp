// A rollout chart at scale: canary and baseline with 1,000,000 points each, as the rollout view
// draws them (TimeSeriesChart: min/max per pixel column, one replace() per series).
//  1. full redraw of the whole range (what a resize, a theme change or a reopened view costs);
//  2. a live append of one new sample per series followed by a redraw (what every sampling
//     interval costs while a rollout runs).
// Reference, measured in the same run: Qt Charts fed the way a naive view would, one
// QLineSeries::append() per new point on series that hold every point, then one render.
#include "ui/widgets/timeserieschart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace shipdeck;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

double p95(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(int(v.size() * 0.95));
}

QList<QPointF> series(int n, double start, double base, double noise)
{
    QList<QPointF> points;
    points.reserve(n);
    for (int i = 0; i < n; ++i)
        points.append(QPointF(start + i * 1000.0, base + noise * std::sin(i / 3000.0) + (i % 89) * noise / 89.0));
    return points;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int n = 1'000'000;
    const double start = 1'700'000'000'000.0;
    const QList<QPointF> canary = series(n, start, 1.2, 0.8);
    const QList<QPointF> baseline = series(n, start, 1.0, 0.5);

    TimeSeriesChart chart;
    chart.resize(900, 320); // one of the four charts of the rollout view at 1920x1080
    chart.setSeries(0, QStringLiteral("canary"), QColor(0xd2, 0x99, 0x22));
    chart.setSeries(1, QStringLiteral("baseline"), QColor(0x09, 0x69, 0xda));
    chart.setThreshold(10, 2.0, QStringLiteral("error budget"), Qt::red);
    chart.setShadedWindow(start + n * 900.0, start + n * 1000.0, QStringLiteral("analysis"), Qt::blue);
    chart.show();
    QImage frame(chart.size(), QImage::Format_ARGB32_Premultiplied);
    auto render = [&](QWidget *w) {
        QPainter painter(&frame);
        w->render(&painter);
    };

    QList<double> full;
    for (int f = 0; f < 30; ++f) {
        QElapsedTimer t;
        t.start();
        chart.setPoints(0, canary);
        chart.setPoints(1, baseline);
        chart.refreshNow();
        render(&chart);
        full.append(t.nsecsElapsed() / 1e6);
    }

    QList<double> live;
    double x = start + n * 1000.0;
    for (int f = 0; f < 120; ++f, x += 1000.0) {
        QElapsedTimer t;
        t.start();
        chart.appendPoints(0, {QPointF(x, 1.3)});
        chart.appendPoints(1, {QPointF(x, 1.0)});
        chart.refreshNow();
        render(&chart);
        live.append(t.nsecsElapsed() / 1e6);
    }
    const int drawn = chart.drawnPointCount();

    // Reference: every point in Qt Charts, one append() per new point.
    QChartView reference;
    reference.resize(900, 320);
    auto *refCanary = new QLineSeries;
    auto *refBaseline = new QLineSeries;
    reference.chart()->addSeries(refCanary);
    reference.chart()->addSeries(refBaseline);
    reference.chart()->createDefaultAxes();
    refCanary->replace(canary);
    refBaseline->replace(baseline);
    reference.chart()->axes(Qt::Horizontal).first()->setRange(start, start + n * 1000.0 + 10'000.0);
    reference.chart()->axes(Qt::Vertical).first()->setRange(0, 3);
    reference.show();
    render(&reference);
    QList<double> naive;
    x = start + n * 1000.0;
    for (int f = 0; f < 5; ++f, x += 1000.0) {
        QElapsedTimer t;
        t.start();
        refCanary->append(x, 1.3);
        refBaseline->append(x, 1.0);
        render(&reference);
        naive.append(t.nsecsElapsed() / 1e6);
    }

    std::printf("rollout chart, canary + baseline with %d points each, 900x320 (%d points drawn)\n", n, drawn);
    std::printf("full redraw (min/max per pixel, replace()): median %.2f ms, p95 %.2f ms (budget 16 ms)\n", median(full), p95(full));
    std::printf("live append of one sample per series + redraw: median %.2f ms, p95 %.2f ms\n", median(live), p95(live));
    std::printf("reference, Qt Charts with every point, append() + render: median %.1f ms\n", median(naive));
    std::printf("ratio reference / live append: %.0fx\n", median(naive) / median(live));
    return 0;
}
