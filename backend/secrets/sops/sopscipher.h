#pragma once

#include "backend/core/result.h"
#include "backend/secrets/crypto/securebuffer.h"
#include "backend/secrets/sops/sopstree.h"

namespace shipdeck::sops {

// SOPS's value encryption: ENC[AES256_GCM,data:…,iv:…,tag:…,type:…] with a 32-byte IV, the
// key path as additional data and the value's textual form as plaintext.
namespace SopsCipher {

struct EncValue
{
    QByteArray data;
    QByteArray iv;
    QByteArray tag;
    SopsType type = SopsType::Str;
};

bool looksEncrypted(const QString &text);
// Strict: the four fields in order, padded base64, a 32-byte IV, a 16-byte tag, a known type.
Result<EncValue> parse(const QString &text);
QString format(const EncValue &value);

// Decrypts and returns the plaintext bytes; `type` receives the stored type.
Result<SecureBuffer> decrypt(const QString &text, const SecureBuffer &dataKey, const QByteArray &aad, SopsType *type = nullptr);
// Encrypts with the given IV (32 bytes) or a fresh random one when empty.
Result<QString> encrypt(const SecureBuffer &plaintext, SopsType type, const SecureBuffer &dataKey, const QByteArray &aad,
                        const QByteArray &iv = {});

// The textual form sops feeds to the MAC and to the cipher for a typed value: ints as decimal,
// floats in Go's shortest 'f' form, bools as True/False. Fails for text that is not of the type.
Result<QString> canonical(const QString &text, SopsType type);
// Go's strconv.FormatFloat(v, 'f', -1, 64).
QString formatFloat(double value);

} // namespace SopsCipher
} // namespace shipdeck::sops
