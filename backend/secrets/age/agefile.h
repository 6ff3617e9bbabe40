#pragma once

#include "backend/core/result.h"
#include "backend/secrets/age/agekeys.h"

#include <functional>

class QIODevice;

namespace shipdeck::age {

// Encrypts and decrypts whole age files (age-encryption.org/v1), binary or ASCII-armored.
// Everything streams in 64 KiB chunks except armored input, which is decoded in memory.
namespace AgeFile {

struct EncryptOptions
{
    bool armor = false;
    std::function<bool()> cancelled;
};

Result<void> encrypt(QIODevice &in, QIODevice &out, const AgeRecipients &recipients, const EncryptOptions &options = {});
Result<QByteArray> encrypt(const SecureBuffer &plaintext, const AgeRecipients &recipients, bool armor = false);

// Armor is detected. Errors carry the failure category (agefailure.h). On a payload failure,
// `out` holds the plaintext of the chunks that authenticated before it.
Result<void> decrypt(QIODevice &in, QIODevice &out, const AgeIdentities &identities,
                     const std::function<bool()> &cancelled = {});
Result<SecureBuffer> decrypt(const QByteArray &ciphertext, const AgeIdentities &identities);


} // namespace AgeFile
} // namespace shipdeck::age
