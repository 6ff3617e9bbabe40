#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace shipdeck {

// The deployment file (docs/deploy.md) after parsing and validation. Plain values; the YAML
// text is kept next to it so that history and undo can show and re-read exactly what was
// deployed.

enum class DeployStrategy { Recreate, Rolling, BlueGreen, Canary };
enum class DeployEnvironment { Development, Staging, Production };
QString strategyName(DeployStrategy strategy);
std::optional<DeployStrategy> strategyFromName(const QString &name);
QString environmentName(DeployEnvironment environment);
std::optional<DeployEnvironment> environmentFromName(const QString &name);

// Where a value was written, for messages that point at the file.
struct SpecLocation
{
    int line = 0;
    int column = 0;
};

// ---- analysis -------------------------------------------------------------------------------

enum class MetricSourceKind {
    Proxy,      // the provider's own proxy metrics (Provider::metricsUrl())
    Prometheus, // a PromQL query against a Prometheus server's HTTP API
    Judge,      // canary-vs-baseline comparison (Mann-Whitney, Kayenta semantics) -> score
    Sequential, // sequential test on the error rate (mixture SPRT) -> always-valid p-value
};
QString metricSourceName(MetricSourceKind kind);

// What the proxy source measures, per version, over a window.
struct ProxyMeasure
{
    QString measure = QStringLiteral("error-rate"); // see ProxyTraffic::measureNames()
    QString target = QStringLiteral("canary");      // canary | stable | all
    QString window = QStringLiteral("interval");    // interval (since last measurement) | run
};

struct PrometheusQuery
{
    QString address;     // empty = the analysis default (docs/analysis.md)
    QString query;       // may contain {{component}}, {{canaryVersion}}, {{stableVersion}}, {{version}}, {{environment}}, {{args.NAME}}
    bool range = false;  // /api/v1/query_range over the last rangeMs, one point every stepMs
    qint64 rangeMs = 60'000;
    qint64 stepMs = 5'000;
    qint64 timeoutMs = 10'000;
};

// One metric of a canary-vs-baseline judgment (Kayenta canary config semantics).
struct JudgeMetric
{
    QString name;
    QString measure;     // proxy source: a proxy measure, sampled per sample interval
    QString query;       // prometheus source: a range query with {{version}}
    QString group = QStringLiteral("default");
    QString direction = QStringLiteral("either"); // increase | decrease | either
    QString nanStrategy = QStringLiteral("remove"); // remove | replace
    bool critical = false;
    bool mustHaveData = false;
    QString effectMeasure = QStringLiteral("meanRatio"); // meanRatio | cles
    std::optional<double> allowedIncrease;
    std::optional<double> allowedDecrease;
    std::optional<double> criticalIncrease;
    std::optional<double> criticalDecrease;
    QString outlierStrategy = QStringLiteral("keep"); // keep | remove
    double outlierFactor = 3.0;
    SpecLocation location;
};

struct JudgeSpec
{
    QString source = QStringLiteral("proxy"); // proxy | prometheus
    QString prometheusAddress;
    QList<JudgeMetric> metrics;
    QMap<QString, double> groupWeights;
    double passScore = 95;
    double marginalScore = 75;
    double confidenceLevel = 0.98;
    double tolerance = 0.25;
    QString lookback = QStringLiteral("growing"); // growing | sliding
    qint64 sampleIntervalMs = 1'000;
    qint64 slidingWindowMs = 60'000;
    int minSamples = 10;
};

struct SequentialSpec
{
    double alpha = 0.01;                        // bound on the false-alarm probability
    QList<double> effects{2.0, 3.0, 5.0, 8.0}; // error-odds ratios the mixture looks for
    int minCanaryRequests = 0;
};

struct MetricSpec
{
    QString name;
    qint64 intervalMs = 0;
    int count = 0;               // 0 = not set (see docs/analysis.md for the Argo rules)
    qint64 initialDelayMs = 0;
    QString successCondition;
    QString failureCondition;
    int failureLimit = 0;        // -1 disables
    int inconclusiveLimit = 0;
    int consecutiveErrorLimit = 4;
    int consecutiveSuccessLimit = 0; // 0 = off
    bool dryRun = false;
    MetricSourceKind kind = MetricSourceKind::Proxy;
    ProxyMeasure proxy;
    PrometheusQuery prometheus;
    JudgeSpec judge;
    SequentialSpec sequential;
    SpecLocation location;

    // count, or 1 when neither count nor interval is set, or 0 for "runs until stopped".
    int effectiveCount() const;
};

