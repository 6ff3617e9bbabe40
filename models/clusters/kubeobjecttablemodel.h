#pragma once

#include "backend/kube/kubeobjectrow.h"
#include "models/clusters/kubetext.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

#include <vector>

namespace shipdeck {

// The live table of one resource kind: Name, Namespace, the kind's columns, Age. Applies the
// object store's batches (KubeStoreDelta) in place — one insert for the new rows, one removal
// per run of removed rows, a dataChanged per run of changed rows — so views keep selection
// and scroll position and 10,000+ rows take 1,000 events/s. A reset snapshot (a new
// subscriber, a relist) is applied as the difference to what the table holds.
// Rows are kept in arrival order; KubeObjectProxyModel sorts and filters.
class KubeObjectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn = 0, NamespaceColumn = 1, FirstCellColumn = 2 };
    enum Role {
        KeyRole = Qt::UserRole + 1, // "namespace/name"
        NameRole,
        NamespaceRole,
        CreatedRole,                // ms since the epoch
        SeverityRole,               // KubeText::Severity of the cell
        SortRole,                   // what the column sorts by (age: creation time)
    };
    struct Colors
    {
        QColor ok, info, warning, danger, muted;
    };

    explicit KubeObjectTableModel(QObject *parent = nullptr);

    // Starts a new table (a kind in a scope); `columns` are the store's column names
    // (KubeSummarizer::columns()). Resets the model.
    void setResource(const QString &resource, const QStringList &columns);
    void clear();
    void applyDelta(const KubeStoreDelta &delta);

    const QString &resource() const { return m_resource; }
    const QStringList &cellColumns() const { return m_columns; }
    int ageColumn() const { return FirstCellColumn + int(m_columns.size()); }
    // The index into KubeObjectRow::cells of a model column, or -1.
    int cellIndex(int column) const;
    int columnOf(const QString &cellColumn) const;
    const KubeObjectRow *rowAt(int row) const;
    int rowOf(const QString &key) const;
    bool isSynced() const { return m_synced; }
    quint64 batchesApplied() const { return m_batches; }
    // Rows added or changed by applyDelta so far (for the benchmark's load check).
    quint64 rowsApplied() const { return m_rowsApplied; }

    // The clock ages are computed against (the page ticks it; tests fix it).
    void setNowMs(qint64 nowMs) { m_nowMs = nowMs; }
    qint64 nowMs() const { return m_nowMs; }
    void setColors(const Colors &colors);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void syncedChanged(bool synced);

private:
    QString cellText(const KubeObjectRow &row, int column) const;
    void removeKeys(const QStringList &keys);
    void rebuildIndex();

    QString m_resource;
    QStringList m_columns;
    std::vector<KubeObjectRow> m_rows;
    QHash<QString, int> m_index; // key -> row
    QList<bool> m_numeric;       // per cell column
    QList<bool> m_time;
    Colors m_colors;
    qint64 m_nowMs = 0;
    bool m_synced = false;
    quint64 m_batches = 0;
    quint64 m_rowsApplied = 0;
};

} // namespace shipdeck
