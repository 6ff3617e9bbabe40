#include "backend/deploy/analysis/prometheustext.h"

#include <cmath>
#include <limits>

namespace shipdeck {

namespace {
constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;

bool isNameStart(QChar c) { return (c.unicode() < 128 && c.isLetter()) || c == QLatin1Char('_') || c == QLatin1Char(':'); }
bool isNameChar(QChar c) { return (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('_') || c == QLatin1Char(':'); }
bool isLabelStart(QChar c) { return (c.unicode() < 128 && c.isLetter()) || c == QLatin1Char('_'); }
bool isLabelChar(QChar c) { return (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('_'); }

class LineParser
{
public:
    LineParser(const QString &line, int lineNo) : m_s(line), m_line(lineNo) {}

    Error error(const QString &message) const
    {
        return Error(ErrorCode::Parse, QStringLiteral("line %1, column %2: %3").arg(m_line).arg(m_i + 1).arg(message))
            .withDetail(QStringLiteral("line"), m_line);
    }
    bool atEnd() const { return m_i >= m_s.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_s.at(m_i); }
    void skipBlanks()
    {
        while (!atEnd() && (peek() == QLatin1Char(' ') || peek() == QLatin1Char('\t')))
            ++m_i;
    }
    QString rest() const { return m_s.mid(m_i); }

    Result<QString> metricName()
    {
        const qsizetype start = m_i;
        if (atEnd() || !isNameStart(peek()))
            return error(QStringLiteral("expected a metric name"));
        while (!atEnd() && isNameChar(peek()))
            ++m_i;
        return m_s.mid(start, m_i - start);
    }

    Result<QMap<QString, QString>> labels()
    {
        QMap<QString, QString> out;
        if (peek() != QLatin1Char('{'))
            return out;
        ++m_i;
        for (;;) {
            skipBlanks();
            if (peek() == QLatin1Char('}')) {
                ++m_i;
                return out;
            }
            const qsizetype start = m_i;
            if (atEnd() || !isLabelStart(peek()))
                return error(QStringLiteral("expected a label name or '}'"));
            while (!atEnd() && isLabelChar(peek()))
                ++m_i;
            const QString name = m_s.mid(start, m_i - start);
            skipBlanks();
            if (peek() != QLatin1Char('='))
                return error(QStringLiteral("expected '=' after label %1").arg(name));
            ++m_i;
            skipBlanks();
            if (peek() != QLatin1Char('"'))
                return error(QStringLiteral("label %1: the value must be in double quotes").arg(name));
            ++m_i;
            QString value;
            for (;;) {
                if (atEnd())
                    return error(QStringLiteral("label %1: the value is not closed with '\"'").arg(name));
                const QChar c = m_s.at(m_i++);
                if (c == QLatin1Char('"'))
                    break;
                if (c == QLatin1Char('\\')) {
                    if (atEnd())
                        return error(QStringLiteral("label %1: the value ends in a lone backslash").arg(name));
                    const QChar e = m_s.at(m_i++);
                    if (e == QLatin1Char('n'))
                        value += QLatin1Char('\n');
                    else if (e == QLatin1Char('\\') || e == QLatin1Char('"'))
                        value += e;
                    else
                        return error(QStringLiteral("label %1: unknown escape \\%2").arg(name, e));
                } else {
                    value += c;
                }
            }
            if (out.contains(name))
                return error(QStringLiteral("label %1 appears twice").arg(name));
            out.insert(name, value);
            skipBlanks();
            if (peek() == QLatin1Char(',')) {
                ++m_i;
                continue;
            }
            if (peek() == QLatin1Char('}')) {
                ++m_i;
                return out;
            }
            return error(QStringLiteral("expected ',' or '}' after label %1").arg(name));
        }
    }

    QString word()
    {
        const qsizetype start = m_i;
        while (!atEnd() && peek() != QLatin1Char(' ') && peek() != QLatin1Char('\t'))
            ++m_i;
        return m_s.mid(start, m_i - start);
    }

private:
    const QString &m_s;
    int m_line;
    qsizetype m_i = 0;
};

std::optional<double> parseValue(const QString &text)
{
    if (text == QLatin1String("+Inf") || text == QLatin1String("Inf"))
        return std::numeric_limits<double>::infinity();
    if (text == QLatin1String("-Inf"))
        return -std::numeric_limits<double>::infinity();
    if (text == QLatin1String("NaN"))
        return std::numeric_limits<double>::quiet_NaN();
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

QString unescapeHelp(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar e = text.at(++i);
            out += e == QLatin1Char('n') ? QLatin1Char('\n') : e;
        } else {
            out += text.at(i);
        }
    }
    return out;
}
} // namespace

namespace PrometheusText {

Result<PromScrape> parse(const QByteArray &text, const QString &sourceName)
{
    auto fail = [&](const Error &e) { return e.withContext(QStringLiteral("reading the metrics of %1").arg(sourceName)); };
    if (text.size() > kMaxBytes)
        return fail(Error(ErrorCode::Parse, QStringLiteral("the scrape is %1 bytes, more than the %2 accepted").arg(text.size()).arg(kMaxBytes)));
    if (text.contains('\0'))
        return fail(Error(ErrorCode::Parse, QStringLiteral("the scrape contains NUL bytes; it is not the text format")));
    PromScrape out;
    const QString all = QString::fromUtf8(text);
    const QStringList lines = all.split(QLatin1Char('\n'));
    static const QStringList types = {QStringLiteral("counter"), QStringLiteral("gauge"), QStringLiteral("histogram"),
                                      QStringLiteral("summary"), QStringLiteral("untyped")};
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        LineParser p(line, n + 1);
        p.skipBlanks();
        if (p.peek() == QLatin1Char('#')) {
            const QStringList parts = line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QString keyword = parts.value(1);
            if (keyword != QLatin1String("HELP") && keyword != QLatin1String("TYPE"))
                continue; // a plain comment
            if (parts.size() < 3)
                return fail(p.error(QStringLiteral("# %1 needs a metric name").arg(keyword)));
            const QString name = parts.at(2);
            PromFamily &family = out.families[name];
            family.name = name;
            if (keyword == QLatin1String("TYPE")) {
                if (parts.size() != 4 || !types.contains(parts.at(3)))
                    return fail(p.error(QStringLiteral("# TYPE %1: unknown type '%2' (expected %3)").arg(name, parts.value(3), types.join(QLatin1Char('|')))));
                family.type = parts.at(3);
            } else {
                const qsizetype at = line.indexOf(name) + name.size();
                family.help = unescapeHelp(line.mid(at).trimmed());
            }
            continue;
        }
        PromSample sample;
        auto name = p.metricName();
        if (!name)
            return fail(name.error());
        sample.name = name.value();
        auto labels = p.labels();
        if (!labels)
            return fail(labels.error());
        sample.labels = labels.value();
        p.skipBlanks();
        const QString valueText = p.word();
        if (valueText.isEmpty())
            return fail(p.error(QStringLiteral("%1 has no value").arg(sample.name)));
        auto value = parseValue(valueText);
        if (!value)
            return fail(p.error(QStringLiteral("%1: '%2' is not a number").arg(sample.name, valueText)));
        sample.value = *value;
        p.skipBlanks();
        if (!p.atEnd()) {
            const QString ts = p.word();
            bool ok = false;
            sample.timestampMs = ts.toLongLong(&ok);
            if (!ok)
                return fail(p.error(QStringLiteral("%1: '%2' is not a timestamp in milliseconds").arg(sample.name, ts)));
            sample.hasTimestamp = true;
            p.skipBlanks();
            if (!p.atEnd())
                return fail(p.error(QStringLiteral("%1: unexpected text '%2' after the timestamp").arg(sample.name, p.rest())));
        }
        out.samples.append(std::move(sample));
    }
    return out;
}

} // namespace PrometheusText
} // namespace shipdeck
