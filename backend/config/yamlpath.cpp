#include "backend/config/yamlpath.h"

#include <QHash>

namespace shipdeck {

namespace {

bool needsQuotes(const QString &key)
{
    if (key.isEmpty())
        return true;
    for (const QChar c : key) {
        if (c == QLatin1Char('.') || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('"')
            || c == QLatin1Char('\\') || c.isSpace())
            return true;
    }
    return false;
}

QString quoted(const QString &key)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : key) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('"');
}

Error pathError(const QString &text, qsizetype pos, const QString &why)
{
    return Error(ErrorCode::InvalidArgument, QStringLiteral("key path '%1' is malformed at character %2: %3")
                                                 .arg(text).arg(pos + 1).arg(why));
}

} // namespace

Result<YamlPath> YamlPath::parse(const QString &text)
{
    QList<Segment> segments;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool expectKey = true; // at the start or after a '.'
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('[')) {
            const qsizetype close = text.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return pathError(text, i, QStringLiteral("'[' is not closed"));
            const QString inner = text.mid(i + 1, close - i - 1);
            if (inner.startsWith(QLatin1Char('"'))) {
                // ["quoted key"]: parse the quoted string up to its closing quote.
                QString key;
                qsizetype j = i + 2;
                bool closed = false;
                for (; j < n; ++j) {
                    const QChar q = text.at(j);
                    if (q == QLatin1Char('\\') && j + 1 < n) {
                        key += text.at(++j);
                    } else if (q == QLatin1Char('"')) {
                        closed = true;
                        break;
                    } else {
                        key += q;
                    }
                }
                if (!closed || j + 1 >= n || text.at(j + 1) != QLatin1Char(']'))
                    return pathError(text, i, QStringLiteral("a quoted key must be written [\"key\"]"));
                segments.append({key, -1});
                i = j + 2;
            } else {
                bool ok = false;
                const int index = inner.toInt(&ok);
                if (!ok || index < 0)
                    return pathError(text, i, QStringLiteral("'%1' is not a sequence index").arg(inner));
                segments.append({QString(), index});
                i = close + 1;
            }
            expectKey = false;
            continue;
        }
        if (c == QLatin1Char('.')) {
            if (expectKey)
                return pathError(text, i, QStringLiteral("empty key"));
            expectKey = true;
            ++i;
            continue;
        }
        if (!expectKey)
            return pathError(text, i, QStringLiteral("expected '.' or '['"));
        if (c == QLatin1Char('"')) {
            QString key;
            qsizetype j = i + 1;
            bool closed = false;
            for (; j < n; ++j) {
                const QChar q = text.at(j);
                if (q == QLatin1Char('\\') && j + 1 < n) {
                    key += text.at(++j);
                } else if (q == QLatin1Char('"')) {
                    closed = true;
                    break;
                } else {
                    key += q;
                }
            }
            if (!closed)
                return pathError(text, i, QStringLiteral("quote is not closed"));
            segments.append({key, -1});
            i = j + 1;
        } else {
            qsizetype j = i;
            while (j < n && text.at(j) != QLatin1Char('.') && text.at(j) != QLatin1Char('['))
                ++j;
            const QString key = text.mid(i, j - i);
            if (key.contains(QLatin1Char(']')) || key.contains(QLatin1Char('"')))
                return pathError(text, i, QStringLiteral("'%1' must be quoted").arg(key));
            segments.append({key, -1});
            i = j;
        }
        expectKey = false;
    }
    if (expectKey && !text.isEmpty())
        return pathError(text, n - 1, QStringLiteral("path ends with '.'"));
    return YamlPath(std::move(segments));
}

YamlPath YamlPath::fromKeys(const QStringList &keys)
{
    QList<Segment> segments;
    for (const QString &k : keys)
        segments.append({k, -1});
    return YamlPath(std::move(segments));
}

YamlPath YamlPath::parent() const
{
    return mid(0, qMax<qsizetype>(0, m_segments.size() - 1));
}

YamlPath YamlPath::child(const QString &key) const
{
    YamlPath p = *this;
    p.m_segments.append({key, -1});
    return p;
}

YamlPath YamlPath::child(int index) const
{
    YamlPath p = *this;
    p.m_segments.append({QString(), index});
    return p;
}

YamlPath YamlPath::mid(qsizetype pos, qsizetype len) const
{
    return YamlPath(m_segments.mid(pos, len));
}

YamlPath YamlPath::operator+(const YamlPath &tail) const
{
    return YamlPath(m_segments + tail.m_segments);
}

bool YamlPath::startsWith(const YamlPath &prefix) const
{
    if (prefix.size() > size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (!(m_segments.at(i) == prefix.at(i)))
            return false;
    }
    return true;
}

QString YamlPath::toString() const
{
    QString out;
    for (const Segment &s : m_segments) {
        if (s.isIndex()) {
            out += QStringLiteral("[%1]").arg(s.index);
        } else if (needsQuotes(s.key)) {
            out += QLatin1Char('[') + quoted(s.key) + QLatin1Char(']');
        } else {
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += s.key;
        }
    }
    return out;
}

size_t qHash(const YamlPath &path, size_t seed)
{
    return ::qHash(path.toString(), seed);
}

} // namespace shipdeck
