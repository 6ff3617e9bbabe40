#pragma once

#include "backend/config/gitrepository.h"

#include <QAbstractTableModel>

namespace shipdeck {

// One file line by line with the commit and author that last changed each line.
class ConfigBlameModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, CommitColumn, AuthorColumn, TimeColumn, TextColumn, ColumnCount };
    enum Role { CommitIdRole = Qt::UserRole + 1, FirstOfCommitRole };

    explicit ConfigBlameModel(QObject *parent = nullptr);

    void setBlame(const QString &file, const QList<GitBlameLine> &lines);
    const QString &file() const { return m_file; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_file;
    QList<GitBlameLine> m_lines;
};

} // namespace shipdeck
