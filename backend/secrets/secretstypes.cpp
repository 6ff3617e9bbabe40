#include "backend/secrets/secretstypes.h"

#include "backend/secrets/crypto/primitives.h"

#include <QJsonArray>

namespace shipdeck {

SharedSecret makeSecret(SecureBuffer value)
{
    return std::make_shared<const SecureBuffer>(std::move(value));
}

SharedSecret makeSecret(const QString &text)
{
    return makeSecret(SecureBuffer::fromString(text));
}

QString maskedValue()
{
    return QStringLiteral("••••••••");
}

bool ClipboardGrant::stillOnClipboard(const QByteArray &currentClipboardBytes) const
{
    return crypto::equalConstantTime(crypto::sha256(currentClipboardBytes), fingerprint);
}

QJsonObject SecretsStatus::toJson() const
{
    return {{QStringLiteral("vaultExists"), vaultExists},
            {QStringLiteral("vaultUnlocked"), vaultUnlocked},
            {QStringLiteral("keySource"), keySource},
            {QStringLiteral("keychainAvailable"), keychainAvailable},
            {QStringLiteral("keychainDetail"), keychainDetail},
            {QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)},
            {QStringLiteral("autoLockMs"), autoLockMs}};
}

QJsonObject SopsFileInfo::toJson() const
{
    return {{QStringLiteral("path"), path},
            {QStringLiteral("format"), format},
            {QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)},
            {QStringLiteral("otherMasterKeys"), QJsonArray::fromStringList(otherMasterKeys)},
            {QStringLiteral("lastModified"), lastModified},
            {QStringLiteral("version"), version},
            {QStringLiteral("values"), values},
            {QStringLiteral("encryptedValues"), encryptedValues},
            {QStringLiteral("problem"), problem}};
}

QJsonObject SopsEntryView::toJson() const
{
    return {{QStringLiteral("path"), path},
            {QStringLiteral("type"), type},
            {QStringLiteral("encrypted"), encrypted},
            {QStringLiteral("null"), isNull},
            {QStringLiteral("display"), display}};
}

QJsonObject KubeSecretEntryView::toJson() const
{
    return {{QStringLiteral("secret"), secret},
            {QStringLiteral("type"), type},
            {QStringLiteral("field"), field},
            {QStringLiteral("key"), key},
            {QStringLiteral("ref"), ref()},
            {QStringLiteral("size"), size},
            {QStringLiteral("validBase64"), validBase64},
            {QStringLiteral("display"), display}};
}

QJsonObject KubeSecretFileInfo::toJson() const
{
    return {{QStringLiteral("path"), path},
            {QStringLiteral("secrets"), QJsonArray::fromStringList(secrets)},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("problem"), problem}};
}

} // namespace shipdeck
