#pragma once

#include "backend/core/result.h"
#include "backend/secrets/crypto/securebuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace shipdeck::age {

struct AgeStanza;

// Something a file key can be encrypted to (one or more stanzas).
class AgeRecipient
{
public:
    virtual ~AgeRecipient() = default;
    virtual Result<QList<AgeStanza>> wrap(const SecureBuffer &fileKey) const = 0;
    // scrypt recipients must be the only recipient of a file.
    virtual bool mustBeAlone() const { return false; }
    virtual QString toString() const = 0;
};

// Something that can recover a file key from the stanzas of a header. Returns nullopt when no
// stanza is addressed to it ("no match"); an error for a malformed stanza of its own type.
class AgeIdentity
{
public:
    virtual ~AgeIdentity() = default;
    virtual Result<std::optional<SecureBuffer>> unwrap(const QList<AgeStanza> &stanzas) const = 0;
};

class X25519Recipient final : public AgeRecipient
{
public:
    explicit X25519Recipient(QByteArray publicKey) : m_publicKey(std::move(publicKey)) {}
    // "age1…" (lower case, Bech32 with HRP "age").
    static Result<X25519Recipient> parse(const QString &text);
    const QByteArray &publicKey() const { return m_publicKey; }
    Result<QList<AgeStanza>> wrap(const SecureBuffer &fileKey) const override;
    QString toString() const override;

private:
    QByteArray m_publicKey;
};

class X25519Identity final : public AgeIdentity
{
public:
    // "AGE-SECRET-KEY-1…" as age-keygen writes it.
    static Result<X25519Identity> parse(const QString &text);
    static X25519Identity generate();

    X25519Identity(X25519Identity &&) = default;
    X25519Identity &operator=(X25519Identity &&) = default;

    // The secret in age-keygen's form (upper case). Handle with care.
    SecureBuffer toSecretString() const;
    X25519Recipient recipient() const;
    Result<std::optional<SecureBuffer>> unwrap(const QList<AgeStanza> &stanzas) const override;

private:
    X25519Identity(SecureBuffer secret, QByteArray publicKey);
    SecureBuffer m_secret;
    QByteArray m_publicKey;
};

// Passphrase recipient: scrypt with N = 2^workFactor, r = 8, p = 1.
class ScryptRecipient final : public AgeRecipient
{
public:
    explicit ScryptRecipient(SecureBuffer passphrase, int workFactor = 18);
    Result<QList<AgeStanza>> wrap(const SecureBuffer &fileKey) const override;
    bool mustBeAlone() const override { return true; }
    QString toString() const override { return QStringLiteral("passphrase"); }

private:
    SecureBuffer m_passphrase;
    int m_workFactor;
};

class ScryptIdentity final : public AgeIdentity
{
public:
    // Work factors above maxWorkFactor are refused (age's default limit is 22).
    explicit ScryptIdentity(SecureBuffer passphrase, int maxWorkFactor = 22);
    Result<std::optional<SecureBuffer>> unwrap(const QList<AgeStanza> &stanzas) const override;

private:
    SecureBuffer m_passphrase;
    int m_maxWorkFactor;
};

using AgeIdentities = QList<std::shared_ptr<const AgeIdentity>>;
using AgeRecipients = QList<std::shared_ptr<const AgeRecipient>>;

namespace AgeKeys {

// An identity file as age reads it: one key per line, '#' comments and empty lines ignored.
// Post-quantum (AGE-SECRET-KEY-PQ-1…) and plugin identities are reported as unsupported.
Result<AgeIdentities> parseIdentities(const QByteArray &text, const QString &source = {});
// Recipients: "age1…" strings, separated by newlines or commas; '#' comments ignored.
Result<AgeRecipients> parseRecipients(const QString &text);
// age-keygen's file format: "# created: …", "# public key: age1…", the secret line.
SecureBuffer keygenFile(const X25519Identity &identity, const QDateTime &created);

} // namespace AgeKeys
} // namespace shipdeck::age
