#include "backend/secrets/vault/vault.h"

#include "backend/core/clock.h"
#include "backend/secrets/crypto/primitives.h"
#include "backend/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace shipdeck {
namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

const QString kItemColumns = QStringLiteral(
    "name, owner, description, tags, created_at, updated_at, rotated_at, expires_at, rotation_days, last_used_at, "
    "use_count, version");

VaultItem readItem(Statement &st)
{
    VaultItem item;
    item.name = st.text(0);
    item.owner = st.text(1);
    item.description = st.text(2);
    for (const QJsonValue &v : QJsonDocument::fromJson(st.text(3).toUtf8()).array())
        item.tags << v.toString();
    item.createdMs = st.int64(4);
    item.updatedMs = st.int64(5);
    item.rotatedMs = st.isNull(6) ? 0 : st.int64(6);
    item.expiresMs = st.isNull(7) ? 0 : st.int64(7);
    item.rotationDays = st.isNull(8) ? 0 : int(st.int64(8));
    item.lastUsedMs = st.isNull(9) ? 0 : st.int64(9);
    item.useCount = int(st.int64(10));
    item.version = int(st.int64(11));
    return item;
}

QString tagsJson(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

Error noItem(const QString &name)
{
    return Error(ErrorCode::NotFound, QStringLiteral("the vault has no item '%1'").arg(name));
}

QString days(qint64 ms)
{
    const qint64 d = ms / kDayMs;
    return d == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(d);
}

} // namespace

QJsonObject VaultItem::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("description"), description},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("createdMs"), createdMs},
            {QStringLiteral("updatedMs"), updatedMs},
            {QStringLiteral("rotatedMs"), rotatedMs},
            {QStringLiteral("expiresMs"), expiresMs},
            {QStringLiteral("rotationDays"), rotationDays},
            {QStringLiteral("lastUsedMs"), lastUsedMs},
            {QStringLiteral("useCount"), useCount},
            {QStringLiteral("version"), version}};
}

QString VaultFinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Expired: return QStringLiteral("expired");
    case Kind::OverdueRotation: return QStringLiteral("overdue-rotation");
    case Kind::Expiring: return QStringLiteral("expiring");
    case Kind::DuplicateValue: return QStringLiteral("duplicate-value");
    case Kind::NeverRotated: return QStringLiteral("never-rotated");
    case Kind::Unused: return QStringLiteral("unused");
    }
    return {};
}

QJsonObject VaultFinding::toJson() const
{
    return {{QStringLiteral("kind"), kindName(kind)},
            {QStringLiteral("item"), item},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("severity"), severity},
            {QStringLiteral("related"), QJsonArray::fromStringList(related)}};
}

QJsonObject VaultAuditReport::toJson() const
{
    QJsonArray list;
    for (const VaultFinding &f : findings)
        list.append(f.toJson());
    return {{QStringLiteral("generatedMs"), generatedMs}, {QStringLiteral("items"), items}, {QStringLiteral("findings"), list}};
}

VaultKdfParams VaultKdfParams::fresh(int logN)
{
    VaultKdfParams p;
    p.salt = crypto::randomBytes(16);
    p.logN = logN;
    return p;
}

Vault::Vault(Database &db, const Clock *clock) : m_db(db), m_clock(clock ? clock : Clock::system()) {}

Vault::~Vault() = default;

QString Vault::keySourceName(KeySource source)
{
    return source == KeySource::Keychain ? QStringLiteral("keychain") : QStringLiteral("passphrase");
}

QByteArray Vault::checkPlaintext()
{
    return QByteArrayLiteral("shipdeck-vault-key-check-v1");
}

Result<bool> Vault::isInitialized()
{
    SD_TRY(QVariant n, m_db.scalar(QStringLiteral("SELECT count(*) FROM vault_meta")));
    return n.toInt() > 0;
}

