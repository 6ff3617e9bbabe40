#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace shipdeck {

class ConfigViewModel;

// The History tab: commits of the repository or of one file, and the blame of that file (who
// last changed each line, in which commit). A commit's changes open in the Changes tab; a
// commit can be reverted (a new commit that undoes it).
class ConfigHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigHistoryPanel(ConfigViewModel *vm, QWidget *parent = nullptr);

    void showFile(const QString &file);
    QTableView *commits() const { return m_commits; }
    QTableView *blame() const { return m_blame; }
    QComboBox *fileChooser() const { return m_file; }
    QString selectedCommit() const;

Q_SIGNALS:
    void changesRequested(const QString &from, const QString &to);
    void revertRequested(const QString &commitId, const QString &summary);

private:
    void fillFiles();
    void fileChosen();

    ConfigViewModel *m_vm; // Not owned.
    QComboBox *m_file;
    QTableView *m_commits;
    QTableView *m_blame;
    QPushButton *m_showChanges;
    QPushButton *m_revert;
};

} // namespace shipdeck
