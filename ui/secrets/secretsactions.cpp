#include "ui/secrets/secretsactions.h"

#include "models/secrets/revealedvalues.h"
#include "models/secrets/secretsviewmodel.h"
#include "models/secrets/sopsentrymodel.h"
#include "models/secrets/sopsfilemodel.h"
#include "ui/secrets/secretspage.h"
#include "ui/secrets/secretvaluedialog.h"
#include "ui/secrets/unlockvaultdialog.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/confirmdialog.h"

#include <QAction>
#include <QInputDialog>

namespace shipdeck {

namespace {

const SopsFileInfo *sopsInfo(SecretsViewModel *vm, const QString &path)
{
    for (int r = 0; r < vm->sopsFiles()->rowCount(); ++r) {
        if (vm->sopsFiles()->fileAt(r)->path == path)
            return vm->sopsFiles()->fileAt(r);
    }
    return nullptr;
}

QString seconds(int ms)
{
    return QString::number(qMax(1, ms / 1000));
}

} // namespace

SecretsActions::SecretsActions(SecretsPage *page, SecretsViewModel *vm, const UiContext &context)
    : QObject(page), m_page(page), m_vm(vm), m_context(context)
{
    add(QStringLiteral("secrets.vault.unlock"), tr("Unlock Vault…"), QStringLiteral("key"), &SecretsActions::unlockVault);
    add(QStringLiteral("secrets.vault.lock"), tr("Lock Vault"), QStringLiteral("lock"), &SecretsActions::lockVault);
    add(QStringLiteral("secrets.vault.reveal"), tr("Reveal Vault Value…"), QStringLiteral("eye"), &SecretsActions::revealVaultItem);
    add(QStringLiteral("secrets.vault.copy"), tr("Copy Vault Value"), QStringLiteral("copy"), &SecretsActions::copyVaultItem);
    add(QStringLiteral("secrets.vault.rotate"), tr("Rotate Vault Value…"), QStringLiteral("refresh"), &SecretsActions::rotateVaultItem);
    add(QStringLiteral("secrets.sops.reveal"), tr("Reveal SOPS Value…"), QStringLiteral("eye"), &SecretsActions::revealSopsValue);
    add(QStringLiteral("secrets.sops.edit"), tr("Edit SOPS Value…"), QStringLiteral("wrench"), &SecretsActions::editSopsValue);
    add(QStringLiteral("secrets.sops.recipients"), tr("SOPS Recipients…"), QStringLiteral("user"), &SecretsActions::editSopsRecipients);
    add(QStringLiteral("secrets.sops.rotate"), tr("Rotate SOPS Data Key…"), QStringLiteral("retry"), &SecretsActions::rotateSopsDataKey);
    add(QStringLiteral("secrets.kube.reveal"), tr("Reveal Kubernetes Secret Value…"), QStringLiteral("eye"), &SecretsActions::revealKubeValue);
    const QString category = tr("Secrets");
    connect(context.actions->add(QStringLiteral("secrets.mask"), tr("Mask All Revealed Secrets"), category, {}, QStringLiteral("eye-off")),
            &QAction::triggered, this, [this] {
                m_vm->revealed()->maskAll();
                m_page->showMessage(tr("Every revealed value is masked again."), false);
            });
    connect(context.actions->add(QStringLiteral("secrets.audit"), tr("Show Secrets Audit Report"), category, {}, QStringLiteral("shield-check")),
            &QAction::triggered, this, [this] {
                m_page->requestShow();
                m_page->showTab(SecretsPage::AuditTab);
            });
    connect(context.actions->add(QStringLiteral("secrets.refresh"), tr("Reload Secrets"), category, {}, QStringLiteral("refresh")),
            &QAction::triggered, this, [this] { m_vm->refresh(); });

    // Shorter labels on the page; the palette keeps the full ones.
    for (const auto &[id, text] : {std::pair{"secrets.vault.unlock", tr("Unlock…")}, std::pair{"secrets.vault.lock", tr("Lock")},
                                   std::pair{"secrets.vault.reveal", tr("Reveal…")}, std::pair{"secrets.vault.copy", tr("Copy")},
                                   std::pair{"secrets.vault.rotate", tr("Rotate…")}, std::pair{"secrets.sops.reveal", tr("Reveal…")},
                                   std::pair{"secrets.sops.edit", tr("Edit Value…")}, std::pair{"secrets.sops.recipients", tr("Recipients…")},
                                   std::pair{"secrets.sops.rotate", tr("Rotate Data Key…")}, std::pair{"secrets.kube.reveal", tr("Reveal…")}}) {
        QAction *a = action(QString::fromLatin1(id));
        a->setIconText(text);
        a->setToolTip(QString(a->text()).remove(QLatin1Char('&')));
    }
    m_page->addHeaderAction(action(QStringLiteral("secrets.vault.unlock")));
    m_page->addHeaderAction(action(QStringLiteral("secrets.vault.lock")));
    m_page->addHeaderAction(context.actions->action(QStringLiteral("secrets.mask")), false);
    m_page->addHeaderAction(context.actions->action(QStringLiteral("secrets.refresh")), false);
    for (const char *id : {"secrets.vault.reveal", "secrets.vault.copy", "secrets.vault.rotate"})
        m_page->addToolbarAction(SecretsPage::VaultTab, action(QString::fromLatin1(id)));
    for (const char *id : {"secrets.sops.reveal", "secrets.sops.edit", "secrets.sops.recipients", "secrets.sops.rotate"})
        m_page->addToolbarAction(SecretsPage::SopsTab, action(QString::fromLatin1(id)));
    m_page->addToolbarAction(SecretsPage::KubeTab, action(QStringLiteral("secrets.kube.reveal")));

    connect(m_vm, &SecretsViewModel::statusChanged, this, &SecretsActions::updateEnabled);
    connect(m_page, &SecretsPage::selectionChanged, this, &SecretsActions::updateEnabled);
    updateEnabled();
}

QAction *SecretsActions::add(const QString &id, const QString &text, const QString &icon, void (SecretsActions::*slot)())
{
    QAction *a = m_context.actions->add(id, text, tr("Secrets"), {}, icon);
    connect(a, &QAction::triggered, this, slot);
    return a;
}

QAction *SecretsActions::action(const QString &id) const
{
    return m_context.actions->action(id);
}

void SecretsActions::updateEnabled()
{
    const SecretsStatus &s = m_vm->status();
    const bool unlocked = m_vm->hasStatus() && s.vaultUnlocked;
    const bool item = unlocked && !m_page->currentVaultItem().isEmpty();
    action(QStringLiteral("secrets.vault.unlock"))->setEnabled(m_vm->hasStatus() && s.vaultExists && !s.vaultUnlocked);
    action(QStringLiteral("secrets.vault.lock"))->setEnabled(unlocked);
    for (const char *id : {"secrets.vault.reveal", "secrets.vault.copy", "secrets.vault.rotate"})
        action(QString::fromLatin1(id))->setEnabled(item);
    const bool file = !m_page->currentSopsFile().isEmpty();
    const bool key = file && !m_page->currentSopsKey().isEmpty();
    action(QStringLiteral("secrets.sops.reveal"))->setEnabled(key);
    action(QStringLiteral("secrets.sops.edit"))->setEnabled(key);
    action(QStringLiteral("secrets.sops.recipients"))->setEnabled(file);
    action(QStringLiteral("secrets.sops.rotate"))->setEnabled(file);
    action(QStringLiteral("secrets.kube.reveal"))->setEnabled(!m_page->currentKubeKey().isEmpty());
}

void SecretsActions::report(const QString &okText, const Error *error)
{
    m_page->showMessage(error ? error->toString() : okText, error != nullptr);
}

bool SecretsActions::confirmReveal(const QString &what, QString *reason)
{
    ConfirmDialog::Spec spec;
    spec.title = tr("Reveal %1?").arg(what);
    spec.summary = tr("The value is shown on this page for %1 seconds, then masked again. The reveal is recorded in the "
                      "audit log with your name and the reason below.")
                       .arg(seconds(m_vm->revealed()->remaskAfterMs()));
    spec.details = {tr("Secret: %1").arg(what)};
    spec.confirmText = tr("Reveal");
    spec.reasonPlaceholder = tr("Why (optional, recorded): incident number, ticket…");
    return ConfirmDialog::ask(m_page, spec, reason);
}

void SecretsActions::unlockVault()
{
    m_page->requestShow();
    UnlockVaultDialog dialog(m_vm, m_page);
    if (dialog.exec() == QDialog::Accepted)
        m_page->showMessage(tr("The vault is unlocked."), false);
}

void SecretsActions::lockVault()
{
    m_vm->lock().then(this, [this](const Result<SecretsStatus> &s) {
        report(tr("The vault is locked; revealed values are masked again."), s ? nullptr : &s.error());
    });
}

void SecretsActions::revealVaultItem()
{
    const QString name = m_page->currentVaultItem();
    QString reason;
    if (name.isEmpty() || !confirmReveal(name, &reason))
        return;
    m_vm->revealVaultItem(name, reason).then(this, [this, name](const Result<void> &r) {
        report(tr("%1 is shown for %2 seconds.").arg(name, seconds(m_vm->revealed()->remaskAfterMs())), r ? nullptr : &r.error());
    });
}

void SecretsActions::copyVaultItem()
{
    const QString name = m_page->currentVaultItem();
    if (name.isEmpty())
        return;
    // The copy is recorded in the audit log; the clipboard is cleared after the backend's timeout.
    m_vm->copyVaultItem(name).then(this, [this](const Result<void> &r) {
        if (!r)
            report(QString(), &r.error());
    });
}

void SecretsActions::rotateVaultItem()
{
    const QString name = m_page->currentVaultItem();
    if (name.isEmpty())
        return;
    SecretValueDialog::Spec spec;
    spec.title = tr("Rotate %1?").arg(name);
    spec.summary = tr("The vault stores the new value as the next version of %1 and records the rotation. Services that read "
                      "the old value keep it until they are given the new one.").arg(name);
    spec.details = {tr("Item: %1").arg(name)};
    spec.confirmText = tr("Rotate");
    spec.allowGenerate = true;
    SecretValueDialog dialog(spec, m_page);
    if (dialog.exec() != QDialog::Accepted || !dialog.value())
        return;
    m_vm->rotateVaultItem(name, dialog.value()).then(this, [this, name](const Result<VaultItem> &r) {
        report(r ? tr("%1 rotated (version %2).").arg(name).arg(r.value().version) : QString(), r ? nullptr : &r.error());
    });
}

void SecretsActions::revealSopsValue()
{
    const QString file = m_page->currentSopsFile();
    const QString key = m_page->currentSopsKey();
    QString reason;
    if (key.isEmpty() || !confirmReveal(QStringLiteral("%1 → %2").arg(file, key), &reason))
        return;
    m_vm->revealSopsValue(key).then(this, [this, key](const Result<void> &r) {
        report(tr("%1 is shown for %2 seconds.").arg(key, seconds(m_vm->revealed()->remaskAfterMs())), r ? nullptr : &r.error());
    });
}

void SecretsActions::editSopsValue()
{
    const QString file = m_page->currentSopsFile();
    const QString key = m_page->currentSopsKey();
    const int row = m_vm->sopsEntries()->rowOf(key);
    const SopsEntryView *entry = m_vm->sopsEntries()->entryAt(row);
    if (!entry)
        return;
    SecretValueDialog::Spec spec;
    spec.title = tr("Change %1?").arg(key);
    spec.summary = entry->encrypted ? tr("The new value is encrypted with the file's data key and %1 is rewritten; the other "
                                         "values and the recipients stay as they are.").arg(file)
                                    : tr("%1 is stored in cleartext in %2 (it does not match the file's encrypted keys).").arg(key, file);
    spec.details = {tr("File: %1").arg(file), tr("Key: %1").arg(key)};
    spec.confirmText = tr("Save");
    spec.withType = true;
    spec.type = entry->type;
    SecretValueDialog dialog(spec, m_page);
    if (dialog.exec() != QDialog::Accepted || !dialog.value())
        return;
    m_vm->setSopsValue(key, dialog.value(), dialog.type()).then(this, [this, key, file](const Result<SopsFileInfo> &r) {
        report(tr("%1 saved in %2.").arg(key, file), r ? nullptr : &r.error());
    });
}

void SecretsActions::editSopsRecipients()
{
    const QString file = m_page->currentSopsFile();
    const SopsFileInfo *info = sopsInfo(m_vm, file);
    if (!info)
        return;
    const QStringList before = info->recipients;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(m_page, tr("Recipients of %1").arg(file),
                                                        tr("One age recipient (age1…) per line. Everyone listed can decrypt the file."),
                                                        before.join(QLatin1Char('\n')), &ok);
    if (!ok)
        return;
    QStringList after;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !after.contains(line.trimmed()))
            after.append(line.trimmed());
    }
    QStringList details = {tr("File: %1").arg(file)};
    for (const QString &r : after) {
        if (!before.contains(r))
            details << tr("Add: %1").arg(r);
    }
    for (const QString &r : before) {
        if (!after.contains(r))
            details << tr("Remove: %1").arg(r);
    }
    if (details.size() == 1)
        return m_page->showMessage(tr("The recipients of %1 are unchanged.").arg(file), false);
    ConfirmDialog::Spec spec;
    spec.title = tr("Change the recipients of %1?").arg(file);
    spec.summary = tr("The file's data key is encrypted again for exactly these %n recipient(s); removed ones can no longer "
                      "decrypt new versions (they keep what they already have — rotate the data key and the values for that).",
                      nullptr, int(after.size()));
    spec.details = details;
    spec.confirmText = tr("Update Recipients");
    spec.destructive = after.size() < before.size();
    if (!ConfirmDialog::ask(m_page, spec))
        return;
    m_vm->setSopsRecipients(file, after).then(this, [this, file](const Result<SopsFileInfo> &r) {
        report(tr("The recipients of %1 are updated.").arg(file), r ? nullptr : &r.error());
        if (r)
            m_vm->refresh();
    });
}