Result<Vault::KeySource> Vault::keySource()
{
    SD_TRY(QVariant s, m_db.scalar(QStringLiteral("SELECT key_source FROM vault_meta WHERE id = 1")));
    if (s.isNull())
        return Error(ErrorCode::NotFound, QStringLiteral("the vault has not been created in this workspace"));
    return s.toString() == QLatin1String("keychain") ? KeySource::Keychain : KeySource::Passphrase;
}

Result<VaultKdfParams> Vault::kdfParams()
{
    SD_TRY(Statement * st, m_db.prepare(QStringLiteral("SELECT kdf_salt, kdf_log_n, kdf_r, kdf_p FROM vault_meta WHERE id = 1")));
    SD_TRY(bool row, st->step());
    if (!row)
        return Error(ErrorCode::NotFound, QStringLiteral("the vault has not been created in this workspace"));
    VaultKdfParams p;
    p.salt = st->blob(0);
    p.logN = int(st->int64(1));
    p.r = int(st->int64(2));
    p.p = int(st->int64(3));
    st->reset();
    return p;
}

Result<SecureBuffer> Vault::deriveKey(const SecureBuffer &passphrase, const VaultKdfParams &params)
{
    if (passphrase.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the vault passphrase is empty"));
    if (params.salt.size() < 16 || params.logN < 10 || params.logN > 22 || params.r < 1 || params.p < 1)
        return Error(ErrorCode::Corrupt, QStringLiteral("the vault's scrypt parameters are out of range (logN %1, r %2, p %3)")
                                             .arg(params.logN).arg(params.r).arg(params.p));
    return crypto::scrypt(passphrase, params.salt, quint64(1) << params.logN, quint32(params.r), quint32(params.p));
}

Result<void> Vault::deriveSubkeys(const SecureBuffer &vaultKey, SecureBuffer &enc, SecureBuffer &mac)
{
    if (vaultKey.size() != 32)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a vault key is 32 bytes"));
    SD_TRY(enc, crypto::hkdfSha256(vaultKey, QByteArray(), QByteArrayLiteral("shipdeck vault v1 encryption")));
    SD_TRY(mac, crypto::hkdfSha256(vaultKey, QByteArray(), QByteArrayLiteral("shipdeck vault v1 value mac")));
    return success();
}

Result<void> Vault::initialize(const SecureBuffer &vaultKey, KeySource source, const VaultKdfParams &params)
{
    SD_TRY(bool exists, isInitialized());
    if (exists)
        return Error(ErrorCode::AlreadyExists, QStringLiteral("the vault already exists in this workspace"));
    SecureBuffer enc, mac;
    SD_CHECK(deriveSubkeys(vaultKey, enc, mac));
    const QByteArray nonce = crypto::randomBytes(12);
    SD_TRY(crypto::GcmSealed check, crypto::aesGcmSeal(enc, nonce, SecureBuffer::fromByteArray(checkPlaintext()), QByteArrayLiteral("key-check")));
    SD_TRY(Statement * st, m_db.prepare(QStringLiteral(
        "INSERT INTO vault_meta(id, key_source, kdf, kdf_salt, kdf_log_n, kdf_r, kdf_p, key_check, created_at) "
        "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)")));
    st->bind(1, keySourceName(source))
        .bind(2, source == KeySource::Passphrase ? QStringLiteral("scrypt") : QStringLiteral("none"))
        .bind(3, params.salt)
        .bind(4, params.logN)
        .bind(5, params.r)
        .bind(6, params.p)
        .bind(7, nonce + check.ciphertext + check.tag)
        .bind(8, m_clock->nowMs());
    SD_CHECK(st->run());
    m_encKey = std::move(enc);
    m_macKey = std::move(mac);
    return success();
}

Result<void> Vault::unlock(const SecureBuffer &vaultKey)
{
    SD_TRY(QVariant blob, m_db.scalar(QStringLiteral("SELECT key_check FROM vault_meta WHERE id = 1")));
    if (blob.isNull())
        return Error(ErrorCode::NotFound, QStringLiteral("the vault has not been created in this workspace"));
    const QByteArray check = blob.toByteArray();
    if (check.size() != 12 + qsizetype(checkPlaintext().size()) + 16)
        return Error(ErrorCode::Corrupt, QStringLiteral("the vault's key check record is damaged"));
    SecureBuffer enc, mac;
    SD_CHECK(deriveSubkeys(vaultKey, enc, mac));
    auto opened = crypto::aesGcmOpen(enc, check.left(12), check.mid(12, check.size() - 28), check.right(16), QByteArrayLiteral("key-check"));
    if (!opened)
        return Error(ErrorCode::Unauthenticated, QStringLiteral("wrong vault passphrase (or key)"));
    m_encKey = std::move(enc);
    m_macKey = std::move(mac);
    return success();
}

void Vault::lock()
{
    m_encKey.clear();
    m_macKey.clear();
}

Result<void> Vault::requireUnlocked() const
{
    if (!isUnlocked())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("the vault is locked"));
    return success();
}

