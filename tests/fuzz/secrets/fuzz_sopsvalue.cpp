// Fuzz target: ENC[AES256_GCM,…] values, their decryption and the typed canonical forms.
#include "backend/secrets/sops/sopscipher.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace shipdeck;
    using namespace shipdeck::sops;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const SecureBuffer key = SecureBuffer::fromByteArray(QByteArray(32, 'f'));
    if (auto v = SopsCipher::parse(text)) {
        if (SopsCipher::parse(SopsCipher::format(v.value())).value().data != v.value().data)
            __builtin_trap();
    }
    SopsType type = SopsType::Str;
    (void)SopsCipher::decrypt(text, key, QByteArrayLiteral("bar:"), &type);
    for (SopsType t : {SopsType::Int, SopsType::Float, SopsType::Bool})
        (void)SopsCipher::canonical(text, t);
    (void)SopsPaths::parse(text);
    return 0;
}
