#pragma once

#include <QString>

namespace shipdeck {

// Scores how well a typed query matches a text, for the command palette: every query character
// must appear in order; consecutive runs, word starts and an early first match score higher.
// Returns -1 when the query does not match. Case-insensitive.
namespace FuzzyMatcher {
int score(const QString &query, const QString &text);
}

} // namespace shipdeck
