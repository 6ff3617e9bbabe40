#pragma once

#include "backend/core/result.h"
#include "backend/secrets/crypto/securebuffer.h"

#include <QByteArray>

// Thin adapters over OpenSSL 3 EVP: every function returns a Result and never leaks OpenSSL
// types. Key material travels in SecureBuffer.
namespace shipdeck::crypto {

QByteArray randomBytes(int size);
SecureBuffer randomKey(int size);

QByteArray sha256(const QByteArray &data);
QByteArray sha512(const QByteArray &data);

// HKDF-SHA-256 (RFC 5869, extract then expand).
Result<SecureBuffer> hkdfSha256(const SecureBuffer &ikm, const QByteArray &salt, const QByteArray &info,
                                int length = 32);
Result<QByteArray> hmacSha256(const SecureBuffer &key, const QByteArray &message);
// Constant-time comparison.
bool equalConstantTime(const QByteArray &a, const QByteArray &b);

// scrypt with r and p; maxmem is raised to what N needs.
Result<SecureBuffer> scrypt(const SecureBuffer &passphrase, const QByteArray &salt, quint64 n, quint32 r,
                            quint32 p, int length = 32);

// ChaCha20-Poly1305 with a 12-byte nonce; output/input = ciphertext || 16-byte tag.
Result<QByteArray> chachaSeal(const SecureBuffer &key, const QByteArray &nonce, const QByteArray &plaintext);
Result<QByteArray> chachaSeal(const SecureBuffer &key, const QByteArray &nonce, const SecureBuffer &plaintext);
// Fails with ErrorCode::Unauthenticated when the tag does not verify.
Result<SecureBuffer> chachaOpen(const SecureBuffer &key, const QByteArray &nonce, const QByteArray &sealed);

// AES-256-GCM with any IV length (SOPS uses 32 bytes), 16-byte tag.
struct GcmSealed
{
    QByteArray ciphertext;
    QByteArray tag;
};
Result<GcmSealed> aesGcmSeal(const SecureBuffer &key, const QByteArray &iv, const SecureBuffer &plaintext,
                             const QByteArray &aad);
// Fails with ErrorCode::Unauthenticated when the tag does not verify.
Result<SecureBuffer> aesGcmOpen(const SecureBuffer &key, const QByteArray &iv, const QByteArray &ciphertext,
                                const QByteArray &tag, const QByteArray &aad);

// X25519
Result<QByteArray> x25519PublicKey(const SecureBuffer &secret);
// Fails when the peer share is a low-order point (all-zero shared secret).
Result<SecureBuffer> x25519(const SecureBuffer &secret, const QByteArray &peerPublic);

// Text of OpenSSL's error queue (and clears it).
QString openSslError();

} // namespace shipdeck::crypto
