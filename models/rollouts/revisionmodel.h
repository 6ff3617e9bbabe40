#pragma once

#include "backend/deploy/rollouttypes.h"
#include "models/keyedrows.h"

namespace shipdeck {

class RevisionDiff;

// The revisions of one component in one environment (RolloutsClient::history), newest first:
// version, result, who started it and why, and whether one can roll back to it.
class RevisionModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { RevisionColumn, VersionColumn, ResultColumn, ByColumn, ReasonColumn, WhenColumn, RollbackColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RevisionRole, ServingRole, CanRollbackRole, SortRole };

    explicit RevisionModel(QObject *parent = nullptr);

    void setRevisions(const QList<RolloutRecord> &revisions);
    const RolloutRecord *revisionAt(int row) const;
    int rowOfRevision(int revision) const;
    // The revision whose version serves now (the newest fully promoted one), or 0.
    int servingRevision() const;
    bool hasUnfinished() const;
    // Whether a rollback to the revision in `row` is possible, and if not, why.
    bool canRollbackTo(int row, QString *why = nullptr) const;
    // What changed from the revision before it (the next older row) to the one in `row`.
    RevisionDiff diffAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RolloutRecord> m_rows;
};

} // namespace shipdeck
