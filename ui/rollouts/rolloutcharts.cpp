#include "ui/rollouts/rolloutcharts.h"

#include "models/rollouts/rolloutdetailviewmodel.h"
#include "ui/shell/thememanager.h"
#include "ui/widgets/timeserieschart.h"

#include <QDateTime>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLegend>
#include <QValueAxis>

namespace shipdeck {

namespace {
using Chart = RolloutDetailViewModel::Chart;
constexpr Chart kCharts[] = {Chart::ErrorRate, Chart::LatencyP50, Chart::LatencyP99, Chart::RequestRate};
enum SeriesId { Canary = 0, Baseline = 1 };
} // namespace

RolloutCharts::RolloutCharts(RolloutDetailViewModel *vm, ThemeManager *theme, QWidget *parent)
    : QWidget(parent), m_vm(vm), m_theme(theme)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(4);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("chartLegend"));
    m_legend->setTextFormat(Qt::RichText);
    outer->addWidget(m_legend);
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    outer->addLayout(grid, 1);
    const QStringList titles{tr("Error rate (%)"), tr("Latency p50 (ms)"), tr("Latency p99 (ms)"), tr("Requests per second")};
    const QStringList formats{QStringLiteral("%.1f"), QStringLiteral("%.0f"), QStringLiteral("%.0f"), QStringLiteral("%.0f")};
    for (int i = 0; i < 4; ++i) {
        auto *chart = new TimeSeriesChart(this);
        chart->setObjectName(QStringLiteral("rolloutChart%1").arg(i));
        chart->setTitle(titles.at(i));
        chart->setValueFormat(formats.at(i));
        chart->setMinimumYRange(i == 0 ? 1.0 : 1.0);
        // The chart view keeps 160 px unless told otherwise; lowered with the widget so that at
        // 1280x800 the charts shrink instead of being cut off at the time axis.
        chart->setMinimumHeight(120);
        chart->chartView()->setMinimumHeight(120);
        // One legend above the four charts instead of one per chart: more room for the data.
        chart->chartView()->chart()->legend()->hide();
        for (QAbstractAxis *axis : chart->chartView()->chart()->axes(Qt::Vertical)) {
            if (auto *values = qobject_cast<QValueAxis *>(axis))
                values->setTickCount(3);
        }
        // Qt Charts 6.4 draws no time labels at all with the format "HH:mm:ss"; "hh:mm:ss" prints
        // the same 24-hour time.
        for (QAbstractAxis *axis : chart->chartView()->chart()->axes(Qt::Horizontal)) {
            if (auto *times = qobject_cast<QDateTimeAxis *>(axis))
                times->setFormat(QStringLiteral("hh:mm:ss"));
        }
        chart->setAccessibleName(titles.at(i));
        grid->addWidget(chart, i / 2, i % 2);
        m_charts.append(chart);
    }
    applyTheme();
    connect(vm, &RolloutDetailViewModel::samplesReset, this, &RolloutCharts::reset);
    connect(vm, &RolloutDetailViewModel::samplesAppended, this, &RolloutCharts::append);
    connect(vm, &RolloutDetailViewModel::loaded, this, &RolloutCharts::decorate);
    if (theme)
        connect(theme, &ThemeManager::themeChanged, this, [this] {
            applyTheme();
            decorate();
        });
}

void RolloutCharts::applyTheme()
{
    const QColor canary = m_theme ? m_theme->colors().canary : QColor(0xd2, 0x99, 0x22);
    const QColor baseline = m_theme ? m_theme->colors().baseline : QColor(0x09, 0x69, 0xda);
    const QJsonObject r = m_vm->rollout();
    const QString target = r.value(QStringLiteral("targetVersion")).toString();
    const QString stable = r.value(QStringLiteral("stableVersion")).toString();
    const QString canaryName = target.isEmpty() ? tr("canary") : tr("canary %1").arg(target);
    const QString baselineName = stable.isEmpty() ? tr("baseline") : tr("baseline %1").arg(stable);
    for (TimeSeriesChart *chart : std::as_const(m_charts)) {
        chart->setSeries(Canary, canaryName, canary);
        chart->setSeries(Baseline, baselineName, baseline, Qt::SolidLine);
    }
    const QColor window = m_theme ? m_theme->colors().info : QColor(Qt::blue);
    const QColor threshold = m_theme ? m_theme->colors().danger : QColor(Qt::red);
    auto swatch = [](const QColor &c, const QString &text, const QString &glyph = QStringLiteral("■")) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3").arg(c.name(), glyph, text.toHtmlEscaped());
    };
    m_legend->setText(QStringList{swatch(canary, canaryName), swatch(baseline, baselineName),
                                  swatch(window, tr("analysis window")), swatch(threshold, tr("analysis threshold"), QStringLiteral("┄"))}
                          .join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;")));
}

void RolloutCharts::reset()
{
    const QJsonArray &samples = m_vm->samples();
    for (int i = 0; i < m_charts.size(); ++i) {
        m_charts[i]->setPoints(Canary, RolloutDetailViewModel::points(samples, kCharts[i], true));
        m_charts[i]->setPoints(Baseline, RolloutDetailViewModel::points(samples, kCharts[i], false));
    }
    decorate();
}

void RolloutCharts::append(const QJsonArray &samples)
{
    for (int i = 0; i < m_charts.size(); ++i) {
        m_charts[i]->appendPoints(Canary, RolloutDetailViewModel::points(samples, kCharts[i], true));
        m_charts[i]->appendPoints(Baseline, RolloutDetailViewModel::points(samples, kCharts[i], false));
    }
    decorate();
}

void RolloutCharts::decorate()
{
    applyTheme();
    const QColor warning = m_theme ? m_theme->colors().danger : QColor(Qt::red);
    const QColor window = m_theme ? m_theme->colors().info : QColor(Qt::blue);
    const auto thresholds = m_vm->thresholds();
    for (int i = 0; i < m_charts.size(); ++i) {
        TimeSeriesChart *chart = m_charts.at(i);
        int id = 10;
        for (int t = 10; t < 14; ++t)
            chart->removeThreshold(t);
        for (const auto &t : thresholds) {
            if (t.chart == kCharts[i] && id < 14)
                chart->setThreshold(id++, t.value, t.label, warning);
        }
        const auto w = m_vm->analysisWindow(QDateTime::currentMSecsSinceEpoch());
        if (w.isValid())
            chart->setShadedWindow(w.fromMs, w.toMs, w.label, window);
        else
            chart->clearShadedWindow();
    }
}

} // namespace shipdeck
