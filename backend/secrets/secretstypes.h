#pragma once

#include "backend/secrets/crypto/securebuffer.h"
#include "backend/secrets/vault/vault.h"

#include <QJsonObject>
#include <QMetaType>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace shipdeck {

// A secret value passed between threads: shared, never copied, wiped with the last owner.
using SharedSecret = std::shared_ptr<const SecureBuffer>;
SharedSecret makeSecret(SecureBuffer value);
SharedSecret makeSecret(const QString &text);

struct SecretsStatus
{
    bool vaultExists = false;
    bool vaultUnlocked = false;
    QString keySource;          // "passphrase" | "keychain" | ""
    bool keychainAvailable = false;
    QString keychainDetail;     // why not, when unavailable
    QStringList recipients;     // of the age identities Shipdeck can use now
    int autoLockMs = 0;
    QJsonObject toJson() const;
};

// What the GUI needs to copy a value: it puts `value` on the clipboard with `mimeHints`
// (password managers and clipboard histories skip such entries) and clears the clipboard after
// `clearAfterMs` if it still holds the same content (compare with `fingerprint`, SHA-256).
struct ClipboardGrant
{
    SharedSecret value;
    int clearAfterMs = 30'000;
    QByteArray fingerprint;
    QVariantMap mimeHints;
    // True when the clipboard's current bytes are still what was copied.
    bool stillOnClipboard(const QByteArray &currentClipboardBytes) const;
};

struct RevealedValue
{
    SharedSecret value;
    QString type; // sops type or "str"
};

struct SopsFileInfo
{
    QString path;        // relative to the workspace
    QString format;
    QStringList recipients;
    QStringList otherMasterKeys;
    QString lastModified;
    QString version;
    int values = 0;
    int encryptedValues = 0;
    QString problem;     // why it cannot be read, when it cannot
    QJsonObject toJson() const;
};

struct SopsEntryView
{
    QString path;      // a.b[0]
    QString type;
    bool encrypted = false;
    bool isNull = false;
    QString display;   // masked for encrypted values, the text for cleartext ones
    QJsonObject toJson() const;
};

struct KubeSecretEntryView
{
    QString secret;    // namespace/name
    QString type;
    QString field;     // data | stringData
    QString key;
    qint64 size = 0;
    bool validBase64 = true;
    QString display;   // masked
    // "<secret>/<key>": which value of which Secret, for files with several Secrets (Secret data
    // keys never contain '/', so the last segment is the key). What reveal and set take.
    QString ref() const { return secret + QLatin1Char('/') + key; }
    QJsonObject toJson() const;
};

// A file of the workspace holding Kubernetes Secret manifests (not SOPS-encrypted).
struct KubeSecretFileInfo
{
    QString path;        // relative to the workspace
    QStringList secrets; // namespace/name of each Secret in it
    int entries = 0;
    QString problem;     // why it cannot be read, when it cannot
    QJsonObject toJson() const;
};

QString maskedValue();

} // namespace shipdeck

Q_DECLARE_METATYPE(shipdeck::SecretsStatus)
