#pragma once

#include "backend/deploy/analysis/conditionexpression.h"
#include "backend/deploy/deploymentspec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace shipdeck {

// Argo Rollouts' AnalysisRun phases.
enum class AnalysisPhase { Pending, Running, Successful, Failed, Inconclusive, Error };
QString analysisPhaseName(AnalysisPhase phase);
std::optional<AnalysisPhase> analysisPhaseFromName(const QString &name);
bool isCompleted(AnalysisPhase phase);

struct Measurement
{
    AnalysisPhase phase = AnalysisPhase::Running;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    MeasurementValue value;
    QString message;       // why (error text, the condition that decided)
    QJsonObject numbers;   // what a person needs to check the verdict (samples, statistic, bound ...)

    QJsonObject toJson() const;
    static Measurement fromJson(const QJsonObject &json);
};

struct MetricResult
{
    QString name;
    AnalysisPhase phase = AnalysisPhase::Pending;
    QList<Measurement> measurements;
    int count = 0;
    int successful = 0;
    int failed = 0;
    int inconclusive = 0;
    int error = 0;
    int consecutiveError = 0;
    int consecutiveSuccess = 0;
    bool dryRun = false;
    QString message;

    QJsonObject toJson() const;
    static MetricResult fromJson(const QJsonObject &json);
};

// The decision rules of Argo Rollouts' analysis controller (analysis/analysis.go,
// utils/evaluate/evaluate.go) as pure functions; see docs/analysis.md for the rules in words.
namespace MetricAssessment {

// EvaluateResult: no conditions -> Successful; success only -> Successful/Failed; failure only
// -> Failed/Successful; both -> Failed if failure holds, else Successful if success holds, else
// Inconclusive; an evaluation error -> Error.
AnalysisPhase classify(const MetricSpec &metric, const MeasurementValue &value, QString *message);

// Appends a finished measurement and updates the counters (an Error does not count towards
// `count`; it increments consecutiveError, anything else resets it).
void record(MetricResult &result, const Measurement &measurement);

// assessMetricStatus: the metric's phase from its measurements and limits.
AnalysisPhase assessMetric(const MetricSpec &metric, const MetricResult &result, bool terminating, QString *message);

// "a is worse than b" in the order Successful < Running < Pending < Inconclusive < Error < Failed.
bool isWorse(AnalysisPhase a, AnalysisPhase b);

struct RunAssessment
{
    AnalysisPhase phase = AnalysisPhase::Running;
    QString message;
    bool terminating = false;
};
// assessRunStatus: updates each metric's phase and returns the run's: Running until every
// metric has completed, then the worst completed phase; dry-run metrics do not count; a Failed,
// Error or Inconclusive metric terminates the run (the others stop as Successful).
RunAssessment assessRun(const QList<MetricSpec> &metrics, QList<MetricResult> &results, bool terminate);

// When the metric's next measurement is due (ms since epoch), or -1 if none is due any more.
qint64 nextMeasurementAt(const MetricSpec &metric, const MetricResult &result, qint64 runStartedAtMs,
                         qint64 errorRetryMs);

} // namespace MetricAssessment
} // namespace shipdeck
