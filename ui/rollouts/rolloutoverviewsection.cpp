#include "ui/rollouts/rolloutoverviewsection.h"

#include "models/rollouts/rolloutlistmodel.h"
#include "models/rollouts/rolloutoverviewmodel.h"
#include "models/rollouts/rollouttext.h"
#include "ui/shell/thememanager.h"
#include "ui/widgets/stattile.h"
#include "ui/widgets/timeserieschart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineSeries>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QValueAxis>

#include <cmath>

namespace shipdeck {

namespace {
QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

void setupTable(QTableView *view, const QList<int> &visible)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Few rows: columns fit their headers and contents (no clipped "Canary weight" at 1280 px).
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < RolloutListModel::ColumnCount; ++c)
        view->setColumnHidden(c, !visible.contains(c));
    view->setMinimumHeight(150);
}

// A line in the middle of an empty table saying why it is empty.
void emptyHint(QTableView *view, const QString &text)
{
    auto *hint = new QLabel(text, view->viewport());
    hint->setObjectName(QStringLiteral("emptyHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setEnabled(false); // drawn in the palette's disabled (muted) text colour
    hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *layout = new QVBoxLayout(view->viewport());
    layout->addWidget(hint);
    auto update = [view, hint] { hint->setVisible(view->model()->rowCount() == 0); };
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, hint, update);
    QObject::connect(view->model(), &QAbstractItemModel::rowsRemoved, hint, update);
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, hint, update);
    QObject::connect(view->model(), &QAbstractItemModel::layoutChanged, hint, update);
    update();
}

QValueAxis *valueAxis(TimeSeriesChart *chart)
{
    const auto axes = chart->chartView()->chart()->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}

// The chart spans 0 … 1.15 × its largest value; pick the minimum so that the top lands on a
// round number and every tick is a whole count.
void countAxis(TimeSeriesChart *chart, double largest)
{
    int top = qMax(2, int(std::ceil(largest * 1.15)));
    int ticks = top + 1;
    if (top > 4) {
        top = (top + 3) / 4 * 4;
        ticks = 5;
    }
    chart->setMinimumYRange(top / 1.15);
    if (QValueAxis *axis = valueAxis(chart))
        axis->setTickCount(ticks);
}

// Daily values: a marker on every day so that a single day with deployments is visible.
void showMarkers(TimeSeriesChart *chart, const QStringList &names)
{
    for (QAbstractSeries *series : chart->chartView()->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series); line && names.contains(line->name()))
            line->setPointsVisible(true);
    }
}
} // namespace

