// Fuzz target: Bech32, identity and recipient parsing, identity files.
#include "backend/secrets/age/agekeys.h"
#include "backend/secrets/age/bech32.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace shipdeck;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    if (auto d = age::Bech32::decode(text)) {
        // A valid string re-encodes to itself (in lower case).
        if (age::Bech32::encode(d.value().hrp, d.value().data) != text.toLower())
            __builtin_trap();
    }
    if (auto id = age::X25519Identity::parse(text))
        (void)id.value().recipient().toString();
    (void)age::X25519Recipient::parse(text);
    (void)age::AgeKeys::parseIdentities(bytes);
    (void)age::AgeKeys::parseRecipients(text);
    return 0;
}
