#pragma once

#include <QByteArray>
#include <QByteArrayMatcher>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>

namespace shipdeck {

// Which log lines to show: a text (plain, or a regular expression), case-sensitive or not,
// and optionally one source (pod/container) of a merged log.
struct LogFilterSpec
{
    QString text;
    bool caseSensitive = false;
    bool regex = false;
    int source = -1; // -1 = every source

    bool isActive() const { return !text.isEmpty() || source >= 0; }
    bool operator==(const LogFilterSpec &) const = default;
};

// Matches raw log lines (UTF-8) against a LogFilterSpec, fast enough for millions of lines:
// plain text is searched in the bytes (ASCII case folded in a scratch buffer); only regular
// expressions and non-ASCII case-insensitive searches decode lines. One instance per thread.
class LogFilter
{
public:
    explicit LogFilter(const LogFilterSpec &spec);

    bool isValid() const { return m_error.isEmpty(); }
    // Why the pattern is not usable (an invalid regular expression), with the offset.
    QString errorString() const { return m_error; }
    bool matches(QByteArrayView text, int source);
    // The matched parts of a decoded line as (start, length) pairs, for highlighting.
    QList<QPair<int, int>> matchRanges(const QString &line) const;

private:
    LogFilterSpec m_spec;
    QByteArray m_needle;
    QByteArrayMatcher m_matcher;
    QRegularExpression m_regex;
    QString m_error;
    QByteArray m_scratch;
    bool m_asciiFold = false;
    bool m_decode = false;
};

} // namespace shipdeck
