#include "backend/config/yamleditor.h"

#include "backend/config/yamlrender.h"
#include "backend/config/yamltree.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>

namespace shipdeck {

using yamltree::Kind;
using yamltree::Node;
using yamltree::Style;
using yamltree::Tree;

struct YamlEditor::Data
{
    Tree tree;
    QString source;
    QJsonValue json;
    // entries() computed once per document (documents are immutable once parsed).
    mutable QMutex entriesMutex;
    mutable std::optional<QList<YamlEntry>> entries;
};

namespace {

// Where a path leads in the concrete tree: the node, or the deepest existing ancestor and
// the index of the first segment that does not exist.
struct Resolved
{
    int node = -1;     // the node at the full path, or -1
    int ancestor = -1; // deepest existing node on the path
    int keyNode = -1;  // for a map value: its key node
    qsizetype missingFrom = -1;
};

Error unsupported(const Tree &tree, const QString &source, qsizetype pos, const QString &what)
{
    return Error(ErrorCode::Unsupported, QStringLiteral("%1:%2:%3: %4").arg(source).arg(tree.lineOf(pos))
                                             .arg(tree.columnOf(pos)).arg(what));
}

bool anchorIsUsed(const Tree &tree, int anchor)
{
    for (const Node &n : tree.nodes) {
        if (n.kind == Kind::Alias && n.aliasOf == anchor)
            return true;
    }
    return false;
}

Result<Resolved> resolve(const Tree &tree, const QString &source, const YamlPath &path, bool forEdit)
{
    Resolved r;
    int cur = tree.root;
    if (cur < 0) {
        r.missingFrom = 0;
        return r;
    }
    for (qsizetype i = 0;; ++i) {
        const Node &n = tree.at(cur);
        if (n.kind == Kind::Alias) {
            return unsupported(tree, source, n.start, QStringLiteral("'%1' is an alias (%2); edit the anchored node it refers to")
                                                          .arg(path.mid(0, i).toString(), QString::fromUtf8(tree.text.mid(n.start, n.end - n.start))));
        }
        if (forEdit && n.anchor && anchorIsUsed(tree, n.anchor)) {
            return unsupported(tree, source, n.propStart, QStringLiteral("'%1' is anchored and aliases refer to it; "
                                                                         "editing it would change them too")
                                                              .arg(path.mid(0, i).toString()));
        }
        r.ancestor = cur;
        if (i == path.size()) {
            r.node = cur;
            return r;
        }
        const YamlPath::Segment &seg = path.at(i);
        int next = -1;
        if (n.kind == Kind::Map && !seg.isIndex()) {
            const int k = tree.mapKeyIndex(cur, seg.key.toUtf8());
            if (k >= 0) {
                r.keyNode = n.children.at(k);
                next = n.children.at(k + 1);
            }
        } else if (n.kind == Kind::Seq && seg.isIndex() && seg.index < n.children.size()) {
            r.keyNode = -1;
            next = n.children.at(seg.index);
        }
        if (next < 0) {
            r.missingFrom = i;
            return r;
        }
        cur = next;
    }
}

YamlLocation location(const Tree &tree, qsizetype start, qsizetype end)
{
    YamlLocation l;
    l.offset = start;
    l.length = end - start;
    l.line = tree.lineOf(start);
    l.column = tree.columnOf(start);
    return l;
}

QJsonValue setJson(const QJsonValue &root, const YamlPath &path, qsizetype i, const QJsonValue &value)
{
    if (i == path.size())
        return value;
    const YamlPath::Segment &seg = path.at(i);
    if (seg.isIndex()) {
        QJsonArray a = root.toArray();
        const QJsonValue child = setJson(seg.index < a.size() ? a.at(seg.index) : QJsonValue(), path, i + 1, value);
        if (seg.index < a.size())
            a.replace(seg.index, child);
        else
            a.append(child);
        return a;
    }
    QJsonObject o = root.toObject();
    o.insert(seg.key, setJson(o.value(seg.key), path, i + 1, value));
    return o;
}

QJsonValue removeJson(const QJsonValue &root, const YamlPath &path, qsizetype i)
{
    const YamlPath::Segment &seg = path.at(i);
    if (seg.isIndex()) {
        QJsonArray a = root.toArray();
        if (i + 1 == path.size())
            a.removeAt(seg.index);
        else
            a.replace(seg.index, removeJson(a.at(seg.index), path, i + 1));
        return a;
    }
    QJsonObject o = root.toObject();
    if (i + 1 == path.size())
        o.remove(seg.key);
    else
        o.insert(seg.key, removeJson(o.value(seg.key), path, i + 1));
    return o;
}

// The value `value` nested under the keys path[from..]: {a: {b: value}}.
QJsonValue nest(const YamlPath &path, qsizetype from, const QJsonValue &value)
{
    QJsonValue v = value;
    for (qsizetype i = path.size() - 1; i >= from; --i) {
        if (path.at(i).isIndex())
            v = QJsonArray{v};
        else
            v = QJsonObject{{path.at(i).key, v}};
    }
    return v;
}

bool firstOnLine(const Tree &tree, qsizetype pos)
{
    for (qsizetype i = tree.lineStartOf(pos); i < pos; ++i) {
        if (tree.text.at(i) != ' ')
            return false;
    }
    return true;
}

// End of the line holding `pos`, past its line break.
qsizetype pastLine(const Tree &tree, qsizetype pos)
{
    qsizetype i = pos;
    while (i < tree.text.size() && tree.text.at(i) != '\n')
        ++i;
    return i < tree.text.size() ? i + 1 : i;
}

int contentIndentOf(const Tree &tree, const Node &n)
{
    qsizetype i = pastLine(tree, n.start);
    while (i < n.end) {
        qsizetype j = i;
        while (j < tree.text.size() && tree.text.at(j) == ' ')
            ++j;
        if (j < tree.text.size() && tree.text.at(j) != '\n' && tree.text.at(j) != '\r')
            return int(j - i);
        i = pastLine(tree, i);
    }
    return qMax(0, n.indent) + tree.indentUnit;
}

} // namespace

YamlEditor::YamlEditor() : d(std::make_shared<Data>())
{
    auto data = std::make_shared<Data>();
    data->source = QStringLiteral("<yaml>");
    data->json = QJsonValue(QJsonValue::Null);
    d = data;
}

YamlEditor::~YamlEditor() = default;
YamlEditor::YamlEditor(const YamlEditor &) = default;
YamlEditor &YamlEditor::operator=(const YamlEditor &) = default;
YamlEditor::YamlEditor(YamlEditor &&) noexcept = default;
YamlEditor &YamlEditor::operator=(YamlEditor &&) noexcept = default;
YamlEditor::YamlEditor(std::shared_ptr<const Data> data) : d(std::move(data)) {}

Result<YamlEditor> YamlEditor::parse(const QByteArray &utf8, const QString &sourceName)
{
    auto data = std::make_shared<Data>();
    data->source = sourceName;
    SD_TRY(data->tree, yamltree::parse(utf8, sourceName));
    data->json = yamltree::toJson(data->tree, data->tree.root);
    return YamlEditor(std::move(data));
}

const QByteArray &YamlEditor::text() const { return d->tree.text; }
const QString &YamlEditor::sourceName() const { return d->source; }
QJsonValue YamlEditor::toJson() const { return d->json; }

bool YamlEditor::contains(const YamlPath &path) const
{
    return value(path).ok();
}

Result<QJsonValue> YamlEditor::value(const YamlPath &path) const
{
    QJsonValue v = d->json;
    for (const YamlPath::Segment &seg : path.segments()) {
        if (seg.isIndex() ? (!v.isArray() || seg.index >= v.toArray().size()) : (!v.isObject() || !v.toObject().contains(seg.key)))
            return Error(ErrorCode::NotFound, QStringLiteral("%1 has no key '%2'").arg(d->source, path.toString()));
        v = seg.isIndex() ? v.toArray().at(seg.index) : v.toObject().value(seg.key);
    }
    return v;
}

Result<YamlEntry> YamlEditor::entry(const YamlPath &path) const
{
    const QList<YamlEntry> all = entries();
    for (const YamlEntry &e : all) {
        if (e.path == path)
            return e;
    }
    return Error(ErrorCode::NotFound, QStringLiteral("%1 has no key '%2'").arg(d->source, path.toString()));
}

QList<YamlEntry> YamlEditor::entries() const
{
    QMutexLocker lock(&d->entriesMutex);
    if (d->entries)
        return *d->entries;
    QList<YamlEntry> out;
    const Tree &t = d->tree;
    // Walks the tree and the document's JSON side by side, so each value's JSON is looked up
    // rather than recomputed.
    std::function<void(int, const YamlPath &, const QJsonValue &)> walk = [&](int index, const YamlPath &path, const QJsonValue &json) {
        const Node &n = t.at(index);
        auto add = [&](const YamlPath &p, int keyNode, int valueNode, const QJsonValue &childJson) {
            const Node &v = t.at(valueNode);
            YamlEntry e;
            e.path = p;
            e.kind = YamlEntry::Kind(int(v.kind));
            const Node &k = t.at(keyNode);
            e.key = location(t, k.start, k.end);
            e.value = location(t, v.start, v.end);
            e.json = childJson.isUndefined() ? yamltree::toJson(t, valueNode) : childJson;
            e.editable = v.spanReliable && k.spanReliable && v.kind != Kind::Alias;
            out.append(e);
            walk(valueNode, p, e.json);
        };
        if (n.kind == Kind::Map) {
            const QJsonObject o = json.toObject();
            for (int i = 0; i + 1 < n.children.size(); i += 2) {
                const QString key = QString::fromUtf8(t.at(n.children.at(i)).value);
                add(path.child(key), n.children.at(i), n.children.at(i + 1), key == QLatin1String("<<") ? QJsonValue(QJsonValue::Undefined) : o.value(key));
            }
        } else if (n.kind == Kind::Seq) {
            const QJsonArray a = json.toArray();
            for (int i = 0; i < n.children.size(); ++i)
                add(path.child(i), n.children.at(i), n.children.at(i), i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined));
        }
    };
    if (t.root >= 0)
        walk(t.root, YamlPath(), d->json);
    d->entries = out;
    return out;
}

