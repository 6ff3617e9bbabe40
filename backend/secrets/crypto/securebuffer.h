#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <vector>

namespace shipdeck {

// Bytes that hold key material or plaintext. The storage is wiped (OPENSSL_cleanse) when the
// buffer is destroyed, reassigned or cleared, so secrets do not linger in freed memory. Copies
// are explicit (clone()) to keep the number of live copies visible in the code.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    SecureBuffer(const char *data, std::size_t size);
    // Copies the bytes of a QByteArray. The caller wipes the source with wipe() when it owns it.
    static SecureBuffer fromByteArray(const QByteArray &bytes);
    static SecureBuffer fromString(const QString &text); // UTF-8
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    SecureBuffer clone() const;

    unsigned char *data() { return m_bytes.data(); }
    const unsigned char *data() const { return m_bytes.data(); }
    const char *constData() const { return reinterpret_cast<const char *>(m_bytes.data()); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    void resize(std::size_t size);
    void append(const char *data, std::size_t size);
    void append(const SecureBuffer &other) { append(other.constData(), other.size()); }
    void clear();

    // A QByteArray view of the bytes; valid while this buffer lives and is not modified.
    // Meant for passing into APIs; do not keep it.
    QByteArray view() const { return QByteArray::fromRawData(constData(), qsizetype(size())); }
    // A deep copy as QByteArray (the caller wipes it).
    QByteArray toByteArray() const { return QByteArray(constData(), qsizetype(size())); }
    QString toString() const { return QString::fromUtf8(constData(), qsizetype(size())); }

    bool operator==(const SecureBuffer &other) const; // constant time for equal sizes
    bool operator!=(const SecureBuffer &other) const { return !(*this == other); }

    // Overwrites a QByteArray's bytes (after detaching it) and clears it.
    static void wipe(QByteArray &bytes);
    static void wipe(QString &text);

private:
    void cleanse();
    std::vector<unsigned char> m_bytes;
};

} // namespace shipdeck
