#include "backend/deploy/rollouttypes.h"

namespace shipdeck {

QString rolloutPhaseName(RolloutPhase phase)
{
    switch (phase) {
    case RolloutPhase::Progressing: return QStringLiteral("Progressing");
    case RolloutPhase::Paused: return QStringLiteral("Paused");
    case RolloutPhase::Degraded: return QStringLiteral("Degraded");
    case RolloutPhase::Healthy: return QStringLiteral("Healthy");
    case RolloutPhase::Aborted: return QStringLiteral("Aborted");
    case RolloutPhase::RolledBack: return QStringLiteral("RolledBack");
    }
    return {};
}

std::optional<RolloutPhase> rolloutPhaseFromName(const QString &name)
{
    for (auto p : {RolloutPhase::Progressing, RolloutPhase::Paused, RolloutPhase::Degraded, RolloutPhase::Healthy,
                   RolloutPhase::Aborted, RolloutPhase::RolledBack}) {
        if (rolloutPhaseName(p) == name)
            return p;
    }
    return std::nullopt;
}

bool isFinalPhase(RolloutPhase phase)
{
    return phase == RolloutPhase::Healthy || phase == RolloutPhase::Aborted || phase == RolloutPhase::RolledBack;
}

QString pauseReasonName(PauseReason reason)
{
    switch (reason) {
    case PauseReason::PauseStep: return QStringLiteral("CanaryPauseStep");
    case PauseReason::Approval: return QStringLiteral("Approval");
    case PauseReason::BlueGreen: return QStringLiteral("BlueGreenPause");
    case PauseReason::Inconclusive: return QStringLiteral("InconclusiveAnalysisRun");
    case PauseReason::User: return QStringLiteral("ManualPause");
    case PauseReason::ConfirmRollout: return QStringLiteral("WaitingForConfirmation");
    case PauseReason::ConfirmTraffic: return QStringLiteral("WaitingForTrafficIncrease");
    case PauseReason::ConfirmPromotion: return QStringLiteral("WaitingPromotion");
    case PauseReason::ProgressDeadline: return QStringLiteral("ProgressDeadlineExceeded");
    case PauseReason::Interrupted: return QStringLiteral("Interrupted");
    }
    return {};
}

std::optional<PauseReason> pauseReasonFromName(const QString &name)
{
    for (auto r : {PauseReason::PauseStep, PauseReason::Approval, PauseReason::BlueGreen, PauseReason::Inconclusive,
                   PauseReason::User, PauseReason::ConfirmRollout, PauseReason::ConfirmTraffic, PauseReason::ConfirmPromotion,
                   PauseReason::ProgressDeadline, PauseReason::Interrupted}) {
        if (pauseReasonName(r) == name)
            return r;
    }
    return std::nullopt;
}

QString planStepKindName(PlanStep::Kind kind)
{
    switch (kind) {
    case PlanStep::Kind::Deploy: return QStringLiteral("deploy");
    case PlanStep::Kind::SetWeight: return QStringLiteral("setWeight");
    case PlanStep::Kind::Pause: return QStringLiteral("pause");
    case PlanStep::Kind::Analysis: return QStringLiteral("analysis");
    case PlanStep::Kind::Approval: return QStringLiteral("approval");
    case PlanStep::Kind::Scale: return QStringLiteral("scale");
    case PlanStep::Kind::Switch: return QStringLiteral("switch");
    case PlanStep::Kind::StopStable: return QStringLiteral("stopStable");
    case PlanStep::Kind::Promote: return QStringLiteral("promote");
    }
    return {};
}

QString PlanStep::label() const
{
    switch (kind) {
    case Kind::Deploy:
        return preview ? QStringLiteral("deploy preview ×%1").arg(replicas) : QStringLiteral("deploy ×%1").arg(replicas);
    case Kind::SetWeight: return QStringLiteral("setWeight %1%").arg(weight);
    case Kind::Pause:
        if (pauseReason == PauseReason::BlueGreen)
            return pauseMs ? QStringLiteral("auto-promote after %1 s").arg(*pauseMs / 1000) : QStringLiteral("wait for promotion");
        return pauseMs ? QStringLiteral("pause %1 s").arg(*pauseMs / 1000.0) : QStringLiteral("pause");
    case Kind::Analysis:
        return analysisKind == QLatin1String("step") ? QStringLiteral("analysis %1").arg(templates.join(QLatin1Char(',')))
                                                     : QStringLiteral("%1 analysis").arg(analysisKind);
    case Kind::Approval:
        return requiredApprovals > 1 ? QStringLiteral("approval (%1 people)").arg(requiredApprovals) : QStringLiteral("approval");
    case Kind::Scale:
        if (stableReplicas < 0)
            return QStringLiteral("scale new ×%1").arg(replicas);
        return QStringLiteral("scale new ×%1, old ×%2 (%3%)").arg(replicas).arg(stableReplicas).arg(weight);
    case Kind::Switch: return QStringLiteral("switch traffic");
    case Kind::StopStable: return QStringLiteral("stop old version");
    case Kind::Promote: return QStringLiteral("promote");
    }
    return {};
}

QJsonObject PlanStep::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), planStepKindName(kind)}, {QStringLiteral("label"), label()}};
    if (specIndex >= 0)
        json.insert(QStringLiteral("specIndex"), specIndex);
    if (kind == Kind::SetWeight || kind == Kind::Scale)
        json.insert(QStringLiteral("weight"), weight);
    if (kind == Kind::Pause) {
        if (pauseMs)
            json.insert(QStringLiteral("durationMs"), *pauseMs);
        json.insert(QStringLiteral("pauseReason"), pauseReasonName(pauseReason));
    }
    if (kind == Kind::Analysis) {
        json.insert(QStringLiteral("templates"), QJsonArray::fromStringList(templates));
        json.insert(QStringLiteral("analysisKind"), analysisKind);
        QJsonObject a;
        for (auto it = args.begin(); it != args.end(); ++it)
            a.insert(it.key(), it.value());
        if (!a.isEmpty())
            json.insert(QStringLiteral("args"), a);
    }
    if (kind == Kind::Approval) {
        json.insert(QStringLiteral("message"), approvalMessage);
        json.insert(QStringLiteral("required"), requiredApprovals);
        json.insert(QStringLiteral("approvers"), QJsonArray::fromStringList(approvers));
    }
    if (kind == Kind::Deploy || kind == Kind::Scale)
        json.insert(QStringLiteral("replicas"), replicas);
    if (kind == Kind::Scale)
        json.insert(QStringLiteral("stableReplicas"), stableReplicas);
    if (preview)
        json.insert(QStringLiteral("preview"), true);
    if (oldFirst)
        json.insert(QStringLiteral("oldFirst"), true);
    return json;
}

