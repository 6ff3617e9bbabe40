#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QString>

namespace shipdeck::age {

// Bech32 (BIP-173 checksum, not Bech32m) without BIP-173's 90-character limit, as age uses it
// for `age1…` recipients and `AGE-SECRET-KEY-1…` identities.
namespace Bech32 {

struct Decoded
{
    QString hrp;     // human-readable part, lower case
    QByteArray data; // 8-bit payload
};

// Encodes data with the given human-readable part; output is lower case.
QString encode(const QString &hrp, const QByteArray &data);
// Decodes an all-lower or all-upper case string; checks the checksum and the padding.
Result<Decoded> decode(const QString &text);

} // namespace Bech32
} // namespace shipdeck::age