Result<QByteArray> Vault::valueMac(const SecureBuffer &value) const
{
    return crypto::hmacSha256(m_macKey, value.view());
}

Result<QList<VaultItem>> Vault::list()
{
    SD_TRY(Statement * st, m_db.prepare(QStringLiteral("SELECT %1 FROM vault_items ORDER BY name").arg(kItemColumns)));
    QList<VaultItem> out;
    while (true) {
        SD_TRY(bool row, st->step());
        if (!row)
            break;
        out.append(readItem(*st));
    }
    return out;
}

Result<VaultItem> Vault::item(const QString &name)
{
    SD_TRY(Statement * st, m_db.prepare(QStringLiteral("SELECT %1 FROM vault_items WHERE name = ?").arg(kItemColumns)));
    st->bind(1, name);
    SD_TRY(bool row, st->step());
    if (!row)
        return noItem(name);
    VaultItem item = readItem(*st);
    st->reset();
    return item;
}

Result<VaultItem> Vault::put(const QString &name, const SecureBuffer &value, const VaultItemSpec &spec)
{
    SD_CHECK(requireUnlocked());
    if (name.trimmed().isEmpty() || name.size() > 200)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a vault item needs a name of 1 to 200 characters"));
    const QByteArray nonce = crypto::randomBytes(12);
    SD_TRY(crypto::GcmSealed sealed, crypto::aesGcmSeal(m_encKey, nonce, value, name.toUtf8()));
    SD_TRY(QByteArray mac, valueMac(value));
    const qint64 now = m_clock->nowMs();
    SD_TRY(Statement * st, m_db.prepare(QStringLiteral(
        "INSERT INTO vault_items(name, owner, description, tags, created_at, updated_at, expires_at, rotation_days, nonce, ciphertext, value_mac) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7, ?8, ?9, ?10) "
        "ON CONFLICT(name) DO UPDATE SET owner = ?2, description = ?3, tags = ?4, updated_at = ?5, expires_at = ?6, "
        "rotation_days = ?7, nonce = ?8, ciphertext = ?9, value_mac = ?10")));
    st->bind(1, name).bind(2, spec.owner).bind(3, spec.description).bind(4, tagsJson(spec.tags)).bind(5, now);
    if (spec.expiresMs > 0)
        st->bind(6, spec.expiresMs);
    else
        st->bindNull(6);
    if (spec.rotationDays > 0)
        st->bind(7, spec.rotationDays);
    else
        st->bindNull(7);
    st->bind(8, nonce).bind(9, sealed.ciphertext + sealed.tag).bind(10, mac);
    SD_CHECK(st->run());
    return item(name);
}

