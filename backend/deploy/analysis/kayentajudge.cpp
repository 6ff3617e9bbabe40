#include "backend/deploy/analysis/kayentajudge.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace shipdeck {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double mean(const QList<double> &v)
{
    if (v.isEmpty())
        return kNaN;
    return std::accumulate(v.begin(), v.end(), 0.0) / v.size();
}

// Linear-interpolated percentile (R type 7, as the IQR detector uses).
double percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return kNaN;
    const double h = (sorted.size() - 1) * p;
    const int lo = int(std::floor(h));
    const int hi = int(std::ceil(h));
    return sorted.at(lo) + (h - lo) * (sorted.at(hi) - sorted.at(lo));
}

QList<double> transform(const JudgeMetric &config, QList<double> values)
{
    if (config.nanStrategy == QLatin1String("replace")) {
        for (double &v : values) {
            if (std::isnan(v))
                v = 0.0;
        }
    } else {
        values.removeIf([](double v) { return std::isnan(v); });
    }
    values.removeIf([](double v) { return std::isinf(v); });
    if (config.outlierStrategy == QLatin1String("remove") && values.size() >= 4) {
        const auto [low, high] = KayentaJudge::outlierFences(values, config.outlierFactor);
        values.removeIf([low = low, high = high](double v) { return v < low || v > high; });
    }
    return values;
}

// Deterministic tiny noise so that two constant series can be ranked (Kayenta adds Gaussian
// noise with sigma = value * 1e-5; a fixed sequence keeps verdicts reproducible).
void jitter(QList<double> &values, quint32 seed)
{
    quint32 state = seed;
    for (double &v : values) {
        state = state * 1664525u + 1013904223u;
        const double u = (double(state >> 8) / double(1u << 24)) - 0.5;
        v += (v == 0 ? 1e-9 : std::fabs(v) * 1e-5) * u * 3.4;
    }
}

bool isConstant(const QList<double> &v)
{
    return !v.isEmpty() && std::all_of(v.begin(), v.end(), [&](double x) { return x == v.first(); });
}

double defaultEffect(const JudgeMetric &c)
{
    return c.effectMeasure == QLatin1String("cles") ? 0.5 : 1.0;
}
} // namespace

QString judgeClassName(JudgeClass c)
{
    switch (c) {
    case JudgeClass::Pass: return QStringLiteral("Pass");
    case JudgeClass::High: return QStringLiteral("High");
    case JudgeClass::Low: return QStringLiteral("Low");
    case JudgeClass::Nodata: return QStringLiteral("Nodata");
    case JudgeClass::NodataFailMetric: return QStringLiteral("NodataFailMetric");
    case JudgeClass::Error: return QStringLiteral("Error");
    }
    return {};
}

QJsonObject JudgeMetricResult::toJson() const
{
    auto num = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("group"), group},
                     {QStringLiteral("classification"), judgeClassName(classification)},
                     {QStringLiteral("critical"), critical},
                     {QStringLiteral("reason"), reason},
                     {QStringLiteral("canaryCount"), canaryCount},
                     {QStringLiteral("baselineCount"), baselineCount},
                     {QStringLiteral("canaryMean"), num(canaryMean)},
                     {QStringLiteral("baselineMean"), num(baselineMean)},
                     {QStringLiteral("effectMeasure"), effectMeasure},
                     {QStringLiteral("effectSize"), num(effectSize)},
                     {QStringLiteral("deviation"), num(deviation)}};
    if (test) {
        json.insert(QStringLiteral("mannWhitney"), QJsonObject{{QStringLiteral("w"), test->w},
                                                               {QStringLiteral("z"), num(test->z)},
                                                               {QStringLiteral("pValue"), num(test->pValue)},
                                                               {QStringLiteral("estimate"), num(test->estimate)},
                                                               {QStringLiteral("ciLow"), num(test->ciLow)},
                                                               {QStringLiteral("ciHigh"), num(test->ciHigh)},
                                                               {QStringLiteral("confidenceLevel"), test->confidenceLevel}});
        json.insert(QStringLiteral("lowerBound"), num(lowerBound));
        json.insert(QStringLiteral("upperBound"), num(upperBound));
    }
    return json;
}

