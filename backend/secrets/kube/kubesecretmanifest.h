#pragma once

#include "backend/core/result.h"
#include "backend/secrets/crypto/securebuffer.h"

#include <QList>
#include <QString>

#include <memory>

namespace shipdeck {

// A Kubernetes Secret manifest (kind: Secret) in the workspace: its `data` values are base64;
// Shipdeck shows them decoded (masked until revealed) and writes changes back encoded, replacing
// only the changed value's token so the rest of the manifest stays as it is. `stringData`
// values are shown as they are. Multi-document files: every Secret document is listed.
class KubeSecretManifest
{
public:
    struct Entry
    {
        int document = 0;
        QString secretName;
        QString secretNamespace;
        QString type;      // Opaque, kubernetes.io/tls …
        QString field;     // "data" or "stringData"
        QString key;
        qsizetype size = 0; // decoded bytes
        bool validBase64 = true;
    };

    ~KubeSecretManifest();
    KubeSecretManifest(KubeSecretManifest &&) noexcept;
    KubeSecretManifest &operator=(KubeSecretManifest &&) noexcept;

    // Fails when the text is not YAML or holds no Secret.
    static Result<KubeSecretManifest> parse(const QByteArray &text);
    static bool looksLikeSecret(const QByteArray &text);

    QList<Entry> entries() const;
    Result<SecureBuffer> value(const QString &key, int document = 0) const;
    // Sets data[key] (base64-encoded); adds the key after the last one when missing.
    Result<void> setValue(const QString &key, const SecureBuffer &value, int document = 0);
    const QByteArray &text() const;

private:
    struct Data;
    KubeSecretManifest();
    std::unique_ptr<Data> d;
};

} // namespace shipdeck
