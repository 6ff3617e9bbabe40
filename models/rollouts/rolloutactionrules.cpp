#include "models/rollouts/rolloutactionrules.h"

#include "models/rollouts/rollouttext.h"

#include <QJsonArray>

namespace shipdeck {

RolloutActionRules::State RolloutActionRules::state(const QJsonObject &r, RolloutAction action, const QString &actor)
{
    auto no = [](const QString &why) { return State{false, why}; };
    if (r.isEmpty())
        return no(tr("No rollout selected."));
    const QString phase = r.value(QStringLiteral("phase")).toString();
    const bool aborted = phase == QLatin1String("Aborted") || phase == QLatin1String("RolledBack");
    const bool healthy = phase == QLatin1String("Healthy");
    const bool finished = r.value(QStringLiteral("finishedAt")).toDouble() > 0 || aborted || healthy;
    const QJsonArray steps = r.value(QStringLiteral("steps")).toArray();
    const QJsonObject step = steps.at(r.value(QStringLiteral("stepIndex")).toInt()).toObject();
    const QString target = r.value(QStringLiteral("targetVersion")).toString();
    switch (action) {
    case RolloutAction::Promote:
    case RolloutAction::PromoteFull: {
        if (aborted)
            return no(tr("The rollout was %1; retry it first, or roll back to an earlier revision.")
                          .arg(RolloutText::phaseText(phase).toLower()));
        if (healthy)
            return no(tr("Version %1 is already fully promoted.").arg(target));
        if (step.value(QStringLiteral("kind")).toString() == QLatin1String("deploy"))
            return no(tr("Version %1 is still being deployed; wait for it or abort.").arg(target));
        const QStringList approvers = step.value(QStringLiteral("approvers")).toVariant().toStringList();
        if (action == RolloutAction::Promote && RolloutText::isApprovalWaiting(r) && !approvers.isEmpty() && !approvers.contains(actor))
            return no(tr("Only %1 may approve this step, not %2.").arg(approvers.join(QStringLiteral(", ")), actor));
        return {true, {}};
    }
    case RolloutAction::Abort:
        if (aborted)
            return no(tr("Nothing to abort: the rollout was already %1.").arg(RolloutText::phaseText(phase).toLower()));
        if (healthy)
            return no(tr("Nothing to abort: version %1 is fully promoted; roll back to an earlier revision instead.").arg(target));
        return {true, {}};
    case RolloutAction::Retry:
        if (!aborted)
            return no(tr("Only an aborted or rolled back rollout can be retried."));
        return {true, {}};
    case RolloutAction::Pause:
        if (finished)
            return no(tr("The rollout has ended."));
        if (r.value(QStringLiteral("userPaused")).toBool())
            return no(tr("Already paused by a person."));
        return {true, {}};
    case RolloutAction::Resume:
        if (!r.value(QStringLiteral("userPaused")).toBool())
            return no(phase == QLatin1String("Paused") ? tr("Not paused by a person; it waits for %1 — use Promote.").arg(RolloutText::needsText(r))
                                                       : tr("Not paused."));
        return {true, {}};
    case RolloutAction::Restart:
        if (aborted)
            return no(tr("The rollout was %1.").arg(RolloutText::phaseText(phase).toLower()));
        return {true, {}};
    }
    return no(QString());
}

} // namespace shipdeck

namespace shipdeck {

namespace {
// The canary weight the rollout reaches after the current step: the next setWeight/scale.
int nextWeight(const QJsonObject &r)
{
    const QJsonArray steps = r.value(QStringLiteral("steps")).toArray();
    for (int i = r.value(QStringLiteral("stepIndex")).toInt() + 1; i < steps.size(); ++i) {
        const QJsonObject s = steps.at(i).toObject();
        const QString kind = s.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("setWeight") || kind == QLatin1String("scale"))
            return s.value(QStringLiteral("weight")).toInt();
        if (kind == QLatin1String("switch") || kind == QLatin1String("promote"))
            return 100;
    }
    return 100;
}
} // namespace

QString RolloutActionRules::actionText(RolloutAction action)
{
    switch (action) {
    case RolloutAction::Promote: return tr("Promote");
    case RolloutAction::PromoteFull: return tr("Promote Full");
    case RolloutAction::Abort: return tr("Abort");
    case RolloutAction::Retry: return tr("Retry");
    case RolloutAction::Pause: return tr("Pause");
    case RolloutAction::Resume: return tr("Resume");
    case RolloutAction::Restart: return tr("Restart");
    }
    return {};
}

