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
