#include "backend/deploy/deploymentspec.h"

namespace shipdeck {

QString strategyName(DeployStrategy strategy)
{
    switch (strategy) {
    case DeployStrategy::Recreate: return QStringLiteral("recreate");
    case DeployStrategy::Rolling: return QStringLiteral("rolling");
    case DeployStrategy::BlueGreen: return QStringLiteral("blue-green");
    case DeployStrategy::Canary: return QStringLiteral("canary");
    }
    return {};
}

std::optional<DeployStrategy> strategyFromName(const QString &name)
{
    for (auto s : {DeployStrategy::Recreate, DeployStrategy::Rolling, DeployStrategy::BlueGreen, DeployStrategy::Canary}) {
        if (strategyName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString environmentName(DeployEnvironment environment)
{
    switch (environment) {
    case DeployEnvironment::Development: return QStringLiteral("development");
    case DeployEnvironment::Staging: return QStringLiteral("staging");
    case DeployEnvironment::Production: return QStringLiteral("production");
    }
    return {};
}

std::optional<DeployEnvironment> environmentFromName(const QString &name)
{
    for (auto e : {DeployEnvironment::Development, DeployEnvironment::Staging, DeployEnvironment::Production}) {
        if (environmentName(e) == name)
            return e;
    }
    return std::nullopt;
}

QString metricSourceName(MetricSourceKind kind)
{
    switch (kind) {
    case MetricSourceKind::Proxy: return QStringLiteral("proxy");
    case MetricSourceKind::Prometheus: return QStringLiteral("prometheus");
    case MetricSourceKind::Judge: return QStringLiteral("judge");
    case MetricSourceKind::Sequential: return QStringLiteral("sequential");
    }
    return {};
}

QString canaryStepKindName(CanaryStep::Kind kind)
{
    switch (kind) {
    case CanaryStep::Kind::SetWeight: return QStringLiteral("setWeight");
    case CanaryStep::Kind::Pause: return QStringLiteral("pause");
    case CanaryStep::Kind::Analysis: return QStringLiteral("analysis");
    case CanaryStep::Kind::Approval: return QStringLiteral("approval");
    }
    return {};
}

QString webhookTypeName(WebhookType type)
{
    switch (type) {
    case WebhookType::ConfirmRollout: return QStringLiteral("confirm-rollout");
    case WebhookType::PreRollout: return QStringLiteral("pre-rollout");
    case WebhookType::Rollout: return QStringLiteral("rollout");
    case WebhookType::ConfirmTrafficIncrease: return QStringLiteral("confirm-traffic-increase");
    case WebhookType::ConfirmPromotion: return QStringLiteral("confirm-promotion");
    case WebhookType::PostRollout: return QStringLiteral("post-rollout");
    case WebhookType::Rollback: return QStringLiteral("rollback");
    }
    return {};
}

std::optional<WebhookType> webhookTypeFromName(const QString &name)
{
    for (auto t : {WebhookType::ConfirmRollout, WebhookType::PreRollout, WebhookType::Rollout,
                   WebhookType::ConfirmTrafficIncrease, WebhookType::ConfirmPromotion, WebhookType::PostRollout,
                   WebhookType::Rollback}) {
        if (webhookTypeName(t) == name)
            return t;
    }
    return std::nullopt;
}

int MetricSpec::effectiveCount() const
{
    // Argo Rollouts: count and interval both omitted -> one measurement; only an interval ->
    // runs until the analysis is stopped.
    if (count > 0)
        return count;
    return intervalMs > 0 ? 0 : 1;
}

const AnalysisTemplate *DeploymentSpec::analysisTemplate(const QString &name) const
{
    for (const AnalysisTemplate &t : analysisTemplates) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QList<WebhookSpec> DeploymentSpec::webhooksOf(WebhookType type) const
{
    QList<WebhookSpec> out;
    for (const WebhookSpec &w : webhooks) {
        if (w.type == type)
            out.append(w);
    }
    return out;
}

} // namespace shipdeck
