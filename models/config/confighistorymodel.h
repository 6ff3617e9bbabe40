#pragma once

#include "backend/config/gitrepository.h"

#include "models/keyedrows.h"

namespace shipdeck {

// Commits of the configuration repository (or of one file), newest first.
class ConfigHistoryModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { CommitColumn, SummaryColumn, AuthorColumn, TimeColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, MessageRole, ParentCountRole, SortRole };

    explicit ConfigHistoryModel(QObject *parent = nullptr);

    void setCommits(const QList<GitCommitInfo> &commits);
    const GitCommitInfo *commitAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<GitCommitInfo> m_commits;
};

} // namespace shipdeck
