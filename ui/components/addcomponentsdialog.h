#pragma once

#include <QDialog>

class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace shipdeck {

class ComponentsViewModel;
class ThemeManager;
struct ComponentFileCheck;

// Adds the components of a YAML file: choose the file, see its content and what it would add or
// replace, or the error with its line and column marked in the text. The file is read and
// checked on the backend thread, again whenever it changes on disk; Add is enabled only for a
// file the registry would accept.
class AddComponentsDialog : public QDialog
{
    Q_OBJECT
public:
    AddComponentsDialog(ComponentsViewModel *vm, ThemeManager *theme, QWidget *parent = nullptr);
    ~AddComponentsDialog() override;

    void setPath(const QString &path);
    QString path() const;
    QLabel *verdict() const { return m_verdict; }
    QPushButton *addButton() const { return m_add; }
    QPlainTextEdit *preview() const { return m_preview; }
    bool isChecking() const { return m_checking; }
    // The ids the last successful Add registered.
    QStringList added() const { return m_added; }

private:
    void browse();
    void check();
    void showCheck(const ComponentFileCheck &check);
    void showProblem(const QString &message, int line, int column);
    void add();

    ComponentsViewModel *m_vm; // Not owned.
    ThemeManager *m_theme;     // Not owned.
    QLineEdit *m_path;
    QPlainTextEdit *m_preview;
    QLabel *m_verdict;
    QPushButton *m_add;
    QTimer *m_debounce;
    QFileSystemWatcher *m_watcher;
    quint64 m_generation = 0;
    bool m_checking = false;
    QStringList m_added;
};

} // namespace shipdeck