Result<SecureBuffer> Vault::get(const QString &name)
{
    SD_CHECK(requireUnlocked());
    SD_TRY(Statement * st, m_db.prepare(QStringLiteral("SELECT nonce, ciphertext FROM vault_items WHERE name = ?")));
    st->bind(1, name);
    SD_TRY(bool row, st->step());
    if (!row)
        return noItem(name);
    const QByteArray nonce = st->blob(0);
    const QByteArray sealed = st->blob(1);
    st->reset();
    if (nonce.size() != 12 || sealed.size() < 16)
        return Error(ErrorCode::Corrupt, QStringLiteral("vault item '%1' is damaged").arg(name));
    auto plain = crypto::aesGcmOpen(m_encKey, nonce, sealed.chopped(16), sealed.right(16), name.toUtf8());
    if (!plain)
        return Error(ErrorCode::Corrupt, QStringLiteral("vault item '%1' does not authenticate (damaged or moved)").arg(name));
    SD_TRY(Statement * used, m_db.prepare(QStringLiteral(
        "UPDATE vault_items SET last_used_at = ?, use_count = use_count + 1 WHERE name = ?")));
    used->bind(1, m_clock->nowMs()).bind(2, name);
    SD_CHECK(used->run());
    return std::move(plain.value());
}

Result<VaultItem> Vault::rotate(const QString &name, const SecureBuffer &newValue)
{
    SD_CHECK(requireUnlocked());
    SD_TRY(VaultItem current, item(name));
    const QByteArray nonce = crypto::randomBytes(12);
    SD_TRY(crypto::GcmSealed sealed, crypto::aesGcmSeal(m_encKey, nonce, newValue, name.toUtf8()));
    SD_TRY(QByteArray mac, valueMac(newValue));
    SD_TRY(Statement * st, m_db.prepare(QStringLiteral(
        "UPDATE vault_items SET nonce = ?, ciphertext = ?, value_mac = ?, rotated_at = ?, updated_at = ?, "
        "version = version + 1 WHERE name = ?")));
    const qint64 now = m_clock->nowMs();
    st->bind(1, nonce).bind(2, sealed.ciphertext + sealed.tag).bind(3, mac).bind(4, now).bind(5, now).bind(6, name);
    SD_CHECK(st->run());
    Q_UNUSED(current);
    return item(name);
}

Result<void> Vault::remove(const QString &name)
{
    SD_TRY(Statement * st, m_db.prepare(QStringLiteral("DELETE FROM vault_items WHERE name = ?")));
    st->bind(1, name);
    SD_CHECK(st->run());
    if (m_db.changes() == 0)
        return noItem(name);
    return success();
}

Result<void> Vault::rekey(const SecureBuffer &newVaultKey, KeySource source, const VaultKdfParams &params)
{
    SD_CHECK(requireUnlocked());
    SecureBuffer enc, mac;
    SD_CHECK(deriveSubkeys(newVaultKey, enc, mac));
    SD_TRY(QList<VaultItem> items, list());
    auto done = m_db.transaction([&]() -> Result<void> {
        for (const VaultItem &it : items) {
            SD_TRY(Statement * st, m_db.prepare(QStringLiteral("SELECT nonce, ciphertext FROM vault_items WHERE name = ?")));
            st->bind(1, it.name);
            SD_TRY(bool row, st->step());
            if (!row)
                continue;
            const QByteArray nonce = st->blob(0);
            const QByteArray sealed = st->blob(1);
            st->reset();
            auto plain = crypto::aesGcmOpen(m_encKey, nonce, sealed.chopped(16), sealed.right(16), it.name.toUtf8());
            if (!plain)
                return Error(ErrorCode::Corrupt, QStringLiteral("vault item '%1' does not authenticate; nothing was re-keyed").arg(it.name));
            const QByteArray fresh = crypto::randomBytes(12);
            SD_TRY(crypto::GcmSealed resealed, crypto::aesGcmSeal(enc, fresh, plain.value(), it.name.toUtf8()));
            SD_TRY(QByteArray newMac, crypto::hmacSha256(mac, plain.value().view()));
            SD_TRY(Statement * up, m_db.prepare(QStringLiteral("UPDATE vault_items SET nonce = ?, ciphertext = ?, value_mac = ? WHERE name = ?")));
            up->bind(1, fresh).bind(2, resealed.ciphertext + resealed.tag).bind(3, newMac).bind(4, it.name);
            SD_CHECK(up->run());
        }
        const QByteArray nonce = crypto::randomBytes(12);
        SD_TRY(crypto::GcmSealed check, crypto::aesGcmSeal(enc, nonce, SecureBuffer::fromByteArray(checkPlaintext()), QByteArrayLiteral("key-check")));
        SD_TRY(Statement * meta, m_db.prepare(QStringLiteral(
            "UPDATE vault_meta SET key_source = ?, kdf = ?, kdf_salt = ?, kdf_log_n = ?, kdf_r = ?, kdf_p = ?, key_check = ?, "
            "rekeyed_at = ? WHERE id = 1")));
        meta->bind(1, keySourceName(source))
            .bind(2, source == KeySource::Passphrase ? QStringLiteral("scrypt") : QStringLiteral("none"))
            .bind(3, params.salt).bind(4, params.logN).bind(5, params.r).bind(6, params.p)
            .bind(7, nonce + check.ciphertext + check.tag).bind(8, m_clock->nowMs());
        return meta->run();
    });
    SD_CHECK(done);
    m_encKey = std::move(enc);
    m_macKey = std::move(mac);
    return success();
}

