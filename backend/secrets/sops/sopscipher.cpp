#include "backend/secrets/sops/sopscipher.h"

#include "backend/secrets/age/agebase64.h"
#include "backend/secrets/crypto/primitives.h"

#include <QLocale>

#include <charconv>
#include <cmath>
#include <cstring>

namespace shipdeck::sops::SopsCipher {
namespace {

const QString kPrefix = QStringLiteral("ENC[AES256_GCM,");

Error malformed(const QString &why)
{
    return Error(ErrorCode::Corrupt, QStringLiteral("malformed SOPS value: %1").arg(why));
}

} // namespace

bool looksEncrypted(const QString &text)
{
    return text.startsWith(QLatin1String("ENC["));
}

Result<EncValue> parse(const QString &text)
{
    if (!text.startsWith(kPrefix) || !text.endsWith(QLatin1Char(']')))
        return malformed(QStringLiteral("expected ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]"));
    const QStringList fields = text.mid(kPrefix.size(), text.size() - kPrefix.size() - 1).split(QLatin1Char(','));
    static const char *const names[] = {"data:", "iv:", "tag:", "type:"};
    if (fields.size() != 4)
        return malformed(QStringLiteral("expected the four fields data, iv, tag and type"));
    QByteArray parts[4];
    for (int i = 0; i < 4; ++i) {
        if (!fields.at(i).startsWith(QLatin1String(names[i])))
            return malformed(QStringLiteral("field %1 should start with '%2'").arg(i + 1).arg(QLatin1String(names[i])));
        parts[i] = fields.at(i).mid(int(std::strlen(names[i]))).toLatin1();
    }
    EncValue v;
    auto data = age::AgeBase64::decodePadded(parts[0]);
    auto iv = age::AgeBase64::decodePadded(parts[1]);
    auto tag = age::AgeBase64::decodePadded(parts[2]);
    if (!data || parts[0].isEmpty())
        return malformed(QStringLiteral("data is not base64"));
    if (!iv || iv->size() != 32)
        return malformed(QStringLiteral("the IV is not base64 of 32 bytes"));
    if (!tag || tag->size() != 16)
        return malformed(QStringLiteral("the tag is not base64 of 16 bytes"));
    const auto type = typeFromName(QString::fromLatin1(parts[3]));
    if (!type)
        return malformed(QStringLiteral("unknown type '%1'").arg(QString::fromLatin1(parts[3])));
    v.data = *data;
    v.iv = *iv;
    v.tag = *tag;
    v.type = *type;
    return v;
}

QString format(const EncValue &v)
{
    return QStringLiteral("ENC[AES256_GCM,data:%1,iv:%2,tag:%3,type:%4]")
        .arg(QString::fromLatin1(v.data.toBase64()), QString::fromLatin1(v.iv.toBase64()),
             QString::fromLatin1(v.tag.toBase64()), typeName(v.type));
}

Result<SecureBuffer> decrypt(const QString &text, const SecureBuffer &dataKey, const QByteArray &aad, SopsType *type)
{
    SD_TRY(EncValue v, parse(text));
    auto plain = crypto::aesGcmOpen(dataKey, v.iv, v.data, v.tag, aad);
    if (!plain) {
        if (plain.error().code() == ErrorCode::Unauthenticated)
            return Error(ErrorCode::Corrupt, QStringLiteral("the value does not authenticate (altered, moved to another key, or a different data key)"));
        return plain.error();
    }
    if (type)
        *type = v.type;
    return std::move(plain.value());
}

Result<QString> encrypt(const SecureBuffer &plaintext, SopsType type, const SecureBuffer &dataKey, const QByteArray &aad,
                        const QByteArray &iv)
{
    EncValue v;
    v.iv = iv.isEmpty() ? crypto::randomBytes(32) : iv;
    v.type = type;
    SD_TRY(crypto::GcmSealed sealed, crypto::aesGcmSeal(dataKey, v.iv, plaintext, aad));
    v.data = sealed.ciphertext;
    v.tag = sealed.tag;
    return format(v);
}

QString formatFloat(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    // Go's FormatFloat(v, 'f', -1, 64): the shortest digits that read back as the same double
    // (std::to_chars in scientific form), written out in fixed notation.
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    if (r.ec != std::errc())
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    const QByteArray sci(buf, r.ptr - buf);
    const qsizetype e = sci.indexOf('e');
    QByteArray mantissa = sci.left(e);
    const int exponent = sci.mid(e + 1).toInt();
    const bool negative = mantissa.startsWith('-');
    if (negative)
        mantissa.remove(0, 1);
    mantissa.replace(".", "");
    QByteArray out;
    const int point = exponent + 1; // digits before the decimal point
    if (point <= 0)
        out = "0." + QByteArray(-point, '0') + mantissa;
    else if (point >= mantissa.size())
        out = mantissa + QByteArray(point - mantissa.size(), '0');
    else
        out = mantissa.left(point) + '.' + mantissa.mid(point);
    return QString::fromLatin1(negative ? '-' + out : out);
}

Result<QString> canonical(const QString &text, SopsType type)
{
    switch (type) {
    case SopsType::Str:
    case SopsType::Bytes:
    case SopsType::Time:
        return text;
    case SopsType::Int: {
        bool ok = false;
        const qlonglong v = text.toLongLong(&ok, 10);
        if (!ok)
            return Error(ErrorCode::Corrupt, QStringLiteral("the value is not an integer"));
        return QString::number(v);
    }
    case SopsType::Float: {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok)
            return Error(ErrorCode::Corrupt, QStringLiteral("the value is not a number"));
        return formatFloat(v);
    }
    case SopsType::Bool: {
        static const QStringList truthy = {QStringLiteral("1"), QStringLiteral("t"), QStringLiteral("T"), QStringLiteral("TRUE"),
                                           QStringLiteral("true"), QStringLiteral("True")};
        static const QStringList falsy = {QStringLiteral("0"), QStringLiteral("f"), QStringLiteral("F"), QStringLiteral("FALSE"),
                                          QStringLiteral("false"), QStringLiteral("False")};
        if (truthy.contains(text))
            return QStringLiteral("True");
        if (falsy.contains(text))
            return QStringLiteral("False");
        return Error(ErrorCode::Corrupt, QStringLiteral("the value is not a boolean (true or false)"));
    }
    }
    return text;
}

} // namespace shipdeck::sops::SopsCipher
