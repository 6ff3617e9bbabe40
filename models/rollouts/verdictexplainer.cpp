#include "models/rollouts/verdictexplainer.h"

#include "models/rollouts/rollouttext.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace shipdeck {

namespace {
bool isRate(const QString &measure)
{
    return measure.endsWith(QLatin1String("-rate")) && measure != QLatin1String("request-rate");
}

bool isLatency(const QString &measure)
{
    return measure.startsWith(QLatin1String("latency"));
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString signedNumber(double v, int decimals)
{
    return (v >= 0 ? QStringLiteral("+") : QString()) + number(v, decimals);
}

// Judge shifts of rate measures are shown in percentage points, latencies in ms.
double scaled(const QString &measure, double v)
{
    return isRate(measure) ? 100.0 * v : v;
}

QString shiftUnit(const QString &measure)
{
    if (isRate(measure))
        return VerdictExplainer::tr("pts");
    if (isLatency(measure))
        return VerdictExplainer::tr("ms");
    return {};
}

int decimalsFor(const QString &measure, double v)
{
    if (isRate(measure))
        return 1;
    return std::fabs(v) >= 100 ? 0 : std::fabs(v) >= 10 ? 1 : 2;
}
} // namespace

QString VerdictExplainer::phaseText(const QString &phase)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("Successful"), QT_TR_NOOP("Successful")}, {QStringLiteral("Failed"), QT_TR_NOOP("Failed")},
        {QStringLiteral("Inconclusive"), QT_TR_NOOP("Inconclusive")}, {QStringLiteral("Error"), QT_TR_NOOP("Error")},
        {QStringLiteral("Running"), QT_TR_NOOP("Running")}, {QStringLiteral("Pending"), QT_TR_NOOP("Pending")},
        {QStringLiteral("Pass"), QT_TR_NOOP("Pass")}, {QStringLiteral("Marginal"), QT_TR_NOOP("Marginal")},
        {QStringLiteral("Fail"), QT_TR_NOOP("Fail")}, {QStringLiteral("High"), QT_TR_NOOP("High")},
        {QStringLiteral("Low"), QT_TR_NOOP("Low")}, {QStringLiteral("Nodata"), QT_TR_NOOP("No data")},
        {QStringLiteral("NodataFailMetric"), QT_TR_NOOP("No data (fails)")}};
    const char *name = names.value(phase);
    return name ? tr(name) : phase;
}

VerdictExplainer::Tone VerdictExplainer::phaseTone(const QString &phase)
{
    if (phase == QLatin1String("Successful") || phase == QLatin1String("Pass"))
        return Tone::Good;
    if (phase == QLatin1String("Failed") || phase == QLatin1String("Fail") || phase == QLatin1String("High")
        || phase == QLatin1String("Low") || phase == QLatin1String("NodataFailMetric"))
        return Tone::Bad;
    if (phase == QLatin1String("Inconclusive") || phase == QLatin1String("Error") || phase == QLatin1String("Marginal")
        || phase == QLatin1String("Nodata"))
        return Tone::Warning;
    return Tone::Neutral;
}

QString VerdictExplainer::measureText(const QString &measure)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("error-rate"), QT_TR_NOOP("error rate")}, {QStringLiteral("success-rate"), QT_TR_NOOP("success rate")},
        {QStringLiteral("upstream-error-rate"), QT_TR_NOOP("upstream error rate")},
        {QStringLiteral("request-rate"), QT_TR_NOOP("requests/s")}, {QStringLiteral("requests"), QT_TR_NOOP("requests")},
        {QStringLiteral("errors"), QT_TR_NOOP("errors")}, {QStringLiteral("latency-mean"), QT_TR_NOOP("mean latency")},
        {QStringLiteral("latency-p50"), QT_TR_NOOP("p50 latency")}, {QStringLiteral("latency-p90"), QT_TR_NOOP("p90 latency")},
        {QStringLiteral("latency-p95"), QT_TR_NOOP("p95 latency")}, {QStringLiteral("latency-p99"), QT_TR_NOOP("p99 latency")}};
    const char *name = names.value(measure);
    return name ? tr(name) : measure;
}

QString VerdictExplainer::valueText(const QString &measure, double v)
{
    if (std::isnan(v))
        return tr("no data");
    if (isRate(measure))
        return RolloutText::percentText(100.0 * v, 100.0 * v < 10 ? 2 : 1);
    if (isLatency(measure))
        return tr("%1 ms").arg(number(v, v >= 100 ? 0 : 1));
    if (measure == QLatin1String("request-rate"))
        return tr("%1/s").arg(number(v, 1));
    return number(v, std::fabs(v) >= 100 || v == std::floor(v) ? 0 : 3);
}

