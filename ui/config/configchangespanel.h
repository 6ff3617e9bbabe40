#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace shipdeck {

class ConfigViewModel;
class DiffView;
class ThemeManager;

// The Changes tab: what a commit would record (saved and unsaved edits against HEAD), or the
// difference between two revisions.
class ConfigChangesPanel : public QWidget
{
    Q_OBJECT
public:
    ConfigChangesPanel(ConfigViewModel *vm, ThemeManager *theme, QWidget *parent = nullptr);

    void showWorkingChanges();
    void showRevisions(const QString &from, const QString &to);
    DiffView *diffView() const { return m_diff; }
    bool isShowingWorkingChanges() const;

private:
    void reload();
    void fillRevisions();

    ConfigViewModel *m_vm; // Not owned.
    QComboBox *m_mode;
    QComboBox *m_from;
    QComboBox *m_to;
    QPushButton *m_show;
    QLabel *m_summary;
    DiffView *m_diff;
    int m_request = 0;
};

} // namespace shipdeck