RolloutOverviewSection::RolloutOverviewSection(Backend *backend, ThemeManager *theme, QWidget *parent)
    : QWidget(parent)
    , m_model(new RolloutOverviewModel(backend, this))
    , m_theme(theme)
    , m_active(new QTableView(this))
    , m_failures(new QTableView(this))
    , m_health(new QTableWidget(this))
    , m_days(new QComboBox(this))
    , m_deployChart(new TimeSeriesChart(this))
    , m_failChart(new TimeSeriesChart(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    grid->addWidget(sectionTitle(tr("Active rollouts — approvals first"), this), 0, 0);
    grid->addWidget(sectionTitle(tr("Component health"), this), 0, 1);
    m_active->setModel(m_model->active());
    m_active->setObjectName(QStringLiteral("activeRollouts"));
    m_active->setAccessibleName(tr("Active rollouts"));
    setupTable(m_active, {RolloutListModel::ComponentColumn, RolloutListModel::StepColumn, RolloutListModel::WeightColumn,
                          RolloutListModel::NeedsColumn, RolloutListModel::PhaseColumn});
    m_active->horizontalHeader()->moveSection(RolloutListModel::NeedsColumn, 1);
    grid->addWidget(m_active, 1, 0);
    m_health->setObjectName(QStringLiteral("componentHealth"));
    m_health->setAccessibleName(tr("Component health"));
    m_health->setColumnCount(4);
    m_health->setHorizontalHeaderLabels({tr("Component"), tr("State"), tr("Ready"), tr("Traffic")});
    m_health->verticalHeader()->hide();
    m_health->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_health->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_health->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_health->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_health->setMinimumHeight(150);
    grid->addWidget(m_health, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    layout->addLayout(grid);

    auto *doraHeader = new QHBoxLayout;
    doraHeader->addWidget(sectionTitle(tr("Delivery performance (DORA) in production"), this));
    doraHeader->addStretch(1);
    m_days->addItem(tr("Last 30 days"), 30);
    m_days->addItem(tr("Last 90 days"), 90);
    m_days->setAccessibleName(tr("Period"));
    doraHeader->addWidget(m_days);
    layout->addLayout(doraHeader);
    auto *tiles = new QGridLayout;
    tiles->setSpacing(12);
    const QStringList titles{tr("Deployment frequency"), tr("Change lead time"), tr("Change fail rate"), tr("Failed deployment recovery time")};
    for (int i = 0; i < titles.size(); ++i) {
        auto *tile = new StatTile(titles.at(i), this);
        tile->setObjectName(QStringLiteral("card"));
        m_tiles.append(tile);
        tiles->addWidget(tile, 0, i);
    }
    layout->addLayout(tiles);
    auto *charts = new QHBoxLayout;
    m_deployChart->setTitle(tr("Deployments per day"));
    m_deployChart->setValueFormat(QStringLiteral("%.0f"));
    m_deployChart->setMinimumYRange(2);
    m_deployChart->setMinimumHeight(200);
    m_failChart->setTitle(tr("Change fail rate, 7-day window (%)"));
    m_failChart->setValueFormat(QStringLiteral("%.0f"));
    m_failChart->setMinimumYRange(100 / 1.15); // 0 … 100 % in quarters
    if (QValueAxis *axis = valueAxis(m_failChart))
        axis->setTickCount(5);
    m_failChart->setMinimumHeight(200);
    for (TimeSeriesChart *chart : {m_deployChart, m_failChart}) {
        for (QAbstractAxis *axis : chart->chartView()->chart()->axes(Qt::Horizontal)) {
            if (auto *dates = qobject_cast<QDateTimeAxis *>(axis))
                dates->setFormat(QStringLiteral("dd.MM."));
        }
    }
    charts->addWidget(m_deployChart);
    charts->addWidget(m_failChart);
    layout->addLayout(charts);

    layout->addWidget(sectionTitle(tr("Recent failures"), this));
    m_failures->setModel(m_model->failures());
    m_failures->setObjectName(QStringLiteral("recentFailures"));
    m_failures->setAccessibleName(tr("Recent failures"));
    setupTable(m_failures, {RolloutListModel::ComponentColumn, RolloutListModel::EnvironmentColumn, RolloutListModel::PhaseColumn,
                            RolloutListModel::AgeColumn});
    m_failures->horizontalHeader()->moveSection(RolloutListModel::PhaseColumn, RolloutListModel::ColumnCount - 1);
    m_failures->setMinimumHeight(120);
    layout->addWidget(m_failures);

    for (QTableView *view : {m_active, m_failures}) {
        connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
            Q_EMIT openRollout(index.data(RolloutListModel::IdRole).toString());
        });
        connect(view->model(), &QAbstractItemModel::rowsInserted, view, [view] { view->resizeColumnsToContents(); });
        connect(view->model(), &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    }
    emptyHint(m_active, tr("No rollout in progress"));
    emptyHint(m_failures, tr("No failed rollouts"));
    connect(m_health, &QTableWidget::cellActivated, this, &RolloutOverviewSection::openComponents);
    connect(m_days, &QComboBox::currentIndexChanged, this, [this] { m_model->setDoraDays(m_days->currentData().toInt()); });
    connect(m_model, &RolloutOverviewModel::healthChanged, this, &RolloutOverviewSection::updateHealth);
    connect(m_model, &RolloutOverviewModel::doraChanged, this, &RolloutOverviewSection::updateDora);
    if (theme)
        connect(theme, &ThemeManager::themeChanged, this, [this] {
            updateHealth();
            updateDora();
        });
    updateDora();
}

void RolloutOverviewSection::refresh()
{
    m_model->refresh();
}

void RolloutOverviewSection::updateHealth()
{
    const QJsonArray components = m_model->components();
    m_health->setRowCount(int(components.size()));
    for (int row = 0; row < components.size(); ++row) {
        const QJsonObject c = components.at(row).toObject();
        int ready = 0, desired = 0;
        for (const QJsonValue &v : c.value(QStringLiteral("versions")).toArray()) {
            ready += v.toObject().value(QStringLiteral("readyReplicas")).toInt();
            desired += v.toObject().value(QStringLiteral("desiredReplicas")).toInt();
        }
        const QString state = c.value(QStringLiteral("state")).toString();
        const QJsonObject traffic = c.value(QStringLiteral("traffic")).toObject();
        const int canary = traffic.value(QStringLiteral("canaryWeight")).toInt();
        QString trafficText = traffic.value(QStringLiteral("stable")).toString();
        if (canary > 0)
            trafficText = tr("%1 %2 · %3 %4").arg(traffic.value(QStringLiteral("stable")).toString(), RolloutText::percentText(100 - canary),
                                                   traffic.value(QStringLiteral("canary")).toString(), RolloutText::percentText(canary));
        const QString stateText = state == QLatin1String("healthy") ? tr("healthy")
                                : state == QLatin1String("degraded") ? tr("degraded")
                                : state == QLatin1String("unavailable") ? tr("unavailable") : tr("not running");
        const QStringList cells{tr("%1 %2").arg(c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("version")).toString()),
                                stateText, tr("%1 of %2").arg(ready).arg(desired), trafficText};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == 1 && m_theme) {
                const auto &colors = m_theme->colors();
                item->setForeground(state == QLatin1String("healthy") ? colors.success
                                    : state == QLatin1String("not running") ? colors.muted
                                    : state == QLatin1String("degraded") ? colors.warning : colors.danger);
            }
            m_health->setItem(row, col, item);
        }
    }
    if (components.isEmpty()) {
        m_health->setRowCount(1);
        m_health->setItem(0, 0, new QTableWidgetItem(tr("No components registered")));
    }
}

