#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace shipdeck {

class RevisionModel;
class ThemeManager;

// The revisions of the rollout's component and environment, each with a button to roll back
// to it (enabled only where that is possible), and what changed from the revision before the
// selected one: version, strategy, instances, steps and the file line by line.
class RevisionPanel : public QWidget
{
    Q_OBJECT
public:
    RevisionPanel(RevisionModel *model, ThemeManager *theme, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPlainTextEdit *diffView() const { return m_diff; }
    void selectRevision(int revision);
    int selectedRevision() const;

Q_SIGNALS:
    void rollbackRequested(int revision);

private:
    void rebuildButtons();
    void showDiff();

    RevisionModel *m_model; // Not owned.
    ThemeManager *m_theme;  // Not owned.
    QTableView *m_table;
    QLabel *m_changes;
    QPlainTextEdit *m_diff;
};

} // namespace shipdeck
