#include "ui/pages/overviewpage.h"

#include "backend/facade/backend.h"
#include "models/jobqueuemodel.h"
#include "models/overviewviewmodel.h"
#include "models/workflowrunmodel.h"
#include "ui/rollouts/rolloutoverviewsection.h"
#include "ui/shell/actionregistry.h"
#include "ui/widgets/durationchart.h"
#include "ui/widgets/stattile.h"

#include <QAction>
#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace shipdeck {

namespace {
QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}
} // namespace

OverviewPage::OverviewPage(const UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_vm(new OverviewViewModel(context.backend, this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_backendTile(new StatTile(tr("Backend"), this))
    , m_queueTile(new StatTile(tr("Job queue"), this))
    , m_failedTile(new StatTile(tr("Failed jobs"), this))
    , m_maintenanceTile(new StatTile(tr("Last maintenance"), this))
    , m_runsView(new QTableView(this))
    , m_chart(new DurationChart(m_vm->runs(), context.theme, this))
    , m_rollouts(new RolloutOverviewSection(context.backend, context.theme, this))
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(12);

    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("muted"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(12);
    tiles->addWidget(m_backendTile, 0, 0);
    tiles->addWidget(m_queueTile, 0, 1);
    tiles->addWidget(m_failedTile, 0, 2);
    tiles->addWidget(m_maintenanceTile, 0, 3);
    layout->addLayout(tiles);
    connect(m_queueTile, &StatTile::clicked, this, [this] { Q_EMIT navigateRequested(QStringLiteral("jobs"), {}); });
    connect(m_failedTile, &StatTile::clicked, this, [this] { Q_EMIT navigateRequested(QStringLiteral("jobs"), QStringLiteral("dead")); });
    connect(m_maintenanceTile, &StatTile::clicked, this, [this] {
        if (QAction *a = this->context().actions->action(QStringLiteral("workspace.maintenance")))
            a->trigger();
    });

    m_rollouts->setParent(content);
    layout->addWidget(m_rollouts);
    connect(m_rollouts, &RolloutOverviewSection::openRollout, this,
            [this](const QString &id) { Q_EMIT navigateRequested(QStringLiteral("rollouts"), id); });
    connect(m_rollouts, &RolloutOverviewSection::openComponents, this,
            [this] { Q_EMIT navigateRequested(QStringLiteral("components"), {}); });

    layout->addWidget(sectionTitle(tr("Recent workflow runs"), content));
    auto *runsRow = new QHBoxLayout;
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_vm->runs());
    proxy->setSortRole(WorkflowRunModel::SortRole);
    m_runsView->setModel(proxy);
    m_runsView->setSortingEnabled(true);
    m_runsView->sortByColumn(WorkflowRunModel::StartedColumn, Qt::DescendingOrder);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runsView->verticalHeader()->hide();
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runsView->setAlternatingRowColors(true);
    m_runsView->setMinimumHeight(220);
    m_runsView->setAccessibleName(tr("Recent workflow runs"));
    runsRow->addWidget(m_runsView, 3);
    runsRow->addWidget(m_chart, 2);
    layout->addLayout(runsRow, 1);

    connect(m_vm, &OverviewViewModel::workspaceChanged, this, &OverviewPage::updateWorkspace);
    connect(m_vm, &OverviewViewModel::countsChanged, this, &OverviewPage::updateCounts);
    connect(m_vm, &OverviewViewModel::backendStateChanged, this, &OverviewPage::updateBackend);
    updateWorkspace();
    updateCounts();
    updateBackend();
}

void OverviewPage::activated()
{
    m_vm->refresh();
    m_rollouts->refresh();
}

void OverviewPage::updateWorkspace()
{
    if (!m_vm->hasWorkspace()) {
        m_title->setText(tr("No workspace open"));
        m_subtitle->setText(tr("Open a workspace (Ctrl+O) or the demo workspace to begin."));
        m_maintenanceTile->setValue(QStringLiteral("–"));
        return;
    }
    const WorkspaceInfo &w = m_vm->workspace();
    m_title->setText(w.demo ? tr("%1 (demo)").arg(w.name) : w.name);
    m_subtitle->setText(tr("%1 · database %2 KiB · schema %3 · %n audit record(s)", nullptr, w.auditRecords)
                            .arg(w.path).arg((w.databaseBytes + w.walBytes) / 1024).arg(w.schemaVersion));
    if (w.lastMaintenance.isEmpty()) {
        m_maintenanceTile->setValue(tr("never"), StatTile::Tone::Warning);
        m_maintenanceTile->setCaption(tr("Run it to check integrity and make a backup"));
    } else {
        const QDateTime when = QDateTime::fromString(w.lastMaintenance, Qt::ISODate).toLocalTime();
        const qint64 days = when.daysTo(QDateTime::currentDateTime());
        m_maintenanceTile->setValue(days <= 0 ? tr("today") : tr("%n day(s) ago", nullptr, int(days)),
                                    days > 7 ? StatTile::Tone::Warning : StatTile::Tone::Good);
        m_maintenanceTile->setCaption(QLocale().toString(when, QLocale::ShortFormat));
    }
}

void OverviewPage::updateCounts()
{
    const QueueCounts &c = m_vm->counts();
    m_queueTile->setValue(QString::number(c.ready + c.delayed + c.leased),
                          c.leased > 0 ? StatTile::Tone::Info : StatTile::Tone::Neutral);
    m_queueTile->setCaption(tr("%1 running · %2 waiting · %3 retrying · %4 done")
                                .arg(c.leased).arg(c.ready).arg(c.delayed).arg(c.done));
    m_failedTile->setValue(QString::number(c.dead), c.dead > 0 ? StatTile::Tone::Bad : StatTile::Tone::Good);
    m_failedTile->setCaption(c.dead > 0 ? tr("Dead-lettered after their last attempt — open Jobs to retry")
                                        : tr("Nothing needs attention"));
    setBadge(c.dead);
}

void OverviewPage::updateBackend()
{
    switch (m_vm->backendState()) {
    case BackendState::Ready:
        m_backendTile->setValue(tr("Ready"), StatTile::Tone::Good);
        m_backendTile->setCaption(tr("Engine running, workspace open"));
        break;
    case BackendState::Opening:
        m_backendTile->setValue(tr("Opening…"), StatTile::Tone::Info);
        m_backendTile->setCaption(m_vm->backendDetail());
        break;
    case BackendState::Failed:
        m_backendTile->setValue(tr("Error"), StatTile::Tone::Bad);
        m_backendTile->setCaption(m_vm->backendDetail());
        break;
    default:
        m_backendTile->setValue(tr("Idle"));
        m_backendTile->setCaption(tr("No workspace open"));
        break;
    }
}

SD_REGISTER_PAGE(OverviewPage, 0);

} // namespace shipdeck