void RolloutOverviewSection::updateDora()
{
    const QJsonObject d = m_model->dora();
    const QJsonObject frequency = d.value(QStringLiteral("deploymentFrequency")).toObject();
    const QJsonObject lead = d.value(QStringLiteral("changeLeadTime")).toObject();
    const QJsonObject fail = d.value(QStringLiteral("changeFailRate")).toObject();
    const QJsonObject recovery = d.value(QStringLiteral("failedDeploymentRecoveryTime")).toObject();
    const int deployments = d.value(QStringLiteral("deployments")).toInt();
    const double perWeek = frequency.value(QStringLiteral("perWeek")).toDouble();
    m_tiles[0]->setValue(tr("%1 / week").arg(QLocale().toString(perWeek, 'f', perWeek < 10 ? 1 : 0)),
                         deployments > 0 ? StatTile::Tone::Info : StatTile::Tone::Neutral);
    m_tiles[0]->setCaption(tr("%n deployment(s) ended · %1", nullptr, deployments).arg(frequency.value(QStringLiteral("bucket")).toString(tr("none"))));
    const QJsonValue leadMs = lead.value(QStringLiteral("medianMs"));
    m_tiles[1]->setValue(leadMs.isNull() || leadMs.isUndefined() ? QStringLiteral("–") : RolloutText::durationText(qint64(leadMs.toDouble())));
    m_tiles[1]->setCaption(lead.value(QStringLiteral("samples")).toInt() > 0
                               ? tr("median of %n change(s), commit to production", nullptr, lead.value(QStringLiteral("samples")).toInt())
                               : tr("no commit times recorded (change.createdAt)"));
    const QJsonValue rate = fail.value(QStringLiteral("rate"));
    if (rate.isNull() || rate.isUndefined()) {
        m_tiles[2]->setValue(QStringLiteral("–"));
    } else {
        const double r = rate.toDouble();
        m_tiles[2]->setValue(RolloutText::percentText(100 * r), r <= 0.15 ? StatTile::Tone::Good : r <= 0.45 ? StatTile::Tone::Warning : StatTile::Tone::Bad);
    }
    m_tiles[2]->setCaption(tr("%1 of %2 deployments rolled back, aborted or undone").arg(d.value(QStringLiteral("failed")).toInt()).arg(deployments));
    const QJsonValue recoveryMs = recovery.value(QStringLiteral("medianMs"));
    m_tiles[3]->setValue(recoveryMs.isNull() || recoveryMs.isUndefined() ? QStringLiteral("–")
                                                                         : RolloutText::durationText(qint64(recoveryMs.toDouble())));
    m_tiles[3]->setCaption(tr("median from exposure to the stable version serving again (%n failure(s))", nullptr,
                              recovery.value(QStringLiteral("samples")).toInt()));

    // Trends: deployments per day and the change fail rate over a sliding week.
    const QColor good = m_theme ? m_theme->colors().success : QColor(Qt::darkGreen);
    const QColor bad = m_theme ? m_theme->colors().danger : QColor(Qt::red);
    m_deployChart->setSeries(0, tr("promoted"), good);
    m_deployChart->setSeries(1, tr("failed"), bad);
    m_failChart->setSeries(0, tr("change fail rate"), bad);
    QList<QPointF> promoted, failed, rateSeries;
    const QJsonArray daily = d.value(QStringLiteral("daily")).toArray();
    QList<QPair<int, int>> window;
    for (const QJsonValue &v : daily) {
        const QJsonObject day = v.toObject();
        const double x = double(QDateTime(QDate::fromString(day.value(QStringLiteral("day")).toString(), Qt::ISODate), QTime(12, 0), Qt::UTC)
                                    .toMSecsSinceEpoch());
        const int ok = day.value(QStringLiteral("successful")).toInt();
        const int ko = day.value(QStringLiteral("failed")).toInt();
        promoted.append({x, double(ok)});
        failed.append({x, double(ko)});
        window.append({day.value(QStringLiteral("deployments")).toInt(), ko});
        if (window.size() > 7)
            window.removeFirst();
        int total = 0, bads = 0;
        for (const auto &[n, f] : std::as_const(window)) {
            total += n;
            bads += f;
        }
        if (total > 0)
            rateSeries.append({x, 100.0 * bads / total});
    }
    double busiest = 0;
    for (int i = 0; i < promoted.size(); ++i)
        busiest = qMax(busiest, qMax(promoted.at(i).y(), failed.at(i).y()));
    countAxis(m_deployChart, busiest);
    m_deployChart->setPoints(0, promoted);
    m_deployChart->setPoints(1, failed);
    m_failChart->setPoints(0, rateSeries);
    if (!daily.isEmpty()) {
        const double from = promoted.isEmpty() ? 0 : promoted.first().x();
        const double to = promoted.isEmpty() ? 0 : promoted.last().x();
        m_deployChart->setXRange(from, to);
        m_failChart->setXRange(from, to);
    }
    m_failChart->setThreshold(1, 15, tr("15 % (elite and high performers)"), m_theme ? m_theme->colors().warning : QColor(Qt::yellow));
    showMarkers(m_deployChart, {tr("promoted"), tr("failed")});
    showMarkers(m_failChart, {tr("change fail rate")});
}

} // namespace shipdeck