QJsonObject JudgeResult::toJson() const
{
    QJsonArray groupArray;
    for (const JudgeGroupScore &g : groups) {
        groupArray.append(QJsonObject{{QStringLiteral("name"), g.name}, {QStringLiteral("score"), g.score},
                                      {QStringLiteral("noData"), g.noData}, {QStringLiteral("pass"), g.pass},
                                      {QStringLiteral("high"), g.high}, {QStringLiteral("low"), g.low},
                                      {QStringLiteral("nodata"), g.nodata}, {QStringLiteral("nodataFail"), g.nodataFail},
                                      {QStringLiteral("error"), g.error}});
    }
    QJsonArray metricArray;
    for (const JudgeMetricResult &m : metrics)
        metricArray.append(m.toJson());
    return {{QStringLiteral("method"), QStringLiteral("kayenta-mann-whitney")},
            {QStringLiteral("score"), score},
            {QStringLiteral("classification"), classification},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("pass"), passThreshold},
            {QStringLiteral("marginal"), marginalThreshold},
            {QStringLiteral("groups"), groupArray},
            {QStringLiteral("metrics"), metricArray}};
}

QString JudgeResult::summary() const
{
    QStringList parts;
    for (const JudgeMetricResult &m : metrics)
        parts.append(QStringLiteral("%1 %2").arg(m.name, judgeClassName(m.classification)));
    QString text = QStringLiteral("score %1 (pass ≥ %2, marginal ≥ %3) → %4").arg(score, 0, 'f', 2)
                       .arg(passThreshold).arg(marginalThreshold).arg(classification);
    if (!parts.isEmpty())
        text += QStringLiteral(" · ") + parts.join(QStringLiteral(", "));
    if (!reason.isEmpty())
        text += QStringLiteral(" · ") + reason;
    return text;
}

