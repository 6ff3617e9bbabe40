#pragma once

#include <QList>
#include <QString>

namespace shipdeck {

// One line of a unified diff with its line numbers in the old and the new text.
struct DiffLine
{
    enum class Kind { File, Header, Hunk, Context, Added, Removed, Note, Other };
    Kind kind = Kind::Other;
    int oldLine = 0; // 1-based; 0 when the line is not in the old text
    int newLine = 0;
    QString text;    // without the leading ' ', '+' or '-' for Context/Added/Removed
};

// Reads the unified diffs git and GitRepository::unifiedDiff produce. Lenient: a malformed
// hunk header or a line outside a hunk becomes an Other line and numbering resumes at the next
// valid hunk, so nothing of the text is lost and nothing is misnumbered.
namespace UnifiedDiff {
QList<DiffLine> parse(const QString &patch);
} // namespace UnifiedDiff

} // namespace shipdeck
