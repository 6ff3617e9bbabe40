#include "backend/secrets/age/ageheader.h"

#include "backend/secrets/age/agebase64.h"
#include "backend/secrets/age/agefailure.h"

#include <QIODevice>

namespace shipdeck::age {
namespace {

const QByteArray kVersionLine = QByteArrayLiteral("age-encryption.org/v1\n");

Error headerError(const QString &why)
{
    return ageError(AgeFailure::Header, QStringLiteral("invalid age header: %1").arg(why));
}

// Reads one line including its LF; fails at end of input without one.
Result<QByteArray> readLine(QIODevice &in, qsizetype &budget)
{
    QByteArray line;
    char c = 0;
    while (true) {
        if (budget-- <= 0)
            return headerError(QStringLiteral("header is larger than %1 bytes").arg(AgeHeader::kMaxHeaderBytes));
        if (!in.getChar(&c))
            return headerError(QStringLiteral("unexpected end of file inside the header"));
        line += c;
        if (c == '\n')
            return line;
    }
}

bool isVchar(char c)
{
    return quint8(c) >= 0x21 && quint8(c) <= 0x7e;
}

} // namespace

QByteArray AgeStanza::encode() const
{
    QByteArray out = "-> " + type;
    for (const QByteArray &a : args)
        out += ' ' + a;
    out += '\n';
    const QByteArray b64 = AgeBase64::encodeUnpadded(body);
    qsizetype i = 0;
    for (; i + 64 <= b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    out += b64.mid(i) + '\n'; // the final short line, possibly empty
    return out;
}

Result<AgeHeader> AgeHeader::read(QIODevice &in)
{
    qsizetype budget = kMaxHeaderBytes;
    AgeHeader header;
    SD_TRY(QByteArray first, readLine(in, budget));
    if (first != kVersionLine) {
        if (first.startsWith("age-encryption.org/"))
            return headerError(QStringLiteral("unsupported version '%1'").arg(QString::fromLatin1(first.trimmed())));
        return headerError(QStringLiteral("not an age file (the first line is not 'age-encryption.org/v1')"));
    }
    header.macMessage = first;
    while (true) {
        SD_TRY(QByteArray line, readLine(in, budget));
        if (line.startsWith("---")) {
            // "--- " + 43 base64 characters + LF
            if (line.size() != 4 + 43 + 1 || line.at(3) != ' ')
                return headerError(QStringLiteral("malformed MAC line"));
            auto mac = AgeBase64::decodeUnpadded(line.mid(4, 43));
            if (!mac || mac->size() != 32)
                return headerError(QStringLiteral("the MAC is not canonical base64 of 32 bytes"));
            if (header.stanzas.isEmpty())
                return headerError(QStringLiteral("no recipient stanzas"));
            header.mac = *mac;
            header.macMessage += "---";
            return header;
        }
        if (!line.startsWith("-> "))
            return headerError(QStringLiteral("expected a stanza ('-> ') or the MAC line ('---')"));
        header.macMessage += line;
        const QList<QByteArray> parts = line.mid(3, line.size() - 4).split(' ');
        for (const QByteArray &p : parts) {
            if (p.isEmpty())
                return headerError(QStringLiteral("empty stanza argument"));
            for (char c : p) {
                if (!isVchar(c))
                    return headerError(QStringLiteral("invalid character in stanza argument"));
            }
        }
        AgeStanza stanza;
        stanza.type = parts.first();
        stanza.args = parts.mid(1);
        QByteArray b64;
        while (true) {
            SD_TRY(QByteArray bodyLine, readLine(in, budget));
            header.macMessage += bodyLine;
            const QByteArray text = bodyLine.chopped(1);
            if (text.size() > 64)
                return headerError(QStringLiteral("stanza body line longer than 64 columns"));
            for (char c : text) {
                if (!AgeBase64::isAlphabet(c))
                    return headerError(QStringLiteral("invalid character in stanza body"));
            }
            b64 += text;
            if (text.size() < 64)
                break;
        }
        auto body = AgeBase64::decodeUnpadded(b64);
        if (!body)
            return headerError(QStringLiteral("stanza body is not canonical base64"));
        stanza.body = *body;
        header.stanzas.append(stanza);
    }
}

QByteArray AgeHeader::encodeForMac() const
{
    QByteArray out = kVersionLine;
    for (const AgeStanza &s : stanzas)
        out += s.encode();
    out += "---";
    return out;
}

QByteArray AgeHeader::encode() const
{
    return encodeForMac() + ' ' + AgeBase64::encodeUnpadded(mac) + '\n';
}

} // namespace shipdeck::age
