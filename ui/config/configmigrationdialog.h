#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;

namespace shipdeck {

class ConfigViewModel;
class DiffView;
class ThemeManager;

// Previews the pending configuration migrations as a diff of every file they change; nothing
// is written. Accepting means "apply these" (the page confirms and applies them).
class ConfigMigrationDialog : public QDialog
{
    Q_OBJECT
public:
    ConfigMigrationDialog(ConfigViewModel *vm, ThemeManager *theme, QWidget *parent = nullptr);

    const QJsonObject &preview() const { return m_preview; }
    QPushButton *applyButton() const { return m_apply; }
    DiffView *diffView() const { return m_diff; }
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

private:
    QJsonObject m_preview;
    bool m_loaded = false;
    QLabel *m_summary;
    DiffView *m_diff;
    QPushButton *m_apply;
};

} // namespace shipdeck