Result<VaultAuditReport> Vault::audit(int expiringWithinDays, int unusedAfterDays)
{
    VaultAuditReport report;
    const qint64 now = m_clock->nowMs();
    report.generatedMs = now;
    SD_TRY(QList<VaultItem> items, list());
    report.items = int(items.size());
    for (const VaultItem &it : items) {
        if (it.expiresMs > 0 && it.expiresMs <= now) {
            report.findings.append({VaultFinding::Kind::Expired, it.name, QStringLiteral("expired %1 ago").arg(days(now - it.expiresMs)), 3, {}});
        } else if (it.expiresMs > 0 && it.expiresMs - now <= expiringWithinDays * kDayMs) {
            report.findings.append({VaultFinding::Kind::Expiring, it.name, QStringLiteral("expires in %1").arg(days(it.expiresMs - now)), 2, {}});
        }
        const qint64 lastRotation = it.rotatedMs > 0 ? it.rotatedMs : it.createdMs;
        if (it.rotationDays > 0 && now - lastRotation > it.rotationDays * kDayMs) {
            report.findings.append({VaultFinding::Kind::OverdueRotation, it.name,
                                    QStringLiteral("rotation every %1 days; last %2 ago").arg(it.rotationDays).arg(days(now - lastRotation)), 3, {}});
        }
        if (it.rotatedMs == 0)
            report.findings.append({VaultFinding::Kind::NeverRotated, it.name, QStringLiteral("created %1 ago, never rotated").arg(days(now - it.createdMs)), 0, {}});
        const qint64 lastUse = it.lastUsedMs > 0 ? it.lastUsedMs : it.createdMs;
        if (now - lastUse > unusedAfterDays * kDayMs) {
            report.findings.append({VaultFinding::Kind::Unused, it.name,
                                    it.lastUsedMs > 0 ? QStringLiteral("last used %1 ago").arg(days(now - it.lastUsedMs))
                                                      : QStringLiteral("never used in %1").arg(days(now - it.createdMs)), 1, {}});
        }
    }
    SD_TRY(Statement * dup, m_db.prepare(QStringLiteral(
        "SELECT group_concat(name, char(10)) FROM (SELECT name, value_mac FROM vault_items ORDER BY name) "
        "GROUP BY value_mac HAVING count(*) > 1")));
    while (true) {
        SD_TRY(bool row, dup->step());
        if (!row)
            break;
        const QStringList names = dup->text(0).split(QLatin1Char('\n'));
        for (const QString &n : names) {
            QStringList others = names;
            others.removeAll(n);
            report.findings.append({VaultFinding::Kind::DuplicateValue, n,
                                    QStringLiteral("same value as %1").arg(others.join(QStringLiteral(", "))), 2, others});
        }
    }
    std::stable_sort(report.findings.begin(), report.findings.end(), [](const VaultFinding &a, const VaultFinding &b) {
        return a.severity > b.severity || (a.severity == b.severity && a.item < b.item);
    });
    return report;
}

} // namespace shipdeck
