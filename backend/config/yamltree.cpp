#include "backend/config/yamltree.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

namespace shipdeck::yamltree {

namespace {

enum class EventType { Null, Alias, Scalar, SeqStart, SeqEnd, MapStart, MapEnd };

struct Event
{
    EventType type;
    qsizetype pos = -1;
    QByteArray tag;
    int anchor = 0;
    QByteArray value;
    bool flow = false;
};

class Collector final : public YAML::EventHandler
{
public:
    QList<Event> events;
    int documents = 0;

    void OnDocumentStart(const YAML::Mark &) override { ++documents; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        events.append({EventType::Null, mark.pos, {}, int(anchor), {}, false});
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        events.append({EventType::Alias, mark.pos, {}, int(anchor), {}, false});
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        events.append({EventType::Scalar, mark.pos, QByteArray::fromStdString(tag), int(anchor),
                       QByteArray::fromStdString(value), false});
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        events.append({EventType::SeqStart, mark.pos, QByteArray::fromStdString(tag), int(anchor), {},
                       style == YAML::EmitterStyle::Flow});
    }
    void OnSequenceEnd() override { events.append({EventType::SeqEnd, -1, {}, 0, {}, false}); }
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        events.append({EventType::MapStart, mark.pos, QByteArray::fromStdString(tag), int(anchor), {},
                       style == YAML::EmitterStyle::Flow});
    }
    void OnMapEnd() override { events.append({EventType::MapEnd, -1, {}, 0, {}, false}); }
};

bool isBlank(char c) { return c == ' ' || c == '\t'; }
bool isBreak(char c) { return c == '\n' || c == '\r'; }
bool isFlowIndicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

class Builder
{
public:
    Builder(Tree &tree, const QList<Event> &events, const QString &source)
        : m_tree(tree), m_text(tree.text), m_events(events), m_source(source)
    {
    }

    Result<int> build()
    {
        int i = 0;
        if (m_events.isEmpty())
            return -1;
        auto root = node(i, -1, false, -1);
        if (!root)
            return root.error();
        return root.value();
    }

private:
    qsizetype upperBound(int eventIndex) const
    {
        for (int j = eventIndex + 1; j < m_events.size(); ++j) {
            if (m_events.at(j).pos >= 0)
                return qMax(m_events.at(j).pos, m_events.at(eventIndex).pos);
        }
        return m_text.size();
    }

    Error error(qsizetype pos, const QString &what, ErrorCode code = ErrorCode::Unsupported) const
    {
        return Error(code, QStringLiteral("%1:%2:%3: %4")
                                                 .arg(m_source).arg(m_tree.lineOf(pos)).arg(m_tree.columnOf(pos)).arg(what))
            .withDetail(QStringLiteral("line"), m_tree.lineOf(pos))
            .withDetail(QStringLiteral("column"), m_tree.columnOf(pos));
    }

    // Skips an anchor (&a) and a tag (!t) and the blanks after them.
    qsizetype skipProperties(qsizetype pos, qsizetype bound) const
    {
        while (pos < bound && (m_text.at(pos) == '&' || m_text.at(pos) == '!')) {
            while (pos < bound && !isBlank(m_text.at(pos)) && !isBreak(m_text.at(pos)))
                ++pos;
            while (pos < bound && (isBlank(m_text.at(pos)) || isBreak(m_text.at(pos))))
                ++pos;
        }
        return pos;
    }

    qsizetype column(qsizetype pos) const { return pos - m_tree.lineStartOf(pos); }

