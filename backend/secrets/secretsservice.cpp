#include "backend/secrets/secretsservice.h"

#include "backend/core/clock.h"
#include "backend/core/logging.h"
#include "backend/facade/backendcore.h"
#include "backend/secrets/age/agekeys.h"
#include "backend/secrets/crypto/primitives.h"
#include "backend/secrets/vault/keychain.h"
#include "backend/store/auditlog.h"
#include "backend/store/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

namespace shipdeck {

SD_REGISTER_BACKEND_SERVICE(SecretsService, 310);

namespace {

const QString kIdentityTag = QStringLiteral("age-identity");

QString keychainAccount(const Workspace &ws)
{
    return QDir(ws.path()).absolutePath();
}

Result<SecureBuffer> readKeyFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    QByteArray bytes = f.readAll();
    SecureBuffer out = SecureBuffer::fromByteArray(bytes);
    SecureBuffer::wipe(bytes);
    return out;
}

} // namespace

SecretsService::SecretsService() = default;
SecretsService::~SecretsService() = default;

Result<void> SecretsService::open(BackendCore &core)
{
    m_core = &core;
    SD_TRY(m_workspace, core.workspace());
    m_vault = std::make_unique<Vault>(m_workspace->db(), m_workspace->clock());
    m_pool = new QThreadPool(this);
    m_pool->setMaxThreadCount(2);
    m_autoLock = new QTimer(this);
    m_autoLock->setSingleShot(true);
    m_autoLock->setInterval(kDefaultAutoLockMs);
    connect(m_autoLock, &QTimer::timeout, this, [this] {
        if (m_vault && m_vault->isUnlocked()) {
            m_vault->lock();
            notify(QStringLiteral("vault.locked"), {{QStringLiteral("reason"), QStringLiteral("idle")}});
        }
    });
    return success();
}

void SecretsService::close()
{
    if (m_pool)
        m_pool->waitForDone();
    if (m_vault)
        m_vault->lock();
    m_vault.reset();
    m_sessionIdentities.clear();
    m_workspace = nullptr;
}

void SecretsService::setAutoLockMs(int ms)
{
    m_autoLock->setInterval(ms);
    if (m_vault && m_vault->isUnlocked())
        touch();
}

void SecretsService::touch()
{
    if (m_autoLock->interval() > 0)
        m_autoLock->start();
}

void SecretsService::audit(const QString &actor, const QString &action, const QString &target, const QJsonObject &detail)
{
    if (!m_workspace)
        return;
    auto appended = AuditLog(m_workspace->db(), m_workspace->clock())
                        .append(actor.isEmpty() ? QStringLiteral("unknown") : actor, action, target,
                                QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!appended)
        qCWarning(lcBackend, "secrets: could not record %s on %s: %s", qPrintable(action), qPrintable(target),
                  qPrintable(appended.error().toString()));
}

void SecretsService::notify(const QString &event, const QJsonObject &data)
{
    if (m_core)
        Q_EMIT m_core->serviceEvent(name(), event, data);
}

Result<Vault *> SecretsService::vault()
{
    if (!m_vault)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    return m_vault.get();
}

SecretsStatus SecretsService::status()
{
    SecretsStatus s;
    const Keychain::Status kc = Keychain::probe();
    s.keychainAvailable = kc.available;
    s.keychainDetail = kc.detail;
    s.autoLockMs = m_autoLock ? m_autoLock->interval() : 0;
    if (m_vault) {
        s.vaultExists = m_vault->isInitialized().valueOr(false);
        s.vaultUnlocked = m_vault->isUnlocked();
        if (s.vaultExists) {
            if (auto src = m_vault->keySource())
                s.keySource = Vault::keySourceName(src.value());
        }
    }
    for (const auto &id : identities()) {
        if (auto x = std::dynamic_pointer_cast<const age::X25519Identity>(id))
            s.recipients << x->recipient().toString();
    }
    s.recipients.removeDuplicates();
    return s;
}

