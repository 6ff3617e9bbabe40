#include "backend/secrets/sops/sopsfile.h"

#include "backend/config/yamleditor.h"
#include "backend/core/clock.h"
#include "backend/secrets/age/agefailure.h"
#include "backend/secrets/age/agefile.h"
#include "backend/secrets/crypto/primitives.h"
#include "backend/secrets/sops/sopscipher.h"
#include "backend/secrets/sops/sopsstore.h"

#include <QDateTime>

#include <algorithm>

namespace shipdeck::sops {

struct SopsFile::Leaf
{
    int document = 0;
    SopsPath path;
    SourceSpan span;
    QString stored;          // the text in the file (ENC[…] or cleartext)
    SopsType type = SopsType::Str;
    bool encrypted = false;  // stored encrypted
    bool isNull = false;
    bool changed = false;
    SecureBuffer plain;      // after unlock (or for fresh/changed values)
    bool inFlow = false;
};

struct SopsFile::NewEntry
{
    SopsPath path;
    SopsType type = SopsType::Str;
    SecureBuffer plain;
};

namespace {

const QByteArray kMacOnlyEncryptedInit = QByteArray::fromHex("8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69");

struct Splice
{
    qsizetype offset;
    qsizetype length;
    QByteArray text;
};

// Applies non-overlapping replacements in one forward pass (linear in the file size).
QByteArray applySplices(const QByteArray &text, QList<Splice> splices)
{
    std::stable_sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) {
        // At the same offset the insertion goes first, then the replacement.
        return a.offset < b.offset || (a.offset == b.offset && a.length < b.length);
    });
    QByteArray out;
    qsizetype reserve = text.size();
    for (const Splice &s : splices)
        reserve += s.text.size() - s.length;
    out.reserve(qMax<qsizetype>(reserve, 0));
    qsizetype pos = 0;
    for (const Splice &s : splices) {
        if (s.offset < pos)
            continue; // overlapping splice: cannot happen with spans from one parse
        out.append(text.constData() + pos, s.offset - pos);
        out.append(s.text);
        pos = s.offset + s.length;
    }
    out.append(text.constData() + pos, text.size() - pos);
    return out;
}

Result<QString> wrapDataKey(const SecureBuffer &dataKey, const QString &recipient)
{
    SD_TRY(age::X25519Recipient r, age::X25519Recipient::parse(recipient));
    age::AgeRecipients list{std::make_shared<age::X25519Recipient>(r)};
    SD_TRY(QByteArray armored, age::AgeFile::encrypt(dataKey, list, true));
    return QString::fromLatin1(armored);
}

} // namespace

SopsFile::SopsFile() = default;
SopsFile::~SopsFile()
{
    for (NewEntry &e : m_new)
        e.plain.clear();
}
SopsFile::SopsFile(SopsFile &&) noexcept = default;
SopsFile &SopsFile::operator=(SopsFile &&) noexcept = default;

Result<SopsFile> SopsFile::parse(const QByteArray &text, SopsFormat format)
{
    SopsFile file;
    file.m_store = SopsStore::forFormat(format);
    SD_TRY(file.m_parsed, file.m_store->parse(text));
    if (file.m_parsed.metadata.kind == SopsNode::Kind::Null)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("not a sops file: there is no 'sops' metadata"));
    SD_TRY(file.m_meta, SopsMetadata::fromNode(file.m_parsed.metadata));
    SD_CHECK(file.buildLeaves());
    return file;
}

