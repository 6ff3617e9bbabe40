#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace shipdeck {

class SecretsViewModel;

// Asks for the vault passphrase (never shown, logged or kept: the line edit is wiped after each
// attempt) and unlocks the vault; a wrong passphrase keeps the dialog open and says so. Key
// derivation runs in the backend's worker pool, so the dialog stays responsive.
class UnlockVaultDialog : public QDialog
{
    Q_OBJECT
public:
    UnlockVaultDialog(SecretsViewModel *vm, QWidget *parent = nullptr);
    ~UnlockVaultDialog() override;

    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QPushButton *unlockButton() const { return m_unlock; }
    QLabel *errorLabel() const { return m_error; }

private:
    void unlock();
    void wipeInput();

    SecretsViewModel *m_vm; // Not owned.
    QLineEdit *m_passphrase;
    QLabel *m_error;
    QPushButton *m_unlock;
    QPushButton *m_keychain;
};

} // namespace shipdeck
