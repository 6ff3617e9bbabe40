#include "ui/secrets/unlockvaultdialog.h"

#include "backend/secrets/crypto/securebuffer.h"
#include "ui/secrets/secretlineedit.h"
#include "models/secrets/secretsviewmodel.h"
#include "ui/shell/themeicons.h"
#include "ui/shell/thememanager.h"

#include <QDialogButtonBox>
#include <QLineEdit>

namespace shipdeck {

UnlockVaultDialog::UnlockVaultDialog(SecretsViewModel *vm, QWidget *parent)
    : QDialog(parent), m_vm(vm), m_passphrase(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("unlockVaultDialog"));
    setWindowTitle(tr("Unlock the Vault"));
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Unlock the vault"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    auto *summary = new QLabel(tr("Enter the vault passphrase. It derives the vault key (scrypt) and is not stored; the vault "
                                  "locks itself again after %n minute(s) without use.", nullptr,
                                  qMax(1, vm->status().autoLockMs / 60000)), this);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("vaultPassphrase"));
    m_passphrase->setAccessibleName(tr("Vault passphrase"));
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    // Keep it out of input-method prediction and out of the window's undo history.
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    layout->addWidget(m_passphrase);
    m_error->setWordWrap(true);
    m_error->hide();
    if (ThemeManager *theme = ThemeManager::instance())
        m_error->setStyleSheet(QStringLiteral("color: %1;").arg(theme->colors().danger.name()));
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_unlock = buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("confirmButton"));
    m_unlock->setDefault(true);
    m_keychain = buttons->addButton(tr("Use the Keychain"), QDialogButtonBox::ActionRole);
    m_keychain->setVisible(vm->status().keySource == QLatin1String("keychain") && vm->status().keychainAvailable);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockVaultDialog::unlock);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keychain, &QPushButton::clicked, this, [this] {
        m_vm->unlockFromKeychain().then(this, [this](const Result<SecretsStatus> &s) {
            if (s)
                return accept();
            m_error->setText(s.error().message());
            m_error->show();
        });
    });
    connect(m_passphrase, &QLineEdit::textChanged, this, [this] { m_unlock->setEnabled(!m_passphrase->text().isEmpty()); });
    m_unlock->setEnabled(false);
}

UnlockVaultDialog::~UnlockVaultDialog()
{
    wipeInput();
}

void UnlockVaultDialog::wipeInput()
{
    SecretLineEdit::wipe(m_passphrase);
}

void UnlockVaultDialog::unlock()
{
    if (m_passphrase->text().isEmpty())
        return;
    SharedSecret passphrase = makeSecret(m_passphrase->text());
    wipeInput();
    m_unlock->setEnabled(false);
    m_passphrase->setEnabled(false);
    m_error->setText(tr("Deriving the key…"));
    m_error->setStyleSheet(QString());
    m_error->show();
    m_vm->unlock(std::move(passphrase)).then(this, [this](const Result<SecretsStatus> &s) {
        m_passphrase->setEnabled(true);
        if (s)
            return accept();
        if (ThemeManager *theme = ThemeManager::instance())
            m_error->setStyleSheet(QStringLiteral("color: %1;").arg(theme->colors().danger.name()));
        m_error->setText(s.error().code() == ErrorCode::Unauthenticated ? tr("Wrong passphrase. Try again.") : s.error().toString());
        m_passphrase->setFocus();
    });
}

} // namespace shipdeck
