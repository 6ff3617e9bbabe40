#pragma once

#include <QJsonValue>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace shipdeck {

class ConfigViewModel;
class ThemeManager;

// The Conflicts tab after a sync met keys changed differently here and on the remote: each
// key with base, ours and theirs side by side; pick one or type a value. The merge result is
// validated after every choice (schema and YAML), and completing the merge is refused while it
// does not validate.
class ConfigConflictPanel : public QWidget
{
    Q_OBJECT
public:
    ConfigConflictPanel(ConfigViewModel *vm, ThemeManager *theme, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPushButton *pickButton(const QString &side) const; // "base", "ours", "theirs"
    QLineEdit *valueEdit() const { return m_value; }
    QPushButton *useValueButton() const { return m_useValue; }
    QPushButton *completeButton() const { return m_complete; }
    QPushButton *abortButton() const { return m_abort; }
    QLabel *validation() const { return m_validation; }
    void selectConflict(int row);

Q_SIGNALS:
    void completeRequested();
    void abortRequested();
    void message(const QString &text, bool error);

private:
    void onConflictsChanged();
    void showSelected();
    void resolve(const QString &resolution, const QJsonValue &value = QJsonValue(QJsonValue::Undefined));
    void revalidate();

    ConfigViewModel *m_vm;  // Not owned.
    ThemeManager *m_theme;  // Not owned.
    QLabel *m_banner;
    QTableView *m_table;
    QPlainTextEdit *m_sides[3];
    QPushButton *m_pick[3];
    QLineEdit *m_value;
    QComboBox *m_mode;
    QPushButton *m_useValue;
    QLabel *m_validation;
    QPushButton *m_complete;
    QPushButton *m_abort;
    int m_validationRequest = 0;
};

} // namespace shipdeck
