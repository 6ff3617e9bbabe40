#pragma once

#include "backend/store/jobqueue.h"

#include "models/keyedrows.h"

namespace shipdeck {

// Jobs of the durable queue, newest first, updated in place as the queue changes.
class JobQueueModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, PriorityColumn, StateColumn, AttemptsColumn, CreatedColumn, LastErrorColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, RecordRole, SortRole };

    explicit JobQueueModel(QObject *parent = nullptr);

    void setJobs(const QList<JobRecord> &jobs);
    const JobRecord *jobAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(QueuedJobState state);
    static QString priorityText(Priority priority);

private:
    QList<JobRecord> m_jobs;
};

} // namespace shipdeck
