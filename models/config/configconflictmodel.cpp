#include "models/config/configconflictmodel.h"

#include "models/config/configvalues.h"

namespace shipdeck {

ConfigConflictModel::ConfigConflictModel(QObject *parent) : KeyedTableModel(parent) {}

void ConfigConflictModel::setConflicts(const QList<ConfigConflict> &conflicts)
{
    applyKeyedRows<ConfigConflict>(m_conflicts, conflicts, [](const ConfigConflict &c) { return c.file + QLatin1Char('|') + c.key; },
        [](const ConfigConflict &a, const ConfigConflict &b) {
            return a.resolution != b.resolution || a.resolvedValue != b.resolvedValue || a.ours != b.ours || a.theirs != b.theirs
                || a.base != b.base;
        });
}

const ConfigConflict *ConfigConflictModel::conflictAt(int row) const
{
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

int ConfigConflictModel::unresolvedCount() const
{
    return int(std::count_if(m_conflicts.begin(), m_conflicts.end(), [](const ConfigConflict &c) { return c.resolution.isEmpty(); }));
}

int ConfigConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConfigConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConfigConflict &c = m_conflicts.at(index.row());
    const auto side = [&c](int column) {
        switch (column) {
        case BaseColumn: return c.base;
        case OursColumn: return c.ours;
        case TheirsColumn: return c.theirs;
        default: return QJsonValue(QJsonValue::Undefined);
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn: return c.file;
        case KeyColumn: return c.key.isEmpty() ? tr("(whole file)") : c.key;
        case BaseColumn:
        case OursColumn:
        case TheirsColumn: return c.key.isEmpty() ? QString() : ConfigValues::display(side(index.column()));
        case ResolutionColumn:
            if (c.resolution.isEmpty())
                return tr("unresolved");
            if (c.resolution == QLatin1String("value"))
                return tr("edited: %1").arg(ConfigValues::display(c.resolvedValue));
            if (c.resolution == QLatin1String("ours"))
                return tr("ours");
            if (c.resolution == QLatin1String("theirs"))
                return tr("theirs");
            return tr("base");
        }
        break;
    case FileRole: return c.file;
    case KeyRole: return c.key;
    case ResolvedRole: return !c.resolution.isEmpty();
    case SideValueRole: return QVariant::fromValue(side(index.column()));
    default: break;
    }
    return {};
}

QVariant ConfigConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn: return tr("File");
    case KeyColumn: return tr("Key");
    case BaseColumn: return tr("Base");
    case OursColumn: return tr("Ours");
    case TheirsColumn: return tr("Theirs");
    case ResolutionColumn: return tr("Resolution");
    }
    return {};
}

} // namespace shipdeck
