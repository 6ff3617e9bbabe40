#include "models/components/instancelistmodel.h"

#include "backend/providers/localproviderclient.h"

#include <QDateTime>
#include <QLocale>

namespace shipdeck {

InstanceListModel::InstanceListModel(QObject *parent) : KeyedTableModel(parent) {}

void InstanceListModel::setStatus(const ComponentRunStatus &status)
{
    QList<InstanceStatus> next;
    for (const VersionStatus &v : status.versions)
        next.append(v.instances);
    if (status.componentId != m_componentId) {
        beginResetModel();
        m_componentId = status.componentId;
        m_instances = next;
        endResetModel();
        return;
    }
    applyKeyedRows<InstanceStatus>(m_instances, next, [](const InstanceStatus &i) { return i.id; },
        [](const InstanceStatus &a, const InstanceStatus &b) {
            return a.version != b.version || a.port != b.port || a.pid != b.pid || a.running != b.running
                || a.ready != b.ready || a.restarts != b.restarts || a.startedAtMs != b.startedAtMs
                || a.lastError != b.lastError || a.lastProbe != b.lastProbe || a.lastProbeOk != b.lastProbeOk
                || a.lastProbeAtMs != b.lastProbeAtMs;
        });
}

void InstanceListModel::clear()
{
    beginResetModel();
    m_componentId.clear();
    m_instances.clear();
    endResetModel();
}

void InstanceListModel::setStatusColors(const StatusColors &colors)
{
    m_colors = colors;
    if (!m_instances.isEmpty())
        Q_EMIT dataChanged(index(0, StateColumn), index(int(m_instances.size()) - 1, StateColumn), {Qt::DecorationRole});
}

const InstanceStatus *InstanceListModel::instanceAt(int row) const
{
    return row >= 0 && row < m_instances.size() ? &m_instances.at(row) : nullptr;
}

int InstanceListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_instances.size(); ++i) {
        if (m_instances.at(i).id == id)
            return i;
    }
    return -1;
}

int InstanceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_instances.size());
}

int InstanceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

InstanceListModel::State InstanceListModel::stateOf(const InstanceStatus &instance)
{
    if (!instance.running)
        return State::Restarting;
    if (instance.ready)
        return State::Ready;
    return instance.lastProbe.isEmpty() || instance.lastProbeOk ? State::Starting : State::NotReady;
}

QString InstanceListModel::stateText(State state)
{
    switch (state) {
    case State::Ready: return tr("Ready");
    case State::Starting: return tr("Starting");
    case State::NotReady: return tr("Not ready");
    case State::Restarting: return tr("Restarting");
    }
    return {};
}

QString InstanceListModel::timeText(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return QStringLiteral("—");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    if (at.date() == QDate::currentDate())
        return QLocale().toString(at.time(), QStringLiteral("HH:mm:ss"));
    return QLocale().toString(at, QLocale::ShortFormat);
}

QColor InstanceListModel::stateColor(State state) const
{
    switch (state) {
    case State::Ready: return m_colors.good;
    case State::Starting: return m_colors.warning;
    case State::NotReady:
    case State::Restarting: return m_colors.bad;
    }
    return {};
}

QString InstanceListModel::displayText(const InstanceStatus &instance, int column) const
{
    switch (column) {
    case InstanceColumn: return instance.id;
    case VersionColumn: return instance.version;
    case StateColumn: return stateText(stateOf(instance));
    case PortColumn: return instance.port > 0 ? QString::number(instance.port) : QStringLiteral("—");
    case PidColumn: return instance.pid > 0 ? QString::number(instance.pid) : QStringLiteral("—");
    case RestartsColumn: return QString::number(instance.restarts);
    case StartedColumn: return timeText(instance.startedAtMs);
    case ProbeColumn: return instance.lastProbe.isEmpty() ? QStringLiteral("—") : instance.lastProbe;
    case LastErrorColumn: return instance.lastError;
    }
    return {};
}

QVariant InstanceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InstanceStatus &instance = m_instances.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(instance, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StartedColumn:
            return instance.startedAtMs > 0
                ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(instance.startedAtMs), QLocale::LongFormat) : QVariant();
        case ProbeColumn:
            return instance.lastProbeAtMs > 0
                ? tr("%1 at %2 (%3)").arg(instance.lastProbe, timeText(instance.lastProbeAtMs),
                                          instance.lastProbeOk ? tr("passed") : tr("failed"))
                : tr("No probe yet");
        case LastErrorColumn:
            return instance.lastError.isEmpty() ? QVariant() : QVariant(instance.lastError);
        default:
            return instance.id;
        }
    case Qt::DecorationRole:
        if (index.column() == StateColumn) {
            const QColor color = stateColor(stateOf(instance));
            return color.isValid() ? QVariant(color) : QVariant();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PortColumn || index.column() == PidColumn || index.column() == RestartsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return instance.id;
    case VersionRole:
        return instance.version;
    case StateRole:
        return int(stateOf(instance));
    case SortRole:
        switch (index.column()) {
        case PortColumn: return instance.port;
        case PidColumn: return instance.pid;
        case RestartsColumn: return instance.restarts;
        case StartedColumn: return instance.startedAtMs;
        case StateColumn: return int(stateOf(instance));
        default: return displayText(instance, index.column());
        }
    default:
        break;
    }
    return {};
}

QVariant InstanceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InstanceColumn: return tr("Instance");
    case VersionColumn: return tr("Version");
    case StateColumn: return tr("State");
    case PortColumn: return tr("Port");
    case PidColumn: return tr("PID");
    case RestartsColumn: return tr("Restarts");
    case StartedColumn: return tr("Started");
    case ProbeColumn: return tr("Last probe");
    case LastErrorColumn: return tr("Last error");
    }
    return {};
}

} // namespace shipdeck
