#pragma once

#include "backend/config/gitrepository.h"
#include "models/config/unifieddiff.h"

#include <QAbstractTableModel>

namespace shipdeck {

// The lines of a diff of several files, for a table view: old and new line numbers and the
// text, one title row per file ("environments/production/app.yaml · modified · +1 −1").
// Git's per-file header lines (index, ---, +++) are left out.
class ConfigDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { OldLineColumn, NewLineColumn, TextColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, FileRole };

    explicit ConfigDiffModel(QObject *parent = nullptr);

    void setDiffs(const QList<GitFileDiff> &diffs);
    // A unified diff text of one or more files (e.g. a migration preview).
    void setPatch(const QString &patch);
    void clear();

    // The row of each file's title line, in order.
    QList<int> fileRows() const;
    int fileRow(const QString &path) const;
    int additions() const { return m_additions; }
    int deletions() const { return m_deletions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        DiffLine line;
        QString file;
    };
    void appendFile(const QString &title, const QString &path, const QString &patch, QList<Row> &rows);

    QList<Row> m_rows;
    int m_additions = 0;
    int m_deletions = 0;
};

} // namespace shipdeck
