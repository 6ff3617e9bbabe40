#include "models/secrets/sopsfilemodel.h"

namespace shipdeck {

SopsFileModel::SopsFileModel(QObject *parent) : KeyedTableModel(parent) {}

void SopsFileModel::setFiles(const QList<SopsFileInfo> &files)
{
    applyKeyedRows<SopsFileInfo>(m_files, files, [](const SopsFileInfo &f) { return f.path; },
                                 [](const SopsFileInfo &a, const SopsFileInfo &b) { return a.toJson() != b.toJson(); });
}

const SopsFileInfo *SopsFileModel::fileAt(int row) const
{
    return row >= 0 && row < m_files.size() ? &m_files.at(row) : nullptr;
}

const SopsFileInfo *SopsFileModel::file(const QString &path) const
{
    return fileAt(rowOf(path));
}

int SopsFileModel::rowOf(const QString &path) const
{
    for (int i = 0; i < m_files.size(); ++i) {
        if (m_files.at(i).path == path)
            return i;
    }
    return -1;
}

int SopsFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int SopsFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SopsFileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SopsFileInfo &f = m_files.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PathColumn: return f.path;
        case FormatColumn: return f.problem.isEmpty() ? f.format : tr("unreadable");
        case RecipientsColumn: return f.problem.isEmpty() ? QVariant(int(f.recipients.size() + f.otherMasterKeys.size())) : QVariant();
        case ValuesColumn: return f.problem.isEmpty() ? tr("%1 of %2 encrypted").arg(f.encryptedValues).arg(f.values) : QString();
        case ModifiedColumn: return f.lastModified;
        }
        break;
    case Qt::ToolTipRole:
        if (!f.problem.isEmpty())
            return f.problem;
        if (index.column() == RecipientsColumn) {
            QStringList all = f.recipients;
            for (const QString &other : f.otherMasterKeys)
                all.append(tr("%1 (not age: kept as it is)").arg(other));
            return all.join(QLatin1Char('\n'));
        }
        return tr("SOPS %1, %2").arg(f.version, f.format);
    case Qt::TextAlignmentRole:
        return index.column() == RecipientsColumn ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case PathRole: return f.path;
    case ProblemRole: return f.problem;
    default: break;
    }
    return {};
}

QVariant SopsFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn: return tr("File");
    case FormatColumn: return tr("Format");
    case RecipientsColumn: return tr("Recipients");
    case ValuesColumn: return tr("Values");
    case ModifiedColumn: return tr("Last modified");
    }
    return {};
}

} // namespace shipdeck