Result<void> YamlEditor::apply(qsizetype start, qsizetype end, const QByteArray &replacement, const QJsonValue &expected,
                               const QString &what)
{
    QByteArray text = d->tree.text;
    text.replace(start, end - start, replacement);
    auto edited = parse(text, d->source);
    if (!edited) {
        return Error(ErrorCode::Internal, QStringLiteral("%1: %2 would produce invalid YAML (%3); nothing was changed")
                                              .arg(d->source, what, edited.error().message()));
    }
    const QJsonValue got = edited.value().toJson();
    const bool sameAsExpected = got == expected || (expected.isObject() && expected.toObject().isEmpty() && got.isNull());
    if (!sameAsExpected) {
        return Error(ErrorCode::Internal, QStringLiteral("%1: %2 could not be done without changing other values; "
                                                         "nothing was changed").arg(d->source, what));
    }
    d = edited.value().d;
    return success();
}

Result<void> YamlEditor::setValue(const YamlPath &path, const QJsonValue &value)
{
    const Tree &t = d->tree;
    const QString what = QStringLiteral("setting '%1'").arg(path.toString());
    SD_TRY(Resolved r, resolve(t, d->source, path, true));
    const QJsonValue expected = path.isEmpty() ? value : setJson(d->json, path, 0, value);
    yamlrender::Options o{t.indentUnit, t.newline};
    const bool scalarValue = !value.isObject() && !value.isArray();

    if (r.node >= 0) {
        const Node &n = t.at(r.node);
        if (yamltree::toJson(t, r.node) == value && n.kind != Kind::Map && n.kind != Kind::Seq)
            return success();
        if (!n.spanReliable)
            return unsupported(t, d->source, n.start, QStringLiteral("the extent of '%1' is ambiguous (multi-line plain scalar); quote it to edit it").arg(path.toString()));
        const bool isScalarNode = n.kind == Kind::Scalar || n.kind == Kind::Null;
        if (isScalarNode && scalarValue) {
            if (n.implicitNull)
                return apply(n.start, n.end, " " + yamlrender::scalar(value, Style::Plain, n.inFlow, 0, o), expected, what);
            const int contentIndent = n.style == Style::Literal || n.style == Style::Folded ? contentIndentOf(t, n) : 0;
            // An explicit tag (!!str, !!int) would contradict the new value: drop it, keep an anchor.
            qsizetype from = n.start;
            QByteArray prefix;
            if (n.tag != "?" && n.tag != "!" && n.kind == Kind::Scalar) {
                from = n.propStart;
                const QByteArray props = t.text.mid(n.propStart, n.start - n.propStart);
                for (const QByteArray &p : props.split(' ')) {
                    if (p.startsWith('&'))
                        prefix += p + ' ';
                }
            }
            const Style style = n.kind == Kind::Null ? Style::Plain : n.style;
            return apply(from, n.end, prefix + yamlrender::scalar(value, style, n.inFlow, contentIndent, o), expected, what);
        }
        // Replacing a collection, or a scalar by a collection.
        if (n.inFlow)
            return apply(n.propStart, n.end, yamlrender::flow(value), expected, what);
        if (r.node == t.root) {
            const QByteArray body = scalarValue ? yamlrender::scalar(value, Style::Plain, false, 0, o)
                                                : yamlrender::blockLines(value, 0, o).join(o.newline);
            return apply(n.propStart, n.end, body, expected, what);
        }
        const Node &parent = t.at(n.parent);
        if (parent.kind == Kind::Map) {
            const Node &key = t.at(r.keyNode);
            if (key.colon < 0)
                return unsupported(t, d->source, key.start, QStringLiteral("cannot find the ':' after '%1'").arg(path.toString()));
            const int keyIndent = int(key.start - t.lineStartOf(key.start));
            return apply(key.colon + 1, n.end, yamlrender::afterColon(value, keyIndent, o), expected, what);
        }
        // A block sequence item: "- value".
        const int dashIndent = qMax(0, n.indent);
        QByteArray item = yamlrender::itemLines(value, dashIndent, o).join(o.newline);
        item = item.mid(dashIndent + 2);
        return apply(n.propStart, n.end, item, expected, what);
    }

    // The path does not exist: add it under the deepest existing ancestor.
    const qsizetype from = r.missingFrom;
    if (r.ancestor < 0) {
        // Empty document.
        const QJsonValue whole = nest(path, 0, value);
        const QByteArray body = whole.isObject() || whole.isArray() ? yamlrender::blockLines(whole, 0, o).join(o.newline) + o.newline
                                                                     : yamlrender::scalar(whole, Style::Plain, false, 0, o) + o.newline;
        QByteArray text = t.text;
        if (!text.isEmpty() && !text.endsWith('\n'))
            text += o.newline;
        return apply(t.text.size(), t.text.size(), text.mid(t.text.size()) + body, expected, what);
    }
    const Node &a = t.at(r.ancestor);
    const YamlPath::Segment &seg = path.at(from);
    const QJsonValue rest = nest(path, from + 1, value);
    if (a.kind == Kind::Null) {
        YamlPath ancestorPath = path.mid(0, from);
        return setValue(ancestorPath, nest(path, from, value));
    }
    if (a.kind == Kind::Scalar || a.kind == Kind::Alias) {
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("%1: '%2' holds a scalar value; cannot add '%3' under it")
                                                        .arg(d->source, path.mid(0, from).toString(), path.mid(from).toString()));
    }
    if (a.kind == Kind::Seq && (!seg.isIndex() || seg.index != a.children.size())) {
        return Error(ErrorCode::NotFound, QStringLiteral("%1: '%2' is a sequence of %3 items; '%4' does not exist")
                                              .arg(d->source, path.mid(0, from).toString()).arg(a.children.size())
                                              .arg(path.mid(0, from + 1).toString()));
    }
    if (a.kind == Kind::Map && seg.isIndex()) {
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("%1: '%2' is a mapping, not a sequence")
                                                        .arg(d->source, path.mid(0, from).toString()));
    }
    if (a.style == Style::Flow) {
        qsizetype close = a.end - 1;
        const QByteArray entry = a.kind == Kind::Map ? yamlrender::key(seg.key, true) + ": " + yamlrender::flow(rest)
                                                     : yamlrender::flow(rest);
        qsizetype at = close;
        while (at > a.start + 1 && (t.text.at(at - 1) == ' ' || t.text.at(at - 1) == '\n'))
            --at;
        return apply(at, at, (a.children.isEmpty() ? QByteArray() : QByteArray(", ")) + entry, expected, what);
    }
    if (a.children.isEmpty())
        return Error(ErrorCode::Unsupported, QStringLiteral("%1: cannot add to the empty block collection '%2'")
                                                 .arg(d->source, path.mid(0, from).toString()));
    const Node &firstChild = t.at(a.children.first());
    const int column = int(firstChild.start - t.lineStartOf(firstChild.start));
    const qsizetype at = t.lineEndOf(a.end);
    if (a.kind == Kind::Map) {
        const QByteArray lines = yamlrender::entryLines(seg.key, rest, column, o).join(o.newline);
        return apply(at, at, o.newline + lines, expected, what);
    }
    const int dashColumn = qMax(0, firstChild.indent);
    return apply(at, at, o.newline + yamlrender::itemLines(rest, dashColumn, o).join(o.newline), expected, what);
}

