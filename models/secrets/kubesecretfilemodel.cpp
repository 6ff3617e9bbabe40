#include "models/secrets/kubesecretfilemodel.h"

namespace shipdeck {

KubeSecretFileModel::KubeSecretFileModel(QObject *parent) : KeyedTableModel(parent) {}

void KubeSecretFileModel::setFiles(const QList<KubeSecretFileInfo> &files)
{
    applyKeyedRows<KubeSecretFileInfo>(m_files, files, [](const KubeSecretFileInfo &f) { return f.path; },
                                       [](const KubeSecretFileInfo &a, const KubeSecretFileInfo &b) { return a.toJson() != b.toJson(); });
}

const KubeSecretFileInfo *KubeSecretFileModel::fileAt(int row) const
{
    return row >= 0 && row < m_files.size() ? &m_files.at(row) : nullptr;
}

int KubeSecretFileModel::rowOf(const QString &path) const
{
    for (int i = 0; i < m_files.size(); ++i) {
        if (m_files.at(i).path == path)
            return i;
    }
    return -1;
}

int KubeSecretFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int KubeSecretFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KubeSecretFileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KubeSecretFileInfo &f = m_files.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PathColumn: return f.path;
        case SecretsColumn: return f.problem.isEmpty() ? f.secrets.join(QStringLiteral(", ")) : tr("unreadable");
        case EntriesColumn: return f.problem.isEmpty() ? QVariant(f.entries) : QVariant();
        }
        break;
    case Qt::ToolTipRole: return f.problem.isEmpty() ? f.path : f.problem;
    case Qt::TextAlignmentRole:
        return index.column() == EntriesColumn ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case PathRole: return f.path;
    case ProblemRole: return f.problem;
    default: break;
    }
    return {};
}

QVariant KubeSecretFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn: return tr("File");
    case SecretsColumn: return tr("Secrets");
    case EntriesColumn: return tr("Values");
    }
    return {};
}

} // namespace shipdeck
