#pragma once

#include "backend/config/configtypes.h"

#include "models/keyedrows.h"

#include <QStringList>

namespace shipdeck {

// Configuration keys × environments: one row per key, a column for the base and one per
// environment. Each cell holds the effective value with its provenance (file, line, layer),
// whether the environment overrides it or inherits it, an unsaved edit, and validation
// problems. Snapshots update rows in place.
class ConfigTableModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        EnvironmentRole,  // "" for the base column
        ValueRole,        // QJsonValue; Undefined when the key is not set for the column
        StateRole,        // CellState
        LayerRole,
        FileRole,
        LineRole,
        OriginRole,       // "file:line"
        DraftRole,        // bool: the cell's layer has an unsaved edit of this key
        DraftBeforeRole,  // QJsonValue on disk before the edit
        IssuesRole,       // QStringList of validation messages
        SortRole
    };
    enum CellState { Absent, BaseValue, Inherited, Overridden };
    Q_ENUM(CellState)

    struct Cell
    {
        bool found = false;
        QJsonValue value;
        QString layer;
        QString file;
        int line = 0;
        int column = 0;
        bool draft = false;
        QJsonValue draftBefore;
        QStringList issues;
        bool operator==(const Cell &) const = default;
    };

    explicit ConfigTableModel(QObject *parent = nullptr);

    // Replaces the whole table (the values of effectiveAll, the drafts and validation issues).
    void setSnapshot(const QStringList &environments, const QList<ConfigValue> &values, const QList<ConfigDraft> &drafts,
                     const QList<ConfigIssue> &issues);
    void setDrafts(const QList<ConfigDraft> &drafts);
    void setIssues(const QList<ConfigIssue> &issues);

    const QStringList &environments() const { return m_environments; }
    QString environmentOfColumn(int column) const; // "" = base
    int columnOfEnvironment(const QString &environment) const;
    QString keyAt(int row) const;
    int rowOfKey(const QString &key) const;
    const Cell *cell(int row, int column) const;
    CellState stateOf(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        QList<Cell> cells; // [0] base, then one per environment
        bool operator==(const Row &) const = default;
    };
    void rebuild();
    QString tooltip(int rowIndex, int column) const;

    QStringList m_environments;
    QList<ConfigValue> m_values;
    QList<ConfigDraft> m_drafts;
    QList<ConfigIssue> m_issues;
    QList<Row> m_rows;
};

} // namespace shipdeck
