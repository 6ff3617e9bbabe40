#include "models/clusters/kubenamespacemodel.h"

#include "models/clusters/kubetext.h"

#include <QSet>

namespace shipdeck {

KubeNamespaceModel::KubeNamespaceModel(QObject *parent) : QAbstractListModel(parent)
{
    m_entries.append(Entry{allNamespaces(), {}, true});
}

int KubeNamespaceModel::insertionRow(const QString &name) const
{
    int row = 1;
    while (row < m_entries.size() && KubeText::naturalCompare(m_entries.at(row).name, name) < 0)
        ++row;
    return row;
}

void KubeNamespaceModel::insertEntry(const Entry &entry)
{
    const int row = insertionRow(entry.name);
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    endInsertRows();
}

void KubeNamespaceModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void KubeNamespaceModel::applyDelta(const KubeStoreDelta &delta)
{
    QSet<QString> upserted;
    for (const KubeObjectRow &row : delta.upserted) {
        upserted.insert(row.name);
        const QString status = row.cells.value(0);
        const int existing = rowOf(row.name);
        if (existing < 0) {
            insertEntry(Entry{row.name, status, true});
        } else if (m_entries.at(existing).status != status || !m_entries.at(existing).listed) {
            m_entries[existing].status = status;
            m_entries[existing].listed = true;
            Q_EMIT dataChanged(index(existing), index(existing));
        }
    }
    QStringList gone;
    for (const QString &key : delta.removed)
        gone.append(key);
    if (delta.reset) {
        for (int i = 1; i < m_entries.size(); ++i) {
            if (!upserted.contains(m_entries.at(i).name))
                gone.append(m_entries.at(i).name);
        }
    }
    for (const QString &name : std::as_const(gone)) {
        const int row = rowOf(name);
        if (row <= 0)
            continue;
        if (name == m_current) {
            m_entries[row].listed = false;
            Q_EMIT dataChanged(index(row), index(row));
        } else {
            removeRow(row);
        }
    }
}

void KubeNamespaceModel::setCurrent(const QString &namespaceName)
{
    const QString previous = std::exchange(m_current, namespaceName);
    if (const int old = rowOf(previous); old > 0 && !m_entries.at(old).listed && previous != namespaceName)
        removeRow(old);
    if (!namespaceName.isEmpty() && rowOf(namespaceName) < 0)
        insertEntry(Entry{namespaceName, {}, false});
}

void KubeNamespaceModel::clear()
{
    if (m_entries.size() > 1) {
        beginRemoveRows({}, 1, int(m_entries.size()) - 1);
        m_entries.resize(1);
        endRemoveRows();
    }
    if (!m_current.isEmpty() && m_current != allNamespaces())
        insertEntry(Entry{m_current, {}, false});
}

int KubeNamespaceModel::rowOf(const QString &namespaceName) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).name == namespaceName)
            return i;
    }
    return -1;
}

QString KubeNamespaceModel::namespaceAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).name : QString();
}

QStringList KubeNamespaceModel::listed() const
{
    QStringList out;
    for (int i = 1; i < m_entries.size(); ++i) {
        if (m_entries.at(i).listed)
            out.append(m_entries.at(i).name);
    }
    return out;
}

int KubeNamespaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant KubeNamespaceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.row() == 0)
            return tr("All namespaces");
        return e.status == QLatin1String("Terminating") ? tr("%1 (terminating)").arg(e.name) : e.name;
    case Qt::EditRole:
    case NamespaceRole:
        return e.name;
    case Qt::ToolTipRole:
        if (index.row() == 0)
            return tr("Objects of every namespace, with a Namespace column");
        return e.listed ? QVariant() : tr("Not listed by the cluster (it may not exist, or you may not list namespaces)");
    case ListedRole:
        return e.listed;
    case StatusRole:
        return e.status;
    default:
        return {};
    }
}

} // namespace shipdeck
