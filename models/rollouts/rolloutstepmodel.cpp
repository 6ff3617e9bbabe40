#include "models/rollouts/rolloutstepmodel.h"

#include "models/rollouts/rollouttext.h"

#include <QHash>

namespace shipdeck {

RolloutStepModel::RolloutStepModel(QObject *parent) : QAbstractTableModel(parent) {}

QString RolloutStepModel::stateText(State state)
{
    switch (state) {
    case State::Pending: return tr("pending");
    case State::Current: return tr("running");
    case State::Done: return tr("done");
    case State::Failed: return tr("stopped");
    case State::Skipped: return tr("skipped");
    }
    return {};
}

QString RolloutStepModel::waitingOn(const QJsonObject &r, const QJsonObject &step, qint64 enteredAt, qint64 nowMs) const
{
    const QString needs = RolloutText::needsText(r);
    if (!needs.isEmpty())
        return tr("waits for %1").arg(needs);
    if (r.value(QStringLiteral("userPaused")).toBool())
        return tr("paused by a person");
    const QString kind = step.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("pause") && step.contains(QStringLiteral("durationMs")) && enteredAt > 0) {
        const qint64 left = qint64(step.value(QStringLiteral("durationMs")).toDouble()) - (nowMs - enteredAt);
        return left > 0 ? tr("continues in %1").arg(RolloutText::durationText(left)) : tr("continuing");
    }
    if (kind == QLatin1String("analysis"))
        return tr("analysis running");
    if (kind == QLatin1String("approval"))
        return tr("waits for approval");
    const QString message = r.value(QStringLiteral("message")).toString();
    return message.isEmpty() ? tr("in progress") : message;
}

void RolloutStepModel::setRollout(const QJsonObject &r, const QJsonArray &events, qint64 nowMs)
{
    // When each step completed, from the event log (a retry starts over: keep the latest run).
    QHash<int, qint64> completedAt;
    qint64 retriedAt = 0;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        const QString reason = e.value(QStringLiteral("reason")).toString();
        const qint64 at = qint64(e.value(QStringLiteral("at")).toDouble());
        if (reason == QLatin1String("RolloutRetry")) {
            completedAt.clear();
            retriedAt = at;
        } else if (reason == QLatin1String("RolloutStepCompleted")) {
            completedAt.insert(e.value(QStringLiteral("data")).toObject().value(QStringLiteral("step")).toInt(), at);
        }
    }
    const QJsonArray steps = r.value(QStringLiteral("steps")).toArray();
    const QString phase = r.value(QStringLiteral("phase")).toString();
    const bool stopped = phase == QLatin1String("Aborted") || phase == QLatin1String("RolledBack");
    const bool promotedFull = r.value(QStringLiteral("outcome")).toString() == QLatin1String("FastPromoted");
    const int current = r.value(QStringLiteral("stepIndex")).toInt();
    const qint64 started = retriedAt ? retriedAt : qint64(r.value(QStringLiteral("startedAt")).toDouble(r.value(QStringLiteral("createdAt")).toDouble()));
    const qint64 finished = qint64(r.value(QStringLiteral("finishedAt")).toDouble());
    QList<Row> next;
    qint64 previousEnd = started;
    for (int i = 0; i < steps.size(); ++i) {
        Row row;
        row.step = steps.at(i).toObject();
        const QString status = row.step.value(QStringLiteral("status")).toString();
        const qint64 end = completedAt.value(i, 0);
        if (status == QLatin1String("done")) {
            row.state = promotedFull && !completedAt.contains(i) ? State::Skipped : State::Done;
            if (end > 0 && previousEnd > 0)
                row.durationMs = end - previousEnd;
        } else if (status == QLatin1String("current")) {
            row.state = State::Current;
            const qint64 entered = qint64(r.value(QStringLiteral("stepState")).toObject().value(QStringLiteral("enteredAt")).toDouble(double(previousEnd)));
            row.durationMs = entered > 0 ? nowMs - entered : -1;
            row.detail = waitingOn(r, row.step, entered, nowMs);
        } else if (stopped && i == current) {
            row.state = State::Failed;
            if (finished > 0 && previousEnd > 0)
                row.durationMs = finished - previousEnd;
            row.detail = r.value(QStringLiteral("abortReason")).toString();
        } else {
            row.state = stopped && i > current ? State::Skipped : State::Pending;
        }
        if (end > 0)
            previousEnd = end;
        next.append(row);
    }
    if (next.size() != m_rows.size()) {
        beginResetModel();
        m_rows = next;
        endResetModel();
        return;
    }
    for (int i = 0; i < next.size(); ++i) {
        if (!(m_rows.at(i) == next.at(i))) {
            m_rows[i] = next.at(i);
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

void RolloutStepModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

RolloutStepModel::State RolloutStepModel::stateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : State::Pending;
}

QString RolloutStepModel::detailAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).detail : QString();
}

qint64 RolloutStepModel::durationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).durationMs : -1;
}

int RolloutStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RolloutStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolloutStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return index.row() + 1;
        case StepColumn: return RolloutText::stepText(row.step);
        case StatusColumn: return stateText(row.state);
        case DurationColumn: return row.durationMs >= 0 ? RolloutText::durationText(row.durationMs) : QString();
        case DetailColumn: return row.detail;
        }
        return {};
    case Qt::ToolTipRole: return row.step.value(QStringLiteral("label")).toString();
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StateRole: return int(row.state);
    case KindRole: return row.step.value(QStringLiteral("kind")).toString();
    case DurationMsRole: return row.durationMs;
    case DetailRole: return row.detail;
    default: return {};
    }
}

QVariant RolloutStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("#");
    case StepColumn: return tr("Step");
    case StatusColumn: return tr("Status");
    case DurationColumn: return tr("Duration");
    case DetailColumn: return tr("Waits on / result");
    }
    return {};
}

} // namespace shipdeck
