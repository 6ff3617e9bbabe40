#include "backend/secrets/sops/sopsmetadata.h"

#include <QRegularExpression>

namespace shipdeck::sops {

const QString SopsMetadata::kWriterVersion = QStringLiteral("3.9.4");

namespace {

const QStringList kMasterKeyKinds = {QStringLiteral("pgp"), QStringLiteral("kms"), QStringLiteral("gcp_kms"),
                                     QStringLiteral("azure_kv"), QStringLiteral("hc_vault"), QStringLiteral("hckms")};
const QStringList kRuleKeys = {QStringLiteral("unencrypted_suffix"), QStringLiteral("encrypted_suffix"),
                               QStringLiteral("unencrypted_regex"), QStringLiteral("encrypted_regex"),
                               QStringLiteral("unencrypted_comment_regex"), QStringLiteral("encrypted_comment_regex")};

Error metaError(ErrorCode code, const QString &why)
{
    return Error(code, QStringLiteral("sops metadata: %1").arg(why));
}

QString scalarOf(const SopsNode &node)
{
    return node.kind == SopsNode::Kind::Scalar ? node.text : QString();
}

void setScalar(SopsNode &map, const QString &key, const QString &value)
{
    SopsNode *existing = map.child(key);
    if (value.isEmpty()) {
        const int i = map.indexOf(key);
        if (i >= 0) {
            map.keys.removeAt(i);
            map.children.removeAt(i);
        }
        return;
    }
    if (existing) {
        existing->kind = SopsNode::Kind::Scalar;
        existing->text = value;
        existing->type = SopsType::Str;
        return;
    }
    // New keys go where sops 3.13 (sorted by name) would put them.
    int pos = 0;
    while (pos < map.keys.size() && map.keys.at(pos) < key)
        ++pos;
    map.keys.insert(pos, key);
    map.children.insert(pos, SopsNode::scalar(value));
}

bool matches(const QString &pattern, const QString &text)
{
    const QRegularExpression re(pattern);
    return re.isValid() && re.match(text).hasMatch();
}

} // namespace

Result<SopsMetadata> SopsMetadata::fromNode(const SopsNode &node)
{
    if (node.kind != SopsNode::Kind::Map)
        return metaError(ErrorCode::Corrupt, QStringLiteral("the sops entry is not a mapping"));
    SopsMetadata m;
    m.original = node;
    for (int i = 0; i < node.keys.size(); ++i) {
        const QString &key = node.keys.at(i);
        const SopsNode &value = node.children.at(i);
        if (key == QLatin1String("age")) {
            if (value.kind == SopsNode::Kind::Null)
                continue;
            if (value.kind != SopsNode::Kind::List)
                return metaError(ErrorCode::Corrupt, QStringLiteral("'age' is not a list"));
            for (const SopsNode &entry : value.children) {
                const SopsNode *r = entry.child(QStringLiteral("recipient"));
                const SopsNode *e = entry.child(QStringLiteral("enc"));
                if (entry.kind != SopsNode::Kind::Map || !r || !e)
                    return metaError(ErrorCode::Corrupt, QStringLiteral("an age entry lacks 'recipient' or 'enc'"));
                m.age.append({scalarOf(*r).trimmed(), scalarOf(*e)});
            }
        } else if (kMasterKeyKinds.contains(key)) {
            if (value.kind == SopsNode::Kind::List && !value.children.isEmpty())
                m.otherMasterKeys << key;
        } else if (key == QLatin1String("lastmodified")) {
            m.lastModified = scalarOf(value);
        } else if (key == QLatin1String("mac")) {
            m.mac = scalarOf(value);
        } else if (key == QLatin1String("version")) {
            m.version = scalarOf(value);
        } else if (key == QLatin1String("mac_only_encrypted")) {
            const QString v = scalarOf(value).toLower();
            m.macOnlyEncrypted = v == QLatin1String("true");
        } else if (kRuleKeys.contains(key)) {
            const QString v = scalarOf(value);
            if (key == QLatin1String("unencrypted_suffix")) m.unencryptedSuffix = v;
            else if (key == QLatin1String("encrypted_suffix")) m.encryptedSuffix = v;
            else if (key == QLatin1String("unencrypted_regex")) m.unencryptedRegex = v;
            else if (key == QLatin1String("encrypted_regex")) m.encryptedRegex = v;
            else if (key == QLatin1String("unencrypted_comment_regex")) m.unencryptedCommentRegex = v;
            else m.encryptedCommentRegex = v;
        } else if (key == QLatin1String("key_groups") || key == QLatin1String("shamir_threshold")) {
            return metaError(ErrorCode::Unsupported, QStringLiteral("key groups (Shamir secret sharing) are not supported"));
        } else {
            return metaError(ErrorCode::Unsupported, QStringLiteral("unknown field '%1' (written by a newer sops?); "
                                                                    "the file is left as it is").arg(key));
        }
    }
    if (m.version.isEmpty() || m.mac.isEmpty())
        return metaError(ErrorCode::Corrupt, QStringLiteral("'version' or 'mac' is missing: not an encrypted sops file"));
    static const QRegularExpression semver(QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)(?:[-+].*)?$"));
    const auto match = semver.match(m.version);
    if (!match.hasMatch())
        return metaError(ErrorCode::Corrupt, QStringLiteral("version '%1' is not a version number").arg(m.version));
    if (match.captured(1) != QLatin1String("3"))
        return metaError(ErrorCode::Unsupported, QStringLiteral("version %1 is not sops 3 (this file format is unknown)").arg(m.version));
    int rules = 0;
    for (const QString *r : {&m.unencryptedSuffix, &m.encryptedSuffix, &m.unencryptedRegex, &m.encryptedRegex,
                             &m.unencryptedCommentRegex, &m.encryptedCommentRegex})
        rules += r->isEmpty() ? 0 : 1;
    if (rules > 1)
        return metaError(ErrorCode::Corrupt, QStringLiteral("more than one encryption selection rule"));
    for (const QString *r : {&m.unencryptedRegex, &m.encryptedRegex}) {
        if (!r->isEmpty() && !QRegularExpression(*r).isValid())
            return metaError(ErrorCode::Corrupt, QStringLiteral("invalid regular expression '%1'").arg(*r));
    }
    return m;
}

SopsNode SopsMetadata::toNode() const
{
    SopsNode node = original.kind == SopsNode::Kind::Map ? original : SopsNode::map();
    SopsNode ageList = SopsNode::list();
    for (const SopsAgeEntry &e : age) {
        SopsNode entry = SopsNode::map();
        entry.keys = {QStringLiteral("recipient"), QStringLiteral("enc")};
        entry.children = {SopsNode::scalar(e.recipient), SopsNode::scalar(e.enc)};
        ageList.children.append(entry);
    }
    if (SopsNode *existing = node.child(QStringLiteral("age"))) {
        *existing = ageList;
    } else {
        int pos = 0;
        while (pos < node.keys.size() && node.keys.at(pos) < QLatin1String("age"))
            ++pos;
        node.keys.insert(pos, QStringLiteral("age"));
        node.children.insert(pos, ageList);
    }
    setScalar(node, QStringLiteral("lastmodified"), lastModified);
    setScalar(node, QStringLiteral("mac"), mac);
    setScalar(node, QStringLiteral("unencrypted_suffix"), unencryptedSuffix);
    setScalar(node, QStringLiteral("encrypted_suffix"), encryptedSuffix);
    setScalar(node, QStringLiteral("unencrypted_regex"), unencryptedRegex);
    setScalar(node, QStringLiteral("encrypted_regex"), encryptedRegex);
    setScalar(node, QStringLiteral("unencrypted_comment_regex"), unencryptedCommentRegex);
    setScalar(node, QStringLiteral("encrypted_comment_regex"), encryptedCommentRegex);
    if (macOnlyEncrypted)
        setScalar(node, QStringLiteral("mac_only_encrypted"), QStringLiteral("true"));
    if (SopsNode *moe = node.child(QStringLiteral("mac_only_encrypted")))
        moe->type = SopsType::Bool;
    setScalar(node, QStringLiteral("version"), version);
    return node;
}

bool SopsMetadata::shouldEncrypt(const SopsPath &path) const
{
    QStringList keys;
    for (const SopsPathSegment &s : path) {
        if (!s.isIndex())
            keys << s.key;
    }
    if (!unencryptedSuffix.isEmpty()) {
        for (const QString &k : keys) {
            if (k.endsWith(unencryptedSuffix))
                return false;
        }
    }
    if (!encryptedSuffix.isEmpty()) {
        for (const QString &k : keys) {
            if (k.endsWith(encryptedSuffix))
                return true;
        }
        return false;
    }
    if (!unencryptedRegex.isEmpty()) {
        for (const QString &k : keys) {
            if (matches(unencryptedRegex, k))
                return false;
        }
    }
    if (!encryptedRegex.isEmpty()) {
        for (const QString &k : keys) {
            if (matches(encryptedRegex, k))
                return true;
        }
        return false;
    }
    return true;
}

QByteArray SopsMetadata::macAad() const
{
    QDateTime t = QDateTime::fromString(lastModified, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(lastModified, Qt::ISODate);
    if (!t.isValid())
        return lastModified.toUtf8();
    // Go's time.RFC3339 drops fractional seconds and keeps the zone as written.
    if (lastModified.endsWith(QLatin1Char('Z')))
        return formatTime(t).toUtf8();
    QString text = lastModified;
    text.remove(QRegularExpression(QStringLiteral("\\.\\d+")));
    return text.toUtf8();
}

QString SopsMetadata::formatTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

namespace SopsFlatten {

namespace {
void flattenInto(const QString &prefix, const SopsNode &node, QList<QPair<QString, QString>> &out)
{
    switch (node.kind) {
    case SopsNode::Kind::Map:
        for (int i = 0; i < node.keys.size(); ++i)
            flattenInto(prefix.isEmpty() ? node.keys.at(i) : prefix + QStringLiteral("__map_") + node.keys.at(i), node.children.at(i), out);
        return;
    case SopsNode::Kind::List:
        for (int i = 0; i < node.children.size(); ++i)
            flattenInto(prefix + QStringLiteral("__list_") + QString::number(i), node.children.at(i), out);
        return;
    case SopsNode::Kind::Scalar:
        out.append({prefix, node.text});
        return;
    case SopsNode::Kind::Null:
        return;
    }
}
} // namespace

QList<QPair<QString, QString>> flatten(const SopsNode &node)
{
    QList<QPair<QString, QString>> out;
    flattenInto(QString(), node, out);
    return out;
}

Result<SopsNode> unflatten(const QList<QPair<QString, QString>> &pairs)
{
    SopsNode root = SopsNode::map();
    static const QRegularExpression sep(QStringLiteral("__(map|list)_"));
    for (const auto &[flatKey, value] : pairs) {
        // Split "age__list_0__map_enc" into (age)(list 0)(map enc).
        QList<QPair<QString, QString>> steps; // (kind, name)
        qsizetype pos = 0;
        QString kind = QStringLiteral("map");
        auto it = sep.globalMatch(flatKey);
        while (it.hasNext()) {
            const auto m = it.next();
            steps.append({kind, flatKey.mid(pos, m.capturedStart() - pos)});
            kind = m.captured(1);
            pos = m.capturedEnd();
        }
        steps.append({kind, flatKey.mid(pos)});
        SopsNode *node = &root;
        for (int i = 0; i < steps.size(); ++i) {
            const bool last = i == steps.size() - 1;
            const QString &name = steps.at(i).second;
            const SopsNode::Kind childKind = last ? SopsNode::Kind::Scalar
                : steps.at(i + 1).first == QLatin1String("list") ? SopsNode::Kind::List : SopsNode::Kind::Map;
            SopsNode *child = nullptr;
            if (steps.at(i).first == QLatin1String("list")) {
                bool ok = false;
                const int index = name.toInt(&ok);
                if (node->kind != SopsNode::Kind::List || !ok || index < 0 || index > node->children.size())
                    return Error(ErrorCode::Corrupt, QStringLiteral("sops metadata: bad list index in '%1'").arg(flatKey));
                if (index == node->children.size()) {
                    SopsNode fresh;
                    fresh.kind = childKind;
                    node->children.append(fresh);
                }
                child = &node->children[index];
            } else {
                if (node->kind != SopsNode::Kind::Map || name.isEmpty())
                    return Error(ErrorCode::Corrupt, QStringLiteral("sops metadata: bad key '%1'").arg(flatKey));
                child = node->child(name);
                if (!child) {
                    SopsNode fresh;
                    fresh.kind = childKind;
                    node->keys.append(name);
                    node->children.append(fresh);
                    child = &node->children.last();
                }
            }
            if (child->kind != childKind)
                return Error(ErrorCode::Corrupt, QStringLiteral("sops metadata: '%1' conflicts with another key").arg(flatKey));
            node = child;
        }
        node->text = value;
    }
    return root;
}

QString escapeNewlines(const QString &value)
{
    return QString(value).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

QString unescapeNewlines(const QString &value)
{
    return QString(value).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
}

} // namespace SopsFlatten
} // namespace shipdeck::sops
