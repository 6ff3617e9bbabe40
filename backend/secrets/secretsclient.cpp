#include "backend/secrets/secretsclient.h"

#include "backend/facade/backend.h"
#include "backend/secrets/secretsservice.h"

namespace shipdeck {
namespace {

Error noService()
{
    return Error(ErrorCode::FailedPrecondition, QStringLiteral("the secrets service is not running (no workspace is open)"));
}

// Runs fn(service) on the backend thread; fn returns Result<T>.
template<typename T, typename F>
QFuture<Result<T>> call(Backend *backend, F fn)
{
    return backend->post([fn = std::move(fn)](BackendCore &core) -> Result<T> {
        auto *s = core.service<SecretsService>();
        if (!s)
            return noService();
        return fn(*s);
    });
}

// Runs fn(service) on the backend thread; fn returns QFuture<Result<T>>.
template<typename T, typename F>
QFuture<Result<T>> callAsync(Backend *backend, F fn)
{
    return backend->post([fn = std::move(fn)](BackendCore &core) -> QFuture<Result<T>> {
        auto *s = core.service<SecretsService>();
        if (!s)
            return QtFuture::makeReadyFuture(Result<T>(noService()));
        return fn(*s);
    }).unwrap();
}

} // namespace

SecretsClient::SecretsClient(Backend *backend, QString actor) : m_backend(backend), m_actor(std::move(actor))
{
    if (m_actor.isEmpty())
        m_actor = qEnvironmentVariable("SHIPDECK_USER", qEnvironmentVariable("USER", QStringLiteral("unknown")));
}

QFuture<Result<SecretsStatus>> SecretsClient::status()
{
    return call<SecretsStatus>(m_backend, [](SecretsService &s) -> Result<SecretsStatus> { return s.status(); });
}

QFuture<Result<SecretsStatus>> SecretsClient::createVault(SharedSecret passphrase)
{
    return callAsync<SecretsStatus>(m_backend, [passphrase, a = m_actor](SecretsService &s) { return s.createVault(passphrase, false, a); });
}

QFuture<Result<SecretsStatus>> SecretsClient::createVaultInKeychain()
{
    return callAsync<SecretsStatus>(m_backend, [a = m_actor](SecretsService &s) { return s.createVault({}, true, a); });
}

QFuture<Result<SecretsStatus>> SecretsClient::unlockVault(SharedSecret passphrase)
{
    return callAsync<SecretsStatus>(m_backend, [passphrase](SecretsService &s) { return s.unlockVault(passphrase); });
}

QFuture<Result<SecretsStatus>> SecretsClient::unlockVaultFromKeychain()
{
    return callAsync<SecretsStatus>(m_backend, [](SecretsService &s) { return s.unlockVaultFromKeychain(); });
}

QFuture<Result<SecretsStatus>> SecretsClient::lockVault()
{
    return call<SecretsStatus>(m_backend, [](SecretsService &s) -> Result<SecretsStatus> { return s.lockVault(); });
}

QFuture<Result<SecretsStatus>> SecretsClient::changeVaultPassphrase(SharedSecret newPassphrase)
{
    return callAsync<SecretsStatus>(m_backend, [newPassphrase, a = m_actor](SecretsService &s) { return s.changeVaultKey(newPassphrase, false, a); });
}

QFuture<Result<QList<VaultItem>>> SecretsClient::vaultItems()
{
    return call<QList<VaultItem>>(m_backend, [](SecretsService &s) { return s.vaultItems(); });
}

QFuture<Result<VaultItem>> SecretsClient::putVaultItem(const QString &name, SharedSecret value, const VaultItemSpec &spec)
{
    return call<VaultItem>(m_backend, [=, a = m_actor](SecretsService &s) { return s.putVaultItem(name, value, spec, a); });
}

QFuture<Result<RevealedValue>> SecretsClient::revealVaultItem(const QString &name, const QString &reason)
{
    return call<RevealedValue>(m_backend, [=, a = m_actor](SecretsService &s) { return s.revealVaultItem(name, a, reason); });
}

QFuture<Result<ClipboardGrant>> SecretsClient::copyVaultItem(const QString &name)
{
    return call<ClipboardGrant>(m_backend, [=, a = m_actor](SecretsService &s) { return s.copyVaultItem(name, a); });
}

QFuture<Result<VaultItem>> SecretsClient::rotateVaultItem(const QString &name, SharedSecret newValue)
{
    return call<VaultItem>(m_backend, [=, a = m_actor](SecretsService &s) { return s.rotateVaultItem(name, newValue, a); });
}

QFuture<Result<void>> SecretsClient::removeVaultItem(const QString &name)
{
    return call<void>(m_backend, [=, a = m_actor](SecretsService &s) { return s.removeVaultItem(name, a); });
}

QFuture<Result<VaultAuditReport>> SecretsClient::vaultAudit(int expiringWithinDays, int unusedAfterDays)
{
    return call<VaultAuditReport>(m_backend, [=](SecretsService &s) { return s.vaultAudit(expiringWithinDays, unusedAfterDays); });
}

QFuture<Result<QString>> SecretsClient::addIdentity(SharedSecret identityText)
{
    return call<QString>(m_backend, [=](SecretsService &s) { return s.addIdentity(identityText); });
}

QFuture<Result<QString>> SecretsClient::generateIdentity(const QString &vaultItemName)
{
    return call<QString>(m_backend, [=, a = m_actor](SecretsService &s) { return s.generateIdentity(vaultItemName, a); });
}

QFuture<Result<QList<SopsFileInfo>>> SecretsClient::sopsFiles()
{
    return callAsync<QList<SopsFileInfo>>(m_backend, [](SecretsService &s) { return s.sopsFiles(); });
}

QFuture<Result<QList<SopsEntryView>>> SecretsClient::sopsEntries(const QString &path)
{
    return callAsync<QList<SopsEntryView>>(m_backend, [=](SecretsService &s) { return s.sopsEntries(path); });
}

QFuture<Result<RevealedValue>> SecretsClient::revealSopsValue(const QString &path, const QString &key)
{
    return callAsync<RevealedValue>(m_backend, [=, a = m_actor](SecretsService &s) { return s.revealSopsValue(path, key, a); });
}

QFuture<Result<SopsFileInfo>> SecretsClient::setSopsValue(const QString &path, const QString &key, SharedSecret value, const QString &type)
{
    return callAsync<SopsFileInfo>(m_backend, [=, a = m_actor](SecretsService &s) { return s.setSopsValue(path, key, value, type, a); });
}

QFuture<Result<SopsFileInfo>> SecretsClient::setSopsRecipients(const QString &path, const QStringList &recipients)
{
    return callAsync<SopsFileInfo>(m_backend, [=, a = m_actor](SecretsService &s) { return s.setSopsRecipients(path, recipients, a); });
}

QFuture<Result<SopsFileInfo>> SecretsClient::rotateSopsDataKey(const QString &path)
{
    return callAsync<SopsFileInfo>(m_backend, [=, a = m_actor](SecretsService &s) { return s.rotateSopsDataKey(path, a); });
}

QFuture<Result<SharedSecret>> SecretsClient::decryptSopsFile(const QString &path)
{
    return callAsync<SharedSecret>(m_backend, [=, a = m_actor](SecretsService &s) { return s.decryptSopsFile(path, a); });
}

QFuture<Result<SopsFileInfo>> SecretsClient::createSopsFile(const QString &path, SharedSecret plaintext, const QStringList &recipients,
                                                            const QString &encryptedRegex)
{
    return callAsync<SopsFileInfo>(m_backend, [=, a = m_actor](SecretsService &s) {
        return s.createSopsFile(path, plaintext, recipients, encryptedRegex, a);
    });
}

QFuture<Result<QList<KubeSecretFileInfo>>> SecretsClient::kubeSecretFiles()
{
    return callAsync<QList<KubeSecretFileInfo>>(m_backend, [](SecretsService &s) { return s.kubeSecretFiles(); });
}

QFuture<Result<QList<KubeSecretEntryView>>> SecretsClient::kubeSecretEntries(const QString &path)
{
    return callAsync<QList<KubeSecretEntryView>>(m_backend, [=](SecretsService &s) { return s.kubeSecretEntries(path); });
}

QFuture<Result<RevealedValue>> SecretsClient::revealKubeSecretValue(const QString &path, const QString &key)
{
    return callAsync<RevealedValue>(m_backend, [=, a = m_actor](SecretsService &s) { return s.revealKubeSecretValue(path, key, a); });
}

QFuture<Result<void>> SecretsClient::setKubeSecretValue(const QString &path, const QString &key, SharedSecret value)
{
    return callAsync<void>(m_backend, [=, a = m_actor](SecretsService &s) { return s.setKubeSecretValue(path, key, value, a); });
}

} // namespace shipdeck