struct AnalysisTemplate
{
    QString name;
    QList<MetricSpec> metrics;
    SpecLocation location;
};

// A reference to templates, as written in steps and strategy sections.
struct AnalysisRef
{
    QStringList templates;
    QMap<QString, QString> args;
    int startingStep = 0; // background analysis only
    SpecLocation location;
    bool isEmpty() const { return templates.isEmpty(); }
};

// ---- strategies -----------------------------------------------------------------------------

struct CanaryStep
{
    enum class Kind { SetWeight, Pause, Analysis, Approval };
    Kind kind = Kind::SetWeight;
    int weight = 0;                   // SetWeight
    std::optional<qint64> pauseMs;    // Pause: nullopt = until promoted
    AnalysisRef analysis;             // Analysis
    QString approvalMessage;          // Approval
    int requiredApprovals = 1;
    QStringList approvers;            // empty = anyone
    SpecLocation location;
};
QString canaryStepKindName(CanaryStep::Kind kind);

struct CanarySpec
{
    QList<CanaryStep> steps;
    int maxWeight = 100;
    AnalysisRef background;
    QString headerName;   // requests with this header go to the canary (canary-by-header)
    QString headerValue;  // empty = any value
    qint64 scaleDownDelayMs = 30'000;
};

struct BlueGreenSpec
{
    int previewReplicas = 0; // 0 = replicas
    QString previewHeaderName = QStringLiteral("X-Shipdeck-Preview");
    QString previewHeaderValue = QStringLiteral("true");
    bool autoPromotionEnabled = true;
    qint64 autoPromotionMs = 0;
    AnalysisRef prePromotionAnalysis;
    AnalysisRef postPromotionAnalysis;
    qint64 scaleDownDelayMs = 30'000;
};

struct RollingSpec
{
    int batchSize = 1;        // instances replaced per batch (a percentage is resolved at parse time)
    int batchPercent = 0;     // when written as "25%": resolved against replicas
    int maxUnavailable = 0;   // instances that may be missing during a batch (0 = surge first)
    int maxUnavailablePercent = -1;
};

enum class WebhookType {
    ConfirmRollout, PreRollout, Rollout, ConfirmTrafficIncrease, ConfirmPromotion, PostRollout, Rollback
};
QString webhookTypeName(WebhookType type);
std::optional<WebhookType> webhookTypeFromName(const QString &name);

struct WebhookSpec
{
    QString name;
    WebhookType type = WebhookType::Rollout;
    QUrl url;
    qint64 timeoutMs = 10'000;
    QJsonObject metadata;
    SpecLocation location;
};

struct ValidationSpec
{
    qint64 readyTimeoutMs = 0; // how long new instances may take to become ready; 0 = progressDeadline
    AnalysisRef analysis;      // recreate/rolling: run after the new version takes traffic
};

struct RollbackSpec
{
    bool automatic = true;              // failed analysis/gates roll back on their own
    qint64 abortScaleDownDelayMs = 30'000;
    bool abortOnProgressDeadline = true; // false: pause (Degraded) instead
    int window = 3;                      // undo to one of the last N revisions skips steps and analysis
};

struct ComponentRef
{
    QString id;
    QString version;
    SpecLocation location;
};

// Facts about the change being deployed, for lead time (DORA).
struct ChangeInfo
{
    QString commit;
    qint64 createdAtMs = 0; // when the change was committed
    QString url;
};

struct DeploymentSpec
{
    QString name;
    QString description;
    DeployEnvironment environment = DeployEnvironment::Production;
    DeployStrategy strategy = DeployStrategy::Canary;
    QString provider = QStringLiteral("local");
    QList<ComponentRef> components;
    int replicas = 0; // 0 = the component's scaling.minReplicas
    qint64 progressDeadlineMs = 600'000;
    CanarySpec canary;
    BlueGreenSpec blueGreen;
    RollingSpec rolling;
    QList<AnalysisTemplate> analysisTemplates;
    QList<WebhookSpec> webhooks;
    qint64 webhookIntervalMs = 10'000;
    int failureThreshold = 3; // failed gate checks before rollback (Flagger's analysis.threshold)
    ValidationSpec validation;
    RollbackSpec rollback;
    ChangeInfo change;

    const AnalysisTemplate *analysisTemplate(const QString &name) const;
    QList<WebhookSpec> webhooksOf(WebhookType type) const;
    qint64 readyTimeoutMs() const
    {
        return validation.readyTimeoutMs > 0 ? validation.readyTimeoutMs : progressDeadlineMs;
    }
};

} // namespace shipdeck

Q_DECLARE_METATYPE(shipdeck::DeploymentSpec)
