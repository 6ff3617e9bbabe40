#pragma once

#include "backend/store/auditlog.h"

#include "models/keyedrows.h"

namespace shipdeck {

// The workspace's audit records, newest first.
class AuditModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, TargetColumn, DetailColumn, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1, HashRole, SortRole };

    explicit AuditModel(QObject *parent = nullptr);

    void setRecords(const QList<AuditRecord> &records);
    const AuditRecord *recordAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditRecord> m_records;
};

} // namespace shipdeck
