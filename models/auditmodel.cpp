#include "models/auditmodel.h"

#include "models/keyedrows.h"

#include <QDateTime>
#include <QLocale>

namespace shipdeck {

AuditModel::AuditModel(QObject *parent) : KeyedTableModel(parent) {}

void AuditModel::setRecords(const QList<AuditRecord> &records)
{
    applyKeyedRows<AuditRecord>(m_records, records, [](const AuditRecord &r) { return r.id; },
        [](const AuditRecord &a, const AuditRecord &b) { return a.hash != b.hash; });
}

const AuditRecord *AuditModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.atMs), QLocale::ShortFormat);
        case ActorColumn: return r.actor;
        case ActionColumn: return r.action;
        case TargetColumn: return r.target;
        case DetailColumn: return r.detail;
        }
        break;
    case Qt::ToolTipRole:
        return tr("Record %1, hash %2").arg(r.seq).arg(r.hash.left(16));
    case SeqRole: return r.seq;
    case HashRole: return r.hash;
    case SortRole:
        return index.column() == TimeColumn ? QVariant(r.atMs) : data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case ActorColumn: return tr("Who");
    case ActionColumn: return tr("Action");
    case TargetColumn: return tr("On");
    case DetailColumn: return tr("Detail");
    }
    return {};
}

} // namespace shipdeck
