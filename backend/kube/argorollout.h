#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace shipdeck {

struct ArgoStep
{
    QString type;     // setWeight, pause, analysis, experiment, setCanaryScale, setHeaderRoute, setMirrorRoute, plugin
    QString summary;  // "setWeight: 20", "pause: 30s", "pause (until promoted)", "analysis: error-rate"
    int weight = -1;  // setWeight
};

struct ArgoPauseCondition
{
    QString reason;   // CanaryPauseStep, BlueGreenPause, InconclusiveAnalysisRun, InconclusiveExperiment
    QString startTime;
};

// What Shipdeck shows of an Argo Rollout, with the phase computed as Argo computes it
// (utils/rollout/rolloututil.go CalculateRolloutPhase; first matching rule wins).
struct ArgoRolloutInfo
{
    QString namespaceName;
    QString name;
    QString strategy;          // Canary, BlueGreen
    QString phase;             // Healthy, Degraded, Progressing, Paused
    QString message;
    int currentStepIndex = 0;  // len(steps) when every step is done
    int stepCount = 0;
    QList<ArgoStep> steps;
    int setWeight = 0;         // weight of the last setWeight step reached (100 when promoted)
    int actualWeight = -1;     // status.canary.weights.canary.weight, -1 when not reported
    bool specPaused = false;
    bool abort = false;
    bool promoteFull = false;
    bool controllerPause = false;
    QList<ArgoPauseCondition> pauseConditions;
    QString currentPodHash;
    QString stableRS;
    QString stepAnalysisRun;   // status.canary.currentStepAnalysisRunStatus.name
    QString stepAnalysisStatus;
    QString backgroundAnalysisRun;
    QString activeSelector;
    QString previewSelector;
    QStringList images;
    int desired = 1;
    int current = 0;
    int updated = 0;
    int ready = 0;
    int available = 0;

    bool fullyPromoted() const { return !currentPodHash.isEmpty() && currentPodHash == stableRS; }
    static ArgoRolloutInfo fromJson(const QJsonObject &rollout);
    QJsonObject toJson() const;
};

// (phase, message) exactly as Argo's CalculateRolloutPhase derives them.
QPair<QString, QString> argoRolloutPhase(const QJsonObject &rollout);

struct ArgoMeasurement
{
    QString phase;
    QString value;
    QString message;
    QString startedAt;
    QString finishedAt;
};

struct ArgoMetricResult
{
    QString name;
    QString phase;
    QString message;
    int count = 0;
    int successful = 0;
    int failed = 0;
    int inconclusive = 0;
    int error = 0;
    int consecutiveError = 0;
    QString successCondition;
    QString failureCondition;
    QString provider;
    QList<ArgoMeasurement> measurements;
};

struct ArgoAnalysisRunInfo
{
    QString namespaceName;
    QString name;
    QString phase;
    QString message;
    QString rollout;           // owner Rollout
    QString revision;          // rollout.argoproj.io/revision label or annotation
    QString startedAt;
    QList<ArgoMetricResult> metrics;

    static ArgoAnalysisRunInfo fromJson(const QJsonObject &run);
    QJsonObject toJson() const;
};

} // namespace shipdeck