PlanStep PlanStep::fromJson(const QJsonObject &json)
{
    PlanStep s;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    for (auto k : {Kind::Deploy, Kind::SetWeight, Kind::Pause, Kind::Analysis, Kind::Approval, Kind::Scale, Kind::Switch,
                   Kind::StopStable, Kind::Promote}) {
        if (planStepKindName(k) == kind)
            s.kind = k;
    }
    s.specIndex = json.value(QStringLiteral("specIndex")).toInt(-1);
    s.weight = json.value(QStringLiteral("weight")).toInt();
    if (json.contains(QStringLiteral("durationMs")))
        s.pauseMs = qint64(json.value(QStringLiteral("durationMs")).toDouble());
    s.pauseReason = pauseReasonFromName(json.value(QStringLiteral("pauseReason")).toString()).value_or(PauseReason::PauseStep);
    for (const QJsonValue &t : json.value(QStringLiteral("templates")).toArray())
        s.templates.append(t.toString());
    s.analysisKind = json.value(QStringLiteral("analysisKind")).toString(QStringLiteral("step"));
    const QJsonObject args = json.value(QStringLiteral("args")).toObject();
    for (auto it = args.begin(); it != args.end(); ++it)
        s.args.insert(it.key(), it.value().toString());
    s.approvalMessage = json.value(QStringLiteral("message")).toString();
    s.requiredApprovals = json.value(QStringLiteral("required")).toInt(1);
    for (const QJsonValue &a : json.value(QStringLiteral("approvers")).toArray())
        s.approvers.append(a.toString());
    s.replicas = json.value(QStringLiteral("replicas")).toInt();
    s.stableReplicas = json.value(QStringLiteral("stableReplicas")).toInt(-1);
    s.preview = json.value(QStringLiteral("preview")).toBool();
    s.oldFirst = json.value(QStringLiteral("oldFirst")).toBool();
    return s;
}

