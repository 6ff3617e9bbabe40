// JSON: an order-preserving parser that records the span of every scalar (QJsonObject would
// sort the keys), integers typed int and other numbers float, as sops reads them.
#include "backend/secrets/sops/sopsstore.h"
#include "backend/secrets/sops/sopsstores.h"

#include <QSet>

namespace shipdeck::sops {
namespace {

class JsonParser
{
public:
    explicit JsonParser(const QByteArray &text) : m_text(text) {}

    Result<SopsNode> parseDocument()
    {
        skipSpace();
        SD_TRY(SopsNode root, parseValue(0));
        skipSpace();
        if (m_pos != m_text.size())
            return fail(QStringLiteral("unexpected text after the document"));
        return root;
    }

    qsizetype sopsMemberStart = -1; // end of the value before "sops" (or after '{')
    qsizetype sopsMemberEnd = -1;
    qsizetype lastMemberEnd = -1;   // end of the last top-level value
    QByteArray indentUnit;

private:
    Error fail(const QString &why) const
    {
        int line = 1;
        for (qsizetype i = 0; i < m_pos && i < m_text.size(); ++i)
            line += m_text.at(i) == '\n';
        return Error(ErrorCode::Parse, QStringLiteral("line %1: %2").arg(line).arg(why)).withDetail(QStringLiteral("line"), line);
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text.at(m_pos) == ' ' || m_text.at(m_pos) == '\t' || m_text.at(m_pos) == '\n' || m_text.at(m_pos) == '\r'))
            ++m_pos;
    }

    Result<QString> parseString()
    {
        if (m_pos >= m_text.size() || m_text.at(m_pos) != '"')
            return fail(QStringLiteral("expected a string"));
        ++m_pos;
        QByteArray out;
        while (true) {
            if (m_pos >= m_text.size())
                return fail(QStringLiteral("unterminated string"));
            const char c = m_text.at(m_pos++);
            if (c == '"')
                break;
            if (quint8(c) < 0x20)
                return fail(QStringLiteral("control character in a string"));
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                return fail(QStringLiteral("unterminated escape"));
            const char e = m_text.at(m_pos++);
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                bool ok = false;
                uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
                if (!ok || m_pos + 4 > m_text.size())
                    return fail(QStringLiteral("bad \\u escape"));
                m_pos += 4;
                if (code >= 0xd800 && code < 0xdc00 && m_text.mid(m_pos, 2) == "\\u") {
                    const uint low = m_text.mid(m_pos + 2, 4).toUInt(&ok, 16);
                    if (ok && low >= 0xdc00 && low < 0xe000) {
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                        m_pos += 6;
                    }
                }
                const char32_t cp = code;
                out += QString::fromUcs4(&cp, 1).toUtf8();
                break;
            }
            default:
                return fail(QStringLiteral("unknown escape '\\%1'").arg(QLatin1Char(e)));
            }
        }
        return QString::fromUtf8(out);
    }

    Result<SopsNode> parseValue(int depth)
    {
        if (depth > 200)
            return fail(QStringLiteral("nesting is too deep"));
        skipSpace();
        if (m_pos >= m_text.size())
            return fail(QStringLiteral("unexpected end of input"));
        const char c = m_text.at(m_pos);
        const qsizetype start = m_pos;
        if (c == '{')
            return parseObject(depth);
        if (c == '[') {
            ++m_pos;
            SopsNode list = SopsNode::list();
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == ']') {
                ++m_pos;
                return list;
            }
            while (true) {
                SD_TRY(SopsNode item, parseValue(depth + 1));
                list.children.append(item);
                skipSpace();
                if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
                    ++m_pos;
                    continue;
                }
                if (m_pos < m_text.size() && m_text.at(m_pos) == ']') {
                    ++m_pos;
                    return list;
                }
                return fail(QStringLiteral("expected ',' or ']'"));
            }
        }
        if (c == '"') {
            SD_TRY(QString s, parseString());
            SopsNode n = SopsNode::scalar(s);
            n.span = {start, m_pos - start};
            return n;
        }
        for (const char *word : {"true", "false", "null"}) {
            const QByteArray w(word);
            if (m_text.mid(m_pos, w.size()) == w) {
                m_pos += w.size();
                SopsNode n = w == "null" ? SopsNode() : SopsNode::scalar(QString::fromLatin1(w), SopsType::Bool);
                n.span = {start, w.size()};
                return n;
            }
        }
        qsizetype end = m_pos;
        while (end < m_text.size() && QByteArray("+-0123456789.eE").contains(m_text.at(end)))
            ++end;
        const QByteArray number = m_text.mid(m_pos, end - m_pos);
        bool ok = false;
        number.toDouble(&ok);
        if (number.isEmpty() || !ok)
            return fail(QStringLiteral("unexpected character '%1'").arg(QLatin1Char(c)));
        m_pos = end;
        bool isInt = false;
        number.toLongLong(&isInt);
        SopsNode n = SopsNode::scalar(QString::fromLatin1(number), isInt ? SopsType::Int : SopsType::Float);
        n.span = {start, number.size()};
        return n;
    }

    Result<SopsNode> parseObject(int depth)
    {
        const bool top = depth == 0;
        qsizetype afterBrace = ++m_pos;
        SopsNode map = SopsNode::map();
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == '}') {
            ++m_pos;
            if (top)
                lastMemberEnd = afterBrace;
            return map;
        }
        qsizetype prevEnd = afterBrace;
        QSet<QString> seen;
        while (true) {
            skipSpace();
            if (top && indentUnit.isNull()) {
                qsizetype ls = m_pos;
                while (ls > 0 && (m_text.at(ls - 1) == ' ' || m_text.at(ls - 1) == '\t'))
                    --ls;
                indentUnit = m_text.mid(ls, m_pos - ls);
            }
            SD_TRY(QString key, parseString());
            skipSpace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != ':')
                return fail(QStringLiteral("expected ':' after key \"%1\"").arg(key));
            ++m_pos;
            SD_TRY(SopsNode value, parseValue(depth + 1));
            if (seen.contains(key))
                return fail(QStringLiteral("duplicate key \"%1\"").arg(key));
            seen.insert(key);
            if (top && key == QLatin1String("sops")) {
                sopsMemberStart = prevEnd;
                sopsMemberEnd = m_pos;
            }
            map.keys.append(key);
            map.children.append(value);
            prevEnd = m_pos;
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text.at(m_pos) == '}') {
                ++m_pos;
                if (top)
                    lastMemberEnd = prevEnd;
                return map;
            }
            return fail(QStringLiteral("expected ',' or '}'"));
        }
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

