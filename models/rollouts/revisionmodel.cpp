#include "models/rollouts/revisionmodel.h"

#include "models/rollouts/revisiondiff.h"
#include "models/rollouts/rollouttext.h"

#include <QDateTime>
#include <QLocale>

namespace shipdeck {

RevisionModel::RevisionModel(QObject *parent) : KeyedTableModel(parent) {}

void RevisionModel::setRevisions(const QList<RolloutRecord> &revisions)
{
    QList<RolloutRecord> sorted = revisions;
    std::stable_sort(sorted.begin(), sorted.end(), [](const RolloutRecord &a, const RolloutRecord &b) { return a.revision > b.revision; });
    applyKeyedRows<RolloutRecord>(m_rows, sorted, [](const RolloutRecord &r) { return r.id; },
        [](const RolloutRecord &a, const RolloutRecord &b) {
            return a.phase != b.phase || a.outcome != b.outcome || a.finishedAtMs != b.finishedAtMs || a.updatedAtMs != b.updatedAtMs;
        });
}

const RolloutRecord *RevisionModel::revisionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RevisionModel::rowOfRevision(int revision) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).revision == revision)
            return i;
    }
    return -1;
}

int RevisionModel::servingRevision() const
{
    for (const RolloutRecord &r : m_rows) {
        if (r.phase == RolloutPhase::Healthy)
            return r.revision;
    }
    return 0;
}

bool RevisionModel::hasUnfinished() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const RolloutRecord &r) { return !r.isFinished(); });
}

bool RevisionModel::canRollbackTo(int row, QString *why) const
{
    const RolloutRecord *r = revisionAt(row);
    auto no = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (!r)
        return no(QString());
    if (hasUnfinished())
        return no(tr("A rollout of %1 is in progress; abort it or wait for it to end first.").arg(r->component));
    if (r->phase != RolloutPhase::Healthy)
        return no(tr("Revision %1 was never fully promoted (%2); only promoted revisions are rollback targets.")
                      .arg(r->revision).arg(RolloutText::phaseText(rolloutPhaseName(r->phase))));
    const int serving = servingRevision();
    const RolloutRecord *current = revisionAt(rowOfRevision(serving));
    if (current && current->targetVersion == r->targetVersion)
        return no(tr("Version %1 serves now (revision %2); there is nothing to roll back.").arg(r->targetVersion).arg(serving));
    if (why)
        why->clear();
    return true;
}

RevisionDiff RevisionModel::diffAt(int row) const
{
    const RolloutRecord *r = revisionAt(row);
    if (!r)
        return {};
    return RevisionDiff::compare(revisionAt(row + 1), *r);
}

int RevisionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RevisionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RolloutRecord &r = m_rows.at(index.row());
    const bool serving = r.revision == servingRevision();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RevisionColumn: return r.revision;
        case VersionColumn:
            return r.stableVersion.isEmpty() || r.stableVersion == r.targetVersion
                       ? r.targetVersion : tr("%1 → %2").arg(r.stableVersion, r.targetVersion);
        case ResultColumn: {
            QString text = RolloutText::phaseText(rolloutPhaseName(r.phase));
            if (serving)
                text = tr("%1 · serving").arg(text);
            if (r.undoOfRevision > 0)
                text = tr("%1 · rollback to %2").arg(text).arg(r.undoOfRevision);
            return text;
        }
        case ByColumn: return r.createdBy;
        case ReasonColumn: return r.abortReason.isEmpty() ? r.reason : tr("%1 (stopped: %2)").arg(r.reason, r.abortReason);
        case WhenColumn: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.createdAtMs), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("Revision %1 (%2), rollout %3").arg(r.revision).arg(r.source, r.id);
    case Qt::TextAlignmentRole:
        return index.column() == RevisionColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole: return r.id;
    case RevisionRole: return r.revision;
    case ServingRole: return serving;
    case CanRollbackRole: return canRollbackTo(index.row());
    case SortRole: return index.column() == WhenColumn ? QVariant(r.createdAtMs) : data(index, Qt::DisplayRole);
    default: return {};
    }
}

QVariant RevisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RevisionColumn: return tr("Rev.");
    case VersionColumn: return tr("Version");
    case ResultColumn: return tr("Result");
    case ByColumn: return tr("By");
    case ReasonColumn: return tr("Reason");
    case WhenColumn: return tr("Started");
    case RollbackColumn: return tr("Rollback");
    }
    return {};
}

} // namespace shipdeck
