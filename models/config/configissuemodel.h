#pragma once

#include "backend/config/configtypes.h"

#include <QAbstractTableModel>

namespace shipdeck {

// Validation problems with where they are: file and line, environment, key and message.
class ConfigIssueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, WhereColumn, EnvironmentColumn, KeyColumn, MessageColumn, ColumnCount };
    enum Role { FileRole = Qt::UserRole + 1, LineRole, KeyRole, EnvironmentRole, SeverityRole };

    explicit ConfigIssueModel(QObject *parent = nullptr);

    void setIssues(const QList<ConfigIssue> &issues);
    const QList<ConfigIssue> &issues() const { return m_issues; }
    int errorCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ConfigIssue> m_issues;
};

} // namespace shipdeck
