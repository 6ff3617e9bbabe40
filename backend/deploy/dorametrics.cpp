#include "backend/deploy/dorametrics.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace shipdeck {

namespace {
constexpr qint64 kDay = 24LL * 3600 * 1000;

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const double h = (values.size() - 1) * p;
    const int lo = int(std::floor(h));
    const int hi = int(std::ceil(h));
    return qint64(std::llround(values.at(lo) + (h - lo) * (values.at(hi) - values.at(lo))));
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

bool isFailure(const RolloutRecord &r)
{
    return r.phase == RolloutPhase::Aborted || r.phase == RolloutPhase::RolledBack;
}
} // namespace

QJsonObject DoraReport::toJson() const
{
    auto ms = [](qint64 v) { return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(v)); };
    return {{QStringLiteral("from"), double(fromMs)},
            {QStringLiteral("to"), double(toMs)},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("component"), component},
            {QStringLiteral("deployments"), deployments},
            {QStringLiteral("successful"), successful},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("deploymentFrequency"), QJsonObject{{QStringLiteral("perDay"), deploymentsPerDay},
                                                               {QStringLiteral("perWeek"), deploymentsPerDay * 7},
                                                               {QStringLiteral("bucket"), frequencyBucket}}},
            {QStringLiteral("changeLeadTime"), QJsonObject{{QStringLiteral("medianMs"), ms(leadTimeMedianMs)},
                                                          {QStringLiteral("p90Ms"), ms(leadTimeP90Ms)},
                                                          {QStringLiteral("samples"), leadTimeSamples},
                                                          {QStringLiteral("bucket"), leadTimeBucket}}},
            {QStringLiteral("changeFailRate"), QJsonObject{{QStringLiteral("rate"), changeFailRate < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(changeFailRate)},
                                                          {QStringLiteral("bucket"), changeFailBucket}}},
            {QStringLiteral("failedDeploymentRecoveryTime"), QJsonObject{{QStringLiteral("medianMs"), ms(recoveryMedianMs)},
                                                                        {QStringLiteral("samples"), recoverySamples},
                                                                        {QStringLiteral("bucket"), recoveryBucket}}},
            {QStringLiteral("daily"), daily}};
}

