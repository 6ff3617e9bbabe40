#pragma once

#include "backend/providers/provider.h"

#include "models/components/statuscolors.h"
#include "models/keyedrows.h"

namespace shipdeck {

struct ComponentRunStatus;

// The instances of one component, all versions, updated in place from snapshots: version,
// port, pid, state (ready, starting, not ready, restarting), restarts, start time, the newest
// probe and the last error.
class InstanceListModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { InstanceColumn, VersionColumn, StateColumn, PortColumn, PidColumn, RestartsColumn, StartedColumn,
                  ProbeColumn, LastErrorColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, VersionRole, StateRole, SortRole };
    enum class State { Ready, Starting, NotReady, Restarting };

    explicit InstanceListModel(QObject *parent = nullptr);

    void setStatus(const ComponentRunStatus &status);
    void clear();
    void setStatusColors(const StatusColors &colors);
    const InstanceStatus *instanceAt(int row) const;
    int rowOf(const QString &id) const;
    QString componentId() const { return m_componentId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static State stateOf(const InstanceStatus &instance);
    static QString stateText(State state);
    // Local time of day for today, date and time otherwise; "—" for 0.
    static QString timeText(qint64 msSinceEpoch);

private:
    QString displayText(const InstanceStatus &instance, int column) const;
    QColor stateColor(State state) const;

    QString m_componentId;
    QList<InstanceStatus> m_instances;
    StatusColors m_colors;
};

} // namespace shipdeck
