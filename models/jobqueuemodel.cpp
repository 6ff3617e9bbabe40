#include "models/jobqueuemodel.h"

#include "models/keyedrows.h"

#include <QDateTime>
#include <QLocale>

namespace shipdeck {

JobQueueModel::JobQueueModel(QObject *parent) : KeyedTableModel(parent) {}

void JobQueueModel::setJobs(const QList<JobRecord> &jobs)
{
    applyKeyedRows<JobRecord>(m_jobs, jobs, [](const JobRecord &j) { return j.id; },
        [](const JobRecord &a, const JobRecord &b) {
            return a.state != b.state || a.attempts != b.attempts || a.updatedAtMs != b.updatedAtMs
                || a.lastError != b.lastError;
        });
}

const JobRecord *JobQueueModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs.at(row) : nullptr;
}

int JobQueueModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).id == id)
            return i;
    }
    return -1;
}

int JobQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobQueueModel::stateText(QueuedJobState state)
{
    switch (state) {
    case QueuedJobState::Ready: return tr("Waiting");
    case QueuedJobState::Leased: return tr("Running");
    case QueuedJobState::Done: return tr("Done");
    case QueuedJobState::Dead: return tr("Failed");
    }
    return {};
}

QString JobQueueModel::priorityText(Priority priority)
{
    switch (priority) {
    case Priority::Low: return tr("Low");
    case Priority::Normal: return tr("Normal");
    case Priority::High: return tr("High");
    case Priority::Critical: return tr("Critical");
    }
    return {};
}

QVariant JobQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRecord &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn: return job.type;
        case PriorityColumn: return priorityText(job.priority);
        case StateColumn: return stateText(job.state);
        case AttemptsColumn: return QStringLiteral("%1/%2").arg(job.attempts).arg(job.maxAttempts);
        case CreatedColumn: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(job.createdAtMs), QLocale::ShortFormat);
        case LastErrorColumn: return job.lastError;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == LastErrorColumn || index.column() == StateColumn)
            return job.lastError.isEmpty() ? QVariant() : QVariant(job.lastError);
        return job.id;
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return job.id;
    case StateRole:
        return int(job.state);
    case SortRole:
        switch (index.column()) {
        case PriorityColumn: return int(job.priority);
        case StateColumn: return int(job.state);
        case AttemptsColumn: return job.attempts;
        case CreatedColumn: return job.createdAtMs;
        default: return data(index, Qt::DisplayRole);
        }
    default:
        break;
    }
    return {};
}

QVariant JobQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn: return tr("Workflow");
    case PriorityColumn: return tr("Priority");
    case StateColumn: return tr("State");
    case AttemptsColumn: return tr("Attempts");
    case CreatedColumn: return tr("Created");
    case LastErrorColumn: return tr("Last error");
    }
    return {};
}

} // namespace shipdeck
