#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace shipdeck {

// A table model whose rows are replaced as a whole from backend snapshots, emitting
// fine-grained remove/insert/change signals instead of a reset so that views keep selection
// and scroll position during live updates.
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // Rows are matched by key(row); changed(a, b) says whether a kept row needs repainting.
    // Falls back to a reset when rows were reordered.
    template<typename Row>
    void applyKeyedRows(QList<Row> &rows, const QList<Row> &next, const std::function<QString(const Row &)> &key,
                        const std::function<bool(const Row &, const Row &)> &changed)
    {
        const int lastColumn = columnCount() - 1;
        QHash<QString, int> nextIndex;
        for (int i = 0; i < next.size(); ++i)
            nextIndex.insert(key(next.at(i)), i);
        for (int i = int(rows.size()) - 1; i >= 0; --i) {
            if (!nextIndex.contains(key(rows.at(i)))) {
                beginRemoveRows({}, i, i);
                rows.removeAt(i);
                endRemoveRows();
            }
        }
        int lastPos = -1;
        for (const Row &row : rows) {
            const int pos = nextIndex.value(key(row));
            if (pos < lastPos) {
                beginResetModel();
                rows = next;
                endResetModel();
                return;
            }
            lastPos = pos;
        }
        for (int i = 0; i < next.size(); ++i) {
            const Row &wanted = next.at(i);
            if (i < rows.size() && key(rows.at(i)) == key(wanted)) {
                if (changed(rows.at(i), wanted)) {
                    rows[i] = wanted;
                    Q_EMIT dataChanged(index(i, 0), index(i, lastColumn));
                }
                continue;
            }
            beginInsertRows({}, i, i);
            rows.insert(i, wanted);
            endInsertRows();
        }
    }
};

} // namespace shipdeck