bool VerdictExplainer::conditionBound(const QString &condition, double *bound, QString *op)
{
    static const QRegularExpression simple(QStringLiteral("^\\s*result\\s*(<=|>=|<|>)\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*$"));
    const auto m = simple.match(condition);
    if (!m.hasMatch())
        return false;
    if (bound)
        *bound = m.captured(2).toDouble();
    if (op)
        *op = m.captured(1);
    return true;
}

QString VerdictExplainer::conditionText(const QString &condition, const QString &measure)
{
    double bound = 0;
    QString op;
    if (!conditionBound(condition, &bound, &op))
        return condition;
    const QString shown = op == QLatin1String("<=") ? QStringLiteral("≤") : op == QLatin1String(">=") ? QStringLiteral("≥") : op;
    return QStringLiteral("%1 %2").arg(shown, valueText(measure, bound));
}

VerdictExplainer::Explanation VerdictExplainer::metric(const QString &kind, const QString &phase, const QJsonObject &numbers,
                                                       const QJsonObject &spec, const QString &message)
{
    Explanation e;
    if (kind == QLatin1String("proxy"))
        e = proxy(phase, numbers, spec, message);
    else if (kind == QLatin1String("sequential"))
        e = sequential(phase, numbers);
    else if (kind == QLatin1String("judge"))
        e = judge(phase, numbers);
    else {
        e.verdict = phaseText(phase);
        e.tone = phaseTone(phase);
        e.test = kind == QLatin1String("prometheus") ? tr("Prometheus query") : kind;
        const QString success = spec.value(QStringLiteral("successCondition")).toString();
        const QString failure = spec.value(QStringLiteral("failureCondition")).toString();
        QStringList conditions;
        if (!success.isEmpty())
            conditions.append(tr("success when %1").arg(success));
        if (!failure.isEmpty())
            conditions.append(tr("failure when %1").arg(failure));
        e.threshold = conditions.join(QStringLiteral("; "));
        e.sentence = message.isEmpty() ? e.verdict : tr("%1 → %2").arg(message, e.verdict);
    }
    if (e.verdict.isEmpty()) {
        e.verdict = phaseText(phase);
        e.tone = phaseTone(phase);
    }
    return e;
}

VerdictExplainer::Explanation VerdictExplainer::proxy(const QString &phase, const QJsonObject &n, const QJsonObject &spec,
                                                      const QString &message)
{
    Explanation e;
    const QString measure = n.value(QStringLiteral("measure")).toString(spec.value(QStringLiteral("measure")).toString());
    const QString target = n.value(QStringLiteral("target")).toString(spec.value(QStringLiteral("target")).toString(QStringLiteral("canary")));
    const QString targetText = target == QLatin1String("stable") ? tr("stable version") : target == QLatin1String("all") ? tr("all versions") : tr("canary");
    e.verdict = phaseText(phase);
    e.tone = phaseTone(phase);
    e.test = tr("threshold on the %1's %2").arg(targetText, measureText(measure));
    const double requests = n.value(QStringLiteral("requests")).toDouble();
    const qint64 window = qint64(n.value(QStringLiteral("windowMs")).toDouble());
    if (n.contains(QStringLiteral("requests")))
        e.samples = tr("%n request(s) in %1", nullptr, int(requests)).arg(RolloutText::durationText(window));
    if (n.contains(QStringLiteral("count")) && n.value(QStringLiteral("count")).toInt() > 0)
        e.samples += (e.samples.isEmpty() ? QString() : QStringLiteral(" · "))
                   + tr("%1 of %n measurement(s) successful", nullptr, n.value(QStringLiteral("count")).toInt())
                         .arg(n.value(QStringLiteral("successful")).toInt());
    const bool hasValue = n.contains(QStringLiteral("value"));
    if (hasValue)
        e.statistic = tr("%1 %2").arg(measureText(measure), valueText(measure, n.value(QStringLiteral("value")).toDouble()));
    const QString success = n.value(QStringLiteral("successCondition")).toString(spec.value(QStringLiteral("successCondition")).toString());
    const QString failure = n.value(QStringLiteral("failureCondition")).toString(spec.value(QStringLiteral("failureCondition")).toString());
    QStringList conditions;
    if (!success.isEmpty())
        conditions.append(tr("success when %1").arg(conditionText(success, measure)));
    if (!failure.isEmpty())
        conditions.append(tr("failure when %1").arg(conditionText(failure, measure)));
    e.threshold = conditions.isEmpty() ? tr("none (always successful)") : conditions.join(QStringLiteral("; "));
    if (!hasValue) {
        e.sentence = message.isEmpty() ? e.verdict : tr("%1 → %2").arg(message, e.verdict);
        return e;
    }
    const double errors = n.value(QStringLiteral("errors")).toDouble();
    QString what = tr("%1 %2 %3").arg(targetText, measureText(measure), valueText(measure, n.value(QStringLiteral("value")).toDouble()));
    if (isRate(measure) && requests > 0)
        what += QLatin1Char(' ') + tr("(%1 of %n request(s))", nullptr, int(requests)).arg(qint64(errors));
    if (window > 0)
        what += QLatin1Char(' ') + tr("over %1").arg(RolloutText::durationText(window));
    e.sentence = conditions.isEmpty() ? tr("%1 → %2").arg(what, e.verdict) : tr("%1; %2 → %3").arg(what, e.threshold, e.verdict);
    return e;
}

