#include "models/config/configissuemodel.h"

#include <tuple>

namespace shipdeck {

ConfigIssueModel::ConfigIssueModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConfigIssueModel::setIssues(const QList<ConfigIssue> &issues)
{
    QList<ConfigIssue> sorted = issues;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ConfigIssue &a, const ConfigIssue &b) {
        const bool ae = a.severity == QLatin1String("error"), be = b.severity == QLatin1String("error");
        if (ae != be)
            return ae;
        return std::tie(a.file, a.line, a.environment) < std::tie(b.file, b.line, b.environment);
    });
    beginResetModel();
    m_issues = std::move(sorted);
    endResetModel();
}

int ConfigIssueModel::errorCount() const
{
    return int(std::count_if(m_issues.begin(), m_issues.end(), [](const ConfigIssue &i) { return i.severity == QLatin1String("error"); }));
}

int ConfigIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ConfigIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigIssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConfigIssue &i = m_issues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return i.severity == QLatin1String("error") ? tr("error") : tr("warning");
        case WhereColumn: return i.line > 0 ? QStringLiteral("%1:%2").arg(i.file).arg(i.line) : i.file;
        case EnvironmentColumn: return i.environment.isEmpty() ? tr("all") : i.environment;
        case KeyColumn: return i.key;
        case MessageColumn: return i.message;
        }
        break;
    case Qt::ToolTipRole: return i.toString();
    case FileRole: return i.file;
    case LineRole: return i.line;
    case KeyRole: return i.key;
    case EnvironmentRole: return i.environment;
    case SeverityRole: return i.severity;
    default: break;
    }
    return {};
}

QVariant ConfigIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case WhereColumn: return tr("File and line");
    case EnvironmentColumn: return tr("Environment");
    case KeyColumn: return tr("Key");
    case MessageColumn: return tr("Problem");
    }
    return {};
}

} // namespace shipdeck
