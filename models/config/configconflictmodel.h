#pragma once

#include "backend/config/configtypes.h"

#include "models/keyedrows.h"

namespace shipdeck {

// The per-key conflicts of a sync: base, ours and theirs side by side, and the resolution
// chosen so far. A key absent on one side shows "(absent)"; a whole-file conflict has no key.
class ConfigConflictModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, KeyColumn, BaseColumn, OursColumn, TheirsColumn, ResolutionColumn, ColumnCount };
    enum Role { FileRole = Qt::UserRole + 1, KeyRole, ResolvedRole, SideValueRole };

    explicit ConfigConflictModel(QObject *parent = nullptr);

    void setConflicts(const QList<ConfigConflict> &conflicts);
    const QList<ConfigConflict> &conflicts() const { return m_conflicts; }
    const ConfigConflict *conflictAt(int row) const;
    int unresolvedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ConfigConflict> m_conflicts;
};

} // namespace shipdeck
