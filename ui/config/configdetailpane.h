#pragma once

#include <QJsonValue>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace shipdeck {

class ConfigTableModel;
class ThemeManager;

// One key in every layer: the value each environment gets, where it comes from (file:line)
// and whether the environment overrides it; below, the editor for one value. Setting a value
// or removing an override asks the page (which makes it a draft).
class ConfigDetailPane : public QWidget
{
    Q_OBJECT
public:
    ConfigDetailPane(ThemeManager *theme, QWidget *parent = nullptr);

    // Shows `key` of the model; `environment` preselects the layer to edit ("" = base).
    void showKey(const ConfigTableModel *model, const QString &key, const QString &environment);
    void clear();
    const QString &key() const { return m_key; }
    QString editEnvironment() const;
    void setEditEnvironment(const QString &environment);
    QLineEdit *valueEdit() const { return m_value; }
    QPushButton *setButton() const { return m_set; }
    void focusEditor();
    void showResult(const QString &text, bool error);

Q_SIGNALS:
    void setRequested(const QString &key, const QString &environment, const QJsonValue &value);
    void unsetRequested(const QString &key, const QString &environment);

private:
    void rebuildLayers();
    void updateHint();
    void loadEditorValue();

    ThemeManager *m_theme; // Not owned.
    const ConfigTableModel *m_model = nullptr;
    QString m_key;
    QLabel *m_title;
    QLabel *m_subtitle;
    QWidget *m_layersBox;
    QGridLayout *m_layers;
    QComboBox *m_environment;
    QLineEdit *m_value;
    QComboBox *m_mode;
    QLabel *m_hint;
    QPushButton *m_set;
    QPushButton *m_unset;
    QLabel *m_result;
    int m_stretchRow = -1;
};

} // namespace shipdeck