    // End of a plain scalar starting at `pos`; multi-line scalars continue on lines indented
    // more than `indent`.
    qsizetype plainEnd(qsizetype pos, qsizetype bound, bool inFlow, int indent) const
    {
        qsizetype end = pos;
        qsizetype i = pos;
        while (i < bound) {
            bool done = false;
            qsizetype lineContentEnd = i;
            while (i < bound && !isBreak(m_text.at(i))) {
                const char c = m_text.at(i);
                const char next = i + 1 < m_text.size() ? m_text.at(i + 1) : '\n';
                if (c == '#' && i > pos && isBlank(m_text.at(i - 1))) {
                    done = true;
                    break;
                }
                if (inFlow && isFlowIndicator(c)) {
                    done = true;
                    break;
                }
                if (c == ':' && (isBlank(next) || isBreak(next) || (inFlow && isFlowIndicator(next)))) {
                    done = true;
                    break;
                }
                ++i;
                if (!isBlank(c))
                    lineContentEnd = i;
            }
            if (lineContentEnd > end)
                end = lineContentEnd;
            if (done || i >= bound)
                break;
            // A continuation line: skip blank lines, then it must be indented more than the parent.
            qsizetype j = i;
            qsizetype lineStart = j;
            while (j < bound) {
                if (isBreak(m_text.at(j))) {
                    ++j;
                    lineStart = j;
                } else if (isBlank(m_text.at(j))) {
                    ++j;
                } else {
                    break;
                }
            }
            if (j >= bound || j - lineStart <= indent || m_text.at(j) == '#')
                break;
            if (j - lineStart == 0 && (m_text.mid(j, 3) == "---" || m_text.mid(j, 3) == "..."))
                break;
            i = j;
        }
        return end;
    }

    qsizetype quotedEnd(qsizetype pos, qsizetype limit, char quote) const
    {
        for (qsizetype i = pos + 1; i < limit; ++i) {
            const char c = m_text.at(i);
            if (quote == '"' && c == '\\') {
                ++i;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < limit && m_text.at(i + 1) == '\'') {
                    ++i;
                    continue;
                }
                return i + 1;
            }
        }
        return -1;
    }

    qsizetype blockScalarEnd(qsizetype pos, qsizetype bound, int indent, bool keep) const
    {
        qsizetype i = pos;
        while (i < m_text.size() && !isBreak(m_text.at(i)))
            ++i; // header line
        qsizetype end = i;
        int contentIndent = -1;
        while (i < m_text.size()) {
            // i is at a line break; move to the next line.
            if (m_text.at(i) == '\r' && i + 1 < m_text.size() && m_text.at(i + 1) == '\n')
                ++i;
            ++i;
            const qsizetype lineStart = i;
            if (lineStart >= bound && bound < m_text.size())
                break;
            qsizetype j = lineStart;
            while (j < m_text.size() && m_text.at(j) == ' ')
                ++j;
            const bool blank = j >= m_text.size() || isBreak(m_text.at(j));
            const int lineIndent = int(j - lineStart);
            if (!blank) {
                if (contentIndent < 0)
                    contentIndent = lineIndent;
                if (lineIndent < contentIndent || lineIndent <= indent)
                    break;
            }
            while (j < m_text.size() && !isBreak(m_text.at(j)))
                ++j;
            if (!blank || keep)
                end = j;
            i = j;
            if (i >= m_text.size())
                break;
        }
        return end;
    }

