#include "models/workflowrunmodel.h"

#include "models/keyedrows.h"

#include <QDateTime>
#include <QLocale>

namespace shipdeck {

WorkflowRunModel::WorkflowRunModel(QObject *parent) : KeyedTableModel(parent) {}

void WorkflowRunModel::setRuns(const QList<WorkflowRunRecord> &runs)
{
    applyKeyedRows<WorkflowRunRecord>(m_runs, runs.mid(0, m_limit), [](const WorkflowRunRecord &r) { return r.id; },
        [](const WorkflowRunRecord &a, const WorkflowRunRecord &b) {
            return a.state != b.state || a.durationMs != b.durationMs || a.error != b.error;
        });
}

void WorkflowRunModel::upsertRun(const WorkflowRunRecord &run)
{
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).id == run.id) {
            m_runs[i] = run;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, 0, 0);
    m_runs.prepend(run);
    endInsertRows();
    if (m_runs.size() > m_limit) {
        beginRemoveRows({}, m_limit, int(m_runs.size()) - 1);
        m_runs.resize(m_limit);
        endRemoveRows();
    }
}

const WorkflowRunRecord *WorkflowRunModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int WorkflowRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int WorkflowRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkflowRunModel::stateText(RunState state)
{
    switch (state) {
    case RunState::Running: return tr("Running");
    case RunState::Succeeded: return tr("Succeeded");
    case RunState::Failed: return tr("Failed");
    case RunState::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString WorkflowRunModel::durationText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60'000)
        return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60'000).arg((ms / 1000) % 60);
}

QVariant WorkflowRunModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkflowRunRecord &run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WorkflowColumn: return run.type;
        case StateColumn: return stateText(run.state);
        case StartedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(run.startedAtMs), QLocale::ShortFormat);
        case DurationColumn: return run.state == RunState::Running ? QStringLiteral("…") : durationText(run.durationMs);
        case AttemptColumn: return run.attempt;
        case RequestedByColumn: return run.requestedBy.isEmpty() ? run.source : run.requestedBy;
        }
        break;
    case Qt::ToolTipRole:
        return run.error.isEmpty() ? tr("Trace %1").arg(run.traceId) : run.error;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == AttemptColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole: return run.id;
    case StateRole: return int(run.state);
    case TraceIdRole: return run.traceId;
    case DurationMsRole: return run.durationMs;
    case SortRole:
        switch (index.column()) {
        case StartedColumn: return run.startedAtMs;
        case DurationColumn: return run.durationMs;
        case AttemptColumn: return run.attempt;
        case StateColumn: return int(run.state);
        default: return data(index, Qt::DisplayRole);
        }
    default:
        break;
    }
    return {};
}

QVariant WorkflowRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WorkflowColumn: return tr("Workflow");
    case StateColumn: return tr("Result");
    case StartedColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    case AttemptColumn: return tr("Attempt");
    case RequestedByColumn: return tr("Requested by");
    }
    return {};
}

} // namespace shipdeck
