#include "models/config/configbranchmodel.h"

#include <QFont>

namespace shipdeck {

ConfigBranchModel::ConfigBranchModel(QObject *parent) : KeyedTableModel(parent) {}

void ConfigBranchModel::setBranches(const QList<GitBranchInfo> &branches)
{
    QList<GitBranchInfo> sorted = branches;
    std::stable_sort(sorted.begin(), sorted.end(), [](const GitBranchInfo &a, const GitBranchInfo &b) {
        return a.remote != b.remote ? !a.remote : a.name < b.name;
    });
    applyKeyedRows<GitBranchInfo>(m_branches, sorted,
        [](const GitBranchInfo &b) { return (b.remote ? QStringLiteral("r:") : QStringLiteral("l:")) + b.name; },
        [](const GitBranchInfo &a, const GitBranchInfo &b) {
            return a.current != b.current || a.upstream != b.upstream || a.target != b.target || a.ahead != b.ahead || a.behind != b.behind;
        });
}

const GitBranchInfo *ConfigBranchModel::branchAt(int row) const
{
    return row >= 0 && row < m_branches.size() ? &m_branches.at(row) : nullptr;
}

const GitBranchInfo *ConfigBranchModel::current() const
{
    for (const GitBranchInfo &b : m_branches) {
        if (b.current)
            return &b;
    }
    return nullptr;
}

QStringList ConfigBranchModel::localNames() const
{
    QStringList out;
    for (const GitBranchInfo &b : m_branches) {
        if (!b.remote)
            out.append(b.name);
    }
    return out;
}

int ConfigBranchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_branches.size());
}

int ConfigBranchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigBranchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GitBranchInfo &b = m_branches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return b.current ? tr("%1 (current)").arg(b.name) : b.name;
        case UpstreamColumn: return b.remote ? tr("remote") : b.upstream;
        case AheadBehindColumn:
            if (b.upstream.isEmpty())
                return QString();
            if (b.ahead == 0 && b.behind == 0)
                return tr("up to date");
            return tr("↑%1 ↓%2").arg(b.ahead).arg(b.behind);
        }
        break;
    case Qt::ToolTipRole:
        if (b.upstream.isEmpty())
            return b.remote ? tr("Remote-tracking branch at %1").arg(b.target.left(10)) : tr("No upstream: sync publishes it");
        return tr("%n commit(s) to push", nullptr, b.ahead) + QLatin1Char('\n') + tr("%n commit(s) to pull", nullptr, b.behind);
    case Qt::FontRole:
        if (b.current) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case NameRole: return b.name;
    case CurrentRole: return b.current;
    case RemoteRole: return b.remote;
    default: break;
    }
    return {};
}

QVariant ConfigBranchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Branch");
    case UpstreamColumn: return tr("Upstream");
    case AheadBehindColumn: return tr("Ahead/behind");
    }
    return {};
}

} // namespace shipdeck