    qsizetype flowEnd(qsizetype pos) const
    {
        int depth = 0;
        for (qsizetype i = pos; i < m_text.size(); ++i) {
            const char c = m_text.at(i);
            if (c == '"' || c == '\'') {
                const qsizetype e = quotedEnd(i, m_text.size(), c);
                if (e < 0)
                    return -1;
                i = e - 1;
            } else if (c == '#' && i > 0 && (isBlank(m_text.at(i - 1)) || isBreak(m_text.at(i - 1)))) {
                while (i < m_text.size() && !isBreak(m_text.at(i)))
                    ++i;
            } else if (c == '[' || c == '{') {
                ++depth;
            } else if (c == ']' || c == '}') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return -1;
    }

    static QByteArray foldPlain(const QByteArray &raw)
    {
        const QList<QByteArray> lines = raw.split('\n');
        QByteArray out;
        int pendingBreaks = -1;
        for (const QByteArray &l : lines) {
            const QByteArray t = l.trimmed();
            if (t.isEmpty()) {
                ++pendingBreaks;
                continue;
            }
            if (pendingBreaks >= 0)
                out += pendingBreaks == 0 ? QByteArray(" ") : QByteArray(pendingBreaks, '\n');
            out += t;
            pendingBreaks = 0;
        }
        return out;
    }

    Result<int> scalar(const Event &e, int eventIndex, int indent, bool inFlow)
    {
        Node n;
        n.kind = Kind::Scalar;
        n.tag = e.tag;
        n.anchor = e.anchor;
        n.value = e.value;
        n.indent = indent;
        n.inFlow = inFlow;
        n.propStart = e.pos;
        const qsizetype bound = upperBound(eventIndex);
        n.start = skipProperties(e.pos, m_text.size());
        const char c = n.start < m_text.size() ? m_text.at(n.start) : '\0';
        if (c == '"' || c == '\'') {
            n.style = c == '"' ? Style::DoubleQuoted : Style::SingleQuoted;
            n.end = quotedEnd(n.start, m_text.size(), c);
            if (n.end < 0)
                return error(n.start, QStringLiteral("quoted scalar is not closed"), ErrorCode::Parse);
        } else if ((c == '|' || c == '>') && n.tag != "?") {
            n.style = c == '|' ? Style::Literal : Style::Folded;
            qsizetype h = n.start + 1;
            bool keep = false;
            while (h < m_text.size() && !isBreak(m_text.at(h)) && !isBlank(m_text.at(h)))
                keep = keep || m_text.at(h++) == '+';
            n.end = blockScalarEnd(n.start, bound, indent, keep);
        } else {
            n.style = Style::Plain;
            n.end = plainEnd(n.start, bound, inFlow, indent);
            n.spanReliable = foldPlain(m_text.mid(n.start, n.end - n.start)) == n.value;
        }
        return add(std::move(n));
    }

    Result<int> null(const Event &e, int indent, bool inFlow, qsizetype colon)
    {
        Node n;
        n.kind = Kind::Null;
        n.anchor = e.anchor;
        n.indent = indent;
        n.inFlow = inFlow;
        // yaml-cpp reports an implicit null ("key:" and nothing) at the next token, so the
        // null is explicit only when a null token sits at the mark with nothing but blanks
        // between it and the key's ':'.
        bool explicitNull = false;
        if (e.pos >= 0 && (colon < 0 || e.pos > colon)) {
            bool onlyBlanks = true;
            for (qsizetype j = colon + 1; colon >= 0 && j < e.pos; ++j)
                onlyBlanks = onlyBlanks && (isBlank(m_text.at(j)) || isBreak(m_text.at(j)));
            const qsizetype at = skipProperties(e.pos, m_text.size());
            static const QList<QByteArray> tokens = {"~", "null", "Null", "NULL"};
            for (const QByteArray &t : tokens) {
                const char after = at + t.size() < m_text.size() ? m_text.at(at + t.size()) : '\n';
                if (onlyBlanks && m_text.mid(at, t.size()) == t
                    && (isBlank(after) || isBreak(after) || isFlowIndicator(after) || after == '#')) {
                    explicitNull = true;
                    n.propStart = e.pos;
                    n.start = at;
                    n.end = at + t.size();
                }
            }
        }
        if (!explicitNull) {
            n.implicitNull = true;
            n.start = n.end = n.propStart = colon >= 0 ? colon + 1 : qMax<qsizetype>(0, e.pos);
            n.spanReliable = colon >= 0;
        }
        return add(std::move(n));
    }

    Result<int> node(int &i, int indent, bool inFlow, qsizetype colon)
    {
        if (i >= m_events.size())
            return Error(ErrorCode::Parse, QStringLiteral("%1: unexpected end of the document").arg(m_source));
        const Event e = m_events.at(i);
        switch (e.type) {
        case EventType::Scalar: {
            auto r = scalar(e, i, indent, inFlow);
            ++i;
            return r;
        }
        case EventType::Null: {
            auto r = null(e, indent, inFlow, colon);
            ++i;
            return r;
        }
        case EventType::Alias: {
            Node n;
            n.kind = Kind::Alias;
            n.aliasOf = e.anchor;
            n.propStart = n.start = e.pos;
            n.end = e.pos;
            while (n.end < m_text.size() && !isBlank(m_text.at(n.end)) && !isBreak(m_text.at(n.end))
                   && !(inFlow && isFlowIndicator(m_text.at(n.end))))
                ++n.end;
            n.indent = indent;
            n.inFlow = inFlow;
            ++i;
            return add(std::move(n));
        }
        case EventType::SeqStart:
        case EventType::MapStart:
            return collection(i, indent, inFlow);
        default:
            return Error(ErrorCode::Parse, QStringLiteral("%1: unexpected end of a collection").arg(m_source));
        }
    }

    Result<int> collection(int &i, int indent, bool inFlow)
    {
        const Event e = m_events.at(i);
        const bool isMap = e.type == EventType::MapStart;
        Node n;
        n.kind = isMap ? Kind::Map : Kind::Seq;
        n.style = e.flow ? Style::Flow : Style::Block;
        n.anchor = e.anchor;
        n.tag = e.tag;
        n.indent = indent;
        n.inFlow = inFlow;
        n.propStart = e.pos;
        n.start = skipProperties(e.pos, m_text.size());
        const int self = add(std::move(n)).value();
        const bool childFlow = inFlow || e.flow;
        ++i;
        const EventType endType = isMap ? EventType::MapEnd : EventType::SeqEnd;
        QHash<QByteArray, qsizetype> seenKeys;
        while (i < m_events.size() && m_events.at(i).type != endType) {
            if (isMap) {
                const Event &keyEvent = m_events.at(i);
                if (keyEvent.type != EventType::Scalar)
                    return error(qMax<qsizetype>(0, keyEvent.pos), QStringLiteral("only scalar mapping keys are supported"));
                const int keyIndent = int(column(skipProperties(keyEvent.pos, m_text.size())));
                SD_TRY(int key, node(i, keyIndent, childFlow, -1));
                Node &k = m_tree.nodes[key];
                if (seenKeys.contains(k.value) && k.value != "<<") {
                    const qsizetype first = seenKeys.value(k.value);
                    return Error(ErrorCode::Parse, QStringLiteral("%1:%2:%3: duplicate key '%4' (first defined on line %5)")
                                                       .arg(m_source).arg(m_tree.lineOf(k.start)).arg(m_tree.columnOf(k.start))
                                                       .arg(QString::fromUtf8(k.value)).arg(m_tree.lineOf(first)))
                        .withDetail(QStringLiteral("line"), m_tree.lineOf(k.start));
                }
                seenKeys.insert(k.value, k.start);
                qsizetype c = k.end;
                while (c < m_text.size() && (isBlank(m_text.at(c)) || (childFlow && isBreak(m_text.at(c)))))
                    ++c;
                k.colon = c < m_text.size() && m_text.at(c) == ':' ? c : -1;
                const qsizetype colonPos = k.colon;
                k.parent = self;
                m_tree.nodes[self].children.append(key);
                SD_TRY(int value, node(i, childFlow ? keyIndent : keyIndent, childFlow, colonPos));
                m_tree.nodes[value].parent = self;
                m_tree.nodes[self].children.append(value);
            } else {
                const int dashIndent = e.flow ? indent : int(column(m_tree.nodes[self].start));
                SD_TRY(int item, node(i, dashIndent, childFlow, -1));
                m_tree.nodes[item].parent = self;
                m_tree.nodes[self].children.append(item);
            }
        }
        if (i >= m_events.size())
            return Error(ErrorCode::Parse, QStringLiteral("%1: collection is not closed").arg(m_source));
        ++i; // the end event
        Node &self_ = m_tree.nodes[self];
        if (e.flow) {
            self_.end = flowEnd(self_.start);
            if (self_.end < 0)
                return error(self_.start, QStringLiteral("flow collection is not closed"), ErrorCode::Parse);
        } else {
            self_.end = self_.start;
            for (int child : self_.children)
                self_.end = qMax(self_.end, m_tree.nodes.at(child).end);
            if (!self_.children.isEmpty()) {
                const Node &first = m_tree.nodes.at(self_.children.first());
                if (isMap)
                    self_.start = first.propStart;
            }
        }
        return self;
    }

    Result<int> add(Node &&n)
    {
        m_tree.nodes.append(std::move(n));
        return int(m_tree.nodes.size() - 1);
    }

    Tree &m_tree;
    const QByteArray &m_text;
    const QList<Event> &m_events;
    QString m_source;
};

void detectStyle(Tree &tree)
{
    if (tree.text.contains("\r\n"))
        tree.newline = "\r\n";
    int unit = 0;
    for (const Node &n : tree.nodes) {
        if (n.kind != Kind::Map || n.style != Style::Block || n.parent < 0 || n.children.isEmpty())
            continue;
        const Node &parent = tree.at(n.parent);
        if (parent.kind != Kind::Map)
            continue;
        const int keyColumn = int(tree.at(n.children.first()).start - tree.lineStartOf(tree.at(n.children.first()).start));
        const int diff = keyColumn - qMax(0, n.indent);
        if (diff > 0 && (unit == 0 || diff < unit))
            unit = diff;
    }
    tree.indentUnit = unit > 0 ? unit : 2;
}

} // namespace

