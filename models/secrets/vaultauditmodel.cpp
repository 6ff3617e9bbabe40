#include "models/secrets/vaultauditmodel.h"

#include "models/secrets/vaultitemmodel.h"

namespace shipdeck {

VaultAuditModel::VaultAuditModel(QObject *parent) : QAbstractTableModel(parent) {}

void VaultAuditModel::setReport(const VaultAuditReport &report)
{
    beginResetModel();
    m_report = report;
    std::stable_sort(m_report.findings.begin(), m_report.findings.end(), [](const VaultFinding &a, const VaultFinding &b) {
        return a.severity > b.severity || (a.severity == b.severity && a.item < b.item);
    });
    endResetModel();
}

int VaultAuditModel::actionCount() const
{
    return int(std::count_if(m_report.findings.begin(), m_report.findings.end(), [](const VaultFinding &f) { return f.severity >= 2; }));
}

QString VaultAuditModel::severityLabel(int severity)
{
    switch (severity) {
    case 3: return tr("act now");
    case 2: return tr("high");
    case 1: return tr("low");
    default: return tr("info");
    }
}

int VaultAuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.findings.size());
}

int VaultAuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VaultAuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VaultFinding &f = m_report.findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityLabel(f.severity);
        case FindingColumn: return vaultFindingLabel(f.kind);
        case ItemColumn: return f.item;
        case DetailColumn: return f.detail;
        }
        break;
    case Qt::ToolTipRole:
        if (f.kind == VaultFinding::Kind::DuplicateValue)
            return tr("Found by comparing keyed hashes of the values, never the values themselves");
        break;
    case SeverityRole: return f.severity;
    case ItemRole: return f.item;
    case KindRole: return VaultFinding::kindName(f.kind);
    default: break;
    }
    return {};
}

QVariant VaultAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case FindingColumn: return tr("Finding");
    case ItemColumn: return tr("Item");
    case DetailColumn: return tr("Detail");
    }
    return {};
}

} // namespace shipdeck
