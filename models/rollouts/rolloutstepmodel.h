#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace shipdeck {

// The steps of one rollout: what each does, whether it is done, running, failed or pending,
// how long it took (from the RolloutStepCompleted events) and what the current one waits on.
class RolloutStepModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, StepColumn, StatusColumn, DurationColumn, DetailColumn, ColumnCount };
    enum class State { Pending, Current, Done, Failed, Skipped };
    enum Role { StateRole = Qt::UserRole + 1, KindRole, DurationMsRole, DetailRole };

    explicit RolloutStepModel(QObject *parent = nullptr);

    // `rollout` as in RolloutService::details (steps, stepIndex, stepState, pauseConditions,
    // phase); `events` its event log (for step durations).
    void setRollout(const QJsonObject &rollout, const QJsonArray &events, qint64 nowMs);
    void clear();

    State stateAt(int row) const;
    QString detailAt(int row) const;
    qint64 durationAt(int row) const; // -1 = not started
    static QString stateText(State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QJsonObject step;
        State state = State::Pending;
        qint64 durationMs = -1;
        QString detail;
        bool operator==(const Row &o) const
        {
            return step == o.step && state == o.state && durationMs == o.durationMs && detail == o.detail;
        }
    };
    QString waitingOn(const QJsonObject &rollout, const QJsonObject &step, qint64 enteredAt, qint64 nowMs) const;

    QList<Row> m_rows;
};

} // namespace shipdeck
