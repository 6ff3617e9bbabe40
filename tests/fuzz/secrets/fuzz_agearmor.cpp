// Fuzz target: the strict ASCII armor decoder (and decryption of what it yields).
#include "backend/secrets/age/agearmor.h"
#include "backend/secrets/age/agefile.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace shipdeck;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto decoded = age::AgeArmor::decode(bytes);
    if (decoded) {
        // Canonical armor round-trips.
        auto again = age::AgeArmor::decode(age::AgeArmor::encode(decoded.value()));
        if (!again || again.value() != decoded.value())
            __builtin_trap();
    }
    (void)age::AgeFile::decrypt(bytes, fuzz::identities());
    return 0;
}
