#include "models/rollouts/deploymentdraft.h"

#include <QRegularExpression>

namespace shipdeck {

QList<DeploymentDraft::Preset> DeploymentDraft::presets()
{
    return {Preset::CanaryPauseAnalysis, Preset::CanaryJudgeApproval, Preset::CanaryTimed, Preset::CanaryLinear,
            Preset::BlueGreenManual, Preset::Rolling, Preset::Recreate};
}

QString DeploymentDraft::presetText(Preset preset)
{
    switch (preset) {
    case Preset::CanaryPauseAnalysis: return tr("Canary: 10 % → pause → 50 % → analysis → 100 %");
    case Preset::CanaryJudgeApproval: return tr("Canary: 10 % → judge vs baseline → approval → 50 % → analysis → 100 %");
    case Preset::CanaryTimed: return tr("Canary: 10 % → 1 min → 50 % → 1 min → 100 %");
    case Preset::CanaryLinear: return tr("Canary: +20 % every 30 s");
    case Preset::BlueGreenManual: return tr("Blue-green: preview, promote by hand, switch");
    case Preset::Rolling: return tr("Rolling: one instance at a time");
    case Preset::Recreate: return tr("Recreate: stop the old version, start the new one");
    }
    return {};
}

QString DeploymentDraft::strategyOf(Preset preset)
{
    switch (preset) {
    case Preset::BlueGreenManual: return QStringLiteral("blue-green");
    case Preset::Rolling: return QStringLiteral("rolling");
    case Preset::Recreate: return QStringLiteral("recreate");
    default: return QStringLiteral("canary");
    }
}

QString DeploymentDraft::quoted(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._/-]+$"));
    if (plain.match(value).hasMatch() && value != QLatin1String("true") && value != QLatin1String("false")
        && value != QLatin1String("null"))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QStringList DeploymentDraft::missing() const
{
    QStringList out;
    if (component.trimmed().isEmpty())
        out.append(tr("a component"));
    if (version.trimmed().isEmpty())
        out.append(tr("a version"));
    return out;
}

QString DeploymentDraft::toYaml() const
{
    const QString c = component.trimmed();
    const QString v = version.trimmed();
    QStringList y;
    y << QStringLiteral("apiVersion: shipdeck.io/v1") << QStringLiteral("kind: Deployment");
    y << QStringLiteral("name: %1").arg(quoted(name.trimmed().isEmpty() ? QStringLiteral("%1-%2").arg(c, v) : name.trimmed()));
    if (!description.trimmed().isEmpty())
        y << QStringLiteral("description: %1").arg(quoted(description.trimmed()));
    y << QStringLiteral("environment: %1").arg(environment) << QStringLiteral("strategy: %1").arg(strategyOf(preset));
    y << QStringLiteral("components:") << QStringLiteral("  - id: %1").arg(quoted(c)) << QStringLiteral("    version: %1").arg(quoted(v));
    if (replicas > 0)
        y << QStringLiteral("replicas: %1").arg(replicas);
    const QStringList errorBudget{
        QStringLiteral("analysis:"), QStringLiteral("  templates:"), QStringLiteral("    - name: error-budget"),
        QStringLiteral("      metrics:"), QStringLiteral("        - name: error-rate"), QStringLiteral("          interval: 5s"),
        QStringLiteral("          count: 2"), QStringLiteral("          successCondition: result < 0.02"),
        QStringLiteral("          provider:"), QStringLiteral("            proxy: {measure: error-rate}")};
    switch (preset) {
    case Preset::CanaryPauseAnalysis:
        y << QStringLiteral("canary:") << QStringLiteral("  steps:") << QStringLiteral("    - setWeight: 10")
          << QStringLiteral("    - pause: {}") << QStringLiteral("    - setWeight: 50")
          << QStringLiteral("    - analysis: {templates: [error-budget]}");
        y << errorBudget;
        break;
    case Preset::CanaryJudgeApproval:
        y << QStringLiteral("canary:") << QStringLiteral("  steps:") << QStringLiteral("    - setWeight: 10")
          << QStringLiteral("    - analysis: {templates: [canary-vs-baseline]}")
          << QStringLiteral("    - approval: {message: \"The judge passed the canary; approve to send it half the traffic\"}")
          << QStringLiteral("    - setWeight: 50") << QStringLiteral("    - pause: {duration: 10s}")
          << QStringLiteral("    - analysis: {templates: [error-budget]}");
        y << errorBudget;
        y << QStringLiteral("    - name: canary-vs-baseline") << QStringLiteral("      metrics:")
          << QStringLiteral("        - name: canary-judge") << QStringLiteral("          interval: 15s")
          << QStringLiteral("          count: 1") << QStringLiteral("          provider:") << QStringLiteral("            judge:")
          << QStringLiteral("              thresholds: {pass: 95, marginal: 75}") << QStringLiteral("              metrics:")
          << QStringLiteral("                - {name: error-rate, measure: error-rate, direction: increase, critical: true}")
          << QStringLiteral("                - {name: latency-mean, measure: latency-mean, direction: increase}");
        break;
    case Preset::CanaryTimed:
        y << QStringLiteral("canary:") << QStringLiteral("  steps:") << QStringLiteral("    - setWeight: 10")
          << QStringLiteral("    - pause: {duration: 1m}") << QStringLiteral("    - setWeight: 50")
          << QStringLiteral("    - pause: {duration: 1m}");
        break;
    case Preset::CanaryLinear:
        y << QStringLiteral("canary:") << QStringLiteral("  steps:");
        for (int w = 20; w < 100; w += 20)
            y << QStringLiteral("    - setWeight: %1").arg(w) << QStringLiteral("    - pause: {duration: 30s}");
        break;
    case Preset::BlueGreenManual:
        y << QStringLiteral("blueGreen:") << QStringLiteral("  autoPromotionEnabled: false");
        break;
    case Preset::Rolling:
        y << QStringLiteral("rolling:") << QStringLiteral("  batchSize: 1") << QStringLiteral("  maxUnavailable: 0");
        break;
    case Preset::Recreate:
        break;
    }
    return y.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace shipdeck
