// Fuzz target: the SOPS stores (YAML, JSON, dotenv, INI; the first byte picks one), the
// metadata reader, unlocking with the test keys, and re-rendering what opens.
#include "backend/secrets/kube/kubesecretmanifest.h"
#include "backend/secrets/sops/sopsfile.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace shipdeck;
    using namespace shipdeck::sops;
    if (size < 1)
        return 0;
    const SopsFormat format = static_cast<SopsFormat>(data[0] % 4);
    const QByteArray text(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    auto file = SopsFile::parse(text, format);
    if (file && file.value().unlock(fuzz::identities())) {
        (void)file.value().renderPlaintext();
        (void)file.value().render();
    }
    if (format == SopsFormat::Yaml)
        (void)KubeSecretManifest::parse(text);
    return 0;
}
