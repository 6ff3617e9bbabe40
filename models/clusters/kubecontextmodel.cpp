#include "models/clusters/kubecontextmodel.h"

#include <QJsonArray>

namespace shipdeck {

KubeContextModel::KubeContextModel(QObject *parent) : KeyedTableModel(parent) {}

void KubeContextModel::setContexts(const QJsonObject &json)
{
    QList<Context> next;
    for (const auto &v : json.value(QLatin1String("contexts")).toArray()) {
        const QJsonObject o = v.toObject();
        Context c;
        c.name = o.value(QLatin1String("name")).toString();
        c.cluster = o.value(QLatin1String("cluster")).toString();
        c.user = o.value(QLatin1String("user")).toString();
        c.server = o.value(QLatin1String("server")).toString();
        c.namespaceName = o.value(QLatin1String("namespace")).toString();
        c.file = o.value(QLatin1String("file")).toString();
        c.warning = o.value(QLatin1String("warning")).toString();
        c.current = o.value(QLatin1String("current")).toBool();
        if (!c.name.isEmpty())
            next.append(c);
    }
    m_current = json.value(QLatin1String("current")).toString();
    m_files.clear();
    for (const auto &f : json.value(QLatin1String("files")).toArray())
        m_files.append(f.toString());
    m_warnings.clear();
    for (const auto &w : json.value(QLatin1String("warnings")).toArray())
        m_warnings.append(w.toString());
    applyKeyedRows<Context>(m_contexts, next, [](const Context &c) { return c.name; },
                            [](const Context &a, const Context &b) { return !(a == b); });
}

void KubeContextModel::clear()
{
    setContexts({});
}

int KubeContextModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_contexts.size(); ++i) {
        if (m_contexts.at(i).name == name)
            return i;
    }
    return -1;
}

const KubeContextModel::Context *KubeContextModel::contextAt(int row) const
{
    return row >= 0 && row < m_contexts.size() ? &m_contexts.at(row) : nullptr;
}

const KubeContextModel::Context *KubeContextModel::context(const QString &name) const
{
    return contextAt(rowOf(name));
}

int KubeContextModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contexts.size());
}

int KubeContextModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant KubeContextModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Context &c = m_contexts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return c.name;
    case Qt::ToolTipRole: {
        QString tip = tr("Cluster %1 at %2\nUser %3 · namespace %4\nDefined in %5")
                          .arg(c.cluster, c.server, c.user, c.namespaceName == QLatin1String("*") ? tr("all") : c.namespaceName, c.file);
        if (!c.warning.isEmpty())
            tip += QLatin1Char('\n') + tr("Warning: %1").arg(c.warning);
        return tip;
    }
    case ClusterRole:
        return c.cluster;
    case UserRole:
        return c.user;
    case ServerRole:
        return c.server;
    case NamespaceRole:
        return c.namespaceName;
    case FileRole:
        return c.file;
    case WarningRole:
        return c.warning;
    case CurrentRole:
        return c.current;
    default:
        return {};
    }
}

} // namespace shipdeck
