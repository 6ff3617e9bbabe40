#pragma once

#include <QWidget>

class QComboBox;
class QTableView;
class QTableWidget;

namespace shipdeck {

class Backend;
class RolloutOverviewModel;
class StatTile;
class ThemeManager;
class TimeSeriesChart;

// The rollout part of the Overview page: active rollouts (pending approvals first), component
// health, recent failures with their reasons, and the DORA metrics as tiles with trend charts
// over 30 or 90 days.
class RolloutOverviewSection : public QWidget
{
    Q_OBJECT
public:
    RolloutOverviewSection(Backend *backend, ThemeManager *theme, QWidget *parent = nullptr);

    RolloutOverviewModel *model() const { return m_model; }
    QTableView *activeTable() const { return m_active; }
    QTableView *failureTable() const { return m_failures; }
    QTableWidget *healthTable() const { return m_health; }
    QList<StatTile *> doraTiles() const { return m_tiles; }
    void refresh();

Q_SIGNALS:
    void openRollout(const QString &rolloutId);
    void openComponents();

private:
    void updateHealth();
    void updateDora();

    RolloutOverviewModel *m_model;
    ThemeManager *m_theme; // Not owned.
    QTableView *m_active;
    QTableView *m_failures;
    QTableWidget *m_health;
    QComboBox *m_days;
    QList<StatTile *> m_tiles;
    TimeSeriesChart *m_deployChart;
    TimeSeriesChart *m_failChart;
};

} // namespace shipdeck
