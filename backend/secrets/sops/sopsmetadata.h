#pragma once

#include "backend/core/result.h"
#include "backend/secrets/sops/sopstree.h"

#include <QDateTime>

namespace shipdeck::sops {

struct SopsAgeEntry
{
    QString recipient;
    QString enc; // an armored age file holding the data key
};

// The `sops:` block. Fields Shipdeck does not use (pgp, kms … entries) are kept verbatim in
// `original` and written back unchanged. Unknown fields and major versions other than 3 are
// refused: a file written by a newer sops is not rewritten with rules we do not know.
struct SopsMetadata
{
    static const QString kWriterVersion;

    QList<SopsAgeEntry> age;
    QString lastModified;
    QString mac;
    QString version;
    QString unencryptedSuffix;
    QString encryptedSuffix;
    QString unencryptedRegex;
    QString encryptedRegex;
    QString unencryptedCommentRegex;
    QString encryptedCommentRegex;
    bool macOnlyEncrypted = false;
    QStringList otherMasterKeys; // kinds present with entries: "pgp", "kms" …
    SopsNode original;           // as read; its key order is kept when writing

    static Result<SopsMetadata> fromNode(const SopsNode &node);
    // The block to write: the original order, with the fields above applied.
    SopsNode toNode() const;

    // Whether the value at `path` is encrypted under the file's selection rule.
    bool shouldEncrypt(const SopsPath &path) const;
    // The MAC's additional data: lastmodified as Go's RFC 3339 (seconds).
    QByteArray macAad() const;
    static QString formatTime(const QDateTime &time);
};

// dotenv and INI store the block flattened: age__list_0__map_enc = …
namespace SopsFlatten {
QList<QPair<QString, QString>> flatten(const SopsNode &node);
Result<SopsNode> unflatten(const QList<QPair<QString, QString>> &pairs);
// "\n" escapes as the two stores write them.
QString escapeNewlines(const QString &value);
QString unescapeNewlines(const QString &value);
} // namespace SopsFlatten

} // namespace shipdeck::sops