QJsonObject trafficToJson(const TrafficSplit &split)
{
    QJsonObject json{{QStringLiteral("stableVersion"), split.stableVersion},
                     {QStringLiteral("canaryVersion"), split.canaryVersion},
                     {QStringLiteral("canaryWeight"), split.canaryWeight}};
    if (!split.headerName.isEmpty()) {
        json.insert(QStringLiteral("headerName"), split.headerName);
        json.insert(QStringLiteral("headerValue"), split.headerValue);
    }
    return json;
}

TrafficSplit trafficFromJson(const QJsonObject &json)
{
    TrafficSplit s;
    s.stableVersion = json.value(QStringLiteral("stableVersion")).toString();
    s.canaryVersion = json.value(QStringLiteral("canaryVersion")).toString();
    s.canaryWeight = json.value(QStringLiteral("canaryWeight")).toInt();
    s.headerName = json.value(QStringLiteral("headerName")).toString();
    s.headerValue = json.value(QStringLiteral("headerValue")).toString();
    return s;
}

bool RolloutRecord::hasPause(PauseReason reason) const
{
    for (const PauseCondition &c : pauseConditions) {
        if (c.reason == reason)
            return true;
    }
    return false;
}

QJsonObject RolloutRecord::toJson() const
{
    QJsonArray steps;
    for (int i = 0; i < plan.size(); ++i) {
        QJsonObject s = plan.at(i).toJson();
        s.insert(QStringLiteral("index"), i);
        s.insert(QStringLiteral("status"), i < stepIndex ? QStringLiteral("done")
                                          : i == stepIndex && !isFinalPhase(phase) ? QStringLiteral("current")
                                          : i == stepIndex && phase == RolloutPhase::Healthy ? QStringLiteral("done")
                                                                                          : QStringLiteral("pending"));
        steps.append(s);
    }
    QJsonArray pauses;
    for (const PauseCondition &c : pauseConditions) {
        pauses.append(QJsonObject{{QStringLiteral("reason"), pauseReasonName(c.reason)},
                                  {QStringLiteral("startedAt"), c.startedAtMs},
                                  {QStringLiteral("message"), c.message}});
    }
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("deploymentId"), deploymentId},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("component"), component},
                     {QStringLiteral("environment"), environment},
                     {QStringLiteral("strategy"), strategyName(strategy)},
                     {QStringLiteral("provider"), provider},
                     {QStringLiteral("revision"), revision},
                     {QStringLiteral("stableVersion"), stableVersion},
                     {QStringLiteral("targetVersion"), targetVersion},
                     {QStringLiteral("replicas"), replicas},
                     {QStringLiteral("phase"), rolloutPhaseName(phase)},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("pauseConditions"), pauses},
                     {QStringLiteral("userPaused"), userPaused},
                     {QStringLiteral("stepIndex"), stepIndex},
                     {QStringLiteral("stepCount"), int(plan.size())},
                     {QStringLiteral("steps"), steps},
                     {QStringLiteral("stepState"), stepState},
                     {QStringLiteral("traffic"), trafficToJson(traffic)},
                     {QStringLiteral("promoteFull"), promoteFull},
                     {QStringLiteral("createdBy"), createdBy},
                     {QStringLiteral("reason"), reason},
                     {QStringLiteral("createdAt"), createdAtMs},
                     {QStringLiteral("startedAt"), startedAtMs},
                     {QStringLiteral("updatedAt"), updatedAtMs},
                     {QStringLiteral("traceId"), traceId},
                     {QStringLiteral("generation"), generation}};
    if (!abortReason.isEmpty()) {
        json.insert(QStringLiteral("abortReason"), abortReason);
        json.insert(QStringLiteral("abortedBy"), abortedBy);
    }
    if (finishedAtMs) {
        json.insert(QStringLiteral("finishedAt"), finishedAtMs);
        json.insert(QStringLiteral("durationMs"), finishedAtMs - (startedAtMs ? startedAtMs : createdAtMs));
    }
    if (!outcome.isEmpty())
        json.insert(QStringLiteral("outcome"), outcome);
    if (!changeCommit.isEmpty() || changeCreatedAtMs)
        json.insert(QStringLiteral("change"), QJsonObject{{QStringLiteral("commit"), changeCommit},
                                                          {QStringLiteral("createdAt"), changeCreatedAtMs}});
    if (undoOfRevision)
        json.insert(QStringLiteral("undoToRevision"), undoOfRevision);
    if (!dependsOn.isEmpty())
        json.insert(QStringLiteral("dependsOn"), QJsonArray::fromStringList(dependsOn));
    if (!finalizer.isEmpty())
        json.insert(QStringLiteral("cleanup"), finalizer);
    if (!source.isEmpty())
        json.insert(QStringLiteral("source"), source);
    return json;
}