Result<void> YamlEditor::remove(const YamlPath &path)
{
    const Tree &t = d->tree;
    if (path.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("cannot remove the document root of %1").arg(d->source));
    SD_TRY(Resolved r, resolve(t, d->source, path, true));
    if (r.node < 0)
        return Error(ErrorCode::NotFound, QStringLiteral("%1 has no key '%2'").arg(d->source, path.toString()));
    const QString what = QStringLiteral("removing '%1'").arg(path.toString());
    const QJsonValue expected = removeJson(d->json, path, 0);
    const Node &n = t.at(r.node);
    const Node &parent = t.at(n.parent);
    const int first = r.keyNode >= 0 ? r.keyNode : r.node; // the entry's first node
    const Node &head = t.at(first);
    const int position = int(parent.children.indexOf(first));
    const bool onlyEntry = parent.children.size() == (parent.kind == Kind::Map ? 2 : 1);

    if (parent.style == Style::Flow) {
        qsizetype start = head.propStart;
        qsizetype end = n.end;
        qsizetype after = end;
        while (after < t.text.size() && (t.text.at(after) == ' ' || t.text.at(after) == '\n'))
            ++after;
        if (after < t.text.size() && t.text.at(after) == ',') {
            end = after + 1;
            while (end < t.text.size() && t.text.at(end) == ' ')
                ++end;
        } else {
            qsizetype before = start;
            while (before > parent.start + 1 && (t.text.at(before - 1) == ' ' || t.text.at(before - 1) == '\n'))
                --before;
            if (before > parent.start + 1 && t.text.at(before - 1) == ',')
                start = before - 1;
        }
        return apply(start, end, QByteArray(), expected, what);
    }
    if (onlyEntry && n.parent != t.root)
        return setValue(path.parent(), parent.kind == Kind::Map ? QJsonValue(QJsonObject()) : QJsonValue(QJsonArray()));
    const qsizetype firstPos = parent.kind == Kind::Seq ? t.lineStartOf(head.propStart) : head.propStart;
    if (parent.kind == Kind::Map && !firstOnLine(t, head.propStart)) {
        // "- a: 1\n  b: 2": the key shares its line with the sequence dash.
        if (position + 2 < parent.children.size()) {
            const Node &next = t.at(parent.children.at(position + 2));
            return apply(head.propStart, next.propStart, QByteArray(), expected, what);
        }
    }
    const qsizetype start = t.lineStartOf(firstPos);
    return apply(start, pastLine(t, n.end > head.start ? n.end : head.end), QByteArray(), expected, what);
}

} // namespace shipdeck
