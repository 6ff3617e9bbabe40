#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
class QDateTimeAxis;

namespace shipdeck {

// A live line chart for metrics (error rate, latency, requests/s …) that stays fast with
// millions of points: it keeps the full series and draws only min/max per pixel column of the
// visible range, replacing each QLineSeries' points in one call. Threshold lines and a shaded
// window (e.g. the analysis window) can be drawn on top. X values are milliseconds since the epoch.
class TimeSeriesChart : public QWidget
{
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    void setTitle(const QString &title);
    void setValueFormat(const QString &printfFormat, const QString &unit = {});
    // Adds (or restyles) series `id`.
    void setSeries(int id, const QString &name, const QColor &color, Qt::PenStyle style = Qt::SolidLine);
    void setPoints(int id, QList<QPointF> points);
    void appendPoints(int id, const QList<QPointF> &points);
    void clearPoints();
    // Shows the last `ms` milliseconds and follows new points; 0 shows everything.
    void setFollowWindow(qint64 ms);
    void setXRange(double fromMs, double toMs);
    void setThreshold(int id, double y, const QString &label, const QColor &color);
    void removeThreshold(int id);
    void setShadedWindow(double fromMs, double toMs, const QString &label, const QColor &color);
    void clearShadedWindow();
    void setMinimumYRange(double maxY) { m_minYMax = maxY; }

    // Points drawn in the last refresh (after downsampling), for tests and benchmarks.
    int drawnPointCount() const { return m_drawnPoints; }
    qsizetype totalPointCount() const;
    // Downsamples and pushes the visible range into the chart now (normally coalesced).
    void refreshNow();
    QChartView *chartView() const { return m_view; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct SeriesData;
    struct Threshold;
    void scheduleRefresh();
    void applyColors();
    QPair<double, double> xBounds() const;

    QChartView *m_view;
    QChart *m_chart;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QList<SeriesData *> m_series; // Owned.
    QList<Threshold *> m_thresholds; // Owned.
    QAreaSeries *m_window = nullptr;
    QLineSeries *m_windowLower = nullptr;
    QLineSeries *m_windowUpper = nullptr;
    double m_windowFrom = 0;
    double m_windowTo = 0;
    qint64 m_follow = 0;
    double m_fixedFrom = 0;
    double m_fixedTo = 0;
    double m_minYMax = 0;
    bool m_refreshPending = false;
    int m_drawnPoints = 0;
};

} // namespace shipdeck