QJsonObject RolloutEvent::toJson() const
{
    QJsonObject json{{QStringLiteral("seq"), seq},
                     {QStringLiteral("rolloutId"), rolloutId},
                     {QStringLiteral("at"), atMs},
                     {QStringLiteral("type"), type},
                     {QStringLiteral("reason"), reason},
                     {QStringLiteral("message"), message}};
    if (!data.isEmpty())
        json.insert(QStringLiteral("data"), data);
    return json;
}

QJsonObject RolloutTransition::toJson() const
{
    QJsonObject json{{QStringLiteral("seq"), seq},
                     {QStringLiteral("generation"), generation},
                     {QStringLiteral("stepIndex"), stepIndex},
                     {QStringLiteral("action"), action},
                     {QStringLiteral("intent"), intent},
                     {QStringLiteral("state"), state},
                     {QStringLiteral("intentAt"), intentAtMs}};
    if (!actor.isEmpty())
        json.insert(QStringLiteral("actor"), actor);
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    if (resultAtMs)
        json.insert(QStringLiteral("resultAt"), resultAtMs);
    return json;
}

QJsonObject RolloutApproval::toJson() const
{
    return {{QStringLiteral("id"), id},       {QStringLiteral("stepIndex"), stepIndex}, {QStringLiteral("actor"), actor},
            {QStringLiteral("reason"), reason}, {QStringLiteral("at"), atMs}};
}

QString rolloutActionName(RolloutAction action)
{
    switch (action) {
    case RolloutAction::Promote: return QStringLiteral("promote");
    case RolloutAction::PromoteFull: return QStringLiteral("promote-full");
    case RolloutAction::Abort: return QStringLiteral("abort");
    case RolloutAction::Retry: return QStringLiteral("retry");
    case RolloutAction::Pause: return QStringLiteral("pause");
    case RolloutAction::Resume: return QStringLiteral("resume");
    case RolloutAction::Restart: return QStringLiteral("restart");
    }
    return {};
}

std::optional<RolloutAction> rolloutActionFromName(const QString &name)
{
    for (auto a : {RolloutAction::Promote, RolloutAction::PromoteFull, RolloutAction::Abort, RolloutAction::Retry,
                   RolloutAction::Pause, RolloutAction::Resume, RolloutAction::Restart}) {
        if (rolloutActionName(a) == name)
            return a;
    }
    return std::nullopt;
}

} // namespace shipdeck
