#include "models/logs/logfilter.h"

#include <QCoreApplication>

namespace shipdeck {

namespace {
bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

inline char fold(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}
} // namespace

LogFilter::LogFilter(const LogFilterSpec &spec) : m_spec(spec)
{
    if (spec.text.isEmpty())
        return;
    if (spec.regex) {
        m_regex.setPattern(spec.text);
        m_regex.setPatternOptions(spec.caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
        if (!m_regex.isValid())
            m_error = QCoreApplication::translate("LogFilter", "Invalid regular expression at character %1: %2")
                          .arg(m_regex.patternErrorOffset() + 1).arg(m_regex.errorString());
        else
            m_regex.optimize();
        m_decode = true;
        return;
    }
    m_needle = spec.text.toUtf8();
    if (!spec.caseSensitive) {
        if (isAscii(m_needle)) {
            m_asciiFold = true;
            m_needle = m_needle.toLower();
        } else {
            m_decode = true; // full Unicode case folding needs the decoded line
        }
    }
    m_matcher.setPattern(m_needle);
}

bool LogFilter::matches(QByteArrayView text, int source)
{
    if (m_spec.source >= 0 && source != m_spec.source)
        return false;
    if (m_spec.text.isEmpty())
        return true;
    if (!m_error.isEmpty())
        return false;
    if (m_decode) {
        const QString line = QString::fromUtf8(text);
        if (m_spec.regex)
            return m_regex.match(line).hasMatch();
        return line.contains(m_spec.text, Qt::CaseInsensitive);
    }
    if (!m_asciiFold)
        return m_matcher.indexIn(text.data(), text.size()) >= 0;
    if (m_scratch.size() < text.size())
        m_scratch.resize(text.size());
    char *out = m_scratch.data();
    const char *in = text.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = fold(in[i]);
    return m_matcher.indexIn(out, text.size()) >= 0;
}

QList<QPair<int, int>> LogFilter::matchRanges(const QString &line) const
{
    QList<QPair<int, int>> out;
    if (m_spec.text.isEmpty() || !m_error.isEmpty())
        return out;
    if (m_spec.regex) {
        auto it = m_regex.globalMatch(line);
        while (it.hasNext() && out.size() < 64) {
            const auto m = it.next();
            if (m.capturedLength() > 0)
                out.append({int(m.capturedStart()), int(m.capturedLength())});
        }
        return out;
    }
    const Qt::CaseSensitivity cs = m_spec.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (qsizetype from = line.indexOf(m_spec.text, 0, cs); from >= 0 && out.size() < 64; from = line.indexOf(m_spec.text, from + m_spec.text.size(), cs))
        out.append({int(from), int(m_spec.text.size())});
    return out;
}

} // namespace shipdeck
