#pragma once

#include "backend/secrets/secretstypes.h"

#include "models/keyedrows.h"

namespace shipdeck {

// The SOPS files of the workspace: format, recipients, how many values are encrypted, and
// why a file cannot be read.
class SopsFileModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { PathColumn, FormatColumn, RecipientsColumn, ValuesColumn, ModifiedColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, ProblemRole };

    explicit SopsFileModel(QObject *parent = nullptr);

    void setFiles(const QList<SopsFileInfo> &files);
    const SopsFileInfo *fileAt(int row) const;
    const SopsFileInfo *file(const QString &path) const;
    int rowOf(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SopsFileInfo> m_files;
};

} // namespace shipdeck
