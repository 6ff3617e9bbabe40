#include "models/secrets/secretsviewmodel.h"

#include "backend/facade/backend.h"
#include "models/secrets/kubesecretentrymodel.h"
#include "models/secrets/kubesecretfilemodel.h"
#include "models/secrets/revealedvalues.h"
#include "models/secrets/secretclipboard.h"
#include "models/secrets/sopsentrymodel.h"
#include "models/secrets/sopsfilemodel.h"
#include "models/secrets/vaultauditmodel.h"
#include "models/secrets/vaultitemmodel.h"

namespace shipdeck {

SecretsViewModel::SecretsViewModel(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_client(backend, qEnvironmentVariable("SHIPDECK_USER", qEnvironmentVariable("USER", QStringLiteral("gui"))))
    , m_revealed(new RevealedValues(this))
    , m_clipboard(new SecretClipboard(nullptr, this))
    , m_vaultItems(new VaultItemModel(m_revealed, this))
    , m_audit(new VaultAuditModel(this))
    , m_sopsFiles(new SopsFileModel(this))
    , m_sopsEntries(new SopsEntryModel(m_revealed, this))
    , m_kubeFiles(new KubeSecretFileModel(this))
    , m_kubeEntries(new KubeSecretEntryModel(m_revealed, this))
{
    connect(backend, &Backend::serviceEvent, this, &SecretsViewModel::onServiceEvent);
    connect(backend, &Backend::workspaceOpened, this, [this] {
        m_revealed->maskAll();
        m_sopsEntries->setEntries(QString(), {});
        m_kubeEntries->setEntries(QString(), {});
        refresh();
    });
    connect(backend, &Backend::stateChanged, this, [this](BackendState state) {
        if (state == BackendState::Ready)
            return;
        m_revealed->maskAll();
        m_clipboard->clearNow();
        m_hasStatus = false;
        m_status = {};
        m_vaultItems->setItems({});
        m_audit->setReport({});
        m_sopsFiles->setFiles({});
        m_kubeFiles->setFiles({});
        m_sopsEntries->setEntries(QString(), {});
        m_kubeEntries->setEntries(QString(), {});
        Q_EMIT statusChanged();
        Q_EMIT auditChanged();
    });
}

SecretsViewModel::~SecretsViewModel() = default;

void SecretsViewModel::refresh()
{
    refreshStatus();
    refreshVault();
    refreshFiles();
}

void SecretsViewModel::refreshStatus()
{
    m_client.status().then(this, [this](const Result<SecretsStatus> &s) {
        m_hasStatus = s.ok();
        m_status = s ? s.value() : SecretsStatus();
        Q_EMIT statusChanged();
    });
}

void SecretsViewModel::refreshVault()
{
    m_client.vaultItems().then(this, [this](const Result<QList<VaultItem>> &items) {
        m_vaultItems->setItems(items ? items.value() : QList<VaultItem>());
    });
    m_client.vaultAudit().then(this, [this](const Result<VaultAuditReport> &report) {
        m_audit->setReport(report ? report.value() : VaultAuditReport());
        m_vaultItems->setFindings(m_audit->report().findings);
        Q_EMIT auditChanged();
    });
}

void SecretsViewModel::refreshFiles()
{
    m_client.sopsFiles().then(this, [this](const Result<QList<SopsFileInfo>> &files) {
        m_sopsFiles->setFiles(files ? files.value() : QList<SopsFileInfo>());
        if (!files)
            Q_EMIT loadFailed(files.error().toString());
    });
    m_client.kubeSecretFiles().then(this, [this](const Result<QList<KubeSecretFileInfo>> &files) {
        m_kubeFiles->setFiles(files ? files.value() : QList<KubeSecretFileInfo>());
    });
}

void SecretsViewModel::onServiceEvent(const QString &service, const QString &event, const QJsonObject &data)
{
    if (service != QLatin1String("secrets"))
        return;
    if (event == QLatin1String("vault.locked")) {
        // Whatever came from the vault, and what its age identities decrypted, is masked again.
        m_revealed->maskAll();
        refreshStatus();
    } else if (event == QLatin1String("vault.unlocked") || event == QLatin1String("identities.changed")) {
        refreshStatus();
    } else if (event == QLatin1String("vault.changed")) {
        refreshStatus();
        refreshVault();
    } else if (event == QLatin1String("sops.fileChanged") || event == QLatin1String("kube.secretChanged")) {
        const QString path = data.value(QStringLiteral("path")).toString();
        const bool sops = event == QLatin1String("sops.fileChanged");
        m_revealed->maskAll(QStringLiteral("%1/%2#").arg(sops ? QStringLiteral("sops") : QStringLiteral("kube"), path));
        refreshFiles();
        if (sops && path == m_sopsEntries->file())
            openSopsFile(path);
        if (!sops && path == m_kubeEntries->file())
            openKubeFile(path);
    }
}

QFuture<Result<SecretsStatus>> SecretsViewModel::unlock(SharedSecret passphrase)
{
    return m_client.unlockVault(std::move(passphrase)).then(this, [this](Result<SecretsStatus> s) {
        if (s) {
            m_status = s.value();
            m_hasStatus = true;
            Q_EMIT statusChanged();
            refresh();
        }
        return s;
    });
}

QFuture<Result<SecretsStatus>> SecretsViewModel::unlockFromKeychain()
{
    return m_client.unlockVaultFromKeychain().then(this, [this](Result<SecretsStatus> s) {
        if (s)
            refresh();
        return s;
    });
}

QFuture<Result<SecretsStatus>> SecretsViewModel::lock()
{
    m_revealed->maskAll();
    return m_client.lockVault().then(this, [this](Result<SecretsStatus> s) {
        refreshStatus();
        return s;
    });
}

QFuture<Result<void>> SecretsViewModel::revealVaultItem(const QString &name, const QString &reason)
{
    return m_client.revealVaultItem(name, reason).then(this, [this, name](const Result<RevealedValue> &r) -> Result<void> {
        if (!r)
            return r.error();
        m_revealed->reveal(VaultItemModel::revealId(name), r.value().value);
        refreshVault(); // last used, use count
        return success();
    });
}

QFuture<Result<void>> SecretsViewModel::copyVaultItem(const QString &name)
{
    return m_client.copyVaultItem(name).then(this, [this, name](const Result<ClipboardGrant> &grant) -> Result<void> {
        if (!grant)
            return grant.error();
        m_clipboard->copy(grant.value(), name);
        refreshVault();
        return success();
    });
}

QFuture<Result<VaultItem>> SecretsViewModel::putVaultItem(const QString &name, SharedSecret value, const VaultItemSpec &spec)
{
    return m_client.putVaultItem(name, std::move(value), spec);
}

QFuture<Result<VaultItem>> SecretsViewModel::rotateVaultItem(const QString &name, SharedSecret value)
{
    m_revealed->mask(VaultItemModel::revealId(name));
    return m_client.rotateVaultItem(name, std::move(value));
}

QFuture<Result<void>> SecretsViewModel::removeVaultItem(const QString &name)
{
    m_revealed->mask(VaultItemModel::revealId(name));
    return m_client.removeVaultItem(name);
}

void SecretsViewModel::openSopsFile(const QString &path)
{
    m_client.sopsEntries(path).then(this, [this, path](const Result<QList<SopsEntryView>> &entries) {
        m_sopsEntries->setEntries(path, entries ? entries.value() : QList<SopsEntryView>());
        if (!entries)
            Q_EMIT loadFailed(entries.error().toString());
        Q_EMIT sopsFileOpened(path);
    });
}

QFuture<Result<void>> SecretsViewModel::revealSopsValue(const QString &key)
{
    const QString path = m_sopsEntries->file();
    return m_client.revealSopsValue(path, key).then(this, [this, path, key](const Result<RevealedValue> &r) -> Result<void> {
        if (!r)
            return r.error();
        m_revealed->reveal(SopsEntryModel::revealId(path, key), r.value().value);
        return success();
    });
}

QFuture<Result<SopsFileInfo>> SecretsViewModel::setSopsValue(const QString &key, SharedSecret value, const QString &type)
{
    const QString path = m_sopsEntries->file();
    m_revealed->mask(SopsEntryModel::revealId(path, key));
    return m_client.setSopsValue(path, key, std::move(value), type);
}

QFuture<Result<SopsFileInfo>> SecretsViewModel::setSopsRecipients(const QString &path, const QStringList &recipients)
{
    return m_client.setSopsRecipients(path, recipients);
}

QFuture<Result<SopsFileInfo>> SecretsViewModel::rotateSopsDataKey(const QString &path)
{
    return m_client.rotateSopsDataKey(path);
}

void SecretsViewModel::openKubeFile(const QString &path)
{
    m_client.kubeSecretEntries(path).then(this, [this, path](const Result<QList<KubeSecretEntryView>> &entries) {
        m_kubeEntries->setEntries(path, entries ? entries.value() : QList<KubeSecretEntryView>());
        if (!entries)
            Q_EMIT loadFailed(entries.error().toString());
        Q_EMIT kubeFileOpened(path);
    });
}

QFuture<Result<void>> SecretsViewModel::revealKubeValue(const QString &key)
{
    const QString path = m_kubeEntries->file();
    return m_client.revealKubeSecretValue(path, key).then(this, [this, path, key](const Result<RevealedValue> &r) -> Result<void> {
        if (!r)
            return r.error();
        m_revealed->reveal(KubeSecretEntryModel::revealId(path, key), r.value().value);
        return success();
    });
}

QFuture<Result<void>> SecretsViewModel::setKubeValue(const QString &key, SharedSecret value)
{
    const QString path = m_kubeEntries->file();
    m_revealed->mask(KubeSecretEntryModel::revealId(path, key));
    return m_client.setKubeSecretValue(path, key, std::move(value));
}

} // namespace shipdeck