RolloutActionRules::Description RolloutActionRules::describe(const QJsonObject &r, RolloutAction action, const QString &actor)
{
    const QString component = r.value(QStringLiteral("component")).toString();
    const QString environment = RolloutText::environmentText(r.value(QStringLiteral("environment")).toString());
    const QString target = r.value(QStringLiteral("targetVersion")).toString();
    const QString stable = r.value(QStringLiteral("stableVersion")).toString();
    const QString stableText = stable.isEmpty() ? tr("nothing (first deployment)") : stable;
    const int weight = r.value(QStringLiteral("traffic")).toObject().value(QStringLiteral("canaryWeight")).toInt();
    const int step = r.value(QStringLiteral("stepIndex")).toInt();
    const int count = r.value(QStringLiteral("stepCount")).toInt();
    const QJsonObject current = r.value(QStringLiteral("steps")).toArray().at(step).toObject();
    const QString where = tr("Environment: %1 · revision %2 · rollout %3")
                              .arg(environment).arg(r.value(QStringLiteral("revision")).toInt()).arg(r.value(QStringLiteral("id")).toString());
    const QString now = tr("Now: canary %1 receives %2, stable %3 receives %4")
                            .arg(target, RolloutText::percentText(weight), stableText, RolloutText::percentText(100 - weight));
    const QString recorded = tr("Recorded in the audit log as %1, with your reason").arg(actor);
    Description d;
    switch (action) {
    case RolloutAction::Promote: {
        const int next = nextWeight(r);
        const bool approval = RolloutText::isApprovalWaiting(r);
        d.title = approval ? tr("Approve %1 %2?").arg(component, target) : tr("Promote %1 %2?").arg(component, target);
        d.summary = approval
            ? tr("Approves step %1 of %2 (%3) in %4; the rollout continues with the next step.")
                  .arg(step + 1).arg(count).arg(RolloutText::stepText(current), environment)
            : tr("Completes step %1 of %2 (%3) in %4 now; the rollout continues with the next step.")
                  .arg(step + 1).arg(count).arg(RolloutText::stepText(current), environment);
        d.details = {now,
                     tr("Next: canary %1 moves towards %2 of the traffic (stable %3 keeps %4)")
                         .arg(target, RolloutText::percentText(next), stableText, RolloutText::percentText(100 - next)),
                     where, recorded};
        d.confirmText = approval ? tr("Approve") : tr("Promote");
        break;
    }
    case RolloutAction::PromoteFull:
        d.title = tr("Promote %1 %2 fully?").arg(component, target);
        d.summary = tr("Skips all remaining steps, pauses and analysis: %1 takes 100 % of the traffic in %2 at once.")
                        .arg(target, environment);
        d.details = {now, tr("Then: canary %1 receives 100 %; stable %2 is stopped after its scale-down delay").arg(target, stableText),
                     where, recorded};
        d.confirmText = tr("Promote Full");
        d.destructive = true;
        break;
    case RolloutAction::Abort:
        d.title = tr("Abort the rollout of %1 %2?").arg(component, target);
        d.summary = tr("Stops the rollout in %1 and returns all traffic to %2; the instances of %3 are stopped.")
                        .arg(environment, stableText, target);
        d.details = {now, tr("Then: stable %1 receives 100 %, canary %2 0 %").arg(stableText, target), where, recorded};
        d.confirmText = tr("Abort Rollout");
        d.destructive = true;
        break;
    case RolloutAction::Retry:
        d.title = tr("Retry the rollout of %1 %2?").arg(component, target);
        d.summary = tr("Starts the rollout of %1 in %2 again from step 1 of %3, with its analysis.").arg(target, environment).arg(count);
        d.details = {tr("Now: stable %1 receives 100 %").arg(stableText),
                     tr("Then: canary %1 is deployed again and receives traffic step by step").arg(target), where, recorded};
        d.confirmText = tr("Retry");
        break;
    case RolloutAction::Pause:
        d.title = tr("Pause the rollout of %1 %2?").arg(component, target);
        d.summary = tr("Holds the rollout at step %1 of %2 in %3 until someone resumes it; traffic stays as it is.")
                        .arg(step + 1).arg(count).arg(environment);
        d.details = {now, where, recorded};
        d.confirmText = tr("Pause");
        break;
    case RolloutAction::Resume:
        d.title = tr("Resume the rollout of %1 %2?").arg(component, target);
        d.summary = tr("Continues the rollout at step %1 of %2 (%3) in %4.").arg(step + 1).arg(count).arg(RolloutText::stepText(current), environment);
        d.details = {now, where, recorded};
        d.confirmText = tr("Resume");
        break;
    case RolloutAction::Restart:
        d.title = tr("Restart the instances of %1?").arg(component);
        d.summary = tr("Restarts the instances one by one in %1; traffic keeps its split.").arg(environment);
        d.details = {now, where, recorded};
        d.confirmText = tr("Restart");
        break;
    }
    return d;
}

RolloutActionRules::Description RolloutActionRules::describeRollback(const QJsonObject &r, int revision, const QString &version,
                                                                     const QString &servingVersion, const QString &actor)
{
    const QString component = r.value(QStringLiteral("component")).toString();
    const QString environment = RolloutText::environmentText(r.value(QStringLiteral("environment")).toString());
    Description d;
    d.title = tr("Roll %1 back to revision %2?").arg(component).arg(revision);
    d.summary = tr("Deploys the file of revision %1 again as a new revision: version %2 replaces %3 in %4.")
                    .arg(revision).arg(version, servingVersion.isEmpty() ? tr("the current version") : servingVersion, environment);
    d.details = {tr("Now: %1 receives 100 % of the traffic").arg(servingVersion),
                 tr("Then: %1 receives 100 %; within the rollback window steps and analysis are skipped").arg(version),
                 tr("Environment: %1").arg(environment),
                 tr("Recorded in the audit log as %1, with your reason").arg(actor)};
    d.confirmText = tr("Roll Back");
    d.destructive = true;
    return d;
}

} // namespace shipdeck