Result<void> SopsFile::buildLeaves()
{
    m_leaves.clear();
    for (int d = 0; d < m_parsed.branches.size(); ++d) {
        Result<void> problem = success();
        forEachLeaf(std::as_const(m_parsed.branches[d]), [&](const SopsPath &path, const SopsNode &node) {
            Leaf leaf;
            leaf.document = d;
            leaf.path = path;
            leaf.span = node.span;
            leaf.stored = node.text;
            leaf.type = node.type;
            leaf.isNull = node.kind == SopsNode::Kind::Null;
            leaf.inFlow = node.inFlow;
            if (!leaf.isNull && !node.text.isEmpty() && m_meta.shouldEncrypt(path) && !m_fresh) {
                auto enc = SopsCipher::parse(node.text);
                if (!enc) {
                    if (problem)
                        problem = enc.error().withContext(QStringLiteral("value %1").arg(SopsPaths::toString(path)));
                } else {
                    leaf.encrypted = true;
                    leaf.type = enc.value().type;
                }
            }
            m_leaves.push_back(std::move(leaf));
        });
        SD_CHECK(problem);
    }
    return success();
}

Result<QByteArray> SopsFile::encryptPlaintext(const QByteArray &plaintext, SopsFormat format, const CreateOptions &options,
                                              const Clock *clock)
{
    if (options.recipients.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a sops file needs at least one age recipient"));
    SopsFile file;
    file.m_fresh = true;
    file.m_store = SopsStore::forFormat(format);
    SD_TRY(file.m_parsed, file.m_store->parse(plaintext));
    if (file.m_parsed.metadata.kind != SopsNode::Kind::Null)
        return Error(ErrorCode::AlreadyExists, QStringLiteral("the file is already encrypted with sops"));
    file.m_meta.version = SopsMetadata::kWriterVersion;
    file.m_meta.unencryptedSuffix = options.encryptedRegex.isEmpty() && options.unencryptedRegex.isEmpty()
            && options.encryptedSuffix.isEmpty() ? options.unencryptedSuffix : QString();
    file.m_meta.encryptedRegex = options.encryptedRegex;
    file.m_meta.unencryptedRegex = options.unencryptedRegex;
    file.m_meta.encryptedSuffix = options.encryptedSuffix;
    file.m_meta.macOnlyEncrypted = options.macOnlyEncrypted;
    SD_CHECK(file.buildLeaves());
    for (Leaf &leaf : file.m_leaves) {
        if (leaf.isNull)
            continue;
        SD_TRY(QString canonical, SopsCipher::canonical(leaf.stored, leaf.type));
        leaf.plain = SecureBuffer::fromString(canonical);
        leaf.changed = file.m_meta.shouldEncrypt(leaf.path) && !canonical.isEmpty();
    }
    file.m_dataKey = crypto::randomKey(32);
    file.m_unlocked = true;
    SD_CHECK(file.setRecipients(options.recipients));
    return file.render(clock);
}

SopsFormat SopsFile::format() const
{
    return m_store->format();
}

const SopsMetadata &SopsFile::metadata() const
{
    return m_meta;
}

QStringList SopsFile::recipients() const
{
    QStringList out;
    for (const SopsAgeEntry &e : m_meta.age)
        out << e.recipient;
    return out;
}

QList<SopsFile::Entry> SopsFile::entries() const
{
    QList<Entry> out;
    for (const Leaf &l : m_leaves) {
        const bool encrypted = l.encrypted || (l.changed && m_meta.shouldEncrypt(l.path));
        out.append({l.document, l.path, l.type, encrypted, l.isNull, l.changed,
                    encrypted || l.isNull ? QString() : (l.changed ? l.plain.toString() : l.stored)});
    }
    for (const NewEntry &e : m_new)
        out.append({0, e.path, e.type, m_meta.shouldEncrypt(e.path), false, true});
    return out;
}

bool SopsFile::isUnlocked() const
{
    return m_unlocked;
}

Result<void> SopsFile::unlock(const age::AgeIdentities &identities)
{
    std::optional<SecureBuffer> key;
    QStringList problems;
    for (const SopsAgeEntry &entry : m_meta.age) {
        auto opened = age::AgeFile::decrypt(entry.enc.toLatin1(), identities);
        if (!opened) {
            if (age::ageFailureOf(opened.error()) != age::AgeFailure::NoMatch)
                problems << QStringLiteral("%1: %2").arg(entry.recipient, opened.error().message());
            continue;
        }
        if (opened.value().size() != 32) {
            problems << QStringLiteral("%1: the data key is not 32 bytes").arg(entry.recipient);
            continue;
        }
        key = std::move(opened.value());
        break;
    }
    if (!key) {
        QString message = QStringLiteral("none of the given age identities is a recipient of this file (recipients: %1)")
                              .arg(recipients().join(QStringLiteral(", ")));
        if (!m_meta.otherMasterKeys.isEmpty())
            message += QStringLiteral("; its %1 keys cannot be used offline").arg(m_meta.otherMasterKeys.join(QStringLiteral("/")));
        if (!problems.isEmpty())
            message += QStringLiteral("; ") + problems.join(QStringLiteral("; "));
        return Error(ErrorCode::Unauthenticated, message);
    }
    std::vector<SecureBuffer> plains;
    for (const Leaf &leaf : m_leaves) {
        if (!leaf.encrypted) {
            plains.push_back(leaf.isNull ? SecureBuffer() : SecureBuffer::fromString(leaf.stored));
            continue;
        }
        SopsType type = SopsType::Str;
        auto plain = SopsCipher::decrypt(leaf.stored, *key, SopsPaths::aad(leaf.path), &type);
        if (!plain)
            return plain.error().withContext(QStringLiteral("decrypting %1").arg(SopsPaths::toString(leaf.path)));
        plains.push_back(std::move(plain.value()));
    }
    for (std::size_t i = 0; i < m_leaves.size(); ++i)
        m_leaves[i].plain = std::move(plains[i]);
    m_dataKey = std::move(*key);
    m_unlocked = true;
    auto computed = macOver();
    auto stored = SopsCipher::decrypt(m_meta.mac, m_dataKey, m_meta.macAad());
    Error failure;
    bool failed = false;
    if (!computed) {
        failure = computed.error();
        failed = true;
    } else if (!stored) {
        failure = Error(ErrorCode::Corrupt, QStringLiteral("the MAC does not decrypt (the metadata was altered): %1").arg(stored.error().message()));
        failed = true;
    } else if (!crypto::equalConstantTime(stored.value().toByteArray(), computed.value())) {
        failure = Error(ErrorCode::Corrupt, QStringLiteral("MAC mismatch: the values do not match the file's MAC (the file was altered)"));
        failed = true;
    }
    if (failed) {
        for (Leaf &leaf : m_leaves)
            leaf.plain.clear();
        m_dataKey.clear();
        m_unlocked = false;
        return failure;
    }
    return success();
}

Result<QByteArray> SopsFile::macOver() const
{
    QByteArray input;
    if (m_meta.macOnlyEncrypted)
        input += kMacOnlyEncryptedInit;
    auto feed = [&](const SecureBuffer &plain, SopsType type, bool encrypted) -> Result<void> {
        if (m_meta.macOnlyEncrypted && !encrypted)
            return success();
        QString text = plain.toString();
        auto canonical = SopsCipher::canonical(text, type);
        SecureBuffer::wipe(text);
        if (!canonical)
            return canonical.error();
        input += canonical.value().toUtf8();
        return success();
    };
    for (const Leaf &leaf : m_leaves) {
        if (leaf.isNull)
            continue;
        const bool enc = leaf.changed || m_rotated || m_fresh ? m_meta.shouldEncrypt(leaf.path) && !leaf.plain.isEmpty() : leaf.encrypted;
        SD_CHECK(feed(leaf.plain, leaf.type, enc));
    }
    for (const NewEntry &e : m_new)
        SD_CHECK(feed(e.plain, e.type, m_meta.shouldEncrypt(e.path)));
    const QByteArray hex = crypto::sha512(input).toHex().toUpper();
    SecureBuffer::wipe(input);
    return hex;
}

Result<SecureBuffer> SopsFile::value(const SopsPath &path, int document) const
{
    if (!m_unlocked)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("the file is locked; unlock it with an age identity first"));
    for (const NewEntry &e : m_new) {
        if (document == 0 && e.path == path)
            return e.plain.clone();
    }
    for (const Leaf &leaf : m_leaves) {
        if (leaf.document == document && leaf.path == path)
            return leaf.plain.clone();
    }
    return Error(ErrorCode::NotFound, QStringLiteral("no value at '%1'").arg(SopsPaths::toString(path)));
}

