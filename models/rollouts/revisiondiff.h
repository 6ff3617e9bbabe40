#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace shipdeck {

struct RolloutRecord;

// What changed between two revisions of a component: the version, the strategy, the number of
// instances, the steps, and the deployment file line by line.
class RevisionDiff
{
    Q_DECLARE_TR_FUNCTIONS(RevisionDiff)
public:
    struct Line
    {
        enum class Kind { Same, Added, Removed };
        Kind kind = Kind::Same;
        QString text;
        int oldLine = 0; // 1-based, 0 = not in the old file
        int newLine = 0;
    };

    // `older` may be null (the first revision: everything is new).
    static RevisionDiff compare(const RolloutRecord *older, const RolloutRecord &newer);

    // One sentence per changed field: "version 1.5.0 → 1.5.1", "replicas 2 → 3" …
    const QStringList &changes() const { return m_changes; }
    const QList<Line> &lines() const { return m_lines; }
    int added() const { return m_added; }
    int removed() const { return m_removed; }
    // A unified diff of the files with `context` lines around each change.
    QString unified(int context = 3) const;

    // The longest-common-subsequence line diff of two texts (at most 4,000 lines each;
    // longer texts are compared as one replaced block).
    static QList<Line> diffLines(const QStringList &a, const QStringList &b);

private:
    QStringList m_changes;
    QList<Line> m_lines;
    int m_added = 0;
    int m_removed = 0;
    QString m_oldName;
    QString m_newName;
};

} // namespace shipdeck
