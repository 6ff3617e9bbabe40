#include "models/components/componentlistmodel.h"

#include "backend/components/dependencygraph.h"

namespace shipdeck {

ComponentListModel::ComponentListModel(QObject *parent) : KeyedTableModel(parent) {}

void ComponentListModel::setComponents(const QList<ComponentDefinition> &definitions,
                                       const QList<ComponentRunStatus> &statuses)
{
    const DependencyGraph graph(definitions);
    QList<ComponentRow> next;
    next.reserve(definitions.size());
    for (const ComponentDefinition &definition : definitions) {
        ComponentRow row;
        row.definition = definition;
        row.status.componentId = definition.id;
        for (const ComponentRunStatus &status : statuses) {
            if (status.componentId == definition.id) {
                row.status = status;
                break;
            }
        }
        row.dependents = graph.dependents(definition.id);
        row.dependents.sort();
        QStringList parts;
        for (int column = 0; column < ColumnCount; ++column)
            parts.append(displayText(row, column));
        parts.append(definition.name);
        parts.append(row.dependents.join(QLatin1Char(',')));
        for (const VersionStatus &v : std::as_const(row.status.versions)) {
            for (const InstanceStatus &i : v.instances)
                parts.append(QStringLiteral("%1:%2:%3").arg(i.id).arg(i.ready).arg(i.running));
        }
        parts.append(QStringLiteral("%1/%2/%3").arg(row.status.traffic.stableVersion, row.status.traffic.canaryVersion)
                         .arg(row.status.traffic.canaryWeight));
        row.signature = parts.join(QChar(0x1f));
        next.append(row);
    }
    applyKeyedRows<ComponentRow>(m_rows, next, [](const ComponentRow &r) { return r.definition.id; },
                                 [](const ComponentRow &a, const ComponentRow &b) { return a.signature != b.signature; });
    // The rows now match `next` one to one; kept rows whose visible text did not change still
    // take the newer snapshot (probe times, instance details).
    m_rows = next;
}

void ComponentListModel::setStatusColors(const StatusColors &colors)
{
    m_colors = colors;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, HealthColumn), index(int(m_rows.size()) - 1, HealthColumn), {Qt::DecorationRole});
}

const ComponentRow *ComponentListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const ComponentRow *ComponentListModel::find(const QString &id) const
{
    return rowAt(rowOf(id));
}

int ComponentListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).definition.id == id)
            return i;
    }
    return -1;
}

QStringList ComponentListModel::ids() const
{
    QStringList out;
    for (const ComponentRow &row : m_rows)
        out.append(row.definition.id);
    return out;
}

int ComponentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComponentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComponentListModel::typeText(ComponentType type)
{
    switch (type) {
    case ComponentType::Service: return tr("Service");
    case ComponentType::Function: return tr("Function");
    case ComponentType::Worker: return tr("Worker");
    case ComponentType::Extension: return tr("Extension");
    }
    return {};
}

QString ComponentListModel::healthText(ComponentRunStatus::Health health)
{
    switch (health) {
    case ComponentRunStatus::Health::NotRunning: return tr("Not running");
    case ComponentRunStatus::Health::Healthy: return tr("Healthy");
    case ComponentRunStatus::Health::Degraded: return tr("Degraded");
    case ComponentRunStatus::Health::Unavailable: return tr("Unavailable");
    }
    return {};
}

QString ComponentListModel::healthDetail(const ComponentRunStatus &status)
{
    QStringList parts;
    for (const VersionStatus &v : status.versions)
        parts.append(tr("%1 %2/%3 ready").arg(v.version).arg(v.readyReplicas).arg(v.desiredReplicas));
    return parts.isEmpty() ? healthText(ComponentRunStatus::Health::NotRunning) : parts.join(QStringLiteral(" · "));
}

QStringList ComponentListModel::otherVersions(const ComponentRow &row)
{
    QStringList out;
    for (auto it = row.definition.versions.cbegin(); it != row.definition.versions.cend(); ++it) {
        if (it.key() != row.definition.version)
            out.append(it.key());
    }
    for (const VersionStatus &v : row.status.versions) {
        if (v.version != row.definition.version && !out.contains(v.version))
            out.append(v.version);
    }
    return out;
}

QColor ComponentListModel::healthColor(ComponentRunStatus::Health health) const
{
    switch (health) {
    case ComponentRunStatus::Health::NotRunning: return m_colors.neutral;
    case ComponentRunStatus::Health::Healthy: return m_colors.good;
    case ComponentRunStatus::Health::Degraded: return m_colors.warning;
    case ComponentRunStatus::Health::Unavailable: return m_colors.bad;
    }
    return {};
}

QString ComponentListModel::displayText(const ComponentRow &row, int column) const
{
    switch (column) {
    case NameColumn: return row.definition.id;
    case TypeColumn: return typeText(row.definition.type);
    case StableColumn: return row.definition.version;
    case VersionsColumn: return otherVersions(row).join(QStringLiteral(", "));
    case DependenciesColumn: return row.definition.dependencies.join(QStringLiteral(", "));
    case HealthColumn: return healthDetail(row.status);
    case EndpointColumn: return row.status.endpoint.isEmpty() ? QStringLiteral("—") : row.status.endpoint;
    }
    return {};
}

QVariant ComponentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComponentRow &row = m_rows.at(index.row());
    const ComponentRunStatus::Health health = row.status.health();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return row.definition.name.isEmpty() || row.definition.name == row.definition.id
                ? row.definition.id : tr("%1 (%2)").arg(row.definition.name, row.definition.id);
        case VersionsColumn: {
            QStringList running;
            for (const VersionStatus &v : row.status.versions)
                running.append(v.version);
            return running.isEmpty() ? tr("No version runs") : tr("Running: %1").arg(running.join(QStringLiteral(", ")));
        }
        case DependenciesColumn:
            return row.dependents.isEmpty() ? tr("No component depends on %1").arg(row.definition.id)
                                            : tr("Needed by %1").arg(row.dependents.join(QStringLiteral(", ")));
        case HealthColumn:
            return healthText(health);
        default:
            return displayText(row, index.column());
        }
    case Qt::DecorationRole:
        if (index.column() == HealthColumn) {
            const QColor color = healthColor(health);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        break;
    case IdRole:
        return row.definition.id;
    case HealthRole:
        return int(health);
    case SortRole:
        if (index.column() == HealthColumn)
            return int(health) * 1000 + row.status.readyReplicas();
        return displayText(row, index.column());
    default:
        break;
    }
    return {};
}

QVariant ComponentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Component");
    case TypeColumn: return tr("Type");
    case StableColumn: return tr("Stable");
    case VersionsColumn: return tr("Other versions");
    case DependenciesColumn: return tr("Depends on");
    case HealthColumn: return tr("Health");
    case EndpointColumn: return tr("Endpoint");
    }
    return {};
}

} // namespace shipdeck
