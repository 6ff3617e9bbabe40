#pragma once

#include "backend/secrets/secretstypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace shipdeck {

// Asks for a new secret value: masked while typed (a toggle shows it), optionally with its SOPS
// type or a "generate a random value" choice. The typed text is wiped when the dialog closes;
// the value leaves only as a SharedSecret.
class SecretValueDialog : public QDialog
{
    Q_OBJECT
public:
    struct Spec
    {
        QString title;      // "Rotate prod/db-password?"
        QString summary;    // what will happen
        QStringList details;
        QString confirmText;
        bool withType = false;
        QString type;       // preselected SOPS type
        bool allowGenerate = false;
    };

    SecretValueDialog(const Spec &spec, QWidget *parent = nullptr);
    ~SecretValueDialog() override;

    // The value entered (or generated); null when none.
    SharedSecret value() const;
    QString type() const;
    QLineEdit *valueEdit() const { return m_value; }
    QCheckBox *generateBox() const { return m_generate; }
    QPushButton *confirmButton() const { return m_confirm; }

    static QString randomValue(int length = 32);

protected:
    void done(int result) override;

private:
    void updateState();

    QLineEdit *m_value;
    QCheckBox *m_show;
    QCheckBox *m_generate = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_hint;
    QPushButton *m_confirm;
    SharedSecret m_result;
};

} // namespace shipdeck
