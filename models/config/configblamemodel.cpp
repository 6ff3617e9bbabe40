#include "models/config/configblamemodel.h"

#include <QFontDatabase>
#include <QLocale>

namespace shipdeck {

ConfigBlameModel::ConfigBlameModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConfigBlameModel::setBlame(const QString &file, const QList<GitBlameLine> &lines)
{
    beginResetModel();
    m_file = file;
    m_lines = lines;
    endResetModel();
}

int ConfigBlameModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ConfigBlameModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigBlameModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GitBlameLine &l = m_lines.at(index.row());
    // Commit, author and time only where a run of lines from one commit starts: easier to read.
    const bool first = index.row() == 0 || m_lines.at(index.row() - 1).commitId != l.commitId;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn: return l.line;
        case CommitColumn: return first ? l.commitId.left(8) : QString();
        case AuthorColumn: return first ? l.authorName : QString();
        case TimeColumn: return first ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(l.timeMs).date(), QLocale::ShortFormat) : QString();
        case TextColumn: return l.text;
        }
        break;
    case Qt::ToolTipRole:
        return tr("Line %1: last changed by %2 in %3").arg(l.line).arg(l.authorName, l.commitId.left(10));
    case Qt::FontRole:
        if (index.column() == TextColumn || index.column() == CommitColumn || index.column() == LineColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case CommitIdRole: return l.commitId;
    case FirstOfCommitRole: return first;
    default: break;
    }
    return {};
}

QVariant ConfigBlameModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn: return tr("Line");
    case CommitColumn: return tr("Commit");
    case AuthorColumn: return tr("Author");
    case TimeColumn: return tr("Date");
    case TextColumn: return tr("Text");
    }
    return {};
}

} // namespace shipdeck
