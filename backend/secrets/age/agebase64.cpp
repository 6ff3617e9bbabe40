#include "backend/secrets/age/agebase64.h"

namespace shipdeck::age::AgeBase64 {

bool isAlphabet(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

QByteArray encodeUnpadded(const QByteArray &data)
{
    return data.toBase64(QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> decodeUnpadded(const QByteArray &text)
{
    if (text.size() % 4 == 1)
        return std::nullopt;
    for (char c : text) {
        if (!isAlphabet(c))
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    if (encodeUnpadded(decoded.decoded) != text)
        return std::nullopt; // non-canonical trailing bits
    return decoded.decoded;
}

std::optional<QByteArray> decodePadded(const QByteArray &text)
{
    if (text.size() % 4 != 0)
        return std::nullopt;
    qsizetype pad = 0;
    while (pad < 2 && pad < text.size() && text.at(text.size() - 1 - pad) == '=')
        ++pad;
    for (qsizetype i = 0; i < text.size() - pad; ++i) {
        if (!isAlphabet(text.at(i)))
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    if (decoded.decoded.toBase64() != text)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace shipdeck::age::AgeBase64
