#pragma once

#include "backend/providers/localproviderclient.h"

#include "models/components/statuscolors.h"
#include "models/keyedrows.h"

namespace shipdeck {

// One registered component with what runs of it.
struct ComponentRow
{
    ComponentDefinition definition;
    ComponentRunStatus status;
    QStringList dependents; // components that need this one (directly)
    QString signature;      // everything shown, to tell whether a row changed
};

// The component registry in deploy order: type, stable and other versions, dependencies,
// health (ready/desired per version) and endpoint. Rows update in place on every snapshot.
class ComponentListModel : public KeyedTableModel
{
    Q_OBJECT
public:
    // Health next to the stable version: what an operator looks at first.
    enum Column { NameColumn, TypeColumn, StableColumn, HealthColumn, VersionsColumn, DependenciesColumn,
                  EndpointColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, HealthRole, SortRole };

    explicit ComponentListModel(QObject *parent = nullptr);

    // Statuses are matched to definitions by id; a component without a status is not running.
    void setComponents(const QList<ComponentDefinition> &definitions, const QList<ComponentRunStatus> &statuses);
    void setStatusColors(const StatusColors &colors);
    const ComponentRow *rowAt(int row) const;
    const ComponentRow *find(const QString &id) const;
    int rowOf(const QString &id) const;
    QStringList ids() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeText(ComponentType type);
    static QString healthText(ComponentRunStatus::Health health);
    // "1.4.2 2/2 ready", per running version, joined; "not running" when nothing runs.
    static QString healthDetail(const ComponentRunStatus &status);
    // Versions other than the stable one: those the definition lists and those running.
    static QStringList otherVersions(const ComponentRow &row);
    QColor healthColor(ComponentRunStatus::Health health) const;

private:
    QString displayText(const ComponentRow &row, int column) const;

    QList<ComponentRow> m_rows;
    StatusColors m_colors;
};

} // namespace shipdeck