int Tree::lineOf(qsizetype pos) const
{
    const auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), pos);
    return int(it - lineStarts.begin());
}

int Tree::columnOf(qsizetype pos) const
{
    const qsizetype start = lineStartOf(pos);
    return int(QString::fromUtf8(text.mid(start, pos - start)).size()) + 1;
}

qsizetype Tree::lineStartOf(qsizetype pos) const
{
    const int line = lineOf(pos);
    return line > 0 ? lineStarts.at(line - 1) : 0;
}

qsizetype Tree::lineEndOf(qsizetype pos) const
{
    qsizetype i = pos;
    while (i < text.size() && text.at(i) != '\n')
        ++i;
    if (i > 0 && i <= text.size() && i - 1 >= pos && text.at(i - 1) == '\r' && i < text.size())
        --i;
    return i;
}

int Tree::mapKeyIndex(int map, const QByteArray &key) const
{
    const Node &m = nodes.at(map);
    for (int i = 0; i + 1 < m.children.size(); i += 2) {
        if (nodes.at(m.children.at(i)).value == key)
            return i;
    }
    return -1;
}

int Tree::mapValue(int map, const QByteArray &key) const
{
    const int i = mapKeyIndex(map, key);
    return i < 0 ? -1 : nodes.at(map).children.at(i + 1);
}