VerdictExplainer::Explanation VerdictExplainer::sequential(const QString &phase, const QJsonObject &n)
{
    Explanation e;
    const bool regression = n.value(QStringLiteral("regression")).toBool();
    e.verdict = phase == QLatin1String("Running") ? (regression ? tr("Regression") : tr("No regression yet")) : phaseText(phase);
    e.tone = regression ? Tone::Bad : phaseTone(phase);
    const double alpha = n.value(QStringLiteral("alpha")).toDouble(0.01);
    e.test = tr("sequential test on the error rate (mixture SPRT, α %1)").arg(RolloutText::percentText(100 * alpha, alpha < 0.01 ? 1 : 0));
    const double cr = n.value(QStringLiteral("canaryRequests")).toDouble();
    const double br = n.value(QStringLiteral("baselineRequests")).toDouble();
    e.samples = tr("%1 canary / %2 stable requests").arg(qint64(cr)).arg(qint64(br));
    const double llr = n.value(QStringLiteral("logLikelihoodRatio")).toDouble();
    const double bound = n.value(QStringLiteral("bound")).toDouble();
    e.statistic = tr("log-likelihood ratio %1").arg(number(llr, 2));
    e.threshold = tr("regression at ≥ %1").arg(number(bound, 2));
    const QString rates = tr("canary error rate %1 (%2 of %3) vs stable %4 (%5 of %6)")
                              .arg(valueText(QStringLiteral("error-rate"), n.value(QStringLiteral("canaryErrorRate")).toDouble()))
                              .arg(qint64(n.value(QStringLiteral("canaryErrors")).toDouble())).arg(qint64(cr))
                              .arg(valueText(QStringLiteral("error-rate"), n.value(QStringLiteral("baselineErrorRate")).toDouble()))
                              .arg(qint64(n.value(QStringLiteral("baselineErrors")).toDouble())).arg(qint64(br));
    if (regression) {
        e.sentence = tr("%1; log-likelihood ratio %2 ≥ bound %3 → regression (always-valid p = %4) → %5")
                         .arg(rates, number(llr, 2), number(bound, 2),
                              QLocale().toString(n.value(QStringLiteral("alwaysValidPValue")).toDouble(), 'g', 2), e.verdict);
    } else {
        e.sentence = tr("%1; log-likelihood ratio %2 < bound %3 → no regression so far → %4").arg(rates, number(llr, 2), number(bound, 2), e.verdict);
    }
    return e;
}

VerdictExplainer::Explanation VerdictExplainer::judge(const QString &phase, const QJsonObject &n)
{
    Explanation e;
    const QString classification = n.value(QStringLiteral("classification")).toString();
    e.verdict = classification.isEmpty() ? phaseText(phase) : phaseText(classification);
    e.tone = phaseTone(classification.isEmpty() ? phase : classification);
    const double pass = n.value(QStringLiteral("pass")).toDouble(95);
    const double marginal = n.value(QStringLiteral("marginal")).toDouble(75);
    e.test = tr("canary-vs-baseline judge (Mann-Whitney U per metric, weighted score)");
    e.threshold = tr("pass ≥ %1, marginal ≥ %2").arg(number(pass, 0), number(marginal, 0));
    int canary = 0, baseline = 0;
    QStringList parts;
    for (const QJsonValue &v : n.value(QStringLiteral("metrics")).toArray()) {
        const QJsonObject m = v.toObject();
        canary = qMax(canary, m.value(QStringLiteral("canaryCount")).toInt());
        baseline = qMax(baseline, m.value(QStringLiteral("baselineCount")).toInt());
        parts.append(tr("%1 %2").arg(m.value(QStringLiteral("name")).toString(), phaseText(m.value(QStringLiteral("classification")).toString())));
    }
    e.samples = tr("%1 canary / %2 baseline samples").arg(canary).arg(baseline);
    if (!n.contains(QStringLiteral("score"))) {
        e.sentence = e.verdict;
        return e;
    }
    const double score = n.value(QStringLiteral("score")).toDouble();
    e.statistic = tr("score %1").arg(number(score, score == std::floor(score) ? 0 : 2));
    e.sentence = tr("score %1 (%2) → %3").arg(number(score, score == std::floor(score) ? 0 : 2), e.threshold, e.verdict);
    if (!parts.isEmpty())
        e.sentence += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    const QString reason = n.value(QStringLiteral("reason")).toString();
    if (!reason.isEmpty())
        e.sentence += QStringLiteral(" · ") + reason;
    return e;
}

