#pragma once

#include "backend/deploy/deploymentspec.h"
#include "backend/providers/provider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace shipdeck {

// Phases as in Argo Rollouts, plus the two endings of an abort: Aborted (a person stopped it)
// and RolledBack (the engine stopped it: failed analysis, failed gates, deadline, rollback hook).
enum class RolloutPhase { Progressing, Paused, Degraded, Healthy, Aborted, RolledBack };
QString rolloutPhaseName(RolloutPhase phase);
std::optional<RolloutPhase> rolloutPhaseFromName(const QString &name);
// Healthy, Aborted and RolledBack end a rollout (clean-up may still be running).
bool isFinalPhase(RolloutPhase phase);

// Why a rollout is paused. A rollout may hold several pause conditions at once.
enum class PauseReason {
    PauseStep,          // CanaryPauseStep
    Approval,           // a manual approval gate
    BlueGreen,          // BlueGreenPause: waiting for promotion before the switch
    Inconclusive,       // InconclusiveAnalysisRun
    User,               // paused by a person
    ConfirmRollout,     // confirm-rollout webhook has not confirmed
    ConfirmTraffic,     // confirm-traffic-increase webhook has not confirmed
    ConfirmPromotion,   // confirm-promotion webhook has not confirmed (WaitingPromotion)
    ProgressDeadline,   // the progress deadline passed and rollback.onProgressDeadline is pause
    Interrupted,        // the process driving it stopped in a state that needs a person
};
QString pauseReasonName(PauseReason reason);
std::optional<PauseReason> pauseReasonFromName(const QString &name);

struct PauseCondition
{
    PauseReason reason = PauseReason::User;
    qint64 startedAtMs = 0;
    QString message;
};

// One step of the plan a strategy compiles to. Canary steps map one to one to the file's
// steps; implicit steps (deploy, scale, switch, promote) are marked with specIndex -1.
struct PlanStep
{
    enum class Kind { Deploy, SetWeight, Pause, Analysis, Approval, Scale, Switch, StopStable, Promote };
    Kind kind = Kind::Deploy;
    int specIndex = -1;
    int weight = 0;                  // SetWeight, Scale: canary traffic after the step
    std::optional<qint64> pauseMs;   // Pause: nullopt = until promoted
    PauseReason pauseReason = PauseReason::PauseStep;
    QStringList templates;           // Analysis
    QMap<QString, QString> args;
    QString analysisKind = QStringLiteral("step"); // step | prePromotion | postPromotion | validation
    QString approvalMessage;         // Approval
    int requiredApprovals = 1;
    QStringList approvers;
    int replicas = 0;                // Deploy, Scale: instances of the new version
    int stableReplicas = -1;         // Scale: instances of the old version after the step (-1 = unchanged)
    bool preview = false;            // Deploy: reachable only through the preview header
    bool oldFirst = false;           // Scale (rolling, maxUnavailable >= batch): stop old instances before starting new ones

    QString label() const;
    QJsonObject toJson() const;
    static PlanStep fromJson(const QJsonObject &json);
};
QString planStepKindName(PlanStep::Kind kind);

QJsonObject trafficToJson(const TrafficSplit &split);
TrafficSplit trafficFromJson(const QJsonObject &json);

// A rollout: one revision of one component in one environment, from the request to its end.
// The persisted state of the rollout state machine (table `rollouts`).
struct RolloutRecord
{
    QString id;
    QString deploymentId;        // rollouts created from the same file and request
    QString component;
    QString environment;
    DeployStrategy strategy = DeployStrategy::Canary;
    QString provider;
    int revision = 0;
    QString name;
    QString specYaml;
    QString source;              // where the file came from
    QList<PlanStep> plan;
    QString stableVersion;       // serving before the rollout; empty for an initial deploy
    QString targetVersion;
    int replicas = 1;
    RolloutPhase phase = RolloutPhase::Progressing;
    QString message;
    QList<PauseCondition> pauseConditions;
    bool userPaused = false;
    int stepIndex = 0;
    QJsonObject stepState;       // progress inside the current step
    TrafficSplit traffic;        // the split last applied to the provider
    QString abortReason;
    QString abortedBy;
    bool promoteFull = false;
    QJsonObject finalizer;       // clean-up after the end: {stage, version, dueAt}
    QJsonObject background;      // background analysis: {runId}
    QStringList dependsOn;       // rollout ids that must be Healthy first
    qint64 generation = 0;
    qint64 pendingTransition = 0; // an intent without result
    QString createdBy;
    QString reason;
    qint64 createdAtMs = 0;
    qint64 startedAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 finishedAtMs = 0;
    QString outcome;             // Promoted | Aborted | RolledBack | Failed
    QString changeCommit;
    qint64 changeCreatedAtMs = 0;
    int undoOfRevision = 0;      // an undo to this revision
    QString traceId;
    QString spanId;
    QString jobId;
    QString leaseOwner;
    qint64 leaseExpiresAtMs = 0;

    bool isFinished() const { return finishedAtMs > 0; }
    bool isInitialDeploy() const { return stableVersion.isEmpty(); }
    QString target() const { return component + QLatin1Char('/') + environment; }
    const PlanStep *currentStep() const { return stepIndex >= 0 && stepIndex < plan.size() ? &plan.at(stepIndex) : nullptr; }
    bool hasPause(PauseReason reason) const;
    bool isPaused() const { return userPaused || !pauseConditions.isEmpty(); }
    QJsonObject toJson() const;
};

struct RolloutEvent
{
    qint64 seq = 0;
    QString rolloutId;
    qint64 atMs = 0;
    QString type;    // Normal | Warning
    QString reason;  // RolloutStepCompleted, AnalysisFailed, RolloutAborted ...
    QString message;
    QJsonObject data;
    QJsonObject toJson() const;
};

struct RolloutTransition
{
    qint64 seq = 0;
    QString rolloutId;
    qint64 generation = 0;
    int stepIndex = 0;
    QString action;
    QJsonObject intent;
    QString state;   // intent | done | failed | superseded
    QString error;
    QString actor;
    qint64 intentAtMs = 0;
    qint64 resultAtMs = 0;
    QJsonObject toJson() const;
};

struct RolloutApproval
{
    QString id;
    QString rolloutId;
    int stepIndex = 0;
    QString actor;
    QString reason;
    qint64 atMs = 0;
    QJsonObject toJson() const;
};

// User actions on a rollout.
enum class RolloutAction { Promote, PromoteFull, Abort, Retry, Pause, Resume, Restart };
QString rolloutActionName(RolloutAction action);
std::optional<RolloutAction> rolloutActionFromName(const QString &name);

} // namespace shipdeck

Q_DECLARE_METATYPE(shipdeck::RolloutRecord)
