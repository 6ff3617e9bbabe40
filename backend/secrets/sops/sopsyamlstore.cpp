// YAML through yaml-cpp (which reports where each node starts); the end of every scalar token
// is found in the source so edits replace exactly that token. Comments and formatting stay.
#include "backend/secrets/sops/sopsstore.h"
#include "backend/secrets/sops/sopsstores.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <yaml-cpp/yaml.h>

namespace shipdeck::sops {
namespace {

SopsType resolvePlain(const QString &s, bool *isNull)
{
    static const QRegularExpression intRe(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression floatRe(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    static const QStringList nulls = {QString(), QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"), QStringLiteral("NULL")};
    static const QStringList bools = {QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE"),
                                      QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE")};
    *isNull = nulls.contains(s);
    if (*isNull)
        return SopsType::Str;
    if (bools.contains(s))
        return SopsType::Bool;
    if (intRe.match(s).hasMatch()) {
        // Like go-yaml: integers outside int64 resolve as floats.
        bool ok = false;
        s.toLongLong(&ok);
        return ok ? SopsType::Int : SopsType::Float;
    }
    if (floatRe.match(s).hasMatch())
        return SopsType::Float;
    return SopsType::Str;
}

int lineIndent(const QByteArray &text, qsizetype pos, qsizetype *lineStart = nullptr)
{
    qsizetype ls = pos;
    while (ls > 0 && text.at(ls - 1) != '\n')
        --ls;
    if (lineStart)
        *lineStart = ls;
    qsizetype i = ls;
    while (i < text.size() && text.at(i) == ' ')
        ++i;
    return int(i - ls);
}

// The exact token of a scalar that starts at `pos`.
SourceSpan scalarSpan(const QByteArray &text, qsizetype pos, const QByteArray &value, int parentIndent)
{
    if (pos < 0 || pos >= text.size())
        return {};
    const char c = text.at(pos);
    if (c == '"') {
        for (qsizetype i = pos + 1; i < text.size(); ++i) {
            if (text.at(i) == '\\')
                ++i;
            else if (text.at(i) == '"')
                return {pos, i + 1 - pos};
        }
        return {};
    }
    if (c == '\'') {
        for (qsizetype i = pos + 1; i < text.size(); ++i) {
            if (text.at(i) == '\'') {
                if (i + 1 < text.size() && text.at(i + 1) == '\'') {
                    ++i;
                    continue;
                }
                return {pos, i + 1 - pos};
            }
        }
        return {};
    }
    if (c == '|' || c == '>') {
        qsizetype lineEnd = text.indexOf('\n', pos);
        if (lineEnd < 0)
            return {pos, text.size() - pos};
        qsizetype end = lineEnd;
        qsizetype i = lineEnd + 1;
        while (i < text.size()) {
            qsizetype nl = text.indexOf('\n', i);
            if (nl < 0)
                nl = text.size();
            const QByteArray line = text.mid(i, nl - i);
            if (!line.trimmed().isEmpty()) {
                if (lineIndent(text, i) <= parentIndent)
                    break;
                end = nl;
            }
            i = nl + 1;
        }
        return {pos, end - pos};
    }
    if (text.mid(pos, value.size()) == value)
        return {pos, value.size()};
    return {};
}

// ENC[…] tokens make up most of a SOPS file and yaml-cpp scans long plain scalars slowly. The
// reader parses a copy in which every ENC token that ends its line after "key: " or "- " is
// replaced by a short placeholder, and maps positions back to the source. If a placeholder does
// not come back as a scalar at its own position (it was inside a block scalar or a comment),
// the source is parsed as it is.
struct Placeholders
{
    struct Entry
    {
        qsizetype newStart;
        qsizetype newLen;
        qsizetype origStart;
        qsizetype origLen;
        qsizetype deltaAfter; // origin - new for positions after this entry
    };
    QByteArray text;
    QList<Entry> entries;

    static Placeholders shorten(const QByteArray &source)
    {
        Placeholders p;
        p.text.reserve(source.size());
        qsizetype pos = 0;
        qsizetype delta = 0;
        while (true) {
            const qsizetype at = source.indexOf("ENC[AES256_GCM,", pos);
            if (at < 0)
                break;
            const qsizetype close = source.indexOf(']', at);
            if (close < 0)
                break;
            const qsizetype end = close + 1;
            const bool startsScalar = at >= 2 && (source.at(at - 1) == ' ') && (source.at(at - 2) == ':' || source.at(at - 2) == '-');
            const bool endsLine = end == source.size() || source.at(end) == '\n' || source.at(end) == '\r';
            if (!startsScalar || !endsLine) {
                p.text.append(source.constData() + pos, end - pos);
                pos = end;
                continue;
            }
            p.text.append(source.constData() + pos, at - pos);
            const QByteArray placeholder = "ENCPH" + QByteArray::number(p.entries.size());
            const qsizetype newStart = p.text.size();
            p.text.append(placeholder);
            delta += (end - at) - placeholder.size();
            p.entries.append({newStart, placeholder.size(), at, end - at, delta});
            pos = end;
        }
        p.text.append(source.constData() + pos, source.size() - pos);
        return p;
    }

    // The entry that starts exactly at `newPos`, or -1.
    int entryAt(qsizetype newPos) const
    {
        auto it = std::lower_bound(entries.cbegin(), entries.cend(), newPos, [](const Entry &e, qsizetype v) { return e.newStart < v; });
        return it != entries.cend() && it->newStart == newPos ? int(it - entries.cbegin()) : -1;
    }

    qsizetype toOriginal(qsizetype newPos) const
    {
        auto it = std::upper_bound(entries.cbegin(), entries.cend(), newPos, [](qsizetype v, const Entry &e) { return v < e.newStart + e.newLen; });
        return it == entries.cbegin() ? newPos : newPos + std::prev(it)->deltaAfter;
    }
};

class YamlReader
{
public:
    YamlReader(const QByteArray &text, const Placeholders *placeholders) : m_text(text), m_placeholders(placeholders) {}

    Result<SopsNode> convert(const YAML::Node &node, int parentIndent, int depth, bool inFlow = false)
    {
        if (depth > 200)
            return Error(ErrorCode::Parse, QStringLiteral("nesting is too deep"));
        switch (node.Type()) {
        case YAML::NodeType::Map: {
            SopsNode map = SopsNode::map();
            QSet<QString> seen;
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (!it->first.IsScalar())
                    return Error(ErrorCode::Unsupported, QStringLiteral("line %1: complex mapping keys are not supported").arg(it->first.Mark().line + 1));
                const QString key = QString::fromStdString(it->first.Scalar());
                if (seen.contains(key))
                    return Error(ErrorCode::Parse, QStringLiteral("line %1: duplicate key '%2'").arg(it->first.Mark().line + 1).arg(key));
                seen.insert(key);
                if (depth == 0 && key == QLatin1String("sops")) {
                    sopsKeyPos = it->first.Mark().pos;
                    sopsIsLast = true;
                } else if (depth == 0 && sopsKeyPos >= 0) {
                    sopsIsLast = false;
                }
                if (indentUnit < 0 && depth >= 1)
                    indentUnit = it->first.Mark().column - parentIndent;
                SD_TRY(SopsNode child, convert(it->second, it->first.Mark().column, depth + 1,
                                               inFlow || node.Style() == YAML::EmitterStyle::Flow));
                map.keys.append(key);
                map.children.append(child);
            }
            return map;
        }
        case YAML::NodeType::Sequence: {
            SopsNode list = SopsNode::list();
            for (const YAML::Node &item : node) {
                qsizetype p = item.Mark().pos;
                int dash = parentIndent;
                while (p > 0 && m_text.at(p - 1) != '\n') {
                    --p;
                    if (m_text.at(p) == '-') {
                        qsizetype ls = 0;
                        lineIndent(m_text, p, &ls);
                        dash = int(p - ls);
                        break;
                    }
                }
                SD_TRY(SopsNode child, convert(item, dash, depth + 1, inFlow || node.Style() == YAML::EmitterStyle::Flow));
                list.children.append(child);
            }
            return list;
        }
        case YAML::NodeType::Scalar: {
            const QByteArray raw = QByteArray::fromStdString(node.Scalar());
            const QString text = QString::fromUtf8(raw);
            SopsNode leaf = SopsNode::scalar(text);
            bool isNull = false;
            if (node.Tag() == "?") {
                leaf.type = resolvePlain(text, &isNull);
                if (isNull) {
                    leaf.kind = SopsNode::Kind::Null;
                    leaf.text.clear();
                }
            } else if (node.Tag() == "tag:yaml.org,2002:int") {
                leaf.type = SopsType::Int;
            } else if (node.Tag() == "tag:yaml.org,2002:float") {
                leaf.type = SopsType::Float;
            } else if (node.Tag() == "tag:yaml.org,2002:bool") {
                leaf.type = SopsType::Bool;
            }
            leaf.span = scalarSpan(m_text, node.Mark().pos, raw, parentIndent);
            leaf.inFlow = inFlow;
            if (m_placeholders) {
                const int entry = m_placeholders->entryAt(node.Mark().pos);
                if (entry >= 0 && raw == "ENCPH" + QByteArray::number(entry)) {
                    const auto &e = m_placeholders->entries.at(entry);
                    leaf.text = QString::fromLatin1(m_source->mid(e.origStart, e.origLen));
                    leaf.type = SopsType::Str;
                    leaf.span = {e.origStart, e.origLen};
                    ++matched;
                } else if (leaf.span.isValid()) {
                    leaf.span.offset = m_placeholders->toOriginal(leaf.span.offset);
                }
            }
            return leaf;
        }
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return SopsNode();
        }
        return SopsNode();
    }

    qsizetype sopsKeyPos = -1;
    bool sopsIsLast = false;
    int indentUnit = -1;
    int matched = 0;
    const QByteArray *m_source = nullptr;

private:
    const QByteArray &m_text;
    const Placeholders *m_placeholders;
};

bool needsQuotes(const QString &s)
{
    if (s.isEmpty())
        return true;
    bool isNull = false;
    if (resolvePlain(s, &isNull) != SopsType::Str || isNull)
        return true;
    static const QRegularExpression timestamp(QStringLiteral("^\\d{4}-\\d\\d?-\\d\\d?"));
    static const QString special = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (timestamp.match(s).hasMatch() || special.contains(s.at(0)) || s.at(0).isSpace() || s.back().isSpace())
        return !(s.startsWith(QLatin1Char('-')) && s.size() > 1 && !s.at(1).isSpace() && !timestamp.match(s).hasMatch()
                 && s.at(0) != QLatin1Char('?'));
    if (s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #")) || s.endsWith(QLatin1Char(':')))
        return true;
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

QByteArray doubleQuoted(const QString &s)
{
    QByteArray out = "\"";
    for (const char c : s.toUtf8()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (quint8(c) < 0x20)
                out += "\\x" + QByteArray::number(quint8(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

QByteArray inlineScalar(const SopsNode &node)
{
    if (node.kind == SopsNode::Kind::Null)
        return "null";
    if (node.type == SopsType::Bool)
        return node.text.toLower().toUtf8();
    if (node.type == SopsType::Int || node.type == SopsType::Float)
        return node.text.toUtf8();
    return needsQuotes(node.text) ? doubleQuoted(node.text) : node.text.toUtf8();
}

void emitMap(const SopsNode &map, int col, int base, int unit, bool firstOnDashLine, QByteArray &out);

// A value after "key:" (map entry at column `col`, its enclosing block at `base`).
void emitValue(const SopsNode &v, int col, int base, int unit, QByteArray &out)
{
    if (v.kind == SopsNode::Kind::Scalar && v.type == SopsType::Str && v.text.contains(QLatin1Char('\n'))) {
        QString body = v.text;
        const bool keep = body.endsWith(QLatin1Char('\n'));
        if (keep)
            body.chop(1);
        out += keep ? " |\n" : " |-\n";
        const QByteArray pad(qMax(base + unit, col + 2), ' ');
        for (const QString &line : body.split(QLatin1Char('\n')))
            out += (line.isEmpty() ? QByteArray() : pad + line.toUtf8()) + '\n';
        return;
    }
    if (v.kind == SopsNode::Kind::Map && !v.children.isEmpty()) {
        out += '\n';
        emitMap(v, col + unit, col + unit, unit, false, out);
        return;
    }
    if (v.kind == SopsNode::Kind::List && !v.children.isEmpty()) {
        out += '\n';
        for (const SopsNode &item : v.children) {
            const QByteArray dash = QByteArray(col + unit, ' ') + "- ";
            if (item.kind == SopsNode::Kind::Map && !item.children.isEmpty()) {
                out += dash;
                emitMap(item, col + unit + 2, col + unit, unit, true, out);
            } else {
                out += dash + inlineScalar(item) + '\n';
            }
        }
        return;
    }
    if (v.kind == SopsNode::Kind::Map)
        out += " {}\n";
    else if (v.kind == SopsNode::Kind::List)
        out += " []\n";
    else
        out += ' ' + inlineScalar(v) + '\n';
}

void emitMap(const SopsNode &map, int col, int base, int unit, bool firstOnDashLine, QByteArray &out)
{
    for (int i = 0; i < map.children.size(); ++i) {
        if (!(firstOnDashLine && i == 0))
            out += QByteArray(col, ' ');
        const QString &key = map.keys.at(i);
        out += (needsQuotes(key) ? doubleQuoted(key) : key.toUtf8()) + ':';
        emitValue(map.children.at(i), col, base, unit, out);
    }
}

class YamlStore final : public SopsStore
{
public:
    SopsFormat format() const override { return SopsFormat::Yaml; }

    Result<SopsParsed> parse(const QByteArray &text) const override
    {
        const Placeholders shortened = Placeholders::shorten(text);
        if (!shortened.entries.isEmpty()) {
            auto fast = parseWith(text, &shortened);
            if (!fast || fast.value().second == shortened.entries.size())
                return fast ? Result<SopsParsed>(std::move(fast.value().first)) : Result<SopsParsed>(fast.error());
        }
        auto plain = parseWith(text, nullptr);
        if (!plain)
            return plain.error();
        return std::move(plain.value().first);
    }

    // Parses `text` (through its shortened copy when given); also returns how many
    // placeholders came back where they were put.
    static Result<QPair<SopsParsed, int>> parseWith(const QByteArray &text, const Placeholders *shortened)
    {
        SopsParsed p;
        p.format = SopsFormat::Yaml;
        p.text = text;
        const QByteArray &input = shortened ? shortened->text : text;
        std::vector<YAML::Node> docs;
        try {
            docs = YAML::LoadAll(input.toStdString());
        } catch (const YAML::Exception &e) {
            return Error(ErrorCode::Parse, QStringLiteral("line %1, column %2: %3").arg(e.mark.line + 1).arg(e.mark.column + 1)
                                               .arg(QString::fromStdString(e.msg)))
                .withDetail(QStringLiteral("line"), e.mark.line + 1);
        }
        YamlReader reader(input, shortened);
        reader.m_source = &text;
        int docIndex = 0;
        for (const YAML::Node &doc : docs) {
            if (!doc.IsMap() && !doc.IsNull())
                return Error(ErrorCode::Parse, QStringLiteral("document %1 is not a mapping").arg(docIndex + 1));
            reader.sopsKeyPos = -1;
            SD_TRY(SopsNode root, reader.convert(doc, -1, 0));
            if (root.kind != SopsNode::Kind::Map)
                root = SopsNode::map();
            const int at = root.indexOf(QStringLiteral("sops"));
            if (at >= 0) {
                if (docIndex == 0) {
                    p.metadata = root.children.at(at);
                    if (docs.size() == 1 && reader.sopsIsLast) {
                        qsizetype ls = 0;
                        lineIndent(text, shortened ? shortened->toOriginal(reader.sopsKeyPos) : reader.sopsKeyPos, &ls);
                        qsizetype end = text.size();
                        for (const char *marker : {"\n---", "\n..."}) {
                            const qsizetype m = text.indexOf(marker, ls);
                            if (m >= 0 && m + 1 < end)
                                end = m + 1;
                        }
                        p.metadataSpan = {ls, end - ls};
                    }
                }
                root.keys.removeAt(at);
                root.children.removeAt(at);
            }
            p.branches.append(root);
            ++docIndex;
        }
        if (p.branches.isEmpty())
            p.branches.append(SopsNode::map());
        p.indent = reader.indentUnit > 0 ? reader.indentUnit : 4;
        return qMakePair(p, reader.matched);
    }

    QByteArray scalarToken(const QString &text, SopsType type, bool encrypted, bool inFlow) const override
    {
        if (encrypted)
            return inFlow ? doubleQuoted(text) : text.toUtf8();
        if (inFlow && type == SopsType::Str)
            return doubleQuoted(text);
        return inlineScalar(SopsNode::scalar(text, type));
    }

    QByteArray metadataBlock(const SopsNode &metadata, const SopsParsed &parsed, bool replacing) const override
    {
        QByteArray out;
        if (!replacing && !parsed.text.isEmpty() && !parsed.text.endsWith('\n'))
            out += '\n';
        out += "sops:";
        emitValue(metadata, 0, 0, parsed.indent, out);
        return out;
    }

    qsizetype metadataInsertPos(const SopsParsed &parsed) const override { return parsed.text.size(); }

    Result<QPair<qsizetype, QByteArray>> newEntry(const SopsParsed &parsed, const SopsPath &path, const QByteArray &token) const override
    {
        if (path.size() != 1 || path.first().isIndex() || parsed.branches.size() != 1)
            return Error(ErrorCode::Unsupported, QStringLiteral("only new top-level keys can be added to a YAML file in place"));
        const QString &key = path.first().key;
        const QByteArray line = (needsQuotes(key) ? doubleQuoted(key) : key.toUtf8()) + ": " + token + '\n';
        if (parsed.metadataSpan.isValid())
            return qMakePair(parsed.metadataSpan.offset, line);
        const bool nl = !parsed.text.isEmpty() && !parsed.text.endsWith('\n');
        return qMakePair(parsed.text.size(), (nl ? QByteArray("\n") : QByteArray()) + line);
    }
};

} // namespace

std::unique_ptr<SopsStore> makeYamlStore()
{
    return std::make_unique<YamlStore>();
}

std::unique_ptr<SopsStore> SopsStore::forFormat(SopsFormat format)
{
    switch (format) {
    case SopsFormat::Yaml: return makeYamlStore();
    case SopsFormat::Json: return makeJsonStore();
    case SopsFormat::Dotenv: return makeDotenvStore();
    case SopsFormat::Ini: return makeIniStore();
    }
    return makeYamlStore();
}

} // namespace shipdeck::sops