VerdictExplainer::Explanation VerdictExplainer::judgeMetric(const QJsonObject &m, const QString &measureName, double confidenceLevel)
{
    Explanation e;
    const QString measure = measureName.isEmpty() ? m.value(QStringLiteral("name")).toString() : measureName;
    const QString classification = m.value(QStringLiteral("classification")).toString();
    const bool critical = m.value(QStringLiteral("critical")).toBool();
    e.verdict = critical && classification != QLatin1String("Pass") ? tr("%1 (critical)").arg(phaseText(classification)) : phaseText(classification);
    e.tone = phaseTone(classification);
    const int cc = m.value(QStringLiteral("canaryCount")).toInt();
    const int bc = m.value(QStringLiteral("baselineCount")).toInt();
    e.samples = tr("%1 canary / %2 baseline samples").arg(cc).arg(bc);
    const QJsonObject mw = m.value(QStringLiteral("mannWhitney")).toObject();
    const double level = mw.value(QStringLiteral("confidenceLevel")).toDouble(confidenceLevel > 0 ? confidenceLevel : 0.98);
    e.test = tr("Mann-Whitney U, %1 CI").arg(RolloutText::percentText(100 * level));
    const double canaryMean = m.value(QStringLiteral("canaryMean")).toDouble(qQNaN());
    const double baselineMean = m.value(QStringLiteral("baselineMean")).toDouble(qQNaN());
    const QString means = tr("canary %1 %2 vs baseline %3").arg(measureText(measure), valueText(measure, m.value(QStringLiteral("canaryMean")).isNull() ? qQNaN() : canaryMean),
                                                                valueText(measure, m.value(QStringLiteral("baselineMean")).isNull() ? qQNaN() : baselineMean));
    if (mw.isEmpty()) {
        const QString reason = m.value(QStringLiteral("reason")).toString();
        e.statistic = means;
        e.sentence = reason.isEmpty() ? tr("%1 → %2").arg(means, e.verdict) : tr("%1: %2 → %3").arg(means, reason, e.verdict);
        return e;
    }
    const QString unit = shiftUnit(measure);
    const double estimate = scaled(measure, mw.value(QStringLiteral("estimate")).toDouble());
    const double low = scaled(measure, mw.value(QStringLiteral("ciLow")).toDouble());
    const double high = scaled(measure, mw.value(QStringLiteral("ciHigh")).toDouble());
    const double upper = scaled(measure, m.value(QStringLiteral("upperBound")).toDouble());
    const double lower = scaled(measure, m.value(QStringLiteral("lowerBound")).toDouble());
    const int d = decimalsFor(measure, estimate);
    const QString shift = unit.isEmpty() ? signedNumber(estimate, d) : tr("%1 %2").arg(signedNumber(estimate, d), unit);
    e.statistic = tr("shift %1").arg(shift);
    const QString ci = tr("%1 CI [%2, %3]").arg(RolloutText::percentText(100 * level), number(low, d), number(high, d));
    QString comparison;
    if (low > upper)
        comparison = tr("> tolerance %1").arg(signedNumber(upper, d));
    else if (high < lower)
        comparison = tr("< tolerance %1").arg(signedNumber(lower, d));
    else
        comparison = tr("within tolerance ±%1").arg(number(std::fabs(upper), d));
    e.threshold = tr("tolerance ±%1").arg(number(std::fabs(upper), d));
    const double effect = m.value(QStringLiteral("effectSize")).toDouble(qQNaN());
    QString effectText;
    if (!m.value(QStringLiteral("effectSize")).isNull() && !std::isnan(effect))
        effectText = tr(", mean ratio %1").arg(number(effect, 2));
    e.sentence = tr("%1, Mann-Whitney shift %2, %3 %4%5 → %6").arg(means, shift, ci, comparison, effectText, e.verdict);
    return e;
}

} // namespace shipdeck
