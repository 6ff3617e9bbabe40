#pragma once

#include "backend/core/result.h"
#include "backend/secrets/secretstypes.h"
#include "backend/secrets/vault/vault.h"

#include <QFuture>
#include <QStringList>

namespace shipdeck {

class Backend;

// The secrets module for the GUI and the CLI: every call returns at once with a future and
// runs on the backend thread (heavy parts on its worker pool). Changes arrive as
// Backend::serviceEvent("secrets", …): vault.changed, vault.locked, vault.unlocked,
// identities.changed, sops.fileChanged, kube.secretChanged. Values only ever travel as
// SharedSecret; every reveal, copy and change is audited under `actor`.
class SecretsClient
{
public:
    explicit SecretsClient(Backend *backend, QString actor = {});

    const QString &actor() const { return m_actor; }

    QFuture<Result<SecretsStatus>> status();

    // Vault
    QFuture<Result<SecretsStatus>> createVault(SharedSecret passphrase);
    QFuture<Result<SecretsStatus>> createVaultInKeychain();
    QFuture<Result<SecretsStatus>> unlockVault(SharedSecret passphrase);
    QFuture<Result<SecretsStatus>> unlockVaultFromKeychain();
    QFuture<Result<SecretsStatus>> lockVault();
    QFuture<Result<SecretsStatus>> changeVaultPassphrase(SharedSecret newPassphrase);
    QFuture<Result<QList<VaultItem>>> vaultItems();
    QFuture<Result<VaultItem>> putVaultItem(const QString &name, SharedSecret value, const VaultItemSpec &spec);
    QFuture<Result<RevealedValue>> revealVaultItem(const QString &name, const QString &reason = {});
    QFuture<Result<ClipboardGrant>> copyVaultItem(const QString &name);
    QFuture<Result<VaultItem>> rotateVaultItem(const QString &name, SharedSecret newValue);
    QFuture<Result<void>> removeVaultItem(const QString &name);
    QFuture<Result<VaultAuditReport>> vaultAudit(int expiringWithinDays = 14, int unusedAfterDays = 90);

    // age identities
    QFuture<Result<QString>> addIdentity(SharedSecret identityText);
    QFuture<Result<QString>> generateIdentity(const QString &vaultItemName);

    // SOPS files (paths relative to the workspace)
    QFuture<Result<QList<SopsFileInfo>>> sopsFiles();
    QFuture<Result<QList<SopsEntryView>>> sopsEntries(const QString &path);
    QFuture<Result<RevealedValue>> revealSopsValue(const QString &path, const QString &key);
    QFuture<Result<SopsFileInfo>> setSopsValue(const QString &path, const QString &key, SharedSecret value, const QString &type = {});
    QFuture<Result<SopsFileInfo>> setSopsRecipients(const QString &path, const QStringList &recipients);
    QFuture<Result<SopsFileInfo>> rotateSopsDataKey(const QString &path);
    QFuture<Result<SharedSecret>> decryptSopsFile(const QString &path);
    QFuture<Result<SopsFileInfo>> createSopsFile(const QString &path, SharedSecret plaintext, const QStringList &recipients,
                                                 const QString &encryptedRegex = {});

    // Kubernetes Secret manifests
    QFuture<Result<QList<KubeSecretFileInfo>>> kubeSecretFiles();
    QFuture<Result<QList<KubeSecretEntryView>>> kubeSecretEntries(const QString &path);
    QFuture<Result<RevealedValue>> revealKubeSecretValue(const QString &path, const QString &key);
    QFuture<Result<void>> setKubeSecretValue(const QString &path, const QString &key, SharedSecret value);

private:
    Backend *m_backend; // Not owned.
    QString m_actor;
};

} // namespace shipdeck
