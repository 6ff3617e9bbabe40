#include "backend/secrets/age/agestream.h"

#include "backend/secrets/age/agefailure.h"
#include "backend/secrets/crypto/primitives.h"
#include "backend/secrets/crypto/securebuffer.h"

#include <QIODevice>

namespace shipdeck::age::AgeStream {
namespace {

QByteArray nonceFor(quint64 counter, bool last)
{
    QByteArray nonce(12, '\0');
    for (int i = 0; i < 8; ++i)
        nonce[10 - i] = char((counter >> (8 * i)) & 0xff);
    nonce[11] = last ? '\x01' : '\0';
    return nonce;
}

// Reads up to `size` bytes, looping over short reads; returns what was read.
Result<QByteArray> readFull(QIODevice &in, qsizetype size)
{
    QByteArray buf(size, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < size) {
        const qint64 n = in.read(buf.data() + got, size - got);
        if (n < 0)
            return Error(ErrorCode::Io, QStringLiteral("reading the encrypted payload: %1").arg(in.errorString()));
        if (n == 0) {
            if (in.waitForReadyRead(-1))
                continue;
            break;
        }
        got += n;
    }
    buf.resize(got);
    return buf;
}

Error payloadError(const QString &why)
{
    return ageError(AgeFailure::Payload, QStringLiteral("invalid age payload: %1").arg(why));
}

Result<void> writeAll(QIODevice &out, const char *data, qint64 size)
{
    if (out.write(data, size) != size)
        return Error(ErrorCode::Io, QStringLiteral("writing: %1").arg(out.errorString()));
    return success();
}

} // namespace

Result<void> encrypt(QIODevice &in, QIODevice &out, const SecureBuffer &payloadKey, const std::function<bool()> &cancelled)
{
    quint64 counter = 0;
    SD_TRY(QByteArray current, readFull(in, kChunkSize));
    while (true) {
        if (cancelled && cancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("encryption cancelled"));
        QByteArray next;
        bool last = current.size() < kChunkSize;
        if (!last) {
            SD_TRY(QByteArray peek, readFull(in, kChunkSize));
            next = std::move(peek);
            last = next.isEmpty();
        }
        SD_TRY(QByteArray sealed, crypto::chachaSeal(payloadKey, nonceFor(counter, last), current));
        SecureBuffer::wipe(current);
        SD_CHECK(writeAll(out, sealed.constData(), sealed.size()));
        if (last)
            return success();
        current = std::move(next);
        ++counter;
    }
}

Result<void> decrypt(QIODevice &in, QIODevice &out, const SecureBuffer &payloadKey, const std::function<bool()> &cancelled)
{
    quint64 counter = 0;
    while (true) {
        if (cancelled && cancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("decryption cancelled"));
        SD_TRY(QByteArray chunk, readFull(in, kChunkSize + kTagSize));
        if (chunk.isEmpty())
            return payloadError(counter == 0 ? QStringLiteral("no chunks") : QStringLiteral("the file ends without a final chunk (truncated?)"));
        bool last = chunk.size() < kChunkSize + kTagSize;
        if (last && counter > 0 && chunk.size() == kTagSize)
            return payloadError(QStringLiteral("the final chunk is empty"));
        auto plain = crypto::chachaOpen(payloadKey, nonceFor(counter, last), chunk);
        if (!plain && !last) {
            // A full-size chunk may be the final one.
            last = true;
            plain = crypto::chachaOpen(payloadKey, nonceFor(counter, true), chunk);
        }
        if (!plain)
            return payloadError(QStringLiteral("chunk %1 does not authenticate (damaged or truncated file)").arg(counter));
        SD_CHECK(writeAll(out, plain.value().constData(), qint64(plain.value().size())));
        if (last) {
            SD_TRY(QByteArray trailing, readFull(in, 1));
            if (!trailing.isEmpty())
                return payloadError(QStringLiteral("data after the final chunk"));
            return success();
        }
        if (counter == (quint64(1) << 63))
            return payloadError(QStringLiteral("too many chunks"));
        ++counter;
    }
}

} // namespace shipdeck::age::AgeStream
