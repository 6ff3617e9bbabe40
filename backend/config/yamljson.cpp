// JSON values of YAML nodes: YAML 1.2 core-schema resolution of plain scalars, aliases and
// merge keys.
#include "backend/config/yamltree.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace shipdeck::yamltree {

QJsonValue resolvePlain(const QByteArray &text)
{
    static const QRegularExpression intRe(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression floatRe(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (text.isEmpty() || text == "~" || text == "null" || text == "Null" || text == "NULL")
        return QJsonValue(QJsonValue::Null);
    if (text == "true" || text == "True" || text == "TRUE")
        return true;
    if (text == "false" || text == "False" || text == "FALSE")
        return false;
    const QString s = QString::fromUtf8(text);
    if (intRe.match(s).hasMatch()) {
        bool ok = false;
        const qlonglong v = s.toLongLong(&ok);
        if (ok && std::llabs(v) <= (1LL << 53))
            return double(v);
        return s; // too large for a JSON number without losing digits
    }
    if (text.startsWith("0x")) {
        bool ok = false;
        const qlonglong v = s.mid(2).toLongLong(&ok, 16);
        if (ok)
            return double(v);
    }
    if (text.startsWith("0o")) {
        bool ok = false;
        const qlonglong v = s.mid(2).toLongLong(&ok, 8);
        if (ok)
            return double(v);
    }
    if (floatRe.match(s).hasMatch())
        return s.toDouble();
    if (text == ".inf" || text == ".Inf" || text == ".INF" || text == "+.inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-.inf" || text == "-.Inf" || text == "-.INF")
        return -std::numeric_limits<double>::infinity();
    return s;
}

namespace {

QJsonValue scalarJson(const Node &n)
{
    static const QByteArray core = "tag:yaml.org,2002:";
    if (n.tag == "?")
        return resolvePlain(n.value);
    if (n.tag == "!" || n.tag == core + "str" || !n.tag.startsWith(core))
        return QString::fromUtf8(n.value);
    const QJsonValue resolved = resolvePlain(n.value);
    if (n.tag == core + "int" || n.tag == core + "float")
        return resolved.isDouble() ? resolved : QJsonValue(QString::fromUtf8(n.value));
    if (n.tag == core + "bool")
        return resolved.isBool() ? resolved : QJsonValue(QString::fromUtf8(n.value));
    if (n.tag == core + "null")
        return QJsonValue(QJsonValue::Null);
    return QString::fromUtf8(n.value);
}

QJsonValue toJsonImpl(const Tree &tree, int index, QHash<int, QJsonValue> &anchors)
{
    if (index < 0)
        return QJsonValue(QJsonValue::Null);
    const Node &n = tree.at(index);
    QJsonValue out;
    switch (n.kind) {
    case Kind::Null: out = QJsonValue(QJsonValue::Null); break;
    case Kind::Scalar: out = scalarJson(n); break;
    case Kind::Alias: out = anchors.value(n.aliasOf); break;
    case Kind::Seq: {
        QJsonArray a;
        for (int c : n.children)
            a.append(toJsonImpl(tree, c, anchors));
        out = a;
        break;
    }
    case Kind::Map: {
        QJsonObject o;
        QList<QJsonObject> merges;
        for (int i = 0; i + 1 < n.children.size(); i += 2) {
            const Node &key = tree.at(n.children.at(i));
            const QJsonValue v = toJsonImpl(tree, n.children.at(i + 1), anchors);
            if (key.value == "<<" && key.tag == "?") {
                if (v.isObject())
                    merges.append(v.toObject());
                for (const QJsonValue &m : v.toArray())
                    merges.append(m.toObject());
                continue;
            }
            o.insert(QString::fromUtf8(key.value), v);
        }
        for (const QJsonObject &m : merges) {
            for (auto it = m.begin(); it != m.end(); ++it) {
                if (!o.contains(it.key()))
                    o.insert(it.key(), it.value());
            }
        }
        out = o;
        break;
    }
    }
    if (n.anchor)
        anchors.insert(n.anchor, out);
    return out;
}

} // namespace

QJsonValue toJson(const Tree &tree, int node)
{
    QHash<int, QJsonValue> anchors;
    if (node != tree.root && tree.root >= 0) {
        // Aliases inside `node` may refer to anchors defined earlier in the document.
        toJsonImpl(tree, tree.root, anchors);
    }
    return toJsonImpl(tree, node, anchors);
}

} // namespace shipdeck::yamltree
