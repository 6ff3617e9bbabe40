#include "backend/config/yamlrender.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace shipdeck::yamlrender {

namespace {

QByteArray spaces(int n)
{
    return QByteArray(qMax(0, n), ' ');
}

QByteArray number(double v)
{
    if (std::isnan(v))
        return ".nan";
    if (std::isinf(v))
        return v > 0 ? ".inf" : "-.inf";
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QByteArray::number(qlonglong(v));
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

bool hasControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

QByteArray singleQuoted(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\''), QStringLiteral("''"));
    return "'" + out.toUtf8() + "'";
}

} // namespace

bool plainSafe(const QString &s, bool inFlow)
{
    if (s.isEmpty() || s.front().isSpace() || s.back().isSpace() || hasControl(s))
        return false;
    static const QString indicators = QStringLiteral("?:,[]{}#&*!|>'\"%@`");
    const QChar first = s.front();
    if (indicators.contains(first))
        return false;
    if (first == QLatin1Char('-') && (s.size() == 1 || s.at(1).isSpace()))
        return false;
    if (s.contains(QStringLiteral(": ")) || s.contains(QStringLiteral(" #")) || s.endsWith(QLatin1Char(':')))
        return false;
    if (inFlow) {
        for (const QChar c : s) {
            if (QStringLiteral(",[]{}").contains(c))
                return false;
        }
    }
    if (s == QLatin1String("---") || s == QLatin1String("...") || s == QLatin1String("<<"))
        return false;
    // YAML 1.1 readers (PyYAML, older tools) take these as booleans; quote them for everyone.
    static const QStringList yaml11 = {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("on"),
                                       QStringLiteral("off")};
    if (yaml11.contains(s.toLower()))
        return false;
    const QJsonValue resolved = yamltree::resolvePlain(s.toUtf8());
    return resolved.isString() && resolved.toString() == s;
}

QByteArray doubleQuoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        default:
            if (u < 0x20 || u == 0x7f)
                out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
            else
                out += c; // surrogate pairs stay pairs; toUtf8() encodes them
        }
    }
    out += QLatin1Char('"');
    return out.toUtf8();
}

QByteArray key(const QString &k, bool inFlow)
{
    return plainSafe(k, inFlow) ? k.toUtf8() : doubleQuoted(k);
}

QByteArray scalar(const QJsonValue &v, yamltree::Style style, bool inFlow, int contentIndent, const Options &o)
{
    using yamltree::Style;
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return "null";
    case QJsonValue::Bool: return v.toBool() ? "true" : "false";
    case QJsonValue::Double: return number(v.toDouble());
    case QJsonValue::Array:
    case QJsonValue::Object: return flow(v);
    case QJsonValue::String: break;
    }
    const QString s = v.toString();
    if ((style == Style::Literal || style == Style::Folded) && !inFlow) {
        QString body = s;
        int trailing = 0;
        while (body.endsWith(QLatin1Char('\n'))) {
            body.chop(1);
            ++trailing;
        }
        const QStringList lines = body.split(QLatin1Char('\n'));
        const bool leadingSpace = !lines.isEmpty() && !lines.first().isEmpty() && lines.first().front().isSpace();
        const bool foldable = style == Style::Literal || lines.size() == 1;
        if (!leadingSpace && !hasControl(QString(s).remove(QLatin1Char('\n'))) && foldable) {
            QByteArray out = style == Style::Literal ? "|" : ">";
            out += trailing == 0 ? "-" : trailing == 1 ? "" : "+";
            for (const QString &line : lines) {
                out += o.newline;
                if (!line.isEmpty())
                    out += spaces(contentIndent) + line.toUtf8();
            }
            for (int i = 1; i < trailing; ++i)
                out += o.newline;
            return out;
        }
        return doubleQuoted(s);
    }
    if (style == Style::SingleQuoted && !hasControl(s))
        return singleQuoted(s);
    if (style == Style::DoubleQuoted)
        return doubleQuoted(s);
    return plainSafe(s, inFlow) ? s.toUtf8() : doubleQuoted(s);
}

QByteArray flow(const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject obj = v.toObject();
        QList<QByteArray> parts;
        for (auto it = obj.begin(); it != obj.end(); ++it)
            parts.append(key(it.key(), true) + ": " + flow(it.value()));
        return "{" + parts.join(", ") + "}";
    }
    if (v.isArray()) {
        QList<QByteArray> parts;
        for (const QJsonValue &item : v.toArray())
            parts.append(flow(item));
        return "[" + parts.join(", ") + "]";
    }
    return scalar(v, yamltree::Style::Plain, true, 0, Options());
}

QList<QByteArray> blockLines(const QJsonValue &v, int indent, const Options &o)
{
    QList<QByteArray> lines;
    if (v.isObject()) {
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            lines += entryLines(it.key(), it.value(), indent, o);
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            lines += itemLines(item, indent, o);
    }
    return lines;
}

QByteArray afterColon(const QJsonValue &v, int keyIndent, const Options &o)
{
    if (v.isObject() && !v.toObject().isEmpty())
        return o.newline + blockLines(v, keyIndent + o.indentUnit, o).join(o.newline);
    if (v.isArray() && !v.toArray().isEmpty())
        return o.newline + blockLines(v, keyIndent + o.indentUnit, o).join(o.newline);
    if (v.isObject())
        return " {}";
    if (v.isArray())
        return " []";
    return " " + scalar(v, yamltree::Style::Plain, false, 0, o);
}

QList<QByteArray> entryLines(const QString &k, const QJsonValue &v, int indent, const Options &o)
{
    return {spaces(indent) + key(k, false) + ":" + afterColon(v, indent, o)};
}

QList<QByteArray> itemLines(const QJsonValue &v, int indent, const Options &o)
{
    if ((v.isObject() && !v.toObject().isEmpty()) || (v.isArray() && !v.toArray().isEmpty())) {
        QList<QByteArray> lines = blockLines(v, indent + 2, o);
        QByteArray joined = lines.join(o.newline);
        joined.replace(0, indent + 2, spaces(indent) + "- ");
        return {joined};
    }
    const QByteArray text = v.isObject() ? QByteArray("{}") : v.isArray() ? QByteArray("[]")
                                                                           : scalar(v, yamltree::Style::Plain, false, 0, o);
    return {spaces(indent) + "- " + text};
}

} // namespace shipdeck::yamlrender
