#include "backend/secrets/age/bech32.h"

#include <cstring>
#include <vector>

namespace shipdeck::age::Bech32 {
namespace {

const char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

quint32 polymod(const std::vector<quint8> &values)
{
    static const quint32 gen[] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    quint32 chk = 1;
    for (quint8 v : values) {
        const quint32 top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i) {
            if ((top >> i) & 1)
                chk ^= gen[i];
        }
    }
    return chk;
}

std::vector<quint8> hrpExpand(const QByteArray &hrp)
{
    std::vector<quint8> out;
    for (char c : hrp)
        out.push_back(quint8(c) >> 5);
    out.push_back(0);
    for (char c : hrp)
        out.push_back(quint8(c) & 31);
    return out;
}

Error invalid(const QString &why)
{
    return Error(ErrorCode::Parse, QStringLiteral("invalid Bech32 string: %1").arg(why));
}

} // namespace

QString encode(const QString &hrp, const QByteArray &data)
{
    const QByteArray h = hrp.toLower().toLatin1();
    std::vector<quint8> values;
    quint32 acc = 0;
    int bits = 0;
    for (char c : data) {
        acc = (acc << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            values.push_back((acc >> bits) & 31);
        }
    }
    if (bits > 0)
        values.push_back((acc << (5 - bits)) & 31);
    std::vector<quint8> check = hrpExpand(h);
    check.insert(check.end(), values.begin(), values.end());
    check.insert(check.end(), 6, 0);
    const quint32 mod = polymod(check) ^ 1;
    for (int i = 0; i < 6; ++i)
        values.push_back((mod >> (5 * (5 - i))) & 31);
    QByteArray out = h + '1';
    for (quint8 v : values)
        out += kCharset[v];
    return QString::fromLatin1(out);
}

Result<Decoded> decode(const QString &text)
{
    const QString lower = text.toLower();
    const QString upper = text.toUpper();
    if (text != lower && text != upper)
        return invalid(QStringLiteral("mixed upper and lower case"));
    const QByteArray s = lower.toLatin1();
    for (char c : s) {
        if (quint8(c) < 33 || quint8(c) > 126)
            return invalid(QStringLiteral("character outside the printable ASCII range"));
    }
    const qsizetype pos = s.lastIndexOf('1');
    if (pos < 1)
        return invalid(QStringLiteral("missing or empty human-readable part"));
    if (pos + 7 > s.size())
        return invalid(QStringLiteral("too short for a checksum"));
    const QByteArray hrp = s.left(pos);
    std::vector<quint8> values;
    for (qsizetype i = pos + 1; i < s.size(); ++i) {
        const char *p = std::strchr(kCharset, s.at(i));
        if (!p || !*p)
            return invalid(QStringLiteral("character %1 is not in the Bech32 alphabet").arg(i + 1));
        values.push_back(quint8(p - kCharset));
    }
    std::vector<quint8> check = hrpExpand(hrp);
    check.insert(check.end(), values.begin(), values.end());
    if (polymod(check) != 1)
        return invalid(QStringLiteral("checksum does not match (a typo in the key?)"));
    values.resize(values.size() - 6);
    QByteArray data;
    quint32 acc = 0;
    int bits = 0;
    for (quint8 v : values) {
        acc = (acc << 5) | v;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            data += char((acc >> bits) & 0xff);
        }
    }
    if (bits >= 5 || ((acc << (8 - bits)) & 0xff) != 0)
        return invalid(QStringLiteral("non-zero padding"));
    return Decoded{QString::fromLatin1(hrp), data};
}

} // namespace shipdeck::age::Bech32
