#include "models/fuzzymatcher.h"

namespace shipdeck::FuzzyMatcher {

int score(const QString &query, const QString &text)
{
    const QString q = query.simplified().toCaseFolded();
    if (q.isEmpty())
        return 0;
    const QString t = text.toCaseFolded();
    int score = 0;
    int ti = 0;
    int previous = -2;
    for (const QChar c : q) {
        if (c.isSpace())
            continue;
        const int found = t.indexOf(c, ti);
        if (found < 0)
            return -1;
        int points = 1;
        if (found == previous + 1)
            points += 5; // consecutive
        if (found == 0 || !t.at(found - 1).isLetterOrNumber())
            points += 8; // start of a word
        if (found == 0)
            points += 4;
        score += points;
        previous = found;
        ti = found + 1;
    }
    // Prefer shorter texts when equally good.
    return score * 100 - qMin(99, int(text.size()));
}

} // namespace shipdeck::FuzzyMatcher