Result<void> SopsFile::setValue(const SopsPath &path, const SecureBuffer &plaintext, std::optional<SopsType> type, int document)
{
    if (!m_unlocked)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("the file is locked; unlock it with an age identity first"));
    if (!path.isEmpty() && !path.first().isIndex() && path.first().key == QLatin1String("sops"))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("'sops' is reserved for the metadata"));
    const SopsType t = type.value_or(SopsType::Str);
    {
        QString text = plaintext.toString();
        auto canonical = SopsCipher::canonical(text, t);
        SecureBuffer::wipe(text);
        if (!canonical)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("value for %1: %2").arg(SopsPaths::toString(path), canonical.error().message()));
    }
    for (Leaf &leaf : m_leaves) {
        if (leaf.document != document || leaf.path != path)
            continue;
        if (!leaf.span.isValid())
            return Error(ErrorCode::Unsupported, QStringLiteral("%1 cannot be edited in place (its token could not be located)").arg(SopsPaths::toString(path)));
        if (!type)
            leaf = Leaf{leaf.document, leaf.path, leaf.span, leaf.stored, leaf.type, leaf.encrypted, false, true, plaintext.clone(), leaf.inFlow};
        else
            leaf = Leaf{leaf.document, leaf.path, leaf.span, leaf.stored, t, leaf.encrypted, false, true, plaintext.clone(), leaf.inFlow};
        return success();
    }
    for (NewEntry &e : m_new) {
        if (e.path == path) {
            e.plain = plaintext.clone();
            e.type = t;
            return success();
        }
    }
    if (document != 0)
        return Error(ErrorCode::Unsupported, QStringLiteral("new keys can only be added to the first document"));
    // Validate that the store can place it (YAML: the YamlEditor places keys at any depth).
    if (format() != SopsFormat::Yaml)
        SD_CHECK(m_store->newEntry(m_parsed, path, QByteArray()));
    else if (m_parsed.branches.size() != 1)
        return Error(ErrorCode::Unsupported, QStringLiteral("new keys can only be added to single-document YAML files"));
    m_new.push_back({path, t, plaintext.clone()});
    return success();
}

