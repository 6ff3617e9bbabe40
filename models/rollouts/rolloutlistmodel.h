#pragma once

#include "models/keyedrows.h"

#include <QHash>
#include <QJsonObject>

namespace shipdeck {

// Every rollout across environments and providers (RolloutRecord::toJson()), newest first,
// updated in place from list snapshots and from live rolloutChanged signals. The canary's
// actual weight comes from the traffic samples.
class RolloutListModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        ComponentColumn, EnvironmentColumn, StrategyColumn, StepColumn, WeightColumn, PhaseColumn, NeedsColumn,
        AgeColumn, RevisionColumn, ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, PhaseRole, AttentionRole, ApprovalRole, EnvironmentRole, JsonRole, SortRole,
        CreatedAtRole, FinishedRole
    };

    explicit RolloutListModel(QObject *parent = nullptr);

    // Replaces the rows from a snapshot (kept rows update in place).
    void setRollouts(const QList<QJsonObject> &rollouts);
    // A live change: updates the rollout's row or inserts it at the top.
    void upsert(const QJsonObject &rollout);
    // The canary's share of the requests in the latest samples, in percent.
    void setActualWeight(const QString &id, double percent);
    // Refreshes the age column (call once in a while).
    void tick();

    int rowOf(const QString &id) const;
    QJsonObject rolloutAt(int row) const;
    QJsonObject rollout(const QString &id) const;
    double actualWeight(const QString &id) const { return m_actual.value(id, -1); }
    QHash<QString, int> phaseCounts() const;
    int attentionCount() const;
    void setNow(qint64 nowMs) { m_nowMs = nowMs; } // fixed clock for tests

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsChanged();

private:
    qint64 now() const;
    QVariant display(const QJsonObject &r, int column) const;
    QVariant sortValue(const QJsonObject &r, int column) const;

    QList<QJsonObject> m_rows;
    QHash<QString, double> m_actual;
    qint64 m_nowMs = 0;
};

} // namespace shipdeck
