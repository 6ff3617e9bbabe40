#include "models/clusters/kubeobjecttablemodel.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace shipdeck {

KubeObjectTableModel::KubeObjectTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
}

void KubeObjectTableModel::setResource(const QString &resource, const QStringList &columns)
{
    beginResetModel();
    m_resource = resource;
    m_columns = columns;
    m_numeric.clear();
    m_time.clear();
    for (const QString &c : columns) {
        m_numeric.append(KubeText::isNumericColumn(c));
        m_time.append(KubeText::isTimeColumn(c));
    }
    m_rows.clear();
    m_index.clear();
    const bool wasSynced = std::exchange(m_synced, false);
    endResetModel();
    if (wasSynced)
        Q_EMIT syncedChanged(false);
}

void KubeObjectTableModel::clear()
{
    if (!m_rows.empty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        m_index.clear();
        endRemoveRows();
    }
    if (std::exchange(m_synced, false))
        Q_EMIT syncedChanged(false);
}

void KubeObjectTableModel::setColors(const Colors &colors)
{
    m_colors = colors;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1), {Qt::ForegroundRole});
}

int KubeObjectTableModel::cellIndex(int column) const
{
    const int i = column - FirstCellColumn;
    return i >= 0 && i < m_columns.size() ? i : -1;
}

int KubeObjectTableModel::columnOf(const QString &cellColumn) const
{
    const int i = int(m_columns.indexOf(cellColumn));
    return i < 0 ? -1 : FirstCellColumn + i;
}

const KubeObjectRow *KubeObjectTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int KubeObjectTableModel::rowOf(const QString &key) const
{
    return m_index.value(key, -1);
}

void KubeObjectTableModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(qsizetype(m_rows.size()));
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_index.insert(m_rows[size_t(i)].key(), i);
}

void KubeObjectTableModel::removeKeys(const QStringList &keys)
{
    std::vector<int> rows;
    rows.reserve(size_t(keys.size()));
    for (const QString &key : keys) {
        const int row = m_index.value(key, -1);
        if (row >= 0)
            rows.push_back(row);
    }
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the end, one removal per run of adjacent rows.
    for (size_t end = rows.size(); end > 0;) {
        size_t begin = end - 1;
        while (begin > 0 && rows[begin - 1] == rows[begin] - 1)
            --begin;
        const int first = rows[begin], last = rows[end - 1];
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
        end = begin;
    }
    rebuildIndex(); // rows after the removed ones moved up
}

void KubeObjectTableModel::applyDelta(const KubeStoreDelta &delta)
{
    ++m_batches;
    m_rowsApplied += quint64(delta.upserted.size());
    QStringList removed = delta.removed;
    if (delta.reset) {
        // Everything the snapshot does not hold goes; the rest is an upsert.
        QSet<QString> keep;
        keep.reserve(delta.upserted.size());
        for (const KubeObjectRow &row : delta.upserted)
            keep.insert(row.key());
        for (const KubeObjectRow &row : m_rows) {
            if (!keep.contains(row.key()))
                removed.append(row.key());
        }
    }
    removeKeys(removed);

    std::vector<int> changed;
    QList<const KubeObjectRow *> added;
    for (const KubeObjectRow &row : delta.upserted) {
        const QString key = row.key();
        const int existing = m_index.value(key, -1);
        if (existing < 0) {
            added.append(&row);
            continue;
        }
        KubeObjectRow &current = m_rows[size_t(existing)];
        if (current.sameContent(row)) {
            current.resourceVersion = row.resourceVersion;
            continue;
        }
        current = row;
        changed.push_back(existing);
    }
    if (!changed.empty()) {
        std::sort(changed.begin(), changed.end());
        const int lastColumn = columnCount() - 1;
        for (size_t begin = 0; begin < changed.size();) {
            size_t end = begin + 1;
            while (end < changed.size() && changed[end] == changed[end - 1] + 1)
                ++end;
            Q_EMIT dataChanged(index(changed[begin], 0), index(changed[end - 1], lastColumn));
            begin = end;
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.reserve(m_rows.size() + size_t(added.size()));
        for (const KubeObjectRow *row : std::as_const(added)) {
            m_index.insert(row->key(), int(m_rows.size()));
            m_rows.push_back(*row);
        }
        endInsertRows();
    }
    if (delta.synced != m_synced) {
        m_synced = delta.synced;
        Q_EMIT syncedChanged(m_synced);
    }
}

int KubeObjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KubeObjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstCellColumn + int(m_columns.size()) + 1;
}

QString KubeObjectTableModel::cellText(const KubeObjectRow &row, int column) const
{
    if (column == NameColumn)
        return row.name;
    if (column == NamespaceColumn)
        return row.namespaceName;
    if (column == ageColumn())
        return KubeText::age(row.createdMs, m_nowMs);
    const int cell = cellIndex(column);
    const QString value = row.cells.value(cell);
    if (cell >= 0 && m_time.value(cell)) {
        const qint64 t = KubeText::parseTime(value);
        return t > 0 ? KubeText::age(t, m_nowMs) : value;
    }
    return value;
}

QVariant KubeObjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KubeObjectRow &row = m_rows[size_t(index.row())];
    const int column = index.column();
    const int cell = cellIndex(column);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, column);
    case Qt::ToolTipRole:
        if (column == ageColumn() && row.createdMs > 0)
            return QDateTime::fromMSecsSinceEpoch(row.createdMs).toString(Qt::ISODate);
        if (cell >= 0 && m_time.value(cell))
            return row.cells.value(cell);
        if (column == NameColumn && row.deletingMs > 0)
            return tr("Being deleted since %1").arg(QDateTime::fromMSecsSinceEpoch(row.deletingMs).toString(Qt::ISODate));
        return cell >= 0 && row.cells.value(cell).size() > 40 ? row.cells.value(cell) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == ageColumn() || (cell >= 0 && m_numeric.value(cell)))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        const auto s = cell >= 0 ? KubeText::severity(m_resource, m_columns.at(cell), row.cells.value(cell))
                                 : (column == NameColumn && row.deletingMs > 0 ? KubeText::Severity::Muted : KubeText::Severity::None);
        QColor c;
        switch (s) {
        case KubeText::Severity::Ok: c = m_colors.ok; break;
        case KubeText::Severity::Info: c = m_colors.info; break;
        case KubeText::Severity::Warning: c = m_colors.warning; break;
        case KubeText::Severity::Danger: c = m_colors.danger; break;
        case KubeText::Severity::Muted: c = m_colors.muted; break;
        case KubeText::Severity::None: break;
        }
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case KeyRole:
        return row.key();
    case NameRole:
        return row.name;
    case NamespaceRole:
        return row.namespaceName;
    case CreatedRole:
        return row.createdMs;
    case SeverityRole:
        return cell >= 0 ? int(KubeText::severity(m_resource, m_columns.at(cell), row.cells.value(cell))) : 0;
    case SortRole:
        if (column == ageColumn())
            return -row.createdMs;
        return cellText(row, column);
    default:
        return {};
    }
}

QVariant KubeObjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole) {
        if (section == NameColumn)
            return KubeText::columnTitle(QStringLiteral("Name"));
        if (section == NamespaceColumn)
            return KubeText::columnTitle(QStringLiteral("Namespace"));
        if (section == ageColumn())
            return KubeText::columnTitle(QStringLiteral("Age"));
        return KubeText::columnTitle(m_columns.at(section - FirstCellColumn));
    }
    if (role == Qt::TextAlignmentRole) {
        const int cell = cellIndex(section);
        if (section == ageColumn() || (cell >= 0 && m_numeric.value(cell)))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

} // namespace shipdeck