Result<void> SopsFile::setRecipients(const QStringList &recipientList)
{
    if (!m_unlocked)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("the file is locked; unlock it with an age identity first"));
    QStringList wanted;
    for (const QString &r : recipientList) {
        const QString t = r.trimmed();
        if (t.isEmpty() || wanted.contains(t))
            continue;
        SD_CHECK(age::X25519Recipient::parse(t));
        wanted << t;
    }
    if (wanted.isEmpty() && m_meta.otherMasterKeys.isEmpty())
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("removing every recipient would leave nobody able to open the file"));
    QList<SopsAgeEntry> next;
    for (const QString &r : wanted) {
        auto existing = std::find_if(m_meta.age.cbegin(), m_meta.age.cend(), [&](const SopsAgeEntry &e) { return e.recipient == r; });
        if (existing != m_meta.age.cend() && !m_rotated) {
            next.append(*existing);
            continue;
        }
        SD_TRY(QString enc, wrapDataKey(m_dataKey, r));
        next.append({r, enc});
    }
    m_meta.age = next;
    m_recipientsChanged = true;
    return success();
}

Result<void> SopsFile::rotateDataKey()
{
    if (!m_unlocked)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("the file is locked; unlock it with an age identity first"));
    if (!m_meta.otherMasterKeys.isEmpty())
        return Error(ErrorCode::Unsupported, QStringLiteral("the file also has %1 master keys, which cannot be re-wrapped offline")
                                                 .arg(m_meta.otherMasterKeys.join(QStringLiteral("/"))));
    m_dataKey = crypto::randomKey(32);
    m_rotated = true;
    return setRecipients(recipients());
}

