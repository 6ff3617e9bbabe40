#pragma once

#include "backend/core/result.h"

#include <functional>

class QIODevice;

namespace shipdeck {
class SecureBuffer;
}

namespace shipdeck::age {

// age's STREAM payload: ChaCha20-Poly1305 over 64 KiB chunks with an 11-byte big-endian counter
// and a last-chunk flag as nonce.
namespace AgeStream {

constexpr qsizetype kChunkSize = 64 * 1024;
constexpr qsizetype kTagSize = 16;

// Encrypts everything readable from `in`. `cancelled` (optional) stops between chunks.
Result<void> encrypt(QIODevice &in, QIODevice &out, const SecureBuffer &payloadKey,
                     const std::function<bool()> &cancelled = {});
// Decrypts chunk by chunk; each verified chunk is written to `out` before the next is read, so
// on a payload failure `out` holds exactly the plaintext that was authenticated.
Result<void> decrypt(QIODevice &in, QIODevice &out, const SecureBuffer &payloadKey,
                     const std::function<bool()> &cancelled = {});

} // namespace AgeStream
} // namespace shipdeck::age
