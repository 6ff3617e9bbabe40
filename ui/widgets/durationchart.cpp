#include "ui/widgets/durationchart.h"

#include "backend/store/workflowrunrepository.h"
#include "models/workflowrunmodel.h"
#include "ui/shell/thememanager.h"

#include <QBarCategoryAxis>
#include <QStackedBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

namespace shipdeck {

DurationChart::DurationChart(QAbstractItemModel *runs, ThemeManager *theme, QWidget *parent)
    : QWidget(parent), m_runs(runs), m_theme(theme), m_view(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    layout->addWidget(m_view);
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(100);
    connect(debounce, &QTimer::timeout, this, &DurationChart::rebuild);
    auto schedule = [debounce] { debounce->start(); };
    connect(runs, &QAbstractItemModel::dataChanged, this, schedule);
    connect(runs, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(runs, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(runs, &QAbstractItemModel::modelReset, this, schedule);
    connect(theme, &ThemeManager::themeChanged, this, &DurationChart::rebuild);
    rebuild();
}

void DurationChart::rebuild()
{
    const auto &c = m_theme->colors();
    auto *ok = new QBarSet(tr("Succeeded"));
    auto *failed = new QBarSet(tr("Failed"));
    ok->setColor(c.success);
    failed->setColor(c.danger);
    ok->setBorderColor(c.success);
    failed->setBorderColor(c.danger);
    QStringList categories;
    double maxMs = 1;
    const int rows = qMin(30, m_runs->rowCount());
    for (int row = rows - 1; row >= 0; --row) {
        const QModelIndex index = m_runs->index(row, 0);
        const auto state = static_cast<RunState>(index.data(WorkflowRunModel::StateRole).toInt());
        if (state == RunState::Running)
            continue;
        const double ms = index.data(WorkflowRunModel::DurationMsRole).toDouble();
        const bool success = state == RunState::Succeeded;
        *ok << (success ? ms : 0);
        *failed << (success ? 0 : ms);
        categories << QString::number(categories.size() + 1);
        maxMs = qMax(maxMs, ms);
    }
    m_bars = int(categories.size());
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.7);
    series->append(ok);
    series->append(failed);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette().color(QPalette::WindowText));
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsVisible(false);
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    y->setRange(0, maxMs * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("ms"));
    y->setLabelsColor(palette().color(QPalette::WindowText));
    y->setTitleBrush(palette().color(QPalette::WindowText));
    y->setGridLineColor(c.border);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->setTitle(m_bars == 0 ? tr("No finished workflow runs yet") : tr("Duration of the last %n run(s)", nullptr, m_bars));
    chart->setTitleBrush(palette().color(QPalette::WindowText));
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace shipdeck
