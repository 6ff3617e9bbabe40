#include "backend/secrets/age/agearmor.h"

#include "backend/secrets/age/agebase64.h"
#include "backend/secrets/age/agefailure.h"

namespace shipdeck::age::AgeArmor {
namespace {

const QByteArray kBegin = QByteArrayLiteral("-----BEGIN AGE ENCRYPTED FILE-----");
const QByteArray kEnd = QByteArrayLiteral("-----END AGE ENCRYPTED FILE-----");

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

Error armorError(const QString &why)
{
    return ageError(AgeFailure::Armor, QStringLiteral("invalid ASCII armor: %1").arg(why));
}

} // namespace

QByteArray encode(const QByteArray &binary)
{
    QByteArray out = kBegin + '\n';
    const QByteArray b64 = binary.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    out += kEnd + '\n';
    return out;
}

bool looksArmored(const QByteArray &head)
{
    qsizetype i = 0;
    while (i < head.size() && isSpace(head.at(i)))
        ++i;
    return head.mid(i).startsWith("-----BEGIN");
}

Result<QByteArray> decode(const QByteArray &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text.at(begin)))
        ++begin;
    while (end > begin && isSpace(text.at(end - 1)))
        --end;
    QList<QByteArray> lines = text.mid(begin, end - begin).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (lines.isEmpty() || lines.first() != kBegin)
        return armorError(QStringLiteral("the first line is not '%1'").arg(QString::fromLatin1(kBegin)));
    if (lines.size() < 2 || lines.last() != kEnd)
        return armorError(QStringLiteral("the last line is not '%1'").arg(QString::fromLatin1(kEnd)));
    QByteArray b64;
    const qsizetype bodyLines = lines.size() - 2;
    for (qsizetype i = 1; i <= bodyLines; ++i) {
        const QByteArray &line = lines.at(i);
        const bool lastLine = i == bodyLines;
        if (line.isEmpty())
            return armorError(QStringLiteral("empty line inside the block"));
        if (line.size() > 64)
            return armorError(QStringLiteral("line %1 is longer than 64 columns").arg(i + 1));
        if (!lastLine && line.size() != 64)
            return armorError(QStringLiteral("line %1 is shorter than 64 columns").arg(i + 1));
        for (qsizetype j = 0; j < line.size(); ++j) {
            const char c = line.at(j);
            if (c == '=' && lastLine && j >= line.size() - 2)
                continue;
            if (!AgeBase64::isAlphabet(c))
                return armorError(QStringLiteral("invalid character on line %1").arg(i + 1));
        }
        b64 += line;
    }
    auto decoded = AgeBase64::decodePadded(b64);
    if (!decoded)
        return armorError(QStringLiteral("the base64 is not canonical or lacks its padding"));
    return *decoded;
}

} // namespace shipdeck::age::AgeArmor
