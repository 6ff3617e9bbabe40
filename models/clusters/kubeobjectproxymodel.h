#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace shipdeck {

class KubeObjectTableModel;

// Sorts and filters a KubeObjectTableModel without going through QVariant: names and cells
// in natural order (pod-2 before pod-10, 3/4 before 10/12), ages by creation time, ties by
// namespace and name so the order is stable while rows change. The filter is words that must
// all match: `key=value` matches a label, `key=` any value of it, anything else is a
// case-insensitive part of the name, namespace or a cell.
class KubeObjectProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit KubeObjectProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Term
    {
        QString text;
        QString labelKey;   // set for key=value terms
        bool label = false;
    };
    KubeObjectTableModel *m_table = nullptr;
    QString m_text;
    QList<Term> m_terms;
};

} // namespace shipdeck
