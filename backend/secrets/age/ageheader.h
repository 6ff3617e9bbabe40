#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QList>

class QIODevice;

namespace shipdeck::age {

// One recipient stanza: "-> type arg…" and its base64 body.
struct AgeStanza
{
    QByteArray type;
    QList<QByteArray> args; // after the type
    QByteArray body;        // decoded

    QByteArray encode() const;
};

// The text header of an age file (age-encryption.org/v1). read() enforces the grammar strictly
// (LF only, canonical unpadded base64, 64-column body lines ending in a short line) and reports
// violations as "header failure".
struct AgeHeader
{
    static constexpr qsizetype kMaxHeaderBytes = 1 << 20;

    QList<AgeStanza> stanzas;
    QByteArray mac;        // 32 bytes
    QByteArray macMessage; // header bytes from the version line through "---"

    static Result<AgeHeader> read(QIODevice &in);
    // The bytes the MAC covers, for the current stanzas.
    QByteArray encodeForMac() const;
    // The full header including "--- <mac>\n".
    QByteArray encode() const;
};

} // namespace shipdeck::age
