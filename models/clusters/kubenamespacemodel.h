#pragma once

#include "backend/kube/kubeobjectrow.h"

#include <QAbstractListModel>

namespace shipdeck {

// The namespace choices of a context: "All namespaces" first, then the cluster's namespaces
// in order (from a namespaces watch, applied in place). A namespace that is chosen but not
// listed — the user may not list namespaces, or it does not exist yet — stays as a choice.
class KubeNamespaceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { NamespaceRole = Qt::UserRole + 1, ListedRole, StatusRole };
    static QString allNamespaces() { return QStringLiteral("*"); }

    explicit KubeNamespaceModel(QObject *parent = nullptr);

    void applyDelta(const KubeStoreDelta &delta);
    // The chosen namespace; kept as a row even when the cluster does not list it.
    void setCurrent(const QString &namespaceName);
    void clear();
    int rowOf(const QString &namespaceName) const;
    QString namespaceAt(int row) const;
    QStringList listed() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString name;
        QString status;
        bool listed = false;
    };
    int insertionRow(const QString &name) const;
    void insertEntry(const Entry &entry);
    void removeRow(int row);

    QList<Entry> m_entries; // [0] is "all namespaces"
    QString m_current;
};

} // namespace shipdeck
