#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace shipdeck {

// The event log of one rollout, newest first: who did what (approvals, promotions, aborts with
// their reasons) and what the engine decided and why (steps completed, analysis verdicts,
// automatic rollbacks).
class RolloutEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, WhatColumn, WhoColumn, MessageColumn, ColumnCount };
    enum Role { WarningRole = Qt::UserRole + 1, ReasonRole, SeqRole, AtRole };

    explicit RolloutEventModel(QObject *parent = nullptr);

    void setEvents(const QJsonArray &events);
    // A live event; ignored when it is already there (same seq).
    void addEvent(const QJsonObject &event);
    void clear();
    QJsonObject eventAt(int row) const;
    int rowOfReason(const QString &reason) const;

    // "Step completed", "Rolled back" … for an event reason.
    static QString reasonText(const QString &reason);
    // The person behind an event, or "engine".
    static QString actorOf(const QJsonObject &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_events; // newest first
};

} // namespace shipdeck
