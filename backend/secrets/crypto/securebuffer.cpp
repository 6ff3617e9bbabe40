#include "backend/secrets/crypto/securebuffer.h"

#include <openssl/crypto.h>

namespace shipdeck {

SecureBuffer::SecureBuffer(std::size_t size) : m_bytes(size, 0) {}

SecureBuffer::SecureBuffer(const char *data, std::size_t size)
    : m_bytes(reinterpret_cast<const unsigned char *>(data), reinterpret_cast<const unsigned char *>(data) + size)
{
}

SecureBuffer SecureBuffer::fromByteArray(const QByteArray &bytes)
{
    return SecureBuffer(bytes.constData(), std::size_t(bytes.size()));
}

SecureBuffer SecureBuffer::fromString(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBuffer out = fromByteArray(utf8);
    wipe(utf8);
    return out;
}

SecureBuffer::~SecureBuffer()
{
    cleanse();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        cleanse();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecureBuffer SecureBuffer::clone() const
{
    return SecureBuffer(constData(), size());
}

void SecureBuffer::resize(std::size_t size)
{
    if (size <= m_bytes.size()) {
        if (size < m_bytes.size())
            OPENSSL_cleanse(m_bytes.data() + size, m_bytes.size() - size);
        m_bytes.resize(size);
        return;
    }
    // Growing may reallocate: copy into a fresh vector so the old storage can be wiped.
    std::vector<unsigned char> bigger(size, 0);
    std::copy(m_bytes.begin(), m_bytes.end(), bigger.begin());
    cleanse();
    m_bytes = std::move(bigger);
}

void SecureBuffer::append(const char *data, std::size_t size)
{
    const std::size_t old = m_bytes.size();
    if (old + size > m_bytes.capacity()) {
        std::vector<unsigned char> bigger;
        bigger.reserve(std::max(old + size, old * 2));
        bigger.assign(m_bytes.begin(), m_bytes.end());
        cleanse();
        m_bytes = std::move(bigger);
    }
    m_bytes.insert(m_bytes.end(), reinterpret_cast<const unsigned char *>(data),
                   reinterpret_cast<const unsigned char *>(data) + size);
}

void SecureBuffer::clear()
{
    cleanse();
}

bool SecureBuffer::operator==(const SecureBuffer &other) const
{
    return size() == other.size() && (size() == 0 || CRYPTO_memcmp(data(), other.data(), size()) == 0);
}

void SecureBuffer::cleanse()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
    m_bytes.shrink_to_fit();
}

void SecureBuffer::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        // Shared: another owner keeps the bytes; all we can do is drop our reference.
        bytes.clear();
        return;
    }
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

void SecureBuffer::wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace shipdeck
