#include "models/activejobsmodel.h"

namespace shipdeck {

ActiveJobsModel::ActiveJobsModel(QObject *parent) : QAbstractListModel(parent) {}

void ActiveJobsModel::upsert(const JobSnapshot &snapshot)
{
    const int before = activeCount();
    int row = -1;
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).id == snapshot.id) {
            row = i;
            break;
        }
    }
    if (row >= 0) {
        m_jobs[row] = snapshot;
        Q_EMIT dataChanged(index(row), index(row));
    } else {
        beginInsertRows({}, 0, 0);
        m_jobs.prepend(snapshot);
        endInsertRows();
    }
    // Keep only the newest finished jobs.
    int finished = 0;
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).isActive())
            continue;
        if (++finished > m_keepFinished) {
            beginRemoveRows({}, i, i);
            m_jobs.removeAt(i);
            endRemoveRows();
            --i;
        }
    }
    const int after = activeCount();
    if (after != before)
        Q_EMIT activeCountChanged(after);
}

int ActiveJobsModel::activeCount() const
{
    return int(std::count_if(m_jobs.begin(), m_jobs.end(), [](const JobSnapshot &s) { return s.isActive(); }));
}

const JobSnapshot *ActiveJobsModel::current() const
{
    const JobSnapshot *best = nullptr;
    for (const auto &s : m_jobs) {
        if (s.isActive() && (!best || s.startedMs > best->startedMs))
            best = &s;
    }
    return best;
}

const JobSnapshot *ActiveJobsModel::snapshotAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs.at(row) : nullptr;
}

int ActiveJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

QVariant ActiveJobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobSnapshot &s = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.progressText.isEmpty() ? s.title : tr("%1 — %2").arg(s.title, s.progressText);
    case Qt::ToolTipRole:
        return s.error.isEmpty() ? s.title : s.error;
    case IdRole: return s.id;
    case ProgressRole: return s.progress;
    case StateRole: return int(s.state);
    case ErrorRole: return s.error;
    case CancellableRole: return s.cancellable && s.isActive();
    default: return {};
    }
}

} // namespace shipdeck
