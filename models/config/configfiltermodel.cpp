#include "models/config/configfiltermodel.h"

#include "models/config/configtablemodel.h"

namespace shipdeck {

ConfigFilterModel::ConfigFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ConfigTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ConfigFilterModel::setText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void ConfigFilterModel::setOnly(Only only)
{
    if (only == m_only)
        return;
    m_only = only;
    invalidateFilter();
}

bool ConfigFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const int columns = model->columnCount(sourceParent);
    bool wanted = m_only == All;
    for (int column = 1; column < columns && !wanted; ++column) {
        const QModelIndex cell = model->index(sourceRow, column, sourceParent);
        switch (m_only) {
        case Overridden:
            wanted = cell.data(ConfigTableModel::StateRole).toInt() == ConfigTableModel::Overridden;
            break;
        case Problems: wanted = !cell.data(ConfigTableModel::IssuesRole).toStringList().isEmpty(); break;
        case Drafts: wanted = cell.data(ConfigTableModel::DraftRole).toBool(); break;
        case All: break;
        }
    }
    if (!wanted)
        return false;
    for (const QString &word : m_words) {
        bool found = false;
        for (int column = 0; column < columns && !found; ++column)
            found = model->index(sourceRow, column, sourceParent).data().toString().contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

} // namespace shipdeck
