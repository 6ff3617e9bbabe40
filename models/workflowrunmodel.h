#pragma once

#include "backend/store/workflowrunrepository.h"

#include "models/keyedrows.h"

namespace shipdeck {

// Recent workflow runs, newest first; live runs are inserted and updated as they progress.
class WorkflowRunModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { WorkflowColumn, StateColumn, StartedColumn, DurationColumn, AttemptColumn, RequestedByColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, TraceIdRole, DurationMsRole, SortRole };

    explicit WorkflowRunModel(QObject *parent = nullptr);

    void setRuns(const QList<WorkflowRunRecord> &runs);
    // Inserts a new run at the top or updates it in place.
    void upsertRun(const WorkflowRunRecord &run);
    const WorkflowRunRecord *runAt(int row) const;
    void setLimit(int limit) { m_limit = limit; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(RunState state);
    static QString durationText(qint64 ms);

private:
    QList<WorkflowRunRecord> m_runs;
    int m_limit = 100;
};

} // namespace shipdeck
