#include "models/fuzzymatcher.h"

namespace shipdeck::FuzzyMatcher {

namespace {
bool isWordStart(const QString &t, int i)
{
    return i == 0 || !t.at(i - 1).isLetterOrNumber();
}
} // namespace

int score(const QString &query, const QString &text)
{
    QString q = query.simplified().toCaseFolded();
    q.remove(QLatin1Char(' '));
    if (q.isEmpty())
        return 0;
    const QString t = text.toCaseFolded();
    int score = 0;
    // A contiguous match beats any scattered one; at a word start even more.
    const int at = t.indexOf(q);
    if (at >= 0)
        score += 1000 + (isWordStart(t, at) ? 500 : 0) - at;
    int ti = 0;
    int previous = -2;
    for (const QChar c : std::as_const(q)) {
        const int found = t.indexOf(c, ti);
        if (found < 0)
            return -1;
        int points = 1;
        if (found == previous + 1)
            points += 10; // consecutive
        else if (isWordStart(t, found))
            points += 4;  // an initial
        score += points;
        previous = found;
        ti = found + 1;
    }
    // Prefer shorter texts when equally good.
    return score * 100 - qMin(99, int(text.size()));
}

} // namespace shipdeck::FuzzyMatcher