Result<Tree> parse(const QByteArray &text, const QString &sourceName)
{
    Tree tree;
    tree.text = text;
    tree.lineStarts.append(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n')
            tree.lineStarts.append(i + 1);
    }
    if (text.startsWith("\xEF\xBB\xBF"))
        return Error(ErrorCode::Unsupported, QStringLiteral("%1 starts with a byte order mark; save it as UTF-8 without BOM").arg(sourceName));
    Collector collector;
    try {
        std::istringstream in(text.toStdString());
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(collector)) {
        }
    } catch (const YAML::Exception &e) {
        return Error(ErrorCode::Parse, QStringLiteral("%1:%2:%3: %4").arg(sourceName).arg(e.mark.line + 1)
                                           .arg(e.mark.column + 1).arg(QString::fromStdString(e.msg)))
            .withDetail(QStringLiteral("line"), e.mark.line + 1)
            .withDetail(QStringLiteral("column"), e.mark.column + 1);
    } catch (const std::exception &e) {
        return Error(ErrorCode::Parse, QStringLiteral("%1: %2").arg(sourceName, QString::fromUtf8(e.what())));
    }
    if (collector.documents > 1) {
        return Error(ErrorCode::Unsupported, QStringLiteral("%1 holds %2 YAML documents; only single-document files can be edited")
                                                 .arg(sourceName).arg(collector.documents));
    }
    Builder builder(tree, collector.events, sourceName);
    SD_TRY(tree.root, builder.build());
    detectStyle(tree);
    return tree;
}

} // namespace shipdeck::yamltree
