#pragma once

#include "backend/config/gitrepository.h"

#include "models/keyedrows.h"

namespace shipdeck {

// Branches of the configuration repository: local ones first (the current one marked), with
// their upstream and how far ahead and behind it they are; then remote-tracking branches.
class ConfigBranchModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, UpstreamColumn, AheadBehindColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1, CurrentRole, RemoteRole };

    explicit ConfigBranchModel(QObject *parent = nullptr);

    void setBranches(const QList<GitBranchInfo> &branches);
    const GitBranchInfo *branchAt(int row) const;
    const GitBranchInfo *current() const;
    QStringList localNames() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<GitBranchInfo> m_branches;
};

} // namespace shipdeck
