#pragma once

#include "ui/shell/page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace shipdeck {

class DemoBanner;
class RolloutView;
class RolloutsViewModel;

// Every rollout across environments and providers, live: what is rolling out, where it
// stands, and who is needed. Filters by text, environment, phase and "requires attention";
// counts per phase; opens a rollout in the rollout view. Its sidebar badge counts rollouts
// that need a person; it notifies when an approval waits or a rollout fails.
class RolloutsPage : public Page
{
    Q_OBJECT
public:
    explicit RolloutsPage(const UiContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("rollouts"); }
    QString title() const override { return tr("Rollouts"); }
    QString iconName() const override { return QStringLiteral("rollout"); }
    void activated() override;
    void openItem(const QString &itemId) override;

    RolloutsViewModel *viewModel() const { return m_vm; }
    RolloutView *rolloutView() const { return m_view; }
    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLabel *countsLabel() const { return m_counts; }
    DemoBanner *demoBanner() const { return m_demo; }
    bool isShowingRollout() const;
    void showList();
    void setAttentionOnly(bool on);
    void setFilterText(const QString &text);
    void newDeployment(const QString &yamlFile = {});

private:
    void createActions();
    void updateCounts();
    void updateEnvironments();
    void openSelected();
    void openNextAttention();
    void notifyAttention(const QJsonObject &rollout);
    void notifyStopped(const QJsonObject &rollout);
    void showMessage(const QString &text, bool error);

    RolloutsViewModel *m_vm;
    QStackedWidget *m_stack;
    QLineEdit *m_search;
    QComboBox *m_environment;
    QComboBox *m_phase;
    QCheckBox *m_attention;
    QLabel *m_counts;
    QLabel *m_status;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    DemoBanner *m_demo;
    RolloutView *m_view;
};

} // namespace shipdeck
