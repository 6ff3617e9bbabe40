#pragma once

#include "backend/facade/backendservice.h"
#include "backend/secrets/secretstypes.h"
#include "backend/secrets/vault/vault.h"

#include <QFuture>

#include <memory>
#include <optional>

class QThreadPool;
class QTimer;

namespace shipdeck {

class BackendCore;
class Workspace;

namespace age {
class AgeIdentity;
}

// The secrets module on the backend thread: the workspace's vault, its SOPS files and
// Kubernetes Secret manifests, and the age identities in use. Key derivation, keychain calls
// and file work run on a worker pool; audit records and change events are written here.
// Every reveal, copy, edit, recipient change and rotation is recorded in the audit log
// (never the value). The GUI and CLI use SecretsClient.
class SecretsService final : public BackendService
{
    Q_OBJECT
public:
    static constexpr int kDefaultAutoLockMs = 15 * 60 * 1000;

    SecretsService();
    ~SecretsService() override;

    QString name() const override { return QStringLiteral("secrets"); }
    Result<void> open(BackendCore &core) override;
    void close() override;
    QFuture<Result<QJsonObject>> seedDemo(BackendCore &core) override;

    SecretsStatus status();
    void setAutoLockMs(int ms);
    void setClipboardClearMs(int ms) { m_clipboardClearMs = ms; }
    void setVaultWorkFactor(int logN) { m_vaultLogN = logN; }

    // Vault
    QFuture<Result<SecretsStatus>> createVault(SharedSecret passphrase, bool useKeychain, const QString &actor);
    QFuture<Result<SecretsStatus>> unlockVault(SharedSecret passphrase);
    QFuture<Result<SecretsStatus>> unlockVaultFromKeychain();
    SecretsStatus lockVault();
    QFuture<Result<SecretsStatus>> changeVaultKey(SharedSecret newPassphrase, bool useKeychain, const QString &actor);
    Result<QList<VaultItem>> vaultItems();
    Result<VaultItem> putVaultItem(const QString &name, SharedSecret value, const VaultItemSpec &spec, const QString &actor);
    Result<RevealedValue> revealVaultItem(const QString &name, const QString &actor, const QString &reason);
    Result<ClipboardGrant> copyVaultItem(const QString &name, const QString &actor);
    Result<VaultItem> rotateVaultItem(const QString &name, SharedSecret newValue, const QString &actor);
    Result<void> removeVaultItem(const QString &name, const QString &actor);
    Result<VaultAuditReport> vaultAudit(int expiringWithinDays = 14, int unusedAfterDays = 90);

    // age identities: kept in memory for the session, or stored in the vault (tag age-identity)
    Result<QString> addIdentity(SharedSecret identityText);
    Result<QString> generateIdentity(const QString &vaultItemName, const QString &actor);
    QList<std::shared_ptr<const age::AgeIdentity>> identities();

    // SOPS files (paths relative to the workspace)
    QFuture<Result<QList<SopsFileInfo>>> sopsFiles();
    QFuture<Result<QList<SopsEntryView>>> sopsEntries(const QString &path);
    QFuture<Result<RevealedValue>> revealSopsValue(const QString &path, const QString &key, const QString &actor);
    QFuture<Result<SopsFileInfo>> setSopsValue(const QString &path, const QString &key, SharedSecret value,
                                               const QString &type, const QString &actor);
    QFuture<Result<SopsFileInfo>> setSopsRecipients(const QString &path, const QStringList &recipients, const QString &actor);
    QFuture<Result<SopsFileInfo>> rotateSopsDataKey(const QString &path, const QString &actor);
    QFuture<Result<SharedSecret>> decryptSopsFile(const QString &path, const QString &actor);
    QFuture<Result<SopsFileInfo>> createSopsFile(const QString &path, SharedSecret plaintext, const QStringList &recipients,
                                                 const QString &encryptedRegex, const QString &actor);

    // Kubernetes Secret manifests
    // Files of the workspace holding `kind: Secret` documents (SOPS files are listed by sopsFiles).
    QFuture<Result<QList<KubeSecretFileInfo>>> kubeSecretFiles();
    QFuture<Result<QList<KubeSecretEntryView>>> kubeSecretEntries(const QString &path);
    QFuture<Result<RevealedValue>> revealKubeSecretValue(const QString &path, const QString &key, const QString &actor);
    QFuture<Result<void>> setKubeSecretValue(const QString &path, const QString &key, SharedSecret value, const QString &actor);

    Result<QString> resolvePath(const QString &relative) const;

private:
    void audit(const QString &actor, const QString &action, const QString &target, const QJsonObject &detail = {});
    void notify(const QString &event, const QJsonObject &data);
    void touch();
    Result<Vault *> vault();

    BackendCore *m_core = nullptr;
    Workspace *m_workspace = nullptr;
    std::unique_ptr<Vault> m_vault;
    QList<std::shared_ptr<const age::AgeIdentity>> m_sessionIdentities;
    QThreadPool *m_pool = nullptr;
    QTimer *m_autoLock = nullptr;
    int m_clipboardClearMs = 30'000;
    int m_vaultLogN = 17;
};

} // namespace shipdeck
