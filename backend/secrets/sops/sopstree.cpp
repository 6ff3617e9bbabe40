#include "backend/secrets/sops/sopstree.h"

#include "backend/secrets/crypto/securebuffer.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace shipdeck::sops {

SopsFormat formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return SopsFormat::Json;
    if (suffix == QLatin1String("env"))
        return SopsFormat::Dotenv;
    if (suffix == QLatin1String("ini"))
        return SopsFormat::Ini;
    return SopsFormat::Yaml;
}

QString formatName(SopsFormat format)
{
    switch (format) {
    case SopsFormat::Yaml: return QStringLiteral("yaml");
    case SopsFormat::Json: return QStringLiteral("json");
    case SopsFormat::Dotenv: return QStringLiteral("dotenv");
    case SopsFormat::Ini: return QStringLiteral("ini");
    }
    return {};
}

QString typeName(SopsType type)
{
    switch (type) {
    case SopsType::Str: return QStringLiteral("str");
    case SopsType::Int: return QStringLiteral("int");
    case SopsType::Float: return QStringLiteral("float");
    case SopsType::Bool: return QStringLiteral("bool");
    case SopsType::Time: return QStringLiteral("time");
    case SopsType::Bytes: return QStringLiteral("bytes");
    }
    return {};
}

std::optional<SopsType> typeFromName(const QString &name)
{
    for (SopsType t : {SopsType::Str, SopsType::Int, SopsType::Float, SopsType::Bool, SopsType::Time, SopsType::Bytes}) {
        if (typeName(t) == name)
            return t;
    }
    return std::nullopt;
}

namespace SopsPaths {

QString toString(const SopsPath &path)
{
    QString out;
    for (const SopsPathSegment &s : path) {
        if (s.isIndex()) {
            out += QStringLiteral("[%1]").arg(s.index);
            continue;
        }
        const bool plain = !s.key.isEmpty() && !s.key.contains(QRegularExpression(QStringLiteral("[.\\[\\]\" ]")));
        if (plain)
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + s.key;
        else
            out += QStringLiteral("[\"%1\"]").arg(QString(s.key).replace(QLatin1Char('"'), QStringLiteral("\\\"")));
    }
    return out;
}

Result<SopsPath> parse(const QString &text)
{
    SopsPath path;
    qsizetype i = 0;
    auto bad = [&](const QString &why) {
        return Error(ErrorCode::InvalidArgument, QStringLiteral("invalid key path '%1': %2").arg(text, why));
    };
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char('.')) {
            if (path.isEmpty())
                return bad(QStringLiteral("starts with '.'"));
            ++i;
        }
        if (i < text.size() && text.at(i) == QLatin1Char('[')) {
            const qsizetype close = text.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return bad(QStringLiteral("unclosed '['"));
            QString inner = text.mid(i + 1, close - i - 1);
            if (inner.startsWith(QLatin1Char('"'))) {
                qsizetype j = i + 2;
                QString key;
                while (j < text.size() && text.at(j) != QLatin1Char('"')) {
                    if (text.at(j) == QLatin1Char('\\') && j + 1 < text.size())
                        ++j;
                    key += text.at(j++);
                }
                if (j + 1 >= text.size() || text.at(j + 1) != QLatin1Char(']'))
                    return bad(QStringLiteral("unterminated quoted key"));
                path.append({key, -1});
                i = j + 2;
                continue;
            }
            bool ok = false;
            const int index = inner.toInt(&ok);
            if (!ok || index < 0)
                return bad(QStringLiteral("'%1' is not an index").arg(inner));
            path.append({QString(), index});
            i = close + 1;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && text.at(j) != QLatin1Char('.') && text.at(j) != QLatin1Char('['))
            ++j;
        if (j == i)
            return bad(QStringLiteral("empty key"));
        path.append({text.mid(i, j - i), -1});
        i = j;
    }
    if (path.isEmpty())
        return bad(QStringLiteral("empty path"));
    return path;
}

QByteArray aad(const SopsPath &path)
{
    QByteArray out;
    for (const SopsPathSegment &s : path) {
        if (!s.isIndex())
            out += s.key.toUtf8() + ':';
    }
    return out;
}

} // namespace SopsPaths

SopsNode SopsNode::scalar(QString text, SopsType type)
{
    SopsNode n;
    n.kind = Kind::Scalar;
    n.text = std::move(text);
    n.type = type;
    return n;
}

const SopsNode *SopsNode::child(const QString &key) const
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &children.at(i);
}

SopsNode *SopsNode::child(const QString &key)
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &children[i];
}

void SopsNode::wipe()
{
    SecureBuffer::wipe(text);
    for (SopsNode &c : children)
        c.wipe();
}

namespace {
template<typename Node, typename Fn>
void walk(Node &node, SopsPath &path, const Fn &fn)
{
    switch (node.kind) {
    case SopsNode::Kind::Scalar:
    case SopsNode::Kind::Null:
        fn(path, node);
        return;
    case SopsNode::Kind::Map:
        for (int i = 0; i < node.children.size(); ++i) {
            path.append({node.keys.at(i), -1});
            walk(node.children[i], path, fn);
            path.removeLast();
        }
        return;
    case SopsNode::Kind::List:
        for (int i = 0; i < node.children.size(); ++i) {
            path.append({QString(), i});
            walk(node.children[i], path, fn);
            path.removeLast();
        }
        return;
    }
}
} // namespace

void forEachLeaf(const SopsNode &root, const std::function<void(const SopsPath &, const SopsNode &)> &fn)
{
    SopsPath path;
    walk(root, path, fn);
}

void forEachLeaf(SopsNode &root, const std::function<void(const SopsPath &, SopsNode &)> &fn)
{
    SopsPath path;
    walk(root, path, fn);
}

SopsNode *nodeAt(SopsNode &root, const SopsPath &path)
{
    SopsNode *node = &root;
    for (const SopsPathSegment &s : path) {
        if (s.isIndex()) {
            if (node->kind != SopsNode::Kind::List || s.index >= node->children.size())
                return nullptr;
            node = &node->children[s.index];
        } else {
            if (node->kind != SopsNode::Kind::Map)
                return nullptr;
            node = node->child(s.key);
            if (!node)
                return nullptr;
        }
    }
    return node;
}

} // namespace shipdeck::sops