QFuture<Result<SecretsStatus>> SecretsService::createVault(SharedSecret passphrase, bool useKeychain, const QString &actor)
{
    auto v = vault();
    if (!v)
        return QtFuture::makeReadyFuture(Result<SecretsStatus>(v.error()));
    if (v.value()->isInitialized().valueOr(false))
        return QtFuture::makeReadyFuture(Result<SecretsStatus>(Error(ErrorCode::AlreadyExists, QStringLiteral("the vault already exists"))));
    const QString account = keychainAccount(*m_workspace);
    const int logN = m_vaultLogN;
    struct Derived
    {
        std::shared_ptr<SecureBuffer> key;
        VaultKdfParams params;
    };
    return QtConcurrent::run(m_pool, [passphrase, useKeychain, account, logN]() -> Result<Derived> {
        Derived d;
        if (useKeychain) {
            d.key = std::make_shared<SecureBuffer>(crypto::randomKey(32));
            SD_CHECK(Keychain::store(account, QStringLiteral("Shipdeck vault (%1)").arg(account), *d.key));
            return d;
        }
        if (!passphrase || passphrase->isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("a vault passphrase is needed"));
        d.params = VaultKdfParams::fresh(logN);
        SD_TRY(SecureBuffer key, Vault::deriveKey(*passphrase, d.params));
        d.key = std::make_shared<SecureBuffer>(std::move(key));
        return d;
    }).then(this, [this, useKeychain, actor](Result<Derived> d) -> Result<SecretsStatus> {
        if (!d)
            return d.error();
        SD_TRY(Vault * v, vault());
        SD_CHECK(v->initialize(*d.value().key, useKeychain ? Vault::KeySource::Keychain : Vault::KeySource::Passphrase, d.value().params));
        audit(actor, QStringLiteral("secret.vault.create"), QStringLiteral("vault"),
              {{QStringLiteral("keySource"), useKeychain ? QStringLiteral("keychain") : QStringLiteral("passphrase")}});
        touch();
        notify(QStringLiteral("vault.changed"), {});
        return status();
    });
}

QFuture<Result<SecretsStatus>> SecretsService::unlockVault(SharedSecret passphrase)
{
    auto v = vault();
    if (!v)
        return QtFuture::makeReadyFuture(Result<SecretsStatus>(v.error()));
    auto params = v.value()->kdfParams();
    if (!params)
        return QtFuture::makeReadyFuture(Result<SecretsStatus>(params.error()));
    const VaultKdfParams p = params.value();
    return QtConcurrent::run(m_pool, [passphrase, p]() -> Result<std::shared_ptr<SecureBuffer>> {
        if (!passphrase)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("a vault passphrase is needed"));
        SD_TRY(SecureBuffer key, Vault::deriveKey(*passphrase, p));
        return std::make_shared<SecureBuffer>(std::move(key));
    }).then(this, [this](Result<std::shared_ptr<SecureBuffer>> key) -> Result<SecretsStatus> {
        if (!key)
            return key.error();
        SD_TRY(Vault * v, vault());
        SD_CHECK(v->unlock(*key.value()));
        touch();
        notify(QStringLiteral("vault.unlocked"), {});
        return status();
    });
}

