#pragma once

#include <QFrame>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace shipdeck {

class ActionListModel;
class ActionRegistry;

// Ctrl+K: a search box over every action of the application. Typing filters and ranks the
// actions (fuzzy); Enter triggers the highlighted one; Escape closes.
class CommandPalette : public QFrame
{
    Q_OBJECT
public:
    CommandPalette(ActionRegistry *actions, QWidget *parent);

    void popup();
    ActionListModel *model() const { return m_model; }
    QLineEdit *input() const { return m_input; }
    // Triggers the action at row (after filtering); false if it is disabled or missing.
    bool triggerRow(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void moveSelection(int delta);

    ActionRegistry *m_actions; // Not owned.
    ActionListModel *m_model;
    QLineEdit *m_input;
    QListView *m_list;
};

} // namespace shipdeck