Result<QByteArray> SopsFile::render(const Clock *clock) const
{
    if (!m_unlocked)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("the file is locked; unlock it with an age identity first"));
    if (m_parsed.branches.size() > 1 && !m_parsed.metadataSpan.isValid() && !m_fresh)
        return Error(ErrorCode::Unsupported, QStringLiteral("multi-document YAML files can be read but not rewritten"));
    QList<Splice> splices;
    bool cleartextChanged = false; // a token whose text is not an ENC[] string: check the whole file
    for (const Leaf &leaf : m_leaves) {
        if (leaf.isNull || !(leaf.changed || m_rotated))
            continue;
        const bool encrypt = m_meta.shouldEncrypt(leaf.path) && !leaf.plain.isEmpty();
        if (!leaf.span.isValid())
            return Error(ErrorCode::Unsupported, QStringLiteral("%1 cannot be rewritten in place").arg(SopsPaths::toString(leaf.path)));
        QByteArray token;
        if (encrypt) {
            QString text = leaf.plain.toString();
            auto canonical = SopsCipher::canonical(text, leaf.type);
            SecureBuffer::wipe(text);
            SD_CHECK(canonical);
            SD_TRY(QString enc, SopsCipher::encrypt(SecureBuffer::fromString(canonical.value()), leaf.type, m_dataKey,
                                                    SopsPaths::aad(leaf.path)));
            token = m_store->scalarToken(enc, SopsType::Str, true, leaf.inFlow);
        } else {
            token = m_store->scalarToken(leaf.plain.toString(), leaf.type, false, leaf.inFlow);
            cleartextChanged = true;
        }
        splices.append({leaf.span.offset, leaf.span.length, token});
    }
    // New YAML keys go through the configuration module's format-preserving YamlEditor (any
    // depth); the other formats insert a line where their store says.
    const bool yamlEditor = format() == SopsFormat::Yaml && !m_new.empty();
    QList<QPair<SopsPath, QJsonValue>> yamlNew;
    for (const NewEntry &e : m_new) {
        const bool encrypt = m_meta.shouldEncrypt(e.path) && !e.plain.isEmpty();
        QString text;
        if (encrypt) {
            SD_TRY(QString canonical, SopsCipher::canonical(e.plain.toString(), e.type));
            SD_TRY(text, SopsCipher::encrypt(SecureBuffer::fromString(canonical), e.type, m_dataKey, SopsPaths::aad(e.path)));
        } else {
            text = e.plain.toString();
        }
        if (yamlEditor) {
            QJsonValue v(text);
            if (!encrypt && e.type == SopsType::Int)
                v = QJsonValue(text.toLongLong());
            else if (!encrypt && e.type == SopsType::Float)
                v = QJsonValue(text.toDouble());
            else if (!encrypt && e.type == SopsType::Bool)
                v = QJsonValue(SopsCipher::canonical(text, SopsType::Bool).valueOr(QString()) == QLatin1String("True"));
            yamlNew.append({e.path, v});
            continue;
        }
        const QByteArray token = m_store->scalarToken(text, encrypt ? SopsType::Str : e.type, encrypt);
        SD_TRY(auto placed, m_store->newEntry(m_parsed, e.path, token));
        splices.append({placed.first, 0, placed.second});
    }
    SopsMetadata meta = m_meta;
    meta.lastModified = SopsMetadata::formatTime((clock ? clock : Clock::system())->now());
    SD_TRY(QByteArray macHex, macOver());
    SD_TRY(meta.mac, SopsCipher::encrypt(SecureBuffer::fromByteArray(macHex), SopsType::Str, m_dataKey, meta.macAad()));
    const SopsNode node = meta.toNode();
    if (yamlEditor) {
        if (!m_parsed.metadataSpan.isValid())
            return Error(ErrorCode::Unsupported, QStringLiteral("new keys can only be added to single-document YAML files"));
        splices.append({m_parsed.metadataSpan.offset, m_parsed.metadataSpan.length, QByteArray()});
        QByteArray body = applySplices(m_parsed.text, splices);
        SD_TRY(YamlEditor editor, YamlEditor::parse(body, QStringLiteral("sops file")));
        for (const auto &[path, value] : yamlNew) {
            QList<YamlPath::Segment> segments;
            for (const SopsPathSegment &seg : path)
                segments.append({seg.key, seg.index});
            SD_CHECK(editor.setValue(YamlPath(segments), value).context(QStringLiteral("adding %1").arg(SopsPaths::toString(path))));
        }
        body = editor.text();
        if (!body.isEmpty() && !body.endsWith('\n'))
            body += '\n';
        const QByteArray out = body + m_store->metadataBlock(node, m_parsed, true);
        auto reread = SopsFile::parse(out, format());
        if (!reread)
            return reread.error().withContext(QStringLiteral("checking the rewritten file (nothing was written)"));
        return out;
    }
    if (m_parsed.metadataSpan.isValid()) {
        splices.append({m_parsed.metadataSpan.offset, m_parsed.metadataSpan.length, m_store->metadataBlock(node, m_parsed, true)});
    } else if (m_fresh) {
        splices.append({m_store->metadataInsertPos(m_parsed), 0, m_store->metadataBlock(node, m_parsed, false)});
    } else {
        return Error(ErrorCode::Unsupported, QStringLiteral("the sops metadata is not the last entry of the file; it cannot be rewritten in place"));
    }
    const QByteArray out = applySplices(m_parsed.text, splices);
    // Every write is checked by reading it back. When only ENC[] tokens were swapped for ENC[]
    // tokens (which cannot change the document's structure) the new metadata block is enough;
    // otherwise the whole file is parsed again.
    if (m_fresh || !m_new.empty() || cleartextChanged || format() == SopsFormat::Json) {
        auto reread = SopsFile::parse(out, format());
        if (!reread)
            return reread.error().withContext(QStringLiteral("checking the rewritten file (nothing was written)"));
    } else {
        auto block = m_store->parse(m_store->metadataBlock(node, m_parsed, false));
        if (!block || block.value().metadata.kind == SopsNode::Kind::Null || !SopsMetadata::fromNode(block.value().metadata))
            return Error(ErrorCode::Internal, QStringLiteral("the rewritten sops metadata does not read back (nothing was written)"));
    }
    return out;
}

