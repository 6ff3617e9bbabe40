#pragma once

#include "backend/secrets/secretstypes.h"

#include "models/keyedrows.h"

namespace shipdeck {

// Files of the workspace with Kubernetes Secret manifests: the Secrets in each and how many
// values they hold.
class KubeSecretFileModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { PathColumn, SecretsColumn, EntriesColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, ProblemRole };

    explicit KubeSecretFileModel(QObject *parent = nullptr);

    void setFiles(const QList<KubeSecretFileInfo> &files);
    const KubeSecretFileInfo *fileAt(int row) const;
    int rowOf(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<KubeSecretFileInfo> m_files;
};

} // namespace shipdeck
