#pragma once

#include "ui/shell/page.h"

class QLabel;
class QTableView;

namespace shipdeck {

class DurationChart;
class OverviewViewModel;
class RolloutOverviewSection;
class StatTile;

// The state of the workspace at a glance: what it is, whether the backend is healthy, the job
// queue (live), active rollouts (approvals first), component health, recent failures, the DORA
// metrics with their trends, and recent workflow runs with their durations.
class OverviewPage : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(const UiContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }
    QString iconName() const override { return QStringLiteral("dashboard"); }
    void activated() override;

    OverviewViewModel *viewModel() const { return m_vm; }
    RolloutOverviewSection *rolloutSection() const { return m_rollouts; }

private:
    void updateWorkspace();
    void updateCounts();
    void updateBackend();

    OverviewViewModel *m_vm;
    QLabel *m_title;
    QLabel *m_subtitle;
    StatTile *m_backendTile;
    StatTile *m_queueTile;
    StatTile *m_failedTile;
    StatTile *m_maintenanceTile;
    QTableView *m_runsView;
    DurationChart *m_chart;
    RolloutOverviewSection *m_rollouts;
};

} // namespace shipdeck