namespace KayentaJudge {

std::pair<double, double> outlierFences(QList<double> values, double factor)
{
    std::sort(values.begin(), values.end());
    const double q1 = percentile(values, 0.25);
    const double q3 = percentile(values, 0.75);
    const double iqr = q3 - q1;
    // "Reduced sensitivity": never tighter than the 1st and 99th percentiles.
    return {std::min(percentile(values, 0.01), q1 - factor * iqr), std::max(percentile(values, 0.99), q3 + factor * iqr)};
}

JudgeMetricResult classify(const JudgeMetric &config, QList<double> canary, QList<double> baseline,
                           double confidenceLevel, double tolerance)
{
    JudgeMetricResult r;
    r.name = config.name;
    r.group = config.group;
    r.effectMeasure = config.effectMeasure;
    r.effectSize = kNaN;
    canary = transform(config, canary);
    baseline = transform(config, baseline);
    r.canaryCount = int(canary.size());
    r.baselineCount = int(baseline.size());
    r.canaryMean = mean(canary);
    r.baselineMean = mean(baseline);
    r.deviation = (r.baselineMean == 0 || std::isnan(r.baselineMean)) ? kNaN : r.canaryMean / r.baselineMean;

    if (canary.isEmpty() || baseline.isEmpty()) {
        if (config.nanStrategy == QLatin1String("replace")) {
            r.classification = JudgeClass::Pass;
            r.reason = QStringLiteral("no data (NaN replaced by 0)");
            return r;
        }
        r.classification = config.mustHaveData && !config.critical ? JudgeClass::NodataFailMetric : JudgeClass::Nodata;
        r.critical = config.critical;
        r.reason = QStringLiteral("no data for the %1").arg(canary.isEmpty() ? QStringLiteral("canary") : QStringLiteral("baseline"));
        return r;
    }
    QList<double> sc = canary;
    QList<double> sb = baseline;
    std::sort(sc.begin(), sc.end());
    std::sort(sb.begin(), sb.end());
    if (sc == sb) {
        r.reason = QStringLiteral("canary and baseline values are identical");
        return r;
    }
    if (isConstant(sc) && isConstant(sb) && sc.first() == sb.first()) {
        r.reason = QStringLiteral("all values are equal");
        return r;
    }
    if (isConstant(canary) && isConstant(baseline)) {
        jitter(canary, 0x5eed1u);
        jitter(baseline, 0x5eed2u);
    }
    auto test = MannWhitney::test(canary, baseline, confidenceLevel);
    if (!test) {
        r.classification = JudgeClass::Error;
        r.reason = test.error().message();
        return r;
    }
    r.test = test.value();
    const double critical = tolerance * std::fabs(test->estimate);
    r.lowerBound = -critical;
    r.upperBound = critical;
    if (config.effectMeasure == QLatin1String("cles")) {
        const double m = canary.size();
        const double n = baseline.size();
        r.effectSize = test->w / (n * m); // (2 R1 - m(m+1)) / (2 n m)
    } else {
        r.effectSize = (r.baselineMean == 0 || r.canaryMean == 0) ? kNaN : r.canaryMean / r.baselineMean;
    }
    const double d = defaultEffect(config);
    const double allowedIncrease = config.allowedIncrease.value_or(d);
    const double allowedDecrease = config.allowedDecrease.value_or(d);
    const double criticalIncrease = config.criticalIncrease.value_or(d);
    const double criticalDecrease = config.criticalDecrease.value_or(d);
    const bool effectKnown = !std::isnan(r.effectSize);
    const bool up = config.direction == QLatin1String("increase") || config.direction == QLatin1String("either");
    const bool down = config.direction == QLatin1String("decrease") || config.direction == QLatin1String("either");
    const QString interval = QStringLiteral("shift %1 [%2, %3]").arg(test->estimate, 0, 'g', 4).arg(test->ciLow, 0, 'g', 4).arg(test->ciHigh, 0, 'g', 4);
    if (up && test->ciLow > r.upperBound && (!effectKnown || r.effectSize >= allowedIncrease)) {
        r.classification = JudgeClass::High;
        r.critical = config.critical && (!effectKnown || r.effectSize >= criticalIncrease);
        r.reason = QStringLiteral("canary higher: %1 lies above +%2").arg(interval).arg(r.upperBound, 0, 'g', 4);
    } else if (down && test->ciHigh < r.lowerBound && (!effectKnown || r.effectSize <= allowedDecrease)) {
        r.classification = JudgeClass::Low;
        r.critical = config.critical && (!effectKnown || r.effectSize <= criticalDecrease);
        r.reason = QStringLiteral("canary lower: %1 lies below %2").arg(interval).arg(r.lowerBound, 0, 'g', 4);
    } else {
        r.reason = QStringLiteral("%1 within tolerance ±%2").arg(interval).arg(r.upperBound, 0, 'g', 4);
    }
    return r;
}

JudgeResult score(const JudgeSpec &spec, const QList<JudgeMetricResult> &results)
{
    JudgeResult out;
    out.metrics = results;
    out.passThreshold = spec.passScore;
    out.marginalThreshold = spec.marginalScore;
    QMap<QString, JudgeGroupScore> groups;
    int nodata = 0;
    for (const JudgeMetricResult &m : results) {
        JudgeGroupScore &g = groups[m.group];
        g.name = m.group;
        switch (m.classification) {
        case JudgeClass::Pass: ++g.pass; break;
        case JudgeClass::High: ++g.high; break;
        case JudgeClass::Low: ++g.low; break;
        case JudgeClass::Nodata: ++g.nodata; ++nodata; break;
        case JudgeClass::NodataFailMetric: ++g.nodataFail; break;
        case JudgeClass::Error: ++g.error; break;
        }
    }
    double weightSum = 0;
    int unweighted = 0;
    for (auto &g : groups) {
        const int counted = g.pass + g.high + g.low + g.nodataFail + g.error;
        g.noData = counted == 0;
        g.score = g.noData ? 100.0 : 100.0 * g.pass / counted;
        if (spec.groupWeights.contains(g.name))
            weightSum += spec.groupWeights.value(g.name);
        else
            ++unweighted;
    }
    const double shared = unweighted > 0 ? (100.0 - weightSum) / unweighted : 0.0;
    double summary = 0;
    for (const auto &g : std::as_const(groups)) {
        summary += g.score * spec.groupWeights.value(g.name, shared) / 100.0;
        out.groups.append(g);
    }
    out.score = std::round(summary * 100.0) / 100.0;
    QStringList criticalFailures;
    for (const JudgeMetricResult &m : results) {
        if (m.critical && m.classification != JudgeClass::Pass)
            criticalFailures.append(m.name);
    }
    if (!criticalFailures.isEmpty()) {
        out.score = 0;
        out.reason = QStringLiteral("Canary Failed: critical metric(s) %1").arg(criticalFailures.join(QStringLiteral(", ")));
    } else if (!results.isEmpty() && nodata * 2 >= results.size()) {
        out.score = 0;
        out.reason = QStringLiteral("%1 of %2 metrics have no data").arg(nodata).arg(results.size());
    }
    out.classification = out.score >= spec.passScore ? QStringLiteral("Pass")
                       : out.score >= spec.marginalScore ? QStringLiteral("Marginal") : QStringLiteral("Fail");
    return out;
}

} // namespace KayentaJudge
} // namespace shipdeck
