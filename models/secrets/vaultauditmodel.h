#pragma once

#include "backend/secrets/vault/vault.h"

#include <QAbstractTableModel>

namespace shipdeck {

// The vault's audit report, what needs action first: expired and overdue items, then expiring
// and duplicated values, then unused and never-rotated ones.
class VaultAuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, FindingColumn, ItemColumn, DetailColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, ItemRole, KindRole };

    explicit VaultAuditModel(QObject *parent = nullptr);

    void setReport(const VaultAuditReport &report);
    const VaultAuditReport &report() const { return m_report; }
    // Findings of severity 2 and more (act now, high).
    int actionCount() const;

    static QString severityLabel(int severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    VaultAuditReport m_report;
};

} // namespace shipdeck
