#include "backend/deploy/analysis/metricassessment.h"

#include <QJsonArray>

#include <cmath>

namespace shipdeck {

QString analysisPhaseName(AnalysisPhase phase)
{
    switch (phase) {
    case AnalysisPhase::Pending: return QStringLiteral("Pending");
    case AnalysisPhase::Running: return QStringLiteral("Running");
    case AnalysisPhase::Successful: return QStringLiteral("Successful");
    case AnalysisPhase::Failed: return QStringLiteral("Failed");
    case AnalysisPhase::Inconclusive: return QStringLiteral("Inconclusive");
    case AnalysisPhase::Error: return QStringLiteral("Error");
    }
    return {};
}

std::optional<AnalysisPhase> analysisPhaseFromName(const QString &name)
{
    for (auto p : {AnalysisPhase::Pending, AnalysisPhase::Running, AnalysisPhase::Successful, AnalysisPhase::Failed,
                   AnalysisPhase::Inconclusive, AnalysisPhase::Error}) {
        if (analysisPhaseName(p) == name)
            return p;
    }
    return std::nullopt;
}

bool isCompleted(AnalysisPhase phase)
{
    return phase == AnalysisPhase::Successful || phase == AnalysisPhase::Failed || phase == AnalysisPhase::Inconclusive
        || phase == AnalysisPhase::Error;
}

QJsonObject Measurement::toJson() const
{
    QJsonArray values;
    for (double v : value.values)
        values.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue(QString::number(v)));
    QJsonObject json{{QStringLiteral("phase"), analysisPhaseName(phase)},
                     {QStringLiteral("startedAt"), startedAtMs},
                     {QStringLiteral("finishedAt"), finishedAtMs},
                     {QStringLiteral("values"), values},
                     {QStringLiteral("vector"), value.isVector}};
    if (!message.isEmpty())
        json.insert(QStringLiteral("message"), message);
    if (!numbers.isEmpty())
        json.insert(QStringLiteral("numbers"), numbers);
    return json;
}

Measurement Measurement::fromJson(const QJsonObject &json)
{
    Measurement m;
    m.phase = analysisPhaseFromName(json.value(QStringLiteral("phase")).toString()).value_or(AnalysisPhase::Error);
    m.startedAtMs = qint64(json.value(QStringLiteral("startedAt")).toDouble());
    m.finishedAtMs = qint64(json.value(QStringLiteral("finishedAt")).toDouble());
    for (const QJsonValue &v : json.value(QStringLiteral("values")).toArray())
        m.value.values.append(v.isString() ? v.toString().toDouble() : v.toDouble());
    m.value.isVector = json.value(QStringLiteral("vector")).toBool();
    m.message = json.value(QStringLiteral("message")).toString();
    m.numbers = json.value(QStringLiteral("numbers")).toObject();
    return m;
}

QJsonObject MetricResult::toJson() const
{
    QJsonArray list;
    for (const Measurement &m : measurements)
        list.append(m.toJson());
    return {{QStringLiteral("name"), name},
            {QStringLiteral("phase"), analysisPhaseName(phase)},
            {QStringLiteral("measurements"), list},
            {QStringLiteral("count"), count},
            {QStringLiteral("successful"), successful},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("inconclusive"), inconclusive},
            {QStringLiteral("error"), error},
            {QStringLiteral("consecutiveError"), consecutiveError},
            {QStringLiteral("consecutiveSuccess"), consecutiveSuccess},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("message"), message}};
}

MetricResult MetricResult::fromJson(const QJsonObject &json)
{
    MetricResult r;
    r.name = json.value(QStringLiteral("name")).toString();
    r.phase = analysisPhaseFromName(json.value(QStringLiteral("phase")).toString()).value_or(AnalysisPhase::Pending);
    for (const QJsonValue &m : json.value(QStringLiteral("measurements")).toArray())
        r.measurements.append(Measurement::fromJson(m.toObject()));
    r.count = json.value(QStringLiteral("count")).toInt();
    r.successful = json.value(QStringLiteral("successful")).toInt();
    r.failed = json.value(QStringLiteral("failed")).toInt();
    r.inconclusive = json.value(QStringLiteral("inconclusive")).toInt();
    r.error = json.value(QStringLiteral("error")).toInt();
    r.consecutiveError = json.value(QStringLiteral("consecutiveError")).toInt();
    r.consecutiveSuccess = json.value(QStringLiteral("consecutiveSuccess")).toInt();
    r.dryRun = json.value(QStringLiteral("dryRun")).toBool();
    r.message = json.value(QStringLiteral("message")).toString();
    return r;
}

