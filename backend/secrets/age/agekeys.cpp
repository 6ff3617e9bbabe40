#include "backend/secrets/age/agekeys.h"

#include "backend/secrets/age/agebase64.h"
#include "backend/secrets/age/agefailure.h"
#include "backend/secrets/age/ageheader.h"
#include "backend/secrets/age/bech32.h"
#include "backend/secrets/crypto/primitives.h"

#include <QDateTime>
#include <QRegularExpression>

namespace shipdeck::age {
namespace {

const QByteArray kX25519Label = QByteArrayLiteral("age-encryption.org/v1/X25519");
const QByteArray kScryptLabel = QByteArrayLiteral("age-encryption.org/v1/scrypt");
const QString kSecretHrp = QStringLiteral("age-secret-key-");
const QByteArray kZeroNonce(12, '\0');

Error stanzaError(const QString &type, const QString &why)
{
    return ageError(AgeFailure::Header, QStringLiteral("invalid %1 stanza: %2").arg(type, why));
}

// Opens a wrapped file key; nullopt when the tag does not verify (not for us).
Result<std::optional<SecureBuffer>> openFileKey(const SecureBuffer &wrapKey, const QByteArray &body, const QString &type)
{
    auto opened = crypto::chachaOpen(wrapKey, kZeroNonce, body);
    if (!opened) {
        if (opened.error().code() == ErrorCode::Unauthenticated)
            return std::optional<SecureBuffer>();
        return opened.error();
    }
    if (opened.value().size() != 16)
        return stanzaError(type, QStringLiteral("file key is not 16 bytes"));
    return std::optional<SecureBuffer>(std::move(opened.value()));
}

} // namespace

Result<X25519Recipient> X25519Recipient::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    SD_TRY(Bech32::Decoded d, Bech32::decode(trimmed).context(QStringLiteral("reading age recipient '%1'").arg(trimmed)));
    if (d.hrp != QLatin1String("age"))
        return Error(ErrorCode::Parse, QStringLiteral("'%1' is not an age X25519 recipient (expected age1…)").arg(trimmed));
    if (d.data.size() != 32)
        return Error(ErrorCode::Parse, QStringLiteral("age recipient '%1' does not hold a 32-byte key").arg(trimmed));
    if (trimmed != trimmed.toLower())
        return Error(ErrorCode::Parse, QStringLiteral("age recipient '%1' must be lower case").arg(trimmed));
    return X25519Recipient(d.data);
}

QString X25519Recipient::toString() const
{
    return Bech32::encode(QStringLiteral("age"), m_publicKey);
}

Result<QList<AgeStanza>> X25519Recipient::wrap(const SecureBuffer &fileKey) const
{
    const SecureBuffer ephemeral = crypto::randomKey(32);
    SD_TRY(QByteArray share, crypto::x25519PublicKey(ephemeral));
    SD_TRY(SecureBuffer shared, crypto::x25519(ephemeral, m_publicKey));
    SD_TRY(SecureBuffer wrapKey, crypto::hkdfSha256(shared, share + m_publicKey, kX25519Label));
    SD_TRY(QByteArray body, crypto::chachaSeal(wrapKey, kZeroNonce, fileKey));
    AgeStanza stanza;
    stanza.type = QByteArrayLiteral("X25519");
    stanza.args = {AgeBase64::encodeUnpadded(share)};
    stanza.body = body;
    return QList<AgeStanza>{stanza};
}

X25519Identity::X25519Identity(SecureBuffer secret, QByteArray publicKey)
    : m_secret(std::move(secret)), m_publicKey(std::move(publicKey))
{
}

Result<X25519Identity> X25519Identity::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("AGE-SECRET-KEY-PQ-"), Qt::CaseInsensitive))
        return Error(ErrorCode::Unsupported, QStringLiteral("post-quantum age identities (AGE-SECRET-KEY-PQ-1…) need ML-KEM, "
                                                            "which this OpenSSL does not provide"));
    auto decoded = Bech32::decode(trimmed);
    if (!decoded)
        return Error(ErrorCode::Parse, QStringLiteral("malformed age identity: %1").arg(decoded.error().message()));
    if (decoded.value().hrp != kSecretHrp || decoded.value().data.size() != 32)
        return Error(ErrorCode::Parse, QStringLiteral("not an age X25519 identity (expected AGE-SECRET-KEY-1…)"));
    SecureBuffer secret = SecureBuffer::fromByteArray(decoded.value().data);
    SecureBuffer::wipe(decoded.value().data);
    SD_TRY(QByteArray pub, crypto::x25519PublicKey(secret));
    return X25519Identity(std::move(secret), pub);
}

X25519Identity X25519Identity::generate()
{
    SecureBuffer secret = crypto::randomKey(32);
    QByteArray pub = crypto::x25519PublicKey(secret).value();
    return X25519Identity(std::move(secret), pub);
}

SecureBuffer X25519Identity::toSecretString() const
{
    QString text = Bech32::encode(kSecretHrp, m_secret.toByteArray()).toUpper();
    SecureBuffer out = SecureBuffer::fromString(text);
    SecureBuffer::wipe(text);
    return out;
}

X25519Recipient X25519Identity::recipient() const
{
    return X25519Recipient(m_publicKey);
}

