#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

namespace shipdeck {

class Backend;
class LocalProviderClient;
class RolloutsClient;

// Starts a deployment from a YAML file or from a form (component, version, environment,
// strategy and step preset). The file is shown as it is written and validated live by the
// engine: every problem is listed with its line and marked at that line. Deploying needs a
// reason, recorded with the person's name.
class NewDeploymentDialog : public QDialog
{
    Q_OBJECT
public:
    NewDeploymentDialog(Backend *backend, RolloutsClient *client, QWidget *parent = nullptr);
    ~NewDeploymentDialog() override;

    // Reads the file off the GUI thread and shows it.
    void loadFile(const QString &path);
    void setYaml(const QString &yaml, const QString &sourceName);

    QPlainTextEdit *editor() const { return m_editor; }
    QListWidget *problems() const { return m_problems; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *deployButton() const { return m_deploy; }
    QComboBox *componentBox() const { return m_component; }
    QComboBox *versionBox() const { return m_version; }
    QComboBox *presetBox() const { return m_preset; }
    bool isValid() const { return m_valid; }
    // Lines with a problem (1-based), as marked in the editor.
    QList<int> problemLines() const { return m_problemLines; }

Q_SIGNALS:
    void validated(bool valid);
    void deployed(const QString &rolloutId);

private:
    void loadComponents();
    void updateVersions();
    void formChanged();
    void validateNow();
    void markProblems();
    void updateButton();
    void deploy();
    void chooseFile();

    Backend *m_backend;        // Not owned.
    RolloutsClient *m_client;  // Not owned.
    LocalProviderClient *m_provider;
    QComboBox *m_component;
    QComboBox *m_version;
    QComboBox *m_environment;
    QComboBox *m_preset;
    QSpinBox *m_replicas;
    QPlainTextEdit *m_editor;
    QLabel *m_summary;
    QListWidget *m_problems;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
    QPushButton *m_deploy;
    QTimer *m_debounce;
    QString m_source = QStringLiteral("new-deployment.yaml");
    QHash<QString, QStringList> m_versions;
    QList<int> m_problemLines;
    quint64 m_validation = 0;
    bool m_valid = false;
    bool m_busy = false;
    bool m_filling = false;
};

} // namespace shipdeck
