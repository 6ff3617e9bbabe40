#include "models/rollouts/revisiondiff.h"

#include "backend/deploy/rollouttypes.h"

#include <vector>

namespace shipdeck {

QList<RevisionDiff::Line> RevisionDiff::diffLines(const QStringList &a, const QStringList &b)
{
    QList<Line> out;
    const qsizetype n = a.size(), m = b.size();
    if (n > 4000 || m > 4000) {
        for (int i = 0; i < n; ++i)
            out.append({Line::Kind::Removed, a.at(i), i + 1, 0});
        for (int j = 0; j < m; ++j)
            out.append({Line::Kind::Added, b.at(j), 0, j + 1});
        return out;
    }
    // lcs[i][j] = length of the LCS of a[i..] and b[j..]
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            out.append({Line::Kind::Same, a.at(i), int(i + 1), int(j + 1)});
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            // Removals before additions, as in diff -u: the old line reads first.
            out.append({Line::Kind::Removed, a.at(i), int(i + 1), 0});
            ++i;
        } else {
            out.append({Line::Kind::Added, b.at(j), 0, int(j + 1)});
            ++j;
        }
    }
    return out;
}

RevisionDiff RevisionDiff::compare(const RolloutRecord *older, const RolloutRecord &newer)
{
    RevisionDiff d;
    d.m_newName = tr("revision %1").arg(newer.revision);
    const QStringList newLines = newer.specYaml.split(QLatin1Char('\n'));
    if (!older) {
        d.m_changes.append(tr("first revision: version %1, %2, %n instance(s)", nullptr, newer.replicas)
                               .arg(newer.targetVersion, strategyName(newer.strategy)));
        d.m_lines = diffLines({}, newLines);
        d.m_added = int(d.m_lines.size());
        return d;
    }
    d.m_oldName = tr("revision %1").arg(older->revision);
    if (older->targetVersion != newer.targetVersion)
        d.m_changes.append(tr("version %1 → %2").arg(older->targetVersion, newer.targetVersion));
    if (older->strategy != newer.strategy)
        d.m_changes.append(tr("strategy %1 → %2").arg(strategyName(older->strategy), strategyName(newer.strategy)));
    if (older->replicas != newer.replicas)
        d.m_changes.append(tr("instances %1 → %2").arg(older->replicas).arg(newer.replicas));
    if (older->provider != newer.provider)
        d.m_changes.append(tr("provider %1 → %2").arg(older->provider, newer.provider));
    QStringList oldSteps, newSteps;
    for (const PlanStep &s : older->plan)
        oldSteps.append(s.label());
    for (const PlanStep &s : newer.plan)
        newSteps.append(s.label());
    if (oldSteps != newSteps)
        d.m_changes.append(tr("steps: %1 → %2").arg(oldSteps.join(QStringLiteral(" → ")), newSteps.join(QStringLiteral(" → "))));
    if (newer.undoOfRevision > 0)
        d.m_changes.append(tr("returns to revision %1").arg(newer.undoOfRevision));
    d.m_lines = diffLines(older->specYaml.split(QLatin1Char('\n')), newLines);
    for (const Line &l : std::as_const(d.m_lines)) {
        d.m_added += l.kind == Line::Kind::Added ? 1 : 0;
        d.m_removed += l.kind == Line::Kind::Removed ? 1 : 0;
    }
    if (d.m_added + d.m_removed > 0 && d.m_changes.isEmpty())
        d.m_changes.append(tr("deployment file changed (%1 lines added, %2 removed)").arg(d.m_added).arg(d.m_removed));
    if (d.m_changes.isEmpty())
        d.m_changes.append(tr("nothing changed: the same file was deployed again"));
    return d;
}

QString RevisionDiff::unified(int context) const
{
    QStringList out;
    out.append(QStringLiteral("--- %1").arg(m_oldName.isEmpty() ? QStringLiteral("/dev/null") : m_oldName));
    out.append(QStringLiteral("+++ %1").arg(m_newName));
    const int n = int(m_lines.size());
    int i = 0;
    while (i < n) {
        if (m_lines.at(i).kind == Line::Kind::Same) {
            ++i;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is at most 2*context lines away.
        int start = qMax(0, i - context);
        int end = i;
        while (end < n) {
            int next = end;
            while (next < n && m_lines.at(next).kind == Line::Kind::Same)
                ++next;
            if (next >= n || next - end > 2 * context)
                break;
            end = next + 1;
            while (end < n && m_lines.at(end).kind != Line::Kind::Same)
                ++end;
        }
        const int stop = qMin(n, end + context);
        int oldStart = 0, newStart = 0, oldCount = 0, newCount = 0;
        for (int k = start; k < stop; ++k) {
            const Line &l = m_lines.at(k);
            if (l.oldLine && !oldStart)
                oldStart = l.oldLine;
            if (l.newLine && !newStart)
                newStart = l.newLine;
            oldCount += l.kind != Line::Kind::Added ? 1 : 0;
            newCount += l.kind != Line::Kind::Removed ? 1 : 0;
        }
        out.append(QStringLiteral("@@ -%1,%2 +%3,%4 @@").arg(oldStart).arg(oldCount).arg(newStart).arg(newCount));
        for (int k = start; k < stop; ++k) {
            const Line &l = m_lines.at(k);
            const QChar mark = l.kind == Line::Kind::Added ? QLatin1Char('+') : l.kind == Line::Kind::Removed ? QLatin1Char('-') : QLatin1Char(' ');
            out.append(mark + l.text);
        }
        i = stop;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace shipdeck
