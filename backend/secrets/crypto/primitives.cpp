#include "backend/secrets/crypto/primitives.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>

namespace shipdeck::crypto {
namespace {

struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
struct PkeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};
struct KdfFree
{
    void operator()(EVP_KDF *k) const { EVP_KDF_free(k); }
};
struct KdfCtxFree
{
    void operator()(EVP_KDF_CTX *c) const { EVP_KDF_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;

const unsigned char *u(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }

Error cryptoError(const QString &what)
{
    return Error(ErrorCode::Internal, QStringLiteral("%1 failed: %2").arg(what, openSslError()));
}

Result<SecureBuffer> deriveKdf(const char *name, OSSL_PARAM *params, int length, const QString &what)
{
    std::unique_ptr<EVP_KDF, KdfFree> kdf(EVP_KDF_fetch(nullptr, name, nullptr));
    if (!kdf)
        return cryptoError(what);
    std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return cryptoError(what);
    SecureBuffer out{std::size_t(length)};
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1)
        return cryptoError(what);
    return out;
}

Result<QByteArray> chachaSealRaw(const SecureBuffer &key, const QByteArray &nonce, const unsigned char *data, int size)
{
    if (key.size() != 32 || nonce.size() != 12)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("ChaCha20-Poly1305 needs a 32-byte key and a 12-byte nonce"));
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray out(size + 16, Qt::Uninitialized);
    int len = 0;
    int fin = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_chacha20_poly1305(), nullptr, key.data(), u(nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len, data, size) != 1
        || EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + len, &fin) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, 16, out.data() + size) != 1)
        return cryptoError(QStringLiteral("ChaCha20-Poly1305 encryption"));
    return out;
}

} // namespace

QString openSslError()
{
    QStringList parts;
    while (unsigned long code = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        parts << QString::fromLatin1(buf);
    }
    return parts.isEmpty() ? QStringLiteral("unknown OpenSSL error") : parts.join(QStringLiteral("; "));
}

QByteArray randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (size > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), size) != 1)
        qFatal("the system random number generator failed: %s", qPrintable(openSslError()));
    return out;
}

SecureBuffer randomKey(int size)
{
    SecureBuffer out{std::size_t(size)};
    if (size > 0 && RAND_bytes(out.data(), size) != 1)
        qFatal("the system random number generator failed: %s", qPrintable(openSslError()));
    return out;
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.constData(), std::size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &len,
               EVP_sha256(), nullptr);
    return out;
}

QByteArray sha512(const QByteArray &data)
{
    QByteArray out(64, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.constData(), std::size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &len,
               EVP_sha512(), nullptr);
    return out;
}

Result<SecureBuffer> hkdfSha256(const SecureBuffer &ikm, const QByteArray &salt, const QByteArray &info, int length)
{
    char digest[] = "SHA256";
    static const unsigned char empty = 0;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<unsigned char *>(ikm.size() ? ikm.data() : &empty), ikm.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<unsigned char *>(salt.isEmpty() ? &empty : u(salt)), std::size_t(salt.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<unsigned char *>(info.isEmpty() ? &empty : u(info)), std::size_t(info.size())),
        OSSL_PARAM_construct_end()};
    return deriveKdf("HKDF", params, length, QStringLiteral("HKDF-SHA-256"));
}

Result<QByteArray> hmacSha256(const SecureBuffer &key, const QByteArray &message)
{
    QByteArray out(32, Qt::Uninitialized);
    std::size_t len = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.data(), key.size(), u(message),
                   std::size_t(message.size()), reinterpret_cast<unsigned char *>(out.data()), 32, &len))
        return cryptoError(QStringLiteral("HMAC-SHA-256"));
    return out;
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && (a.isEmpty() || CRYPTO_memcmp(a.constData(), b.constData(), std::size_t(a.size())) == 0);
}

Result<SecureBuffer> scrypt(const SecureBuffer &passphrase, const QByteArray &salt, quint64 n, quint32 r, quint32 p,
                            int length)
{
    uint64_t nn = n;
    uint32_t rr = r;
    uint32_t pp = p;
    // Memory is about 128 * r * N (+ 128 * r * p); leave headroom over OpenSSL's 1 GiB default.
    uint64_t maxmem = 128ull * r * n * 2 + 128ull * r * p + (64ull << 20);
    static const unsigned char empty = 0;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, const_cast<unsigned char *>(passphrase.size() ? passphrase.data() : &empty), passphrase.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<unsigned char *>(salt.isEmpty() ? &empty : u(salt)), std::size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &nn),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &rr),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &pp),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end()};
    return deriveKdf("SCRYPT", params, length, QStringLiteral("scrypt"));
}

Result<QByteArray> chachaSeal(const SecureBuffer &key, const QByteArray &nonce, const QByteArray &plaintext)
{
    return chachaSealRaw(key, nonce, u(plaintext), int(plaintext.size()));
}

Result<QByteArray> chachaSeal(const SecureBuffer &key, const QByteArray &nonce, const SecureBuffer &plaintext)
{
    return chachaSealRaw(key, nonce, plaintext.data(), int(plaintext.size()));
}

