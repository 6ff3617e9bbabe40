#include "models/clusters/kubeobjectproxymodel.h"

#include "models/clusters/kubeobjecttablemodel.h"
#include "models/clusters/kubetext.h"

namespace shipdeck {

KubeObjectProxyModel::KubeObjectProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void KubeObjectProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_table = qobject_cast<KubeObjectTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void KubeObjectProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    QList<Term> terms;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Term t;
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        if (eq > 0) {
            t.label = true;
            t.labelKey = word.left(eq);
            t.text = word.mid(eq + 1);
        } else {
            t.text = word;
        }
        terms.append(t);
    }
    m_terms = terms;
    invalidateFilter();
}

bool KubeObjectProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_table || m_terms.isEmpty())
        return true;
    Q_UNUSED(sourceParent)
    const KubeObjectRow *row = m_table->rowAt(sourceRow);
    if (!row)
        return false;
    for (const Term &t : m_terms) {
        if (t.label) {
            bool found = false;
            for (int i = 0; i + 1 < row->labels.size() && !found; i += 2)
                found = row->labels.at(i) == t.labelKey && (t.text.isEmpty() || row->labels.at(i + 1) == t.text);
            if (!found)
                return false;
            continue;
        }
        bool found = row->name.contains(t.text, Qt::CaseInsensitive) || row->namespaceName.contains(t.text, Qt::CaseInsensitive);
        for (int i = 0; i < row->cells.size() && !found; ++i)
            found = row->cells.at(i).contains(t.text, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

bool KubeObjectProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_table)
        return QSortFilterProxyModel::lessThan(left, right);
    const KubeObjectRow *a = m_table->rowAt(left.row());
    const KubeObjectRow *b = m_table->rowAt(right.row());
    if (!a || !b)
        return false;
    const int column = left.column();
    int c = 0;
    if (column == m_table->ageColumn()) {
        c = a->createdMs == b->createdMs ? 0 : (a->createdMs > b->createdMs ? -1 : 1); // young first
    } else if (column == KubeObjectTableModel::NamespaceColumn) {
        c = KubeText::naturalCompare(a->namespaceName, b->namespaceName);
    } else if (const int cell = m_table->cellIndex(column); cell >= 0) {
        const QString &x = a->cells.value(cell);
        const QString &y = b->cells.value(cell);
        if (KubeText::isTimeColumn(m_table->cellColumns().at(cell)))
            c = x.compare(y); // RFC 3339 in UTC orders as text; the newest is the smallest age
        else
            c = KubeText::naturalCompare(x, y);
        if (KubeText::isTimeColumn(m_table->cellColumns().at(cell)))
            c = -c;
    }
    if (c == 0)
        c = KubeText::naturalCompare(a->name, b->name);
    if (c == 0)
        c = KubeText::naturalCompare(a->namespaceName, b->namespaceName);
    return c < 0;
}

} // namespace shipdeck