void SecretsActions::rotateSopsDataKey()
{
    const QString file = m_page->currentSopsFile();
    const SopsFileInfo *info = sopsInfo(m_vm, file);
    if (!info)
        return;
    ConfirmDialog::Spec spec;
    spec.title = tr("Rotate the data key of %1?").arg(file);
    spec.summary = tr("Every value of the file is decrypted and encrypted again with a new data key, which is encrypted for "
                      "the same %n recipient(s). The values themselves do not change.", nullptr, int(info->recipients.size()));
    spec.details = {tr("File: %1").arg(file)};
    for (const QString &r : info->recipients)
        spec.details << tr("Recipient: %1").arg(r);
    spec.confirmText = tr("Rotate Data Key");
    if (!ConfirmDialog::ask(m_page, spec))
        return;
    m_vm->rotateSopsDataKey(file).then(this, [this, file](const Result<SopsFileInfo> &r) {
        report(tr("The data key of %1 is rotated.").arg(file), r ? nullptr : &r.error());
    });
}

void SecretsActions::revealKubeValue()
{
    const QString key = m_page->currentKubeKey();
    QString reason;
    if (key.isEmpty() || !confirmReveal(key, &reason))
        return;
    m_vm->revealKubeValue(key).then(this, [this, key](const Result<void> &r) {
        report(tr("%1 is shown for %2 seconds.").arg(key, seconds(m_vm->revealed()->remaskAfterMs())), r ? nullptr : &r.error());
    });
}

} // namespace shipdeck
