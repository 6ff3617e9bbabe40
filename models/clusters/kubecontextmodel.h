#pragma once

#include "models/keyedrows.h"

#include <QJsonObject>

namespace shipdeck {

// The contexts of the merged kubeconfig (KubeClient::contexts()): name, cluster, user,
// server, the namespace chosen for it, the file that defined it and a warning (insecure TLS).
// Updated in place when the kubeconfig changes.
class KubeContextModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, ClusterRole, UserRole, ServerRole, NamespaceRole, FileRole, WarningRole, CurrentRole };
    struct Context
    {
        QString name, cluster, user, server, namespaceName, file, warning;
        bool current = false;
        bool operator==(const Context &) const = default;
    };

    explicit KubeContextModel(QObject *parent = nullptr);

    // The answer of KubeClient::contexts().
    void setContexts(const QJsonObject &json);
    void clear();
    int rowOf(const QString &name) const;
    const Context *contextAt(int row) const;
    const Context *context(const QString &name) const;
    QString current() const { return m_current; }
    QStringList files() const { return m_files; }
    QStringList warnings() const { return m_warnings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Context> m_contexts;
    QString m_current;
    QStringList m_files;
    QStringList m_warnings;
};

} // namespace shipdeck