namespace MetricAssessment {

AnalysisPhase classify(const MetricSpec &metric, const MeasurementValue &value, QString *message)
{
    const bool hasSuccess = !metric.successCondition.isEmpty();
    const bool hasFailure = !metric.failureCondition.isEmpty();
    if (!hasSuccess && !hasFailure) {
        if (message)
            *message = QStringLiteral("no conditions: successful");
        return AnalysisPhase::Successful;
    }
    auto evaluate = [&](const QString &text, bool *out) -> bool {
        auto expr = ConditionExpression::parse(text);
        if (!expr) {
            if (message)
                *message = expr.error().message();
            return false;
        }
        auto r = expr->evaluate(value);
        if (!r) {
            if (message)
                *message = r.error().toString();
            return false;
        }
        *out = r.value();
        return true;
    };
    bool failure = false;
    bool successHolds = false;
    if (hasFailure && !evaluate(metric.failureCondition, &failure))
        return AnalysisPhase::Error;
    if (hasSuccess && !evaluate(metric.successCondition, &successHolds))
        return AnalysisPhase::Error;
    const QString shown = value.toString();
    if (hasFailure && failure) {
        if (message)
            *message = QStringLiteral("%1 meets the failure condition %2").arg(shown, metric.failureCondition);
        return AnalysisPhase::Failed;
    }
    if (hasSuccess) {
        if (successHolds) {
            if (message)
                *message = QStringLiteral("%1 meets the success condition %2").arg(shown, metric.successCondition);
            return AnalysisPhase::Successful;
        }
        if (hasFailure) {
            if (message)
                *message = QStringLiteral("%1 meets neither %2 nor %3").arg(shown, metric.successCondition, metric.failureCondition);
            return AnalysisPhase::Inconclusive;
        }
        if (message)
            *message = QStringLiteral("%1 does not meet the success condition %2").arg(shown, metric.successCondition);
        return AnalysisPhase::Failed;
    }
    if (message)
        *message = QStringLiteral("%1 does not meet the failure condition %2").arg(shown, metric.failureCondition);
    return AnalysisPhase::Successful;
}

void record(MetricResult &result, const Measurement &m)
{
    result.measurements.append(m);
    switch (m.phase) {
    case AnalysisPhase::Successful:
        ++result.successful;
        ++result.count;
        ++result.consecutiveSuccess;
        result.consecutiveError = 0;
        break;
    case AnalysisPhase::Failed:
        ++result.failed;
        ++result.count;
        result.consecutiveSuccess = 0;
        result.consecutiveError = 0;
        break;
    case AnalysisPhase::Inconclusive:
        ++result.inconclusive;
        ++result.count;
        result.consecutiveSuccess = 0;
        result.consecutiveError = 0;
        break;
    case AnalysisPhase::Error:
        ++result.error;
        ++result.consecutiveError;
        result.consecutiveSuccess = 0;
        break;
    default:
        break;
    }
    result.message = m.message;
}

namespace {
// assessMetricFailureInconclusiveOrError: later checks override earlier ones.
AnalysisPhase limitsPhase(const MetricSpec &metric, const MetricResult &r, QString *message)
{
    AnalysisPhase phase = AnalysisPhase::Pending; // "none"
    if (metric.failureLimit >= 0 && r.failed > metric.failureLimit) {
        phase = AnalysisPhase::Failed;
        if (message)
            *message = QStringLiteral("failed (%1) > failureLimit (%2)").arg(r.failed).arg(metric.failureLimit);
    }
    if (r.inconclusive > metric.inconclusiveLimit) {
        phase = AnalysisPhase::Inconclusive;
        if (message)
            *message = QStringLiteral("inconclusive (%1) > inconclusiveLimit (%2)").arg(r.inconclusive).arg(metric.inconclusiveLimit);
    }
    if (r.consecutiveError > metric.consecutiveErrorLimit) {
        phase = AnalysisPhase::Error;
        if (message)
            *message = QStringLiteral("consecutiveErrors (%1) > consecutiveErrorLimit (%2)").arg(r.consecutiveError).arg(metric.consecutiveErrorLimit);
    }
    return phase;
}
} // namespace

AnalysisPhase assessMetric(const MetricSpec &metric, const MetricResult &r, bool terminating, QString *message)
{
    if (isCompleted(r.phase))
        return r.phase;
    if (r.measurements.isEmpty()) {
        if (terminating) {
            if (message)
                *message = QStringLiteral("the run was terminated before a measurement was taken");
            return AnalysisPhase::Successful;
        }
        return AnalysisPhase::Pending;
    }
    if (!isCompleted(r.measurements.last().phase))
        return AnalysisPhase::Running;
    const AnalysisPhase limits = limitsPhase(metric, r, message);
    if (limits != AnalysisPhase::Pending)
        return limits;
    const bool successLimit = metric.consecutiveSuccessLimit > 0;
    if (successLimit && r.consecutiveSuccess >= metric.consecutiveSuccessLimit) {
        if (message)
            *message = QStringLiteral("consecutiveSuccess (%1) reached consecutiveSuccessLimit (%2)")
                           .arg(r.consecutiveSuccess).arg(metric.consecutiveSuccessLimit);
        return AnalysisPhase::Successful;
    }
    const int count = metric.effectiveCount();
    if (count > 0 && r.count >= count) {
        const bool failureLimit = metric.failureLimit >= 0;
        if (failureLimit && successLimit) {
            if (message)
                *message = QStringLiteral("count (%1) reached without failureLimit or consecutiveSuccessLimit deciding").arg(count);
            return AnalysisPhase::Inconclusive;
        }
        if (successLimit) {
            if (message)
                *message = QStringLiteral("count (%1) reached before %2 consecutive successes").arg(count).arg(metric.consecutiveSuccessLimit);
            return AnalysisPhase::Failed;
        }
        if (message)
            *message = QStringLiteral("count (%1) reached").arg(count);
        return AnalysisPhase::Successful;
    }
    if (terminating) {
        if (message)
            *message = QStringLiteral("the run was terminated");
        return AnalysisPhase::Successful;
    }
    return AnalysisPhase::Running;
}

bool isWorse(AnalysisPhase a, AnalysisPhase b)
{
    auto rank = [](AnalysisPhase p) {
        switch (p) {
        case AnalysisPhase::Successful: return 0;
        case AnalysisPhase::Running: return 1;
        case AnalysisPhase::Pending: return 2;
        case AnalysisPhase::Inconclusive: return 3;
        case AnalysisPhase::Error: return 4;
        case AnalysisPhase::Failed: return 5;
        }
        return 0;
    };
    return rank(a) > rank(b);
}

RunAssessment assessRun(const QList<MetricSpec> &metrics, QList<MetricResult> &results, bool terminate)
{
    RunAssessment out;
    bool terminating = terminate;
    for (const MetricResult &r : std::as_const(results)) {
        if (!r.dryRun && (r.phase == AnalysisPhase::Failed || r.phase == AnalysisPhase::Error
                          || r.phase == AnalysisPhase::Inconclusive))
            terminating = true;
    }
    bool everythingCompleted = true;
    bool haveWorst = false;
    AnalysisPhase worst = AnalysisPhase::Successful;
    // Two passes: a metric failing in this pass terminates the others in the second.
    for (int pass = 0; pass < 2; ++pass) {
        everythingCompleted = true;
        haveWorst = false;
        for (int i = 0; i < metrics.size() && i < results.size(); ++i) {
            MetricResult &r = results[i];
            QString message;
            const AnalysisPhase phase = assessMetric(metrics.at(i), r, terminating, &message);
            if (phase != r.phase && isCompleted(phase) && !message.isEmpty())
                r.message = message;
            r.phase = phase;
            if (!isCompleted(phase)) {
                everythingCompleted = false;
                continue;
            }
            if (r.dryRun)
                continue;
            if (phase == AnalysisPhase::Failed || phase == AnalysisPhase::Error || phase == AnalysisPhase::Inconclusive)
                terminating = true;
            if (!haveWorst || isWorse(phase, worst)) {
                worst = phase;
                haveWorst = true;
                out.message.clear();
                if (phase != AnalysisPhase::Successful) {
                    // Argo's wording, plus what the last measurement saw.
                    out.message = QStringLiteral("metric \"%1\" assessed %2 due to %3").arg(r.name, analysisPhaseName(phase), r.message);
                    const QString seen = r.measurements.isEmpty() ? QString() : r.measurements.last().message;
                    if (!seen.isEmpty() && seen != r.message)
                        out.message += QStringLiteral(": ") + seen;
                }
            }
        }
        if (!terminating || pass == 1)
            break;
    }
    out.terminating = terminating;
    if (terminating) {
        out.phase = haveWorst ? worst : AnalysisPhase::Successful;
        if (!everythingCompleted && !haveWorst)
            out.phase = AnalysisPhase::Running;
        return out;
    }
    if (!everythingCompleted || !haveWorst) {
        out.phase = AnalysisPhase::Running;
        out.message.clear();
        return out;
    }
    out.phase = worst;
    return out;
}

qint64 nextMeasurementAt(const MetricSpec &metric, const MetricResult &r, qint64 runStartedAtMs, qint64 errorRetryMs)
{
    if (isCompleted(r.phase))
        return -1;
    if (r.measurements.isEmpty())
        return runStartedAtMs + metric.initialDelayMs;
    const Measurement &last = r.measurements.last();
    if (!isCompleted(last.phase))
        return -1; // in flight
    const int count = metric.effectiveCount();
    if (count > 0 && r.count >= count)
        return -1;
    if (last.phase == AnalysisPhase::Error)
        return last.finishedAtMs + errorRetryMs;
    if (metric.intervalMs <= 0)
        return -1;
    return last.finishedAtMs + metric.intervalMs;
}

} // namespace MetricAssessment
} // namespace shipdeck
