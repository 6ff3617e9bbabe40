#pragma once

#include <QDialog>

class QAbstractButton;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace shipdeck {

// Confirms an action by saying exactly what will happen, in plain words. Destructive actions
// get a red confirm button; when a reason is required, the button stays disabled until one
// is typed. The reason is then recorded with the action.
class ConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    struct Spec
    {
        QString title;          // "Promote storefront?"
        QString summary;        // what will happen, one sentence
        QStringList details;    // bullet points: weights, versions, environment, files …
        QString confirmText;    // "Promote"
        bool destructive = false;
        bool reasonRequired = false;
        QString reasonPlaceholder;
    };

    ConfirmDialog(const Spec &spec, QWidget *parent = nullptr);

    QString reason() const;
    QAbstractButton *confirmButton() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }

    // Shows the dialog modally; returns true when confirmed. *reason receives the reason.
    static bool ask(QWidget *parent, const Spec &spec, QString *reason = nullptr);

private:
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons;
    QAbstractButton *m_confirm = nullptr;
};

} // namespace shipdeck
