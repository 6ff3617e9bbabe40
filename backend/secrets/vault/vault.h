#pragma once

#include "backend/core/result.h"
#include "backend/secrets/crypto/securebuffer.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace shipdeck {

class Clock;
class Database;

struct VaultItemSpec
{
    QString owner;
    QString description;
    QStringList tags;
    qint64 expiresMs = 0;  // 0 = never
    int rotationDays = 0;  // 0 = no rotation policy
};

struct VaultItem
{
    QString name;
    QString owner;
    QString description;
    QStringList tags;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 rotatedMs = 0;  // 0 = never rotated
    qint64 expiresMs = 0;
    int rotationDays = 0;
    qint64 lastUsedMs = 0; // 0 = never revealed or copied
    int useCount = 0;
    int version = 1;

    QJsonObject toJson() const;
};

// One finding of the audit report; `severity` orders what needs action first.
struct VaultFinding
{
    enum class Kind { Expired, OverdueRotation, Expiring, DuplicateValue, NeverRotated, Unused };
    Kind kind;
    QString item;
    QString detail;
    int severity = 0; // 3 = act now … 0 = informational
    QStringList related; // duplicates: the other items with the same value

    static QString kindName(Kind kind);
    QJsonObject toJson() const;
};

struct VaultAuditReport
{
    qint64 generatedMs = 0;
    int items = 0;
    QList<VaultFinding> findings; // most severe first
    QJsonObject toJson() const;
};

struct VaultKdfParams
{
    QByteArray salt;  // 16 bytes
    int logN = 17;    // scrypt N = 2^logN (128 MiB with r = 8)
    int r = 8;
    int p = 1;
    static VaultKdfParams fresh(int logN = 17);
};

// The local vault in the workspace database. Values are sealed with AES-256-GCM under a key
// derived (HKDF) from the vault key, with the item name as additional data; the vault key comes
// from a passphrase through scrypt (parameters stored) or from the OS keychain. A key check
// blob tells a wrong passphrase from damage. Duplicate values are found through an HMAC of
// each value, never by comparing plaintext. Use from one thread (the connection's).
class Vault
{
public:
    enum class KeySource { Passphrase, Keychain };

    Vault(Database &db, const Clock *clock = nullptr);
    ~Vault();

    Result<bool> isInitialized();
    Result<KeySource> keySource();
    Result<VaultKdfParams> kdfParams();

    // Heavy (scrypt): run it on a worker thread.
    static Result<SecureBuffer> deriveKey(const SecureBuffer &passphrase, const VaultKdfParams &params);

    // Creates the vault with this key (refused when one exists).
    Result<void> initialize(const SecureBuffer &vaultKey, KeySource source, const VaultKdfParams &params = {});
    // Checks the key against the stored check blob; wrong key → Unauthenticated.
    Result<void> unlock(const SecureBuffer &vaultKey);
    void lock();
    bool isUnlocked() const { return !m_encKey.isEmpty(); }

    Result<QList<VaultItem>> list();
    Result<VaultItem> item(const QString &name);
    // Creates an item or replaces its value and metadata.
    Result<VaultItem> put(const QString &name, const SecureBuffer &value, const VaultItemSpec &spec);
    // The value; counts as a use (last used, use count).
    Result<SecureBuffer> get(const QString &name);
    // A new value; records the rotation and bumps the version.
    Result<VaultItem> rotate(const QString &name, const SecureBuffer &newValue);
    Result<void> remove(const QString &name);
    // Re-encrypts every item under a new vault key (new passphrase or source) atomically.
    Result<void> rekey(const SecureBuffer &newVaultKey, KeySource source, const VaultKdfParams &params = {});

    Result<VaultAuditReport> audit(int expiringWithinDays = 14, int unusedAfterDays = 90);

    static QString keySourceName(KeySource source);

private:
    Result<void> requireUnlocked() const;
    Result<QByteArray> valueMac(const SecureBuffer &value) const;
    static Result<void> deriveSubkeys(const SecureBuffer &vaultKey, SecureBuffer &enc, SecureBuffer &mac);
    static QByteArray checkPlaintext();

    Database &m_db;
    const Clock *m_clock;
    SecureBuffer m_encKey;
    SecureBuffer m_macKey;
};

} // namespace shipdeck

Q_DECLARE_METATYPE(shipdeck::VaultItem)