namespace DoraMetrics {

QString durationBucket(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("no data");
    if (ms < kDay)
        return QStringLiteral("less than one day");
    if (ms < 7 * kDay)
        return QStringLiteral("less than one week");
    if (ms < 30 * kDay)
        return QStringLiteral("less than one month");
    if (ms < 182 * kDay)
        return QStringLiteral("less than six months");
    return QStringLiteral("six months or more");
}

DoraReport compute(const QList<RolloutRecord> &history, const DoraOptions &o)
{
    DoraReport report;
    report.fromMs = o.fromMs;
    report.toMs = o.toMs;
    report.environment = o.environment;
    report.component = o.component;
    QList<RolloutRecord> all;
    for (const RolloutRecord &r : history) {
        if ((!o.environment.isEmpty() && r.environment != o.environment) || (!o.component.isEmpty() && r.component != o.component))
            continue;
        all.append(r);
    }
    std::sort(all.begin(), all.end(), [](const RolloutRecord &a, const RolloutRecord &b) {
        return a.component != b.component ? a.component < b.component : a.revision < b.revision;
    });
    // A Healthy revision that a later undo returned from needed intervention too.
    QSet<QString> undone;
    QHash<QString, qint64> undoneAt;
    for (int i = 0; i < all.size(); ++i) {
        const RolloutRecord &r = all.at(i);
        if (r.undoOfRevision <= 0 || r.phase != RolloutPhase::Healthy)
            continue;
        for (int j = i - 1; j >= 0 && all.at(j).component == r.component; --j) {
            const RolloutRecord &prev = all.at(j);
            if (prev.phase == RolloutPhase::Healthy && prev.revision > r.undoOfRevision) {
                undone.insert(prev.id);
                undoneAt.insert(prev.id, r.finishedAtMs);
                break;
            }
        }
    }
    QList<qint64> leadTimes;
    QList<qint64> recoveries;
    QMap<qint64, QJsonObject> days;
    QMap<qint64, QList<qint64>> dayLead;
    for (const RolloutRecord &r : std::as_const(all)) {
        if (!r.isFinished() || r.finishedAtMs < o.fromMs || r.finishedAtMs > o.toMs)
            continue;
        const bool failed = isFailure(r) || undone.contains(r.id);
        const bool promoted = r.phase == RolloutPhase::Healthy;
        ++report.deployments;
        report.successful += promoted ? 1 : 0;
        report.failed += failed ? 1 : 0;
        const qint64 day = r.finishedAtMs - (r.finishedAtMs % kDay);
        QJsonObject &d = days[day];
        d.insert(QStringLiteral("deployments"), d.value(QStringLiteral("deployments")).toInt() + 1);
        d.insert(QStringLiteral("successful"), d.value(QStringLiteral("successful")).toInt() + (promoted ? 1 : 0));
        d.insert(QStringLiteral("failed"), d.value(QStringLiteral("failed")).toInt() + (failed ? 1 : 0));
        if (promoted && r.changeCreatedAtMs > 0 && r.finishedAtMs - r.changeCreatedAtMs > 0) {
            leadTimes.append(r.finishedAtMs - r.changeCreatedAtMs);
            dayLead[day].append(r.finishedAtMs - r.changeCreatedAtMs);
        }
        if (failed) {
            // From the moment users were exposed (the rollout started, or the undone revision went
            // live) to the moment the stable version served again.
            const qint64 exposed = isFailure(r) ? (r.startedAtMs ? r.startedAtMs : r.createdAtMs) : r.finishedAtMs;
            const qint64 recovered = isFailure(r) ? r.finishedAtMs : undoneAt.value(r.id);
            if (recovered > exposed)
                recoveries.append(recovered - exposed);
        }
    }
    const double spanDays = qMax(1.0, double(o.toMs - o.fromMs) / kDay);
    report.deploymentsPerDay = report.successful / spanDays;
    // Four Keys buckets: daily = median days per week with a deploy >= 3; weekly = median
    // weeks with a deploy >= 1; monthly = median deploys per month >= 1.
    QMap<qint64, QSet<qint64>> weekDays;
    QMap<qint64, int> months;
    for (auto it = days.begin(); it != days.end(); ++it) {
        if (it.value().value(QStringLiteral("successful")).toInt() == 0)
            continue;
        weekDays[(it.key() - o.fromMs) / (7 * kDay)].insert(it.key());
        months[(it.key() - o.fromMs) / (30 * kDay)] += it.value().value(QStringLiteral("successful")).toInt();
    }
    const int weeks = qMax(1, int(std::ceil(spanDays / 7)));
    const int monthCount = qMax(1, int(std::ceil(spanDays / 30)));
    QList<double> daysPerWeek;
    QList<double> weekHas;
    for (int w = 0; w < weeks; ++w) {
        daysPerWeek.append(weekDays.value(w).size());
        weekHas.append(weekDays.value(w).isEmpty() ? 0 : 1);
    }
    QList<double> perMonth;
    for (int m = 0; m < monthCount; ++m)
        perMonth.append(months.value(m));
    report.frequencyBucket = report.successful == 0 ? QStringLiteral("none")
                           : median(daysPerWeek) >= 3 ? QStringLiteral("daily")
                           : median(weekHas) >= 1 ? QStringLiteral("weekly")
                           : median(perMonth) >= 1 ? QStringLiteral("monthly") : QStringLiteral("yearly");
    report.leadTimeMedianMs = percentile(leadTimes, 0.5);
    report.leadTimeP90Ms = percentile(leadTimes, 0.9);
    report.leadTimeSamples = int(leadTimes.size());
    report.leadTimeBucket = durationBucket(report.leadTimeMedianMs);
    if (report.deployments > 0) {
        report.changeFailRate = double(report.failed) / report.deployments;
        report.changeFailBucket = report.changeFailRate <= 0.15 ? QStringLiteral("0-15 %")
                                : report.changeFailRate <= 0.45 ? QStringLiteral("16-45 %")
                                : report.changeFailRate <= 0.60 ? QStringLiteral("46-60 %") : QStringLiteral("above 60 %");
    } else {
        report.changeFailBucket = QStringLiteral("no data");
    }
    report.recoveryMedianMs = percentile(recoveries, 0.5);
    report.recoverySamples = int(recoveries.size());
    report.recoveryBucket = durationBucket(report.recoveryMedianMs);
    for (qint64 day = o.fromMs - (o.fromMs % kDay); day <= o.toMs; day += kDay) {
        QJsonObject d = days.value(day);
        d.insert(QStringLiteral("day"), QDateTime::fromMSecsSinceEpoch(day, Qt::UTC).date().toString(Qt::ISODate));
        for (const char *key : {"deployments", "successful", "failed"}) {
            if (!d.contains(QLatin1String(key)))
                d.insert(QLatin1String(key), 0);
        }
        const qint64 lead = percentile(dayLead.value(day), 0.5);
        d.insert(QStringLiteral("leadTimeMedianMs"), lead < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(lead)));
        report.daily.append(d);
    }
    return report;
}

} // namespace DoraMetrics
} // namespace shipdeck
