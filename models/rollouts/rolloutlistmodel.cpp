#include "models/rollouts/rolloutlistmodel.h"

#include "models/rollouts/rollouttext.h"

#include <QDateTime>

namespace shipdeck {

namespace {
QString idOf(const QJsonObject &r)
{
    return r.value(QStringLiteral("id")).toString();
}

qint64 ms(const QJsonObject &r, const char *key)
{
    return qint64(r.value(QLatin1String(key)).toDouble());
}

bool isFinished(const QJsonObject &r)
{
    return ms(r, "finishedAt") > 0;
}
} // namespace

RolloutListModel::RolloutListModel(QObject *parent) : KeyedTableModel(parent) {}

void RolloutListModel::setRollouts(const QList<QJsonObject> &rollouts)
{
    QList<QJsonObject> sorted = rollouts;
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return ms(a, "createdAt") > ms(b, "createdAt");
    });
    applyKeyedRows<QJsonObject>(m_rows, sorted, idOf, [](const QJsonObject &a, const QJsonObject &b) { return a != b; });
    Q_EMIT countsChanged();
}

void RolloutListModel::upsert(const QJsonObject &rollout)
{
    const QString id = idOf(rollout);
    if (id.isEmpty())
        return;
    const int row = rowOf(id);
    if (row >= 0) {
        // Events may arrive out of order: never go back to an older state of the same rollout.
        if (ms(rollout, "updatedAt") < ms(m_rows.at(row), "updatedAt") || m_rows.at(row) == rollout)
            return;
        m_rows[row] = rollout;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(rollout);
        endInsertRows();
    }
    Q_EMIT countsChanged();
}

void RolloutListModel::setActualWeight(const QString &id, double percent)
{
    if (qFuzzyCompare(m_actual.value(id, -1) + 1, percent + 1))
        return;
    m_actual.insert(id, percent);
    if (const int row = rowOf(id); row >= 0)
        Q_EMIT dataChanged(index(row, WeightColumn), index(row, WeightColumn));
}

void RolloutListModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AgeColumn), index(int(m_rows.size()) - 1, AgeColumn));
}

int RolloutListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (idOf(m_rows.at(i)) == id)
            return i;
    }
    return -1;
}

QJsonObject RolloutListModel::rolloutAt(int row) const
{
    return m_rows.value(row);
}

QJsonObject RolloutListModel::rollout(const QString &id) const
{
    return m_rows.value(rowOf(id));
}

QHash<QString, int> RolloutListModel::phaseCounts() const
{
    QHash<QString, int> counts;
    for (const QJsonObject &r : m_rows)
        ++counts[r.value(QStringLiteral("phase")).toString()];
    return counts;
}

int RolloutListModel::attentionCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const QJsonObject &r) { return RolloutText::needsAttention(r); }));
}

qint64 RolloutListModel::now() const
{
    return m_nowMs > 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
}

int RolloutListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RolloutListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolloutListModel::display(const QJsonObject &r, int column) const
{
    switch (column) {
    case ComponentColumn: {
        const QString stable = r.value(QStringLiteral("stableVersion")).toString();
        const QString target = r.value(QStringLiteral("targetVersion")).toString();
        return stable.isEmpty() ? tr("%1 %2").arg(r.value(QStringLiteral("component")).toString(), target)
                                : tr("%1 %2 → %3").arg(r.value(QStringLiteral("component")).toString(), stable, target);
    }
    case EnvironmentColumn:
        return tr("%1 · %2").arg(RolloutText::environmentText(r.value(QStringLiteral("environment")).toString()),
                                 r.value(QStringLiteral("provider")).toString());
    case StrategyColumn: return RolloutText::strategyText(r.value(QStringLiteral("strategy")).toString());
    case StepColumn: return RolloutText::stepPosition(r);
    case WeightColumn: {
        const int desired = r.value(QStringLiteral("traffic")).toObject().value(QStringLiteral("canaryWeight")).toInt();
        return RolloutText::weightText(desired, isFinished(r) ? -1 : m_actual.value(idOf(r), -1));
    }
    case PhaseColumn: return RolloutText::phaseWithReason(r);
    case NeedsColumn: return RolloutText::needsText(r);
    case AgeColumn: return RolloutText::durationText(now() - ms(r, "createdAt"));
    case RevisionColumn: return r.value(QStringLiteral("revision")).toInt();
    }
    return {};
}

QVariant RolloutListModel::sortValue(const QJsonObject &r, int column) const
{
    switch (column) {
    case AgeColumn: return -ms(r, "createdAt");
    case RevisionColumn: return r.value(QStringLiteral("revision")).toInt();
    case WeightColumn: return r.value(QStringLiteral("traffic")).toObject().value(QStringLiteral("canaryWeight")).toInt();
    case StepColumn: return r.value(QStringLiteral("stepIndex")).toInt();
    case NeedsColumn: return RolloutText::needsAttention(r) ? 0 : RolloutText::needsText(r).isEmpty() ? 2 : 1;
    default: return display(r, column);
    }
}

QVariant RolloutListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == PhaseColumn || index.column() == NeedsColumn)
            return r.value(QStringLiteral("message")).toString();
        if (index.column() == ComponentColumn)
            return tr("Rollout %1, revision %2, started by %3: %4")
                .arg(idOf(r)).arg(r.value(QStringLiteral("revision")).toInt())
                .arg(r.value(QStringLiteral("createdBy")).toString(), r.value(QStringLiteral("reason")).toString());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == WeightColumn || index.column() == AgeColumn || index.column() == RevisionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole: return idOf(r);
    case PhaseRole: return r.value(QStringLiteral("phase")).toString();
    case AttentionRole: return RolloutText::needsAttention(r);
    case ApprovalRole: return RolloutText::isApprovalWaiting(r);
    case EnvironmentRole: return r.value(QStringLiteral("environment")).toString();
    case JsonRole: return r;
    case SortRole: return sortValue(r, index.column());
    case CreatedAtRole: return ms(r, "createdAt");
    case FinishedRole: return isFinished(r);
    default: return {};
    }
}

QVariant RolloutListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ComponentColumn: return tr("Component");
    case EnvironmentColumn: return tr("Environment");
    case StrategyColumn: return tr("Strategy");
    case StepColumn: return tr("Step");
    case WeightColumn: return tr("Canary weight");
    case PhaseColumn: return tr("Phase");
    case NeedsColumn: return tr("Needs");
    case AgeColumn: return tr("Age");
    case RevisionColumn: return tr("Rev.");
    }
    return {};
}

} // namespace shipdeck
