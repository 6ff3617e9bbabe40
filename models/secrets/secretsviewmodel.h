#pragma once

#include "backend/core/result.h"
#include "backend/secrets/secretsclient.h"
#include "backend/secrets/secretstypes.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace shipdeck {

class Backend;
class KubeSecretEntryModel;
class KubeSecretFileModel;
class RevealedValues;
class SecretClipboard;
class SopsEntryModel;
class SopsFileModel;
class VaultAuditModel;
class VaultItemModel;

// What the Secrets page shows, kept current from the secrets service's events: the vault's
// state and items, the audit report, the SOPS files and Kubernetes Secret manifests of the
// workspace and the values of the one open. Revealed values live in RevealedValues and are
// masked again after a short time, when the vault locks, and when a file is reloaded; copies
// go through SecretClipboard. Nothing here logs or stores a value.
class SecretsViewModel : public QObject
{
    Q_OBJECT
public:
    explicit SecretsViewModel(Backend *backend, QObject *parent = nullptr);
    ~SecretsViewModel() override;

    SecretsClient &client() { return m_client; }
    RevealedValues *revealed() const { return m_revealed; }
    SecretClipboard *clipboard() const { return m_clipboard; }
    VaultItemModel *vaultItems() const { return m_vaultItems; }
    VaultAuditModel *audit() const { return m_audit; }
    SopsFileModel *sopsFiles() const { return m_sopsFiles; }
    SopsEntryModel *sopsEntries() const { return m_sopsEntries; }
    KubeSecretFileModel *kubeFiles() const { return m_kubeFiles; }
    KubeSecretEntryModel *kubeEntries() const { return m_kubeEntries; }
    const SecretsStatus &status() const { return m_status; }
    bool hasStatus() const { return m_hasStatus; }

    void refresh();

    QFuture<Result<SecretsStatus>> unlock(SharedSecret passphrase);
    QFuture<Result<SecretsStatus>> unlockFromKeychain();
    QFuture<Result<SecretsStatus>> lock();
    QFuture<Result<void>> revealVaultItem(const QString &name, const QString &reason = {});
    QFuture<Result<void>> copyVaultItem(const QString &name);
    QFuture<Result<VaultItem>> putVaultItem(const QString &name, SharedSecret value, const VaultItemSpec &spec);
    QFuture<Result<VaultItem>> rotateVaultItem(const QString &name, SharedSecret value);
    QFuture<Result<void>> removeVaultItem(const QString &name);

    void openSopsFile(const QString &path);
    QFuture<Result<void>> revealSopsValue(const QString &key);
    QFuture<Result<SopsFileInfo>> setSopsValue(const QString &key, SharedSecret value, const QString &type = {});
    QFuture<Result<SopsFileInfo>> setSopsRecipients(const QString &path, const QStringList &recipients);
    QFuture<Result<SopsFileInfo>> rotateSopsDataKey(const QString &path);

    void openKubeFile(const QString &path);
    QFuture<Result<void>> revealKubeValue(const QString &key);
    QFuture<Result<void>> setKubeValue(const QString &key, SharedSecret value);

Q_SIGNALS:
    void statusChanged();
    void auditChanged();
    void sopsFileOpened(const QString &path);
    void kubeFileOpened(const QString &path);
    void loadFailed(const QString &message);

private:
    void onServiceEvent(const QString &service, const QString &event, const QJsonObject &data);
    void refreshStatus();
    void refreshVault();
    void refreshFiles();

    Backend *m_backend; // Not owned.
    SecretsClient m_client;
    RevealedValues *m_revealed;
    SecretClipboard *m_clipboard;
    VaultItemModel *m_vaultItems;
    VaultAuditModel *m_audit;
    SopsFileModel *m_sopsFiles;
    SopsEntryModel *m_sopsEntries;
    KubeSecretFileModel *m_kubeFiles;
    KubeSecretEntryModel *m_kubeEntries;
    SecretsStatus m_status;
    bool m_hasStatus = false;
};

} // namespace shipdeck
