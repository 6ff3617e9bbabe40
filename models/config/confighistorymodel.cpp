#include "models/config/confighistorymodel.h"

#include <QFontDatabase>
#include <QLocale>

namespace shipdeck {

ConfigHistoryModel::ConfigHistoryModel(QObject *parent) : KeyedTableModel(parent) {}

void ConfigHistoryModel::setCommits(const QList<GitCommitInfo> &commits)
{
    applyKeyedRows<GitCommitInfo>(m_commits, commits, [](const GitCommitInfo &c) { return c.id; },
                                  [](const GitCommitInfo &, const GitCommitInfo &) { return false; });
}

const GitCommitInfo *ConfigHistoryModel::commitAt(int row) const
{
    return row >= 0 && row < m_commits.size() ? &m_commits.at(row) : nullptr;
}

int ConfigHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_commits.size());
}

int ConfigHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GitCommitInfo &c = m_commits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CommitColumn: return c.id.left(8);
        case SummaryColumn: return c.summary;
        case AuthorColumn: return c.authorName;
        case TimeColumn: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.timeMs), QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1\n%2 <%3>\n\n%4").arg(c.id, c.authorName, c.authorEmail, c.message.trimmed());
    case Qt::FontRole:
        if (index.column() == CommitColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case IdRole: return c.id;
    case MessageRole: return c.message;
    case ParentCountRole: return int(c.parents.size());
    case SortRole: return index.column() == TimeColumn ? QVariant(c.timeMs) : data(index, Qt::DisplayRole);
    default: break;
    }
    return {};
}

QVariant ConfigHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CommitColumn: return tr("Commit");
    case SummaryColumn: return tr("Summary");
    case AuthorColumn: return tr("Author");
    case TimeColumn: return tr("When");
    }
    return {};
}

} // namespace shipdeck
