#include "backend/secrets/kube/kubesecretmanifest.h"

#include "backend/secrets/age/agebase64.h"
#include "backend/secrets/sops/sopsstore.h"

#include <QRegularExpression>

namespace shipdeck {

using namespace sops;

struct KubeSecretManifest::Data
{
    QByteArray text;
    SopsParsed parsed;
    QList<Entry> entries;
    QList<SourceSpan> spans; // parallel to entries
};

KubeSecretManifest::KubeSecretManifest() : d(std::make_unique<Data>()) {}
KubeSecretManifest::~KubeSecretManifest()
{
    if (d)
        SecureBuffer::wipe(d->text);
}
KubeSecretManifest::KubeSecretManifest(KubeSecretManifest &&) noexcept = default;
KubeSecretManifest &KubeSecretManifest::operator=(KubeSecretManifest &&) noexcept = default;

bool KubeSecretManifest::looksLikeSecret(const QByteArray &text)
{
    static const QRegularExpression kind(QStringLiteral("^kind:\\s*[\"']?Secret[\"']?\\s*$"), QRegularExpression::MultilineOption);
    return kind.match(QString::fromUtf8(text)).hasMatch();
}

Result<KubeSecretManifest> KubeSecretManifest::parse(const QByteArray &text)
{
    KubeSecretManifest m;
    m.d->text = text;
    SD_TRY(m.d->parsed, SopsStore::forFormat(SopsFormat::Yaml)->parse(text));
    if (m.d->parsed.metadata.kind != SopsNode::Kind::Null)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("this Secret manifest is SOPS-encrypted; open it as a SOPS file"));
    for (int doc = 0; doc < m.d->parsed.branches.size(); ++doc) {
        const SopsNode &root = m.d->parsed.branches.at(doc);
        const SopsNode *kind = root.child(QStringLiteral("kind"));
        if (!kind || kind->text != QLatin1String("Secret"))
            continue;
        const SopsNode *meta = root.child(QStringLiteral("metadata"));
        const SopsNode *name = meta ? meta->child(QStringLiteral("name")) : nullptr;
        const SopsNode *ns = meta ? meta->child(QStringLiteral("namespace")) : nullptr;
        const SopsNode *type = root.child(QStringLiteral("type"));
        for (const QString field : {QStringLiteral("data"), QStringLiteral("stringData")}) {
            const SopsNode *map = root.child(field);
            if (!map || map->kind != SopsNode::Kind::Map)
                continue;
            for (int i = 0; i < map->keys.size(); ++i) {
                const SopsNode &v = map->children.at(i);
                Entry e;
                e.document = doc;
                e.secretName = name ? name->text : QString();
                e.secretNamespace = ns ? ns->text : QString();
                e.type = type ? type->text : QStringLiteral("Opaque");
                e.field = field;
                e.key = map->keys.at(i);
                if (field == QLatin1String("data")) {
                    auto decoded = age::AgeBase64::decodePadded(v.text.toLatin1());
                    e.validBase64 = decoded.has_value() || v.text.isEmpty();
                    e.size = decoded ? decoded->size() : 0;
                    if (decoded)
                        SecureBuffer::wipe(*decoded);
                } else {
                    e.size = v.text.toUtf8().size();
                }
                m.d->entries.append(e);
                m.d->spans.append(v.span);
            }
        }
    }
    if (m.d->entries.isEmpty() && !looksLikeSecret(text))
        return Error(ErrorCode::NotFound, QStringLiteral("no Kubernetes Secret with data in this file"));
    return m;
}

QList<KubeSecretManifest::Entry> KubeSecretManifest::entries() const
{
    return d->entries;
}

const QByteArray &KubeSecretManifest::text() const
{
    return d->text;
}

Result<SecureBuffer> KubeSecretManifest::value(const QString &key, int document) const
{
    for (int i = 0; i < d->entries.size(); ++i) {
        const Entry &e = d->entries.at(i);
        if (e.document != document || e.key != key)
            continue;
        const SopsNode *root = &d->parsed.branches.at(document);
        const SopsNode *v = root->child(e.field)->child(key);
        if (e.field == QLatin1String("stringData"))
            return SecureBuffer::fromString(v->text);
        auto decoded = age::AgeBase64::decodePadded(v->text.toLatin1());
        if (!decoded)
            return Error(ErrorCode::Corrupt, QStringLiteral("data.%1 is not valid base64").arg(key));
        SecureBuffer out = SecureBuffer::fromByteArray(*decoded);
        SecureBuffer::wipe(*decoded);
        return out;
    }
    return Error(ErrorCode::NotFound, QStringLiteral("the Secret has no key '%1'").arg(key));
}

Result<void> KubeSecretManifest::setValue(const QString &key, const SecureBuffer &value, int document)
{
    static const QRegularExpression keyRe(QStringLiteral("^[-._a-zA-Z0-9]+$"));
    if (!keyRe.match(key).hasMatch())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a valid Secret key ([-._a-zA-Z0-9]+)").arg(key));
    const QByteArray encoded = value.view().toBase64();
    QByteArray text = d->text;
    int found = -1;
    for (int i = 0; i < d->entries.size(); ++i) {
        if (d->entries.at(i).document == document && d->entries.at(i).key == key)
            found = i;
    }
    if (found >= 0) {
        const Entry &e = d->entries.at(found);
        const SourceSpan span = d->spans.at(found);
        if (!span.isValid())
            return Error(ErrorCode::Unsupported, QStringLiteral("%1.%2 cannot be edited in place").arg(e.field, key));
        if (e.field == QLatin1String("stringData"))
            return Error(ErrorCode::Unsupported, QStringLiteral("stringData.%1 is write-only input; edit it as text").arg(key));
        text.replace(span.offset, span.length, encoded);
    } else {
        // Append after the last data entry of this document, with its indentation.
        int last = -1;
        for (int i = 0; i < d->entries.size(); ++i) {
            if (d->entries.at(i).document == document && d->entries.at(i).field == QLatin1String("data") && d->spans.at(i).isValid())
                last = i;
        }
        if (last < 0)
            return Error(ErrorCode::Unsupported, QStringLiteral("the Secret has no data entries to add '%1' after").arg(key));
        const SourceSpan span = d->spans.at(last);
        qsizetype lineStart = span.offset;
        while (lineStart > 0 && text.at(lineStart - 1) != '\n')
            --lineStart;
        qsizetype indent = 0;
        while (text.at(lineStart + indent) == ' ')
            ++indent;
        qsizetype end = text.indexOf('\n', span.offset + span.length);
        const bool atEof = end < 0;
        end = atEof ? text.size() : end + 1;
        text.insert(end, (atEof ? QByteArray("\n") : QByteArray()) + QByteArray(indent, ' ') + key.toUtf8() + ": " + encoded + '\n');
    }
    SD_TRY(KubeSecretManifest reparsed, parse(text));
    *this = std::move(reparsed);
    return success();
}

} // namespace shipdeck
