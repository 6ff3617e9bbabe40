#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace shipdeck {

// Turns the numbers behind an analysis verdict (a proxy measurement, a sequential test, a
// Kayenta-style judgment or one metric of it) into words a person can act on:
// "canary error rate 4.8 % vs baseline 1.1 %, Mann-Whitney shift +3.6 pts, 98 % CI [2.9, 4.4]
// > tolerance +0.9 → High".
class VerdictExplainer
{
    Q_DECLARE_TR_FUNCTIONS(VerdictExplainer)
public:
    enum class Tone { Neutral, Good, Warning, Bad };
    struct Explanation
    {
        QString verdict;    // "Successful", "High", "Pass" …
        Tone tone = Tone::Neutral;
        QString samples;    // "250 requests in 5 s", "30 canary / 30 baseline samples"
        QString statistic;  // "error rate 1.2 %", "score 100", "log-LR 1.32"
        QString threshold;  // "success when < 2 %", "pass ≥ 95, marginal ≥ 75"
        QString test;       // "threshold", "Mann-Whitney U (98 % CI)", "sequential test (mixture SPRT, α 1 %)"
        QString sentence;   // everything above in one sentence
    };

    // A metric of an analysis run: `kind` proxy | prometheus | judge | sequential, `numbers` the
    // last measurement's numbers, `spec` the metric (RolloutService::details analysisMetrics).
    static Explanation metric(const QString &kind, const QString &phase, const QJsonObject &numbers, const QJsonObject &spec,
                              const QString &message);
    // One metric of a judgment (JudgeMetricResult::toJson()); `measure` names its unit.
    static Explanation judgeMetric(const QJsonObject &result, const QString &measure, double confidenceLevel);

    static QString phaseText(const QString &phase);
    static Tone phaseTone(const QString &phase);
    // "error rate", "p99 latency", "requests/s" …
    static QString measureText(const QString &measure);
    // A value of a measure with its unit: rates in %, latencies in ms.
    static QString valueText(const QString &measure, double value);
    // "result < 0.02" → "< 2 %" for a rate measure; other conditions are returned as written.
    static QString conditionText(const QString &condition, const QString &measure);
    // The bound of a simple "result OP number" condition, if it is one.
    static bool conditionBound(const QString &condition, double *bound, QString *op = nullptr);

private:
    static Explanation proxy(const QString &phase, const QJsonObject &numbers, const QJsonObject &spec, const QString &message);
    static Explanation sequential(const QString &phase, const QJsonObject &numbers);
    static Explanation judge(const QString &phase, const QJsonObject &numbers);
};

} // namespace shipdeck