Result<std::optional<SecureBuffer>> X25519Identity::unwrap(const QList<AgeStanza> &stanzas) const
{
    const QString type = QStringLiteral("X25519");
    for (const AgeStanza &s : stanzas) {
        if (s.type != "X25519")
            continue;
        if (s.args.size() != 1)
            return stanzaError(type, QStringLiteral("expected exactly one argument"));
        auto share = AgeBase64::decodeUnpadded(s.args.first());
        if (!share || share->size() != 32)
            return stanzaError(type, QStringLiteral("the share is not canonical base64 of 32 bytes"));
        if (s.body.size() != 32)
            return stanzaError(type, QStringLiteral("the body is not 32 bytes"));
        auto shared = crypto::x25519(m_secret, *share);
        if (!shared)
            return stanzaError(type, shared.error().message());
        SD_TRY(SecureBuffer wrapKey, crypto::hkdfSha256(shared.value(), *share + m_publicKey, kX25519Label));
        SD_TRY(std::optional<SecureBuffer> key, openFileKey(wrapKey, s.body, type));
        if (key)
            return key;
    }
    return std::optional<SecureBuffer>();
}

ScryptRecipient::ScryptRecipient(SecureBuffer passphrase, int workFactor)
    : m_passphrase(std::move(passphrase)), m_workFactor(workFactor)
{
}

Result<QList<AgeStanza>> ScryptRecipient::wrap(const SecureBuffer &fileKey) const
{
    if (m_workFactor < 1 || m_workFactor > 30)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("scrypt work factor %1 is out of range").arg(m_workFactor));
    const QByteArray salt = crypto::randomBytes(16);
    SD_TRY(SecureBuffer wrapKey, crypto::scrypt(m_passphrase, kScryptLabel + salt, quint64(1) << m_workFactor, 8, 1));
    SD_TRY(QByteArray body, crypto::chachaSeal(wrapKey, kZeroNonce, fileKey));
    AgeStanza stanza;
    stanza.type = QByteArrayLiteral("scrypt");
    stanza.args = {AgeBase64::encodeUnpadded(salt), QByteArray::number(m_workFactor)};
    stanza.body = body;
    return QList<AgeStanza>{stanza};
}

ScryptIdentity::ScryptIdentity(SecureBuffer passphrase, int maxWorkFactor)
    : m_passphrase(std::move(passphrase)), m_maxWorkFactor(maxWorkFactor)
{
}

Result<std::optional<SecureBuffer>> ScryptIdentity::unwrap(const QList<AgeStanza> &stanzas) const
{
    const QString type = QStringLiteral("scrypt");
    static const QRegularExpression decimal(QStringLiteral("^[1-9][0-9]*$"));
    for (const AgeStanza &s : stanzas) {
        if (s.type != "scrypt")
            continue;
        if (stanzas.size() != 1)
            return stanzaError(type, QStringLiteral("an scrypt stanza must be the only stanza"));
        if (s.args.size() != 2)
            return stanzaError(type, QStringLiteral("expected a salt and a work factor"));
        auto salt = AgeBase64::decodeUnpadded(s.args.at(0));
        if (!salt || salt->size() != 16)
            return stanzaError(type, QStringLiteral("the salt is not canonical base64 of 16 bytes"));
        const QString wf = QString::fromLatin1(s.args.at(1));
        if (!decimal.match(wf).hasMatch() || wf.size() > 2)
            return stanzaError(type, QStringLiteral("the work factor '%1' is not a decimal number").arg(wf));
        const int logN = wf.toInt();
        if (logN > m_maxWorkFactor || logN > 30)
            return stanzaError(type, QStringLiteral("work factor %1 is above the limit %2").arg(logN).arg(m_maxWorkFactor));
        if (s.body.size() != 32)
            return stanzaError(type, QStringLiteral("the body is not 32 bytes"));
        SD_TRY(SecureBuffer wrapKey, crypto::scrypt(m_passphrase, kScryptLabel + *salt, quint64(1) << logN, 8, 1));
        SD_TRY(std::optional<SecureBuffer> key, openFileKey(wrapKey, s.body, type));
        if (key)
            return key;
    }
    return std::optional<SecureBuffer>();
}

namespace AgeKeys {

Result<AgeIdentities> parseIdentities(const QByteArray &text, const QString &source)
{
    AgeIdentities out;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        auto identity = X25519Identity::parse(QString::fromLatin1(line));
        SecureBuffer::wipe(line);
        if (!identity) {
            return identity.error().withContext(source.isEmpty() ? QStringLiteral("reading identity on line %1").arg(i + 1)
                                                                 : QStringLiteral("reading %1 line %2").arg(source).arg(i + 1));
        }
        out.append(std::make_shared<X25519Identity>(std::move(identity.value())));
    }
    if (out.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("no age identity found in %1").arg(source.isEmpty() ? QStringLiteral("the input") : source));
    return out;
}

Result<AgeRecipients> parseRecipients(const QString &text)
{
    AgeRecipients out;
    for (QString line : text.split(QRegularExpression(QStringLiteral("[\\n,]")))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        SD_TRY(X25519Recipient r, X25519Recipient::parse(line));
        out.append(std::make_shared<X25519Recipient>(r));
    }
    if (out.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no age recipient given"));
    return out;
}

SecureBuffer keygenFile(const X25519Identity &identity, const QDateTime &created)
{
    SecureBuffer out;
    const QByteArray head = "# created: " + created.toUTC().toString(Qt::ISODate).toLatin1() + "\n# public key: "
        + identity.recipient().toString().toLatin1() + "\n";
    out.append(head.constData(), std::size_t(head.size()));
    out.append(identity.toSecretString());
    out.append("\n", 1);
    return out;
}

} // namespace AgeKeys
} // namespace shipdeck::age
