#pragma once

#include <QWidget>

class QAbstractItemModel;
class QChart;
class QChartView;

namespace shipdeck {

class ThemeManager;

// Bars of the durations of recent workflow runs (oldest left), coloured by outcome, read from
// a WorkflowRunModel. Redrawn when the model changes.
class DurationChart : public QWidget
{
    Q_OBJECT
public:
    DurationChart(QAbstractItemModel *runs, ThemeManager *theme, QWidget *parent = nullptr);

    int barCount() const { return m_bars; }

private:
    void rebuild();

    QAbstractItemModel *m_runs; // Not owned.
    ThemeManager *m_theme;      // Not owned.
    QChartView *m_view;
    int m_bars = 0;
};

} // namespace shipdeck
