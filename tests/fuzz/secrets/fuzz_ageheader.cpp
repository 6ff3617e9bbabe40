// Fuzz target: the age header parser and the whole decryption path (stanzas, MAC, STREAM).
#include "backend/secrets/age/agefile.h"
#include "backend/secrets/age/ageheader.h"
#include "fuzzsupport.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace shipdeck;
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        auto header = age::AgeHeader::read(in);
        if (header) {
            // What parses re-encodes to the same bytes.
            if (!bytes.startsWith(header.value().encode()))
                __builtin_trap();
        }
    }
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    (void)age::AgeFile::decrypt(in, out, fuzz::identities());
    return 0;
}
