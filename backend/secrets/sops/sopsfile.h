#pragma once

#include "backend/core/result.h"
#include "backend/secrets/age/agekeys.h"
#include "backend/secrets/crypto/securebuffer.h"
#include "backend/secrets/sops/sopsmetadata.h"
#include "backend/secrets/sops/sopstree.h"

#include <memory>
#include <vector>

namespace shipdeck {
class Clock;
}

namespace shipdeck::sops {

class SopsStore;

// A SOPS file (YAML, JSON, dotenv, INI) with age recipients. Parse it, unlock it with age
// identities (data key, every value decrypted, MAC verified), read and change values, manage
// recipients, rotate the data key, and render the new file text. Rendering replaces only the
// tokens of values that changed plus the metadata block, so the git diff of an edit shows
// that value's line and the metadata. Plaintext is kept in SecureBuffers and wiped.
class SopsFile
{
public:
    struct Entry
    {
        int document = 0;
        SopsPath path;
        SopsType type = SopsType::Str;
        bool encrypted = false; // stored as ENC[…]
        bool isNull = false;
        bool changed = false;
        QString clearText; // the stored text of a value kept in clear text (not of encrypted ones)
    };

    struct CreateOptions
    {
        QStringList recipients;                  // age1…
        QString unencryptedSuffix = QStringLiteral("_unencrypted");
        QString encryptedRegex;                  // mutually exclusive with the suffix
        QString unencryptedRegex;
        QString encryptedSuffix;
        bool macOnlyEncrypted = false;
    };

    ~SopsFile();
    SopsFile(SopsFile &&) noexcept;
    SopsFile &operator=(SopsFile &&) noexcept;

    // Parses an encrypted file; refuses unknown metadata fields and versions.
    static Result<SopsFile> parse(const QByteArray &text, SopsFormat format);
    // Encrypts a plaintext file for the given recipients (a new data key); returns the file.
    static Result<QByteArray> encryptPlaintext(const QByteArray &plaintext, SopsFormat format, const CreateOptions &options,
                                               const Clock *clock = nullptr);

    SopsFormat format() const;
    const SopsMetadata &metadata() const;
    QStringList recipients() const;
    QList<Entry> entries() const;
    bool isUnlocked() const;

    // Unwraps the data key with any of the identities, decrypts every value and verifies the
    // MAC. Wrong key → Unauthenticated; tampered value or MAC → Corrupt. Nothing is kept on
    // failure.
    Result<void> unlock(const age::AgeIdentities &identities);

    // The plaintext of one value (after unlock).
    Result<SecureBuffer> value(const SopsPath &path, int document = 0) const;
    // Sets a value (creating a new top-level key, or an INI section key, when missing). The
    // type defaults to the current one, or str.
    Result<void> setValue(const SopsPath &path, const SecureBuffer &plaintext, std::optional<SopsType> type = std::nullopt,
                          int document = 0);
    // updatekeys: the data key stays, the age entries become exactly `recipients`; entries of
    // recipients that stay are kept byte for byte.
    Result<void> setRecipients(const QStringList &recipients);
    // A new data key; every value is re-encrypted. Refused when the file also has PGP/KMS/…
    // master keys (they cannot be re-wrapped offline).
    Result<void> rotateDataKey();

    // The encrypted file with the changes applied, a new MAC and lastmodified.
    Result<QByteArray> render(const Clock *clock = nullptr) const;
    // The decrypted document in the same format, without the sops metadata.
    Result<SecureBuffer> renderPlaintext() const;

private:
    struct Leaf;
    struct NewEntry;
    SopsFile();
    Result<void> buildLeaves();
    Result<QByteArray> macOver() const;

    SopsParsed m_parsed;
    SopsMetadata m_meta;
    std::unique_ptr<SopsStore> m_store;
    std::vector<Leaf> m_leaves;
    std::vector<NewEntry> m_new;
    SecureBuffer m_dataKey;
    bool m_unlocked = false;
    bool m_rotated = false;
    bool m_recipientsChanged = false;
    bool m_fresh = false; // created from plaintext: no metadata block yet
};

} // namespace shipdeck::sops
