#include "ui/widgets/timeserieschart.h"

#include "backend/observe/downsampler.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <limits>

namespace shipdeck {

struct TimeSeriesChart::SeriesData
{
    int id;
    QLineSeries *series; // Owned by the chart.
    QList<QPointF> points;
};

struct TimeSeriesChart::Threshold
{
    int id;
    double y;
    QLineSeries *series; // Owned by the chart.
};

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this)), m_chart(new QChart), m_x(new QDateTimeAxis), m_y(new QValueAxis)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_x->setFormat(QStringLiteral("hh:mm:ss"));
    m_x->setTickCount(5);
    m_y->setLabelFormat(QStringLiteral("%.2f"));
    m_y->setTickCount(5);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);
    layout->addWidget(m_view);
    applyColors();
}

TimeSeriesChart::~TimeSeriesChart()
{
    qDeleteAll(m_series);
    qDeleteAll(m_thresholds);
}

void TimeSeriesChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void TimeSeriesChart::setValueFormat(const QString &printfFormat, const QString &unit)
{
    m_y->setLabelFormat(printfFormat);
    m_y->setTitleText(unit);
}

void TimeSeriesChart::setSeries(int id, const QString &name, const QColor &color, Qt::PenStyle style)
{
    SeriesData *data = nullptr;
    for (SeriesData *s : std::as_const(m_series)) {
        if (s->id == id)
            data = s;
    }
    if (!data) {
        data = new SeriesData{id, new QLineSeries, {}};
        m_chart->addSeries(data->series);
        data->series->attachAxis(m_x);
        data->series->attachAxis(m_y);
        m_series.append(data);
    }
    data->series->setName(name);
    QPen pen(color);
    pen.setWidthF(2.0);
    pen.setStyle(style);
    data->series->setPen(pen);
}

void TimeSeriesChart::setPoints(int id, QList<QPointF> points)
{
    for (SeriesData *s : std::as_const(m_series)) {
        if (s->id == id)
            s->points = std::move(points);
    }
    scheduleRefresh();
}

void TimeSeriesChart::appendPoints(int id, const QList<QPointF> &points)
{
    for (SeriesData *s : std::as_const(m_series)) {
        if (s->id == id)
            s->points.append(points);
    }
    scheduleRefresh();
}

void TimeSeriesChart::clearPoints()
{
    for (SeriesData *s : std::as_const(m_series))
        s->points.clear();
    scheduleRefresh();
}

qsizetype TimeSeriesChart::totalPointCount() const
{
    qsizetype n = 0;
    for (const SeriesData *s : m_series)
        n += s->points.size();
    return n;
}

void TimeSeriesChart::setFollowWindow(qint64 ms)
{
    m_follow = ms;
    scheduleRefresh();
}

void TimeSeriesChart::setXRange(double fromMs, double toMs)
{
    m_fixedFrom = fromMs;
    m_fixedTo = toMs;
    m_follow = 0;
    scheduleRefresh();
}

void TimeSeriesChart::setThreshold(int id, double y, const QString &label, const QColor &color)
{
    Threshold *t = nullptr;
    for (Threshold *existing : std::as_const(m_thresholds)) {
        if (existing->id == id)
            t = existing;
    }
    if (!t) {
        t = new Threshold{id, y, new QLineSeries};
        m_chart->addSeries(t->series);
        t->series->attachAxis(m_x);
        t->series->attachAxis(m_y);
        m_thresholds.append(t);
    }
    t->y = y;
    t->series->setName(label);
    QPen pen(color);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    t->series->setPen(pen);
    scheduleRefresh();
}

void TimeSeriesChart::removeThreshold(int id)
{
    for (int i = 0; i < m_thresholds.size(); ++i) {
        if (m_thresholds[i]->id == id) {
            m_chart->removeSeries(m_thresholds[i]->series);
            delete m_thresholds[i]->series;
            delete m_thresholds.takeAt(i);
            return;
        }
    }
}

void TimeSeriesChart::setShadedWindow(double fromMs, double toMs, const QString &label, const QColor &color)
{
    if (!m_window) {
        m_windowLower = new QLineSeries(this);
        m_windowUpper = new QLineSeries(this);
        m_window = new QAreaSeries(m_windowUpper, m_windowLower);
        m_chart->addSeries(m_window);
        m_window->attachAxis(m_x);
        m_window->attachAxis(m_y);
    }
    m_window->setName(label);
    QColor fill = color;
    fill.setAlpha(40);
    m_window->setBrush(fill);
    m_window->setPen(Qt::NoPen);
    m_windowFrom = fromMs;
    m_windowTo = toMs;
    scheduleRefresh();
}

void TimeSeriesChart::clearShadedWindow()
{
    if (!m_window)
        return;
    m_chart->removeSeries(m_window);
    delete m_window;
    m_window = nullptr;
    m_windowLower = m_windowUpper = nullptr;
}

QPair<double, double> TimeSeriesChart::xBounds() const
{
    if (m_fixedTo > m_fixedFrom && m_follow == 0)
        return {m_fixedFrom, m_fixedTo};
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    for (const SeriesData *s : m_series) {
        if (s->points.isEmpty())
            continue;
        lo = qMin(lo, s->points.first().x());
        hi = qMax(hi, s->points.last().x());
    }
    if (lo > hi) {
        const double now = double(QDateTime::currentMSecsSinceEpoch());
        return {now - 60'000, now};
    }
    if (m_follow > 0)
        lo = hi - double(m_follow);
    if (hi - lo < 1000)
        lo = hi - 1000;
    return {lo, hi};
}

void TimeSeriesChart::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &TimeSeriesChart::refreshNow);
}

void TimeSeriesChart::refreshNow()
{
    m_refreshPending = false;
    const auto [from, to] = xBounds();
    const int pixels = qMax(50, int(m_chart->plotArea().width()));
    double yMax = m_minYMax;
    m_drawnPoints = 0;
    for (SeriesData *s : std::as_const(m_series)) {
        QList<QPointF> visible = Downsampler::minMaxPerBucket(s->points, from, to, pixels);
        for (const QPointF &p : std::as_const(visible))
            yMax = qMax(yMax, p.y());
        m_drawnPoints += int(visible.size());
        s->series->replace(visible);
    }
    for (Threshold *t : std::as_const(m_thresholds)) {
        yMax = qMax(yMax, t->y);
        t->series->replace({QPointF(from, t->y), QPointF(to, t->y)});
    }
    if (yMax <= 0)
        yMax = 1;
    if (m_window) {
        const double lo = qMax(from, m_windowFrom), hi = qMin(to, m_windowTo);
        if (hi > lo) {
            m_windowLower->replace({QPointF(lo, 0), QPointF(hi, 0)});
            m_windowUpper->replace({QPointF(lo, yMax * 1.15), QPointF(hi, yMax * 1.15)});
        } else {
            m_windowLower->clear();
            m_windowUpper->clear();
        }
    }
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(from)), QDateTime::fromMSecsSinceEpoch(qint64(to)));
    m_y->setRange(0, yMax * 1.15);
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleRefresh();
}

void TimeSeriesChart::applyColors()
{
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = palette().color(QPalette::Mid);
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    for (auto *axis : {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColors();
    QWidget::changeEvent(event);
}

} // namespace shipdeck
