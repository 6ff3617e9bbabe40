#include "backend/deploy/rolloutrules.h"

namespace shipdeck::RolloutRules {

namespace {
Error refuse(const RolloutRecord &r, const QString &why)
{
    return Error(ErrorCode::FailedPrecondition, QStringLiteral("rollout %1 (%2, revision %3): %4").arg(r.id, r.target()).arg(r.revision).arg(why));
}

QString abortedText(const RolloutRecord &r)
{
    return QStringLiteral("it was %1%2%3").arg(r.phase == RolloutPhase::Aborted ? QStringLiteral("aborted") : QStringLiteral("rolled back"),
                                               r.abortedBy.isEmpty() ? QString() : QStringLiteral(" by ") + r.abortedBy,
                                               r.abortReason.isEmpty() ? QString() : QStringLiteral(" (") + r.abortReason + QLatin1Char(')'));
}
} // namespace

Result<void> check(const RolloutRecord &r, RolloutAction action, const QString &actor, const Context &context)
{
    const bool aborted = r.phase == RolloutPhase::Aborted || r.phase == RolloutPhase::RolledBack;
    const bool healthy = r.phase == RolloutPhase::Healthy;
    switch (action) {
    case RolloutAction::Promote:
    case RolloutAction::PromoteFull: {
        if (aborted)
            return refuse(r, QStringLiteral("cannot promote: %1; retry it first, or undo to an earlier revision").arg(abortedText(r)));
        if (healthy)
            return refuse(r, QStringLiteral("cannot promote: version %1 is already fully promoted").arg(r.targetVersion));
        if (!context.canaryReady)
            return refuse(r, QStringLiteral("cannot promote yet: version %1 is still being deployed (%2); wait for it or abort")
                                 .arg(r.targetVersion, r.message));
        const PlanStep *step = r.currentStep();
        if (action == RolloutAction::Promote && step && step->kind == PlanStep::Kind::Approval && !step->approvers.isEmpty()
            && !step->approvers.contains(actor) && r.hasPause(PauseReason::Approval)) {
            return Error(ErrorCode::PermissionDenied, QStringLiteral("rollout %1: only %2 may approve this step, not %3")
                                                          .arg(r.id, step->approvers.join(QStringLiteral(", ")), actor));
        }
        return success();
    }
    case RolloutAction::Abort:
        if (aborted)
            return refuse(r, QStringLiteral("nothing to abort: %1").arg(abortedText(r)));
        if (healthy)
            return refuse(r, QStringLiteral("nothing to abort: version %1 is fully promoted; use undo to return to an earlier revision")
                                 .arg(r.targetVersion));
        return success();
    case RolloutAction::Retry:
        if (!aborted)
            return refuse(r, QStringLiteral("only an aborted or rolled back rollout can be retried; this one is %1").arg(rolloutPhaseName(r.phase)));
        if (!context.isLatestRevision)
            return refuse(r, QStringLiteral("a newer revision of %1 exists; deploy again instead of retrying").arg(r.component));
        if (context.otherUnfinished)
            return refuse(r, QStringLiteral("rollout %1 of %2 is running; wait for it or abort it first").arg(context.otherUnfinishedId, r.target()));
        return success();
    case RolloutAction::Pause:
        if (r.isFinished())
            return refuse(r, QStringLiteral("cannot pause: the rollout has ended (%1)").arg(rolloutPhaseName(r.phase)));
        if (r.userPaused)
            return refuse(r, QStringLiteral("already paused by a person"));
        return success();
    case RolloutAction::Resume:
        if (!r.userPaused) {
            if (r.isPaused())
                return refuse(r, QStringLiteral("not paused by a person; it waits for %1: use promote").arg(pauseReasonName(r.pauseConditions.first().reason)));
            return refuse(r, QStringLiteral("not paused"));
        }
        return success();
    case RolloutAction::Restart:
        if (aborted)
            return refuse(r, QStringLiteral("cannot restart: %1").arg(abortedText(r)));
        if (r.pendingTransition)
            return refuse(r, QStringLiteral("cannot restart while an action is in progress (%1); try again shortly").arg(r.message));
        return success();
    }
    return success();
}

void refreshPhase(RolloutRecord &r)
{
    if (r.isFinished())
        return;
    if (!r.stepState.value(QStringLiteral("degraded")).toString().isEmpty()) {
        r.phase = RolloutPhase::Degraded;
        r.message = r.stepState.value(QStringLiteral("degraded")).toString();
        return;
    }
    if (r.userPaused) {
        r.phase = RolloutPhase::Paused;
        r.message = QStringLiteral("manually paused");
        return;
    }
    if (!r.pauseConditions.isEmpty()) {
        const PauseCondition &c = r.pauseConditions.first();
        r.phase = RolloutPhase::Paused;
        r.message = c.message.isEmpty() ? pauseReasonName(c.reason) : QStringLiteral("%1: %2").arg(pauseReasonName(c.reason), c.message);
        return;
    }
    r.phase = RolloutPhase::Progressing;
}

} // namespace shipdeck::RolloutRules
