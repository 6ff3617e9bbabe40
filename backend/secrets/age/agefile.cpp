#include "backend/secrets/age/agefile.h"

#include "backend/secrets/age/agearmor.h"
#include "backend/secrets/age/agefailure.h"
#include "backend/secrets/age/ageheader.h"
#include "backend/secrets/age/agestream.h"
#include "backend/secrets/crypto/primitives.h"

#include <QBuffer>

namespace shipdeck::age::AgeFile {
namespace {

constexpr qsizetype kMaxArmoredBytes = 256 * 1024 * 1024;

Result<void> encryptBinary(QIODevice &in, QIODevice &out, const AgeRecipients &recipients,
                           const std::function<bool()> &cancelled)
{
    if (recipients.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no age recipients to encrypt to"));
    for (const auto &r : recipients) {
        if (r->mustBeAlone() && recipients.size() > 1)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("a passphrase cannot be combined with other recipients"));
    }
    const SecureBuffer fileKey = crypto::randomKey(16);
    AgeHeader header;
    for (const auto &r : recipients) {
        SD_TRY(QList<AgeStanza> stanzas, r->wrap(fileKey).context(QStringLiteral("wrapping the file key for %1").arg(r->toString())));
        header.stanzas += stanzas;
    }
    SD_TRY(SecureBuffer macKey, crypto::hkdfSha256(fileKey, QByteArray(), QByteArrayLiteral("header")));
    SD_TRY(QByteArray mac, crypto::hmacSha256(macKey, header.encodeForMac()));
    header.mac = mac;
    const QByteArray nonce = crypto::randomBytes(16);
    const QByteArray head = header.encode() + nonce;
    if (out.write(head) != head.size())
        return Error(ErrorCode::Io, QStringLiteral("writing the age header: %1").arg(out.errorString()));
    SD_TRY(SecureBuffer payloadKey, crypto::hkdfSha256(fileKey, nonce, QByteArrayLiteral("payload")));
    return AgeStream::encrypt(in, out, payloadKey, cancelled);
}

Result<void> decryptBinary(QIODevice &in, QIODevice &out, const AgeIdentities &identities,
                           const std::function<bool()> &cancelled)
{
    SD_TRY(AgeHeader header, AgeHeader::read(in));
    for (const AgeStanza &s : header.stanzas) {
        if (s.type == "scrypt" && header.stanzas.size() != 1)
            return ageError(AgeFailure::Header, QStringLiteral("invalid age header: an scrypt stanza must be the only stanza"));
    }
    std::optional<SecureBuffer> fileKey;
    for (const auto &identity : identities) {
        SD_TRY(std::optional<SecureBuffer> key, identity->unwrap(header.stanzas));
        if (key) {
            fileKey = std::move(key);
            break;
        }
    }
    if (!fileKey)
        return ageError(AgeFailure::NoMatch, QStringLiteral("none of the %1 identities matches a recipient of this file (wrong age key?)")
                                                 .arg(identities.size()));
    SD_TRY(SecureBuffer macKey, crypto::hkdfSha256(*fileKey, QByteArray(), QByteArrayLiteral("header")));
    SD_TRY(QByteArray mac, crypto::hmacSha256(macKey, header.macMessage));
    if (!crypto::equalConstantTime(mac, header.mac))
        return ageError(AgeFailure::Hmac, QStringLiteral("the header MAC does not verify (the header was altered)"));
    QByteArray nonce = in.read(16);
    if (nonce.size() != 16)
        return ageError(AgeFailure::Header, QStringLiteral("invalid age file: the payload nonce is missing or short"));
    SD_TRY(SecureBuffer payloadKey, crypto::hkdfSha256(*fileKey, nonce, QByteArrayLiteral("payload")));
    return AgeStream::decrypt(in, out, payloadKey, cancelled);
}

} // namespace

Result<void> encrypt(QIODevice &in, QIODevice &out, const AgeRecipients &recipients, const EncryptOptions &options)
{
    if (!options.armor)
        return encryptBinary(in, out, recipients, options.cancelled);
    QBuffer binary;
    binary.open(QIODevice::WriteOnly);
    SD_CHECK(encryptBinary(in, binary, recipients, options.cancelled));
    const QByteArray armored = AgeArmor::encode(binary.data());
    if (out.write(armored) != armored.size())
        return Error(ErrorCode::Io, QStringLiteral("writing: %1").arg(out.errorString()));
    return success();
}

Result<QByteArray> encrypt(const SecureBuffer &plaintext, const AgeRecipients &recipients, bool armor)
{
    QByteArray view = plaintext.view();
    QBuffer in(&view);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    EncryptOptions options;
    options.armor = armor;
    SD_CHECK(encrypt(in, out, recipients, options));
    return out.data();
}

Result<void> decrypt(QIODevice &in, QIODevice &out, const AgeIdentities &identities, const std::function<bool()> &cancelled)
{
    const QByteArray head = in.peek(64);
    if (!AgeArmor::looksArmored(head))
        return decryptBinary(in, out, identities, cancelled);
    const QByteArray text = in.read(kMaxArmoredBytes + 1);
    if (text.size() > kMaxArmoredBytes)
        return ageError(AgeFailure::Armor, QStringLiteral("armored input is larger than 256 MiB"));
    SD_TRY(QByteArray binary, AgeArmor::decode(text));
    QBuffer buffer(&binary);
    buffer.open(QIODevice::ReadOnly);
    return decryptBinary(buffer, out, identities, cancelled);
}

Result<SecureBuffer> decrypt(const QByteArray &ciphertext, const AgeIdentities &identities)
{
    QByteArray copy = ciphertext;
    QBuffer in(&copy);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto done = decrypt(in, out, identities);
    SecureBuffer plain = SecureBuffer::fromByteArray(out.data());
    QByteArray &buf = out.buffer();
    SecureBuffer::wipe(buf);
    if (!done)
        return done.error();
    return plain;
}

} // namespace shipdeck::age::AgeFile
