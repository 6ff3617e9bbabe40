#pragma once

#include <QByteArray>

#include <optional>

namespace shipdeck::age {

// Strict RFC 4648 §4 base64 as age needs it: standard alphabet, canonical encoding only
// (the unused trailing bits must be zero), with or without '=' padding as asked.
namespace AgeBase64 {

QByteArray encodeUnpadded(const QByteArray &data);
// nullopt when the text has characters outside the alphabet, padding, or is not canonical.
std::optional<QByteArray> decodeUnpadded(const QByteArray &text);
// Padded variant (ASCII armor, SOPS): length must be a multiple of 4.
std::optional<QByteArray> decodePadded(const QByteArray &text);
bool isAlphabet(char c);

} // namespace AgeBase64
} // namespace shipdeck::age
