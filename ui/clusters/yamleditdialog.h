#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace shipdeck {

class KubeClient;

// Edits one object as YAML the way `kubectl edit` does, but shows what will change before
// anything is stored: "Review" parses the text, has the server dry-run it (when it can) and
// shows the diff against the object on the cluster now; "Apply" then replaces the object.
// A conflict (someone changed it meanwhile) or a refusal is shown with the server's words.
class YamlEditDialog : public QDialog
{
    Q_OBJECT
public:
    YamlEditDialog(KubeClient *client, QString resource, QString ns, QString name, const QByteArray &yaml,
                   QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void applied(const QString &message);

private:
    void review();
    void apply();
    void showMessage(const QString &text, bool error);

    KubeClient *m_client;
    QString m_resource;
    QString m_namespace;
    QString m_name;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_editor;
    QPlainTextEdit *m_diff;
    QLabel *m_message;
    QPushButton *m_back;
    QPushButton *m_review;
    QPushButton *m_apply;
    QJsonObject m_object;
};

} // namespace shipdeck
