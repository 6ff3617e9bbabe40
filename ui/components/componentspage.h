#pragma once

#include "ui/shell/page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace shipdeck {

class ComponentActions;
class ComponentDetailsPanel;
class ComponentsViewModel;
class DependencyGraphView;
class InstanceLogView;

// Components: the registry (sortable, filterable) next to the dependency graph coloured by
// health; below, the selected component with a scale control per version, its instances live,
// and the output of the selected instance. Every change asks first (ComponentActions).
class ComponentsPage : public Page
{
    Q_OBJECT
public:
    explicit ComponentsPage(const UiContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("components"); }
    QString title() const override { return tr("Components"); }
    QString iconName() const override { return QStringLiteral("boxes"); }
    void activated() override;
    // itemId: a component id, or an instance id ("storefront-1.4.2-1") to show its output.
    void openItem(const QString &itemId) override;

    void selectComponent(const QString &id);
    QString selectedComponent() const;

    ComponentsViewModel *viewModel() const { return m_vm; }
    ComponentActions *componentActions() const { return m_actions; }
    QTableView *registryView() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    DependencyGraphView *graphView() const { return m_graph; }
    ComponentDetailsPanel *details() const { return m_details; }
    InstanceLogView *logView() const { return m_log; }
    QLabel *messageLabel() const { return m_message; }

private:
    void onRefreshed();
    void updateGraph();
    void updateCounts();
    void applyTheme();
    void showMessage(const QString &text, bool error);

    ComponentsViewModel *m_vm;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_counts;
    QLineEdit *m_filter;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_message;
    QTableView *m_view;
    DependencyGraphView *m_graph;
    ComponentDetailsPanel *m_details;
    InstanceLogView *m_log;
    ComponentActions *m_actions;
    QString m_pendingInstance; // from openItem, selected once it is listed
    bool m_columnsSized = false;
    quint64 m_messageGeneration = 0;
};

} // namespace shipdeck
