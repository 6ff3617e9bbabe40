#pragma once

#include "backend/core/result.h"

#include <QByteArray>

namespace shipdeck::age {

// age's ASCII armor: strict RFC 7468 PEM with the label "AGE ENCRYPTED FILE", padded base64 in
// 64-column lines, no headers. Whitespace is accepted around the block and CRLF line endings
// inside it; anything else is an "armor failure".
namespace AgeArmor {

QByteArray encode(const QByteArray &binary);
Result<QByteArray> decode(const QByteArray &text);
// True when the input (after leading whitespace) starts like a PEM block.
bool looksArmored(const QByteArray &head);

} // namespace AgeArmor
} // namespace shipdeck::age
