#pragma once

#include "backend/deploy/analysis/mannwhitney.h"
#include "backend/deploy/deploymentspec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace shipdeck {

enum class JudgeClass { Pass, High, Low, Nodata, NodataFailMetric, Error };
QString judgeClassName(JudgeClass c);

// One metric judged canary (experiment) against baseline (control).
struct JudgeMetricResult
{
    QString name;
    QString group;
    JudgeClass classification = JudgeClass::Pass;
    bool critical = false;       // a critical failure: overrides the score to 0
    QString reason;              // for people
    int canaryCount = 0;         // values used after NaN and outlier handling
    int baselineCount = 0;
    double canaryMean = 0;
    double baselineMean = 0;
    std::optional<MannWhitneyResult> test;
    double lowerBound = 0;       // -tolerance*|estimate|
    double upperBound = 0;
    QString effectMeasure;
    double effectSize = 0;       // NaN when it could not be computed
    double deviation = 0;        // mean ratio, as Kayenta reports it

    QJsonObject toJson() const;
};

struct JudgeGroupScore
{
    QString name;
    double score = 0;
    bool noData = false;
    int pass = 0, high = 0, low = 0, nodata = 0, nodataFail = 0, error = 0;
};

struct JudgeResult
{
    double score = 0;                 // 0..100, two decimals
    QString classification;           // Pass | Marginal | Fail
    QString reason;
    double passThreshold = 95;
    double marginalThreshold = 75;
    QList<JudgeGroupScore> groups;
    QList<JudgeMetricResult> metrics;

    QJsonObject toJson() const;
    QString summary() const;
};

// Kayenta's NetflixACAJudge semantics (reference/progressive-delivery.md §3): per-metric
// transform (NaN strategy, IQR outliers), Mann-Whitney with a Hodges-Lehmann interval,
// tolerance bounds and effect size, then the weighted-sum score and threshold classification.
namespace KayentaJudge {
JudgeMetricResult classify(const JudgeMetric &config, QList<double> canary, QList<double> baseline,
                           double confidenceLevel, double tolerance);
JudgeResult score(const JudgeSpec &spec, const QList<JudgeMetricResult> &results);
// The IQR fences Kayenta's detector uses: [min(P1, Q1 - f*IQR), max(P99, Q3 + f*IQR)].
std::pair<double, double> outlierFences(QList<double> values, double factor);
} // namespace KayentaJudge

} // namespace shipdeck
