#include "models/rollouts/rollouteventmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace shipdeck {

namespace {
qint64 seqOf(const QJsonObject &e)
{
    return qint64(e.value(QStringLiteral("seq")).toDouble());
}
} // namespace

RolloutEventModel::RolloutEventModel(QObject *parent) : QAbstractTableModel(parent) {}

QString RolloutEventModel::reasonText(const QString &reason)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("RolloutCreated"), QT_TR_NOOP("Created")},
        {QStringLiteral("RolloutStepCompleted"), QT_TR_NOOP("Step completed")},
        {QStringLiteral("RolloutPaused"), QT_TR_NOOP("Paused")},
        {QStringLiteral("RolloutResumed"), QT_TR_NOOP("Resumed")},
        {QStringLiteral("RolloutCompleted"), QT_TR_NOOP("Completed")},
        {QStringLiteral("RolloutAborted"), QT_TR_NOOP("Aborted")},
        {QStringLiteral("RolloutRolledBack"), QT_TR_NOOP("Rolled back")},
        {QStringLiteral("RolloutRetry"), QT_TR_NOOP("Retried")},
        {QStringLiteral("RolloutPromoteFull"), QT_TR_NOOP("Full promotion")},
        {QStringLiteral("RolloutRestart"), QT_TR_NOOP("Restart")},
        {QStringLiteral("RolloutFailed"), QT_TR_NOOP("Failed")},
        {QStringLiteral("ApprovalGiven"), QT_TR_NOOP("Approved")},
        {QStringLiteral("AnalysisRunStarted"), QT_TR_NOOP("Analysis started")},
        {QStringLiteral("AnalysisRunSuccessful"), QT_TR_NOOP("Analysis successful")},
        {QStringLiteral("AnalysisRunFailed"), QT_TR_NOOP("Analysis failed")},
        {QStringLiteral("AnalysisRunInconclusive"), QT_TR_NOOP("Analysis inconclusive")},
        {QStringLiteral("ActionFailed"), QT_TR_NOOP("Action failed")},
        {QStringLiteral("RestoreFailed"), QT_TR_NOOP("Restore failed")},
        {QStringLiteral("ProviderStateRestored"), QT_TR_NOOP("Traffic restored")},
        {QStringLiteral("WebhookAnswered"), QT_TR_NOOP("Webhook answered")}};
    const char *name = names.value(reason);
    return name ? tr(name) : reason;
}

QString RolloutEventModel::actorOf(const QJsonObject &e)
{
    const QJsonObject data = e.value(QStringLiteral("data")).toObject();
    for (const char *key : {"actor", "by"}) {
        const QString who = data.value(QLatin1String(key)).toString();
        if (!who.isEmpty())
            return who;
    }
    // "paused by alice: …", "alice retried …", "alice requested full promotion …"
    const QString reason = e.value(QStringLiteral("reason")).toString();
    const QString message = e.value(QStringLiteral("message")).toString();
    static const QRegularExpression byWho(QStringLiteral("^(?:paused|resumed) by (\\S+):"));
    static const QRegularExpression whoDid(QStringLiteral("^(\\S+) (?:retried|requested full promotion|restarts|approved)"));
    if (reason == QLatin1String("RolloutPaused") || reason == QLatin1String("RolloutResumed")) {
        if (const auto m = byWho.match(message); m.hasMatch())
            return m.captured(1);
    }
    if (reason == QLatin1String("RolloutRetry") || reason == QLatin1String("RolloutPromoteFull") || reason == QLatin1String("RolloutRestart")) {
        if (const auto m = whoDid.match(message); m.hasMatch())
            return m.captured(1);
    }
    if (reason == QLatin1String("RolloutStepCompleted")) {
        static const QRegularExpression promotedBy(QStringLiteral("(?:promoted|approved) by ([^ ,(]+)"));
        if (const auto m = promotedBy.match(message); m.hasMatch())
            return m.captured(1);
    }
    if (reason == QLatin1String("RolloutCreated")) {
        const QString creator = data.value(QStringLiteral("createdBy")).toString();
        if (!creator.isEmpty())
            return creator;
    }
    return tr("engine");
}

void RolloutEventModel::setEvents(const QJsonArray &events)
{
    QList<QJsonObject> next;
    for (const QJsonValue &v : events)
        next.append(v.toObject());
    std::stable_sort(next.begin(), next.end(), [](const QJsonObject &a, const QJsonObject &b) { return seqOf(a) > seqOf(b); });
    if (next == m_events)
        return;
    // Live updates only add newer events: insert them at the top instead of resetting.
    if (!m_events.isEmpty() && next.size() > m_events.size() && next.mid(next.size() - m_events.size()) == m_events) {
        const int added = int(next.size() - m_events.size());
        beginInsertRows({}, 0, added - 1);
        m_events = next;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_events = next;
    endResetModel();
}

void RolloutEventModel::addEvent(const QJsonObject &event)
{
    const qint64 seq = seqOf(event);
    int pos = 0;
    for (; pos < m_events.size(); ++pos) {
        if (seqOf(m_events.at(pos)) == seq)
            return;
        if (seqOf(m_events.at(pos)) < seq)
            break;
    }
    beginInsertRows({}, pos, pos);
    m_events.insert(pos, event);
    endInsertRows();
}

void RolloutEventModel::clear()
{
    beginResetModel();
    m_events.clear();
    endResetModel();
}

QJsonObject RolloutEventModel::eventAt(int row) const
{
    return m_events.value(row);
}

int RolloutEventModel::rowOfReason(const QString &reason) const
{
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events.at(i).value(QStringLiteral("reason")).toString() == reason)
            return i;
    }
    return -1;
}

int RolloutEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int RolloutEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolloutEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &e = m_events.at(index.row());
    const qint64 at = qint64(e.value(QStringLiteral("at")).toDouble());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).time(), QStringLiteral("HH:mm:ss"));
        case WhatColumn: return reasonText(e.value(QStringLiteral("reason")).toString());
        case WhoColumn: return actorOf(e);
        case MessageColumn: return e.value(QStringLiteral("message")).toString();
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 · %2").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::LongFormat),
                                 e.value(QStringLiteral("message")).toString());
    case WarningRole: return e.value(QStringLiteral("type")).toString() == QLatin1String("Warning");
    case ReasonRole: return e.value(QStringLiteral("reason")).toString();
    case SeqRole: return seqOf(e);
    case AtRole: return at;
    default: return {};
    }
}

QVariant RolloutEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case WhatColumn: return tr("What");
    case WhoColumn: return tr("Who");
    case MessageColumn: return tr("Details");
    }
    return {};
}

} // namespace shipdeck