Result<SecureBuffer> chachaOpen(const SecureBuffer &key, const QByteArray &nonce, const QByteArray &sealed)
{
    if (key.size() != 32 || nonce.size() != 12)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("ChaCha20-Poly1305 needs a 32-byte key and a 12-byte nonce"));
    if (sealed.size() < 16)
        return Error(ErrorCode::Unauthenticated, QStringLiteral("ciphertext is shorter than its authentication tag"));
    const int size = int(sealed.size()) - 16;
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    SecureBuffer out(std::size_t(size) + 1); // +1: never a zero-length buffer for OpenSSL
    int len = 0;
    int fin = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_chacha20_poly1305(), nullptr, key.data(), u(nonce)) != 1
        || EVP_DecryptUpdate(ctx.get(), out.data(), &len, u(sealed), size) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, 16, const_cast<char *>(sealed.constData()) + size) != 1)
        return cryptoError(QStringLiteral("ChaCha20-Poly1305 decryption"));
    if (EVP_DecryptFinal_ex(ctx.get(), out.data() + len, &fin) != 1) {
        ERR_clear_error();
        return Error(ErrorCode::Unauthenticated, QStringLiteral("authentication tag does not match"));
    }
    out.resize(std::size_t(size));
    return out;
}

Result<GcmSealed> aesGcmSeal(const SecureBuffer &key, const QByteArray &iv, const SecureBuffer &plaintext,
                             const QByteArray &aad)
{
    if (key.size() != 32 || iv.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("AES-256-GCM needs a 32-byte key and an IV"));
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    GcmSealed out;
    out.ciphertext = QByteArray(qsizetype(plaintext.size()), Qt::Uninitialized);
    out.tag = QByteArray(16, Qt::Uninitialized);
    int len = 0;
    int fin = 0;
    unsigned char scratch[16];
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), u(iv)) != 1
        || (!aad.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &len, u(aad), int(aad.size())) != 1)
        || (plaintext.size() && EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.ciphertext.data()), &len,
                                                  plaintext.data(), int(plaintext.size())) != 1)
        || EVP_EncryptFinal_ex(ctx.get(), scratch, &fin) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, 16, out.tag.data()) != 1)
        return cryptoError(QStringLiteral("AES-256-GCM encryption"));
    return out;
}

Result<SecureBuffer> aesGcmOpen(const SecureBuffer &key, const QByteArray &iv, const QByteArray &ciphertext,
                                const QByteArray &tag, const QByteArray &aad)
{
    if (key.size() != 32 || iv.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("AES-256-GCM needs a 32-byte key and an IV"));
    if (tag.size() != 16)
        return Error(ErrorCode::Corrupt, QStringLiteral("AES-GCM tag is %1 bytes, expected 16").arg(tag.size()));
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    SecureBuffer out(std::size_t(ciphertext.size()) + 16);
    int len = 0;
    int fin = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), u(iv)) != 1
        || (!aad.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(aad), int(aad.size())) != 1)
        || (!ciphertext.isEmpty() && EVP_DecryptUpdate(ctx.get(), out.data(), &len, u(ciphertext), int(ciphertext.size())) != 1)
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, 16, const_cast<char *>(tag.constData())) != 1)
        return cryptoError(QStringLiteral("AES-256-GCM decryption"));
    if (EVP_DecryptFinal_ex(ctx.get(), out.data() + (ciphertext.isEmpty() ? 0 : len), &fin) != 1) {
        ERR_clear_error();
        return Error(ErrorCode::Unauthenticated, QStringLiteral("authentication tag does not match (wrong key, or the value was altered)"));
    }
    out.resize(std::size_t(ciphertext.size()));
    return out;
}

Result<QByteArray> x25519PublicKey(const SecureBuffer &secret)
{
    if (secret.size() != 32)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("an X25519 secret key is 32 bytes"));
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, secret.data(), 32));
    QByteArray out(32, Qt::Uninitialized);
    std::size_t len = 32;
    if (!key || EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(out.data()), &len) != 1)
        return cryptoError(QStringLiteral("X25519 public key"));
    return out;
}

Result<SecureBuffer> x25519(const SecureBuffer &secret, const QByteArray &peerPublic)
{
    if (secret.size() != 32 || peerPublic.size() != 32)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("X25519 keys are 32 bytes"));
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, secret.data(), 32));
    Pkey peer(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, u(peerPublic), 32));
    if (!key || !peer)
        return cryptoError(QStringLiteral("X25519 key import"));
    PkeyCtx ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    SecureBuffer shared(32);
    std::size_t len = 32;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1
        || EVP_PKEY_derive(ctx.get(), shared.data(), &len) != 1 || len != 32) {
        ERR_clear_error();
        return Error(ErrorCode::Corrupt, QStringLiteral("X25519 share is a low-order point (all-zero shared secret)"));
    }
    static const unsigned char zero[32] = {};
    if (CRYPTO_memcmp(shared.data(), zero, 32) == 0)
        return Error(ErrorCode::Corrupt, QStringLiteral("X25519 shared secret is all zero"));
    return shared;
}

} // namespace shipdeck::crypto