QFuture<Result<SecretsStatus>> SecretsService::unlockVaultFromKeychain()
{
    if (!m_workspace)
        return QtFuture::makeReadyFuture(Result<SecretsStatus>(Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"))));
    const QString account = keychainAccount(*m_workspace);
    return QtConcurrent::run(m_pool, [account]() -> Result<std::shared_ptr<SecureBuffer>> {
        SD_TRY(SecureBuffer key, Keychain::lookup(account));
        return std::make_shared<SecureBuffer>(std::move(key));
    }).then(this, [this](Result<std::shared_ptr<SecureBuffer>> key) -> Result<SecretsStatus> {
        if (!key)
            return key.error();
        SD_TRY(Vault * v, vault());
        SD_CHECK(v->unlock(*key.value()));
        touch();
        notify(QStringLiteral("vault.unlocked"), {});
        return status();
    });
}

SecretsStatus SecretsService::lockVault()
{
    if (m_vault)
        m_vault->lock();
    m_autoLock->stop();
    notify(QStringLiteral("vault.locked"), {{QStringLiteral("reason"), QStringLiteral("asked")}});
    return status();
}

QFuture<Result<SecretsStatus>> SecretsService::changeVaultKey(SharedSecret newPassphrase, bool useKeychain, const QString &actor)
{
    auto v = vault();
    if (!v || !v.value()->isUnlocked())
        return QtFuture::makeReadyFuture(Result<SecretsStatus>(Error(ErrorCode::FailedPrecondition, QStringLiteral("unlock the vault first"))));
    const QString account = keychainAccount(*m_workspace);
    const int logN = m_vaultLogN;
    struct Derived
    {
        std::shared_ptr<SecureBuffer> key;
        VaultKdfParams params;
    };
    return QtConcurrent::run(m_pool, [newPassphrase, useKeychain, account, logN]() -> Result<Derived> {
        Derived d;
        if (useKeychain) {
            d.key = std::make_shared<SecureBuffer>(crypto::randomKey(32));
            SD_CHECK(Keychain::store(account, QStringLiteral("Shipdeck vault (%1)").arg(account), *d.key));
            return d;
        }
        if (!newPassphrase || newPassphrase->isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("a new vault passphrase is needed"));
        d.params = VaultKdfParams::fresh(logN);
        SD_TRY(SecureBuffer key, Vault::deriveKey(*newPassphrase, d.params));
        d.key = std::make_shared<SecureBuffer>(std::move(key));
        return d;
    }).then(this, [this, useKeychain, actor](Result<Derived> d) -> Result<SecretsStatus> {
        if (!d)
            return d.error();
        SD_TRY(Vault * v, vault());
        SD_CHECK(v->rekey(*d.value().key, useKeychain ? Vault::KeySource::Keychain : Vault::KeySource::Passphrase, d.value().params));
        audit(actor, QStringLiteral("secret.vault.rekey"), QStringLiteral("vault"),
              {{QStringLiteral("keySource"), useKeychain ? QStringLiteral("keychain") : QStringLiteral("passphrase")}});
        notify(QStringLiteral("vault.changed"), {});
        return status();
    });
}

Result<QList<VaultItem>> SecretsService::vaultItems()
{
    SD_TRY(Vault * v, vault());
    return v->list();
}

Result<VaultItem> SecretsService::putVaultItem(const QString &name, SharedSecret value, const VaultItemSpec &spec, const QString &actor)
{
    SD_TRY(Vault * v, vault());
    if (!value)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no value given for '%1'").arg(name));
    SD_TRY(VaultItem item, v->put(name, *value, spec));
    audit(actor, QStringLiteral("secret.set"), QStringLiteral("vault/%1").arg(name), {{QStringLiteral("version"), item.version}});
    touch();
    notify(QStringLiteral("vault.changed"), {{QStringLiteral("item"), name}});
    return item;
}

Result<RevealedValue> SecretsService::revealVaultItem(const QString &name, const QString &actor, const QString &reason)
{
    SD_TRY(Vault * v, vault());
    SD_TRY(SecureBuffer value, v->get(name));
    audit(actor, QStringLiteral("secret.reveal"), QStringLiteral("vault/%1").arg(name), {{QStringLiteral("reason"), reason}});
    touch();
    return RevealedValue{makeSecret(std::move(value)), QStringLiteral("str")};
}

Result<ClipboardGrant> SecretsService::copyVaultItem(const QString &name, const QString &actor)
{
    SD_TRY(Vault * v, vault());
    SD_TRY(SecureBuffer value, v->get(name));
    ClipboardGrant grant;
    grant.fingerprint = crypto::sha256(value.view());
    grant.value = makeSecret(std::move(value));
    grant.clearAfterMs = m_clipboardClearMs;
    grant.mimeHints = {{QStringLiteral("x-kde-passwordManagerHint"), QStringLiteral("secret")}};
    audit(actor, QStringLiteral("secret.copy"), QStringLiteral("vault/%1").arg(name),
          {{QStringLiteral("clearAfterMs"), m_clipboardClearMs}});
    touch();
    return grant;
}

Result<VaultItem> SecretsService::rotateVaultItem(const QString &name, SharedSecret newValue, const QString &actor)
{
    SD_TRY(Vault * v, vault());
    if (!newValue)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no new value given for '%1'").arg(name));
    SD_TRY(VaultItem item, v->rotate(name, *newValue));
    audit(actor, QStringLiteral("secret.rotate"), QStringLiteral("vault/%1").arg(name), {{QStringLiteral("version"), item.version}});
    touch();
    notify(QStringLiteral("vault.changed"), {{QStringLiteral("item"), name}});
    return item;
}

Result<void> SecretsService::removeVaultItem(const QString &name, const QString &actor)
{
    SD_TRY(Vault * v, vault());
    SD_CHECK(v->remove(name));
    audit(actor, QStringLiteral("secret.remove"), QStringLiteral("vault/%1").arg(name));
    notify(QStringLiteral("vault.changed"), {{QStringLiteral("item"), name}});
    return success();
}

Result<VaultAuditReport> SecretsService::vaultAudit(int expiringWithinDays, int unusedAfterDays)
{
    SD_TRY(Vault * v, vault());
    return v->audit(expiringWithinDays, unusedAfterDays);
}

Result<QString> SecretsService::addIdentity(SharedSecret identityText)
{
    if (!identityText)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no identity given"));
    SD_TRY(age::AgeIdentities ids, age::AgeKeys::parseIdentities(identityText->view(), QStringLiteral("the given identity")));
    QString recipient;
    for (const auto &id : ids) {
        if (auto x = std::dynamic_pointer_cast<const age::X25519Identity>(id))
            recipient = x->recipient().toString();
        m_sessionIdentities.append(id);
    }
    notify(QStringLiteral("identities.changed"), {});
    return recipient;
}

Result<QString> SecretsService::generateIdentity(const QString &vaultItemName, const QString &actor)
{
    SD_TRY(Vault * v, vault());
    auto identity = age::X25519Identity::generate();
    const QString recipient = identity.recipient().toString();
    VaultItemSpec spec;
    spec.tags = {kIdentityTag};
    spec.description = QStringLiteral("age identity for %1").arg(recipient);
    SD_CHECK(v->put(vaultItemName, identity.toSecretString(), spec));
    audit(actor, QStringLiteral("secret.identity.create"), QStringLiteral("vault/%1").arg(vaultItemName),
          {{QStringLiteral("recipient"), recipient}});
    notify(QStringLiteral("identities.changed"), {});
    return recipient;
}

QList<std::shared_ptr<const age::AgeIdentity>> SecretsService::identities()
{
    QList<std::shared_ptr<const age::AgeIdentity>> out = m_sessionIdentities;
    auto addFrom = [&out](const SecureBuffer &text, const QString &source) {
        if (auto ids = age::AgeKeys::parseIdentities(text.view(), source)) {
            for (const auto &id : ids.value())
                out.append(id);
        } else {
            qCWarning(lcBackend, "secrets: ignoring %s: %s", qPrintable(source), qPrintable(ids.error().toString()));
        }
    };
    if (qEnvironmentVariableIsSet("SOPS_AGE_KEY")) {
        QByteArray env = qgetenv("SOPS_AGE_KEY");
        addFrom(SecureBuffer::fromByteArray(env), QStringLiteral("$SOPS_AGE_KEY"));
        SecureBuffer::wipe(env);
    }
    QStringList files;
    if (qEnvironmentVariableIsSet("SOPS_AGE_KEY_FILE"))
        files << qEnvironmentVariable("SOPS_AGE_KEY_FILE");
    const QString config = qEnvironmentVariableIsSet("XDG_CONFIG_HOME") ? qEnvironmentVariable("XDG_CONFIG_HOME")
                                                                         : QDir::homePath() + QStringLiteral("/.config");
    files << config + QStringLiteral("/sops/age/keys.txt");
    for (const QString &f : files) {
        if (!QFile::exists(f))
            continue;
        if (auto text = readKeyFile(f))
            addFrom(text.value(), f);
    }
    if (m_vault && m_vault->isUnlocked()) {
        if (auto items = m_vault->list()) {
            for (const VaultItem &item : items.value()) {
                if (!item.tags.contains(kIdentityTag))
                    continue;
                if (auto text = m_vault->get(item.name))
                    addFrom(text.value(), QStringLiteral("vault item %1").arg(item.name));
            }
        }
    }
    return out;
}

} // namespace shipdeck