Result<SecureBuffer> SopsFile::renderPlaintext() const
{
    if (!m_unlocked)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("the file is locked; unlock it with an age identity first"));
    QList<Splice> splices;
    for (const Leaf &leaf : m_leaves) {
        if (leaf.isNull || !(leaf.encrypted || leaf.changed))
            continue;
        if (!leaf.span.isValid())
            return Error(ErrorCode::Unsupported, QStringLiteral("%1 cannot be located in the file").arg(SopsPaths::toString(leaf.path)));
        splices.append({leaf.span.offset, leaf.span.length, m_store->scalarToken(leaf.plain.toString(), leaf.type, false, leaf.inFlow)});
    }
    for (const NewEntry &e : m_new) {
        SD_TRY(auto placed, m_store->newEntry(m_parsed, e.path, m_store->scalarToken(e.plain.toString(), e.type, false)));
        splices.append({placed.first, 0, placed.second});
    }
    if (m_parsed.metadataSpan.isValid())
        splices.append({m_parsed.metadataSpan.offset, m_parsed.metadataSpan.length, QByteArray()});
    QByteArray out = applySplices(m_parsed.text, splices);
    SecureBuffer result = SecureBuffer::fromByteArray(out);
    SecureBuffer::wipe(out);
    return result;
}

} // namespace shipdeck::sops
