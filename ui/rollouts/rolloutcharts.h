#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;

namespace shipdeck {

class RolloutDetailViewModel;
class ThemeManager;
class TimeSeriesChart;

// Canary vs baseline, live: error rate, p50 and p99 latency and requests/s, with the newest
// analysis window shaded and the analysis thresholds drawn. New samples are appended to the
// full series; each chart pushes only min/max per pixel into Qt Charts with replace().
class RolloutCharts : public QWidget
{
    Q_OBJECT
public:
    RolloutCharts(RolloutDetailViewModel *vm, ThemeManager *theme, QWidget *parent = nullptr);

    QList<TimeSeriesChart *> charts() const { return m_charts; }

private:
    void reset();
    void append(const QJsonArray &samples);
    void decorate();
    void applyTheme();

    RolloutDetailViewModel *m_vm; // Not owned.
    ThemeManager *m_theme;        // Not owned.
    QList<TimeSeriesChart *> m_charts;
    QLabel *m_legend = nullptr;
};

} // namespace shipdeck
