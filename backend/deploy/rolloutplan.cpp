#include "backend/deploy/rolloutplan.h"

#include <cmath>

namespace shipdeck::RolloutPlan {

namespace {
PlanStep step(PlanStep::Kind kind)
{
    PlanStep s;
    s.kind = kind;
    return s;
}

PlanStep deploy(int replicas, bool preview = false)
{
    PlanStep s = step(PlanStep::Kind::Deploy);
    s.replicas = replicas;
    s.preview = preview;
    return s;
}

PlanStep analysis(const AnalysisRef &ref, const QString &kind, int specIndex = -1)
{
    PlanStep s = step(PlanStep::Kind::Analysis);
    s.templates = ref.templates;
    s.args = ref.args;
    s.analysisKind = kind;
    s.specIndex = specIndex;
    return s;
}

QList<PlanStep> canary(const DeploymentSpec &spec, int replicas)
{
    QList<PlanStep> plan{deploy(replicas)};
    for (int i = 0; i < spec.canary.steps.size(); ++i) {
        const CanaryStep &c = spec.canary.steps.at(i);
        PlanStep s;
        s.specIndex = i;
        switch (c.kind) {
        case CanaryStep::Kind::SetWeight:
            s.kind = PlanStep::Kind::SetWeight;
            s.weight = c.weight;
            break;
        case CanaryStep::Kind::Pause:
            s.kind = PlanStep::Kind::Pause;
            s.pauseMs = c.pauseMs;
            s.pauseReason = PauseReason::PauseStep;
            break;
        case CanaryStep::Kind::Analysis:
            s = analysis(c.analysis, QStringLiteral("step"), i);
            break;
        case CanaryStep::Kind::Approval:
            s.kind = PlanStep::Kind::Approval;
            s.approvalMessage = c.approvalMessage;
            s.requiredApprovals = c.requiredApprovals;
            s.approvers = c.approvers;
            break;
        }
        plan.append(s);
    }
    plan.append(step(PlanStep::Kind::Promote));
    return plan;
}

QList<PlanStep> blueGreen(const DeploymentSpec &spec, int replicas)
{
    const BlueGreenSpec &b = spec.blueGreen;
    const int preview = b.previewReplicas > 0 ? qMin(b.previewReplicas, replicas) : replicas;
    QList<PlanStep> plan{deploy(preview, true)};
    if (!b.prePromotionAnalysis.isEmpty())
        plan.append(analysis(b.prePromotionAnalysis, QStringLiteral("prePromotion")));
    if (!b.autoPromotionEnabled || b.autoPromotionMs > 0) {
        PlanStep pause = step(PlanStep::Kind::Pause);
        pause.pauseReason = PauseReason::BlueGreen;
        if (b.autoPromotionEnabled)
            pause.pauseMs = b.autoPromotionMs;
        plan.append(pause);
    }
    if (preview < replicas) {
        PlanStep scale = step(PlanStep::Kind::Scale);
        scale.replicas = replicas;
        scale.weight = 0;
        plan.append(scale);
    }
    PlanStep sw = step(PlanStep::Kind::Switch);
    sw.weight = 100;
    plan.append(sw);
    if (!b.postPromotionAnalysis.isEmpty())
        plan.append(analysis(b.postPromotionAnalysis, QStringLiteral("postPromotion")));
    plan.append(step(PlanStep::Kind::Promote));
    return plan;
}

QList<PlanStep> rolling(const DeploymentSpec &spec, int replicas)
{
    const RollingSpec &r = spec.rolling;
    const int batch = r.batchPercent > 0 ? qMax(1, int(std::ceil(replicas * r.batchPercent / 100.0))) : qMax(1, r.batchSize);
    const int unavailable = r.maxUnavailablePercent >= 0 ? int(std::floor(replicas * r.maxUnavailablePercent / 100.0)) : r.maxUnavailable;
    QList<PlanStep> plan;
    for (const auto &[fresh, old] : rollingBatches(replicas, batch, unavailable)) {
        PlanStep s = step(PlanStep::Kind::Scale);
        s.replicas = fresh;
        s.stableReplicas = old;
        s.weight = int(std::lround(100.0 * fresh / replicas));
        s.oldFirst = unavailable >= batch;
        plan.append(s);
    }
    if (!spec.validation.analysis.isEmpty())
        plan.append(analysis(spec.validation.analysis, QStringLiteral("validation")));
    plan.append(step(PlanStep::Kind::Promote));
    return plan;
}

QList<PlanStep> recreate(const DeploymentSpec &spec, int replicas)
{
    QList<PlanStep> plan{step(PlanStep::Kind::StopStable), deploy(replicas)};
    PlanStep sw = step(PlanStep::Kind::Switch);
    sw.weight = 100;
    plan.append(sw);
    if (!spec.validation.analysis.isEmpty())
        plan.append(analysis(spec.validation.analysis, QStringLiteral("validation")));
    plan.append(step(PlanStep::Kind::Promote));
    return plan;
}
} // namespace

QList<std::pair<int, int>> rollingBatches(int replicas, int batchSize, int maxUnavailable)
{
    QList<std::pair<int, int>> out;
    replicas = qMax(1, replicas);
    batchSize = qMax(1, batchSize);
    for (int fresh = qMin(batchSize, replicas);; fresh = qMin(fresh + batchSize, replicas)) {
        out.append({fresh, replicas - fresh});
        if (fresh >= replicas)
            break;
    }
    Q_UNUSED(maxUnavailable); // decides the order inside a batch (controller), not the batches
    return out;
}

QList<PlanStep> compile(const DeploymentSpec &spec, const Options &options)
{
    const int replicas = qMax(1, options.replicas);
    if (!options.hasStable || options.fastTrack) {
        // Argo Rollouts: an initial deploy, and a return to a recent revision inside the
        // rollback window, skip steps and analysis.
        QList<PlanStep> plan{deploy(replicas)};
        PlanStep sw = step(PlanStep::Kind::Switch);
        sw.weight = 100;
        if (options.hasStable)
            plan.append(sw);
        plan.append(step(PlanStep::Kind::Promote));
        return plan;
    }
    switch (spec.strategy) {
    case DeployStrategy::Canary: return canary(spec, replicas);
    case DeployStrategy::BlueGreen: return blueGreen(spec, replicas);
    case DeployStrategy::Rolling: return rolling(spec, replicas);
    case DeployStrategy::Recreate: return recreate(spec, replicas);
    }
    return {};
}

} // namespace shipdeck::RolloutPlan