QByteArray jsonString(const QString &s)
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
                out += "\\u" + QByteArray::number(quint8(c), 16).rightJustified(4, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

void emitJson(const SopsNode &node, const QByteArray &unit, int level, QByteArray &out)
{
    const QByteArray pad = unit.repeated(level + 1);
    switch (node.kind) {
    case SopsNode::Kind::Null:
        out += "null";
        return;
    case SopsNode::Kind::Scalar:
        out += (node.type == SopsType::Str || node.type == SopsType::Time || node.type == SopsType::Bytes)
            ? jsonString(node.text) : node.text.toUtf8();
        return;
    case SopsNode::Kind::Map:
        if (node.children.isEmpty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (int i = 0; i < node.children.size(); ++i) {
            out += pad + jsonString(node.keys.at(i)) + ": ";
            emitJson(node.children.at(i), unit, level + 1, out);
            out += i + 1 < node.children.size() ? ",\n" : "\n";
        }
        out += unit.repeated(level) + '}';
        return;
    case SopsNode::Kind::List:
        if (node.children.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (int i = 0; i < node.children.size(); ++i) {
            out += pad;
            emitJson(node.children.at(i), unit, level + 1, out);
            out += i + 1 < node.children.size() ? ",\n" : "\n";
        }
        out += unit.repeated(level) + ']';
        return;
    }
}

class JsonStore final : public SopsStore
{
public:
    SopsFormat format() const override { return SopsFormat::Json; }

    Result<SopsParsed> parse(const QByteArray &text) const override
    {
        JsonParser parser(text);
        SD_TRY(SopsNode root, parser.parseDocument());
        if (root.kind != SopsNode::Kind::Map)
            return Error(ErrorCode::Parse, QStringLiteral("the top level of a sops JSON file must be an object"));
        SopsParsed p;
        p.format = SopsFormat::Json;
        p.text = text;
        const int at = root.indexOf(QStringLiteral("sops"));
        if (at >= 0) {
            p.metadata = root.children.at(at);
            root.keys.removeAt(at);
            root.children.removeAt(at);
            p.metadataSpan = {parser.sopsMemberStart, parser.sopsMemberEnd - parser.sopsMemberStart};
            p.metadataFirst = at == 0;
        }
        p.appendPos = parser.lastMemberEnd;
        p.indentUnit = parser.indentUnit.isEmpty() ? QByteArray("\t") : parser.indentUnit;
        p.indent = int(p.indentUnit.size());
        p.branches = {root};
        return p;
    }

    QByteArray scalarToken(const QString &text, SopsType type, bool encrypted, bool) const override
    {
        if (encrypted || type == SopsType::Str || type == SopsType::Time || type == SopsType::Bytes)
            return jsonString(text);
        if (type == SopsType::Bool)
            return text.toLower().toUtf8();
        return text.toUtf8();
    }

    QByteArray metadataBlock(const SopsNode &metadata, const SopsParsed &parsed, bool replacing) const override
    {
        QByteArray out;
        const bool needsComma = replacing ? !parsed.metadataFirst : !parsed.branches.first().children.isEmpty();
        if (needsComma)
            out += ',';
        out += '\n' + parsed.indentUnit + "\"sops\": ";
        emitJson(metadata, parsed.indentUnit, 1, out);
        if (!replacing && parsed.branches.first().children.isEmpty())
            out += '\n';
        return out;
    }

    qsizetype metadataInsertPos(const SopsParsed &parsed) const override { return parsed.appendPos; }

    Result<QPair<qsizetype, QByteArray>> newEntry(const SopsParsed &parsed, const SopsPath &path, const QByteArray &token) const override
    {
        if (path.size() != 1 || path.first().isIndex())
            return Error(ErrorCode::Unsupported, QStringLiteral("only new top-level keys can be added to a JSON file in place"));
        const bool hasPrevious = !parsed.branches.first().children.isEmpty() || (parsed.metadataSpan.isValid() && parsed.metadataFirst);
        const qsizetype at = parsed.metadataSpan.isValid() && !parsed.metadataFirst ? parsed.metadataSpan.offset : parsed.appendPos;
        return qMakePair(at, QByteArray(hasPrevious ? "," : "") + '\n' + parsed.indentUnit + jsonString(path.first().key) + ": " + token);
    }

};

} // namespace

std::unique_ptr<SopsStore> makeJsonStore()
{
    return std::make_unique<JsonStore>();
}

} // namespace shipdeck::sops
