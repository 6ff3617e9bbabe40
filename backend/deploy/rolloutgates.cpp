#include "backend/deploy/rolloutgates.h"

#include "backend/core/clock.h"
#include "backend/deploy/rolloutservices.h"
#include "backend/deploy/webhookgate.h"

#include <QCryptographicHash>
#include <QPointer>

namespace shipdeck {

namespace {
std::optional<PauseReason> pauseFor(WebhookType type)
{
    switch (type) {
    case WebhookType::ConfirmRollout: return PauseReason::ConfirmRollout;
    case WebhookType::ConfirmTrafficIncrease: return PauseReason::ConfirmTraffic;
    case WebhookType::ConfirmPromotion: return PauseReason::ConfirmPromotion;
    default: return std::nullopt;
    }
}

void removePause(RolloutRecord &r, PauseReason reason)
{
    r.pauseConditions.removeIf([reason](const PauseCondition &c) { return c.reason == reason; });
}
} // namespace

RolloutGates::RolloutGates(const RolloutServices &services, const DeploymentSpec &spec, QObject *parent)
    : QObject(parent), m_services(services), m_spec(spec), m_gate(new WebhookGate(*services.http, this))
{
}

QList<WebhookType> RolloutGates::typesFor(const PlanStep &step, const TrafficSplit &current, bool firstTraffic)
{
    switch (step.kind) {
    case PlanStep::Kind::Deploy:
        return step.specIndex < 0 ? QList<WebhookType>{WebhookType::ConfirmRollout} : QList<WebhookType>{};
    case PlanStep::Kind::StopStable:
        return {WebhookType::ConfirmRollout};
    case PlanStep::Kind::SetWeight:
    case PlanStep::Kind::Scale:
    case PlanStep::Kind::Switch: {
        QList<WebhookType> types;
        if (firstTraffic && step.weight > 0)
            types.append(WebhookType::PreRollout);
        if (step.kind == PlanStep::Kind::SetWeight)
            types.append(WebhookType::Rollout);
        if (step.weight > current.canaryWeight || current.canaryVersion.isEmpty())
            types.append(WebhookType::ConfirmTrafficIncrease);
        if (step.kind == PlanStep::Kind::Scale && step.replicas > 0 && step.weight == 0)
            types.removeAll(WebhookType::ConfirmTrafficIncrease);
        return types;
    }
    case PlanStep::Kind::Analysis:
        return {WebhookType::Rollout};
    case PlanStep::Kind::Promote:
        return {WebhookType::ConfirmPromotion};
    default:
        return {};
    }
}

QJsonObject RolloutGates::payload(const RolloutRecord &r, const WebhookSpec &hook) const
{
    QJsonObject metadata = hook.metadata;
    metadata.insert(QStringLiteral("rolloutId"), r.id);
    metadata.insert(QStringLiteral("revision"), QString::number(r.revision));
    metadata.insert(QStringLiteral("canaryVersion"), r.targetVersion);
    metadata.insert(QStringLiteral("stableVersion"), r.stableVersion);
    metadata.insert(QStringLiteral("canaryWeight"), QString::number(r.traffic.canaryWeight));
    metadata.insert(QStringLiteral("step"), QString::number(r.stepIndex));
    metadata.insert(QStringLiteral("type"), webhookTypeName(hook.type));
    const QByteArray checksum = QCryptographicHash::hash(r.specYaml.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return {{QStringLiteral("name"), r.component},
            {QStringLiteral("namespace"), r.environment},
            {QStringLiteral("phase"), rolloutPhaseName(r.phase)},
            {QStringLiteral("checksum"), QString::fromLatin1(checksum)},
            {QStringLiteral("metadata"), metadata}};
}

RolloutGates::Verdict RolloutGates::check(RolloutRecord &r, const PlanStep &step, bool firstTraffic, QString *abortReason)
{
    const qint64 now = m_services.clock->nowMs();
    QJsonObject gates = r.stepState.value(QStringLiteral("gates")).toObject();
    for (WebhookType type : typesFor(step, r.traffic, firstTraffic)) {
        for (const WebhookSpec &hook : m_spec.webhooksOf(type)) {
            QJsonObject g = gates.value(hook.name).toObject();
            if (g.value(QStringLiteral("passed")).toBool())
                continue;
            if (m_answers.contains(hook.name)) {
                const QJsonObject outcome = m_answers.take(hook.name);
                const bool passed = outcome.value(QStringLiteral("passed")).toBool();
                const QString message = outcome.value(QStringLiteral("message")).toString();
                g.insert(QStringLiteral("lastStatus"), outcome.value(QStringLiteral("status")));
                g.insert(QStringLiteral("lastMessage"), message);
                g.insert(QStringLiteral("lastAt"), now);
                g.insert(QStringLiteral("type"), webhookTypeName(type));
                if (passed) {
                    g.insert(QStringLiteral("passed"), true);
                    if (auto reason = pauseFor(type))
                        removePause(r, *reason);
                    r.stepState.remove(QStringLiteral("halted"));
                } else if (auto reason = pauseFor(type)) {
                    if (!r.hasPause(*reason))
                        r.pauseConditions.append({*reason, now, QStringLiteral("%1 gate '%2' is closed: %3").arg(webhookTypeName(type), hook.name, message)});
                    g.insert(QStringLiteral("nextAt"), now + m_spec.webhookIntervalMs);
                } else {
                    const int failed = r.stepState.value(QStringLiteral("failedChecks")).toInt() + 1;
                    r.stepState.insert(QStringLiteral("failedChecks"), failed);
                    g.insert(QStringLiteral("nextAt"), now + m_spec.webhookIntervalMs);
                    const QString text = QStringLiteral("%1 webhook '%2' failed (%3 of %4 allowed checks): %5")
                                             .arg(webhookTypeName(type), hook.name).arg(failed).arg(m_spec.failureThreshold).arg(message);
                    r.stepState.insert(QStringLiteral("halted"), text);
                    if (failed >= m_spec.failureThreshold) {
                        gates.insert(hook.name, g);
                        r.stepState.insert(QStringLiteral("gates"), gates);
                        if (abortReason)
                            *abortReason = text;
                        return Verdict::Abort;
                    }
                }
                gates.insert(hook.name, g);
                r.stepState.insert(QStringLiteral("gates"), gates);
                if (passed)
                    continue;
                return Verdict::Wait;
            }
            if (m_inFlight.contains(hook.name) || now < qint64(g.value(QStringLiteral("nextAt")).toDouble()))
                return Verdict::Wait;
            m_inFlight.insert(hook.name);
            QPointer<RolloutGates> self(this);
            m_gate->call(hook, payload(r, hook), [this, self, name = hook.name](WebhookOutcome outcome) {
                if (!self)
                    return;
                m_inFlight.remove(name);
                const QJsonObject json = outcome.toJson();
                m_answers.insert(name, json);
                Q_EMIT answered(name, json);
            });
            return Verdict::Wait;
        }
    }
    return Verdict::Open;
}

void RolloutGates::override(RolloutRecord &r, const QString &actor)
{
    QJsonObject gates = r.stepState.value(QStringLiteral("gates")).toObject();
    for (const WebhookSpec &hook : m_spec.webhooks) {
        if (hook.type == WebhookType::PostRollout || hook.type == WebhookType::Rollback)
            continue;
        QJsonObject g = gates.value(hook.name).toObject();
        if (g.isEmpty() || g.value(QStringLiteral("passed")).toBool())
            continue;
        g.insert(QStringLiteral("passed"), true);
        g.insert(QStringLiteral("overriddenBy"), actor);
        gates.insert(hook.name, g);
    }
    for (PauseReason reason : {PauseReason::ConfirmRollout, PauseReason::ConfirmTraffic, PauseReason::ConfirmPromotion})
        removePause(r, reason);
    r.stepState.insert(QStringLiteral("gates"), gates);
    r.stepState.remove(QStringLiteral("halted"));
}

QString RolloutGates::pollRollback(const RolloutRecord &r)
{
    if (!m_rollbackRequestedBy.isEmpty())
        return m_rollbackRequestedBy;
    const qint64 now = m_services.clock->nowMs();
    if (now < m_nextRollbackPollAt)
        return {};
    m_nextRollbackPollAt = now + m_spec.webhookIntervalMs;
    for (const WebhookSpec &hook : m_spec.webhooksOf(WebhookType::Rollback)) {
        const QString key = QStringLiteral("rollback:") + hook.name;
        if (m_inFlight.contains(key))
            continue;
        m_inFlight.insert(key);
        QPointer<RolloutGates> self(this);
        m_gate->call(hook, payload(r, hook), [this, self, key](WebhookOutcome outcome) {
            if (!self)
                return;
            m_inFlight.remove(key);
            if (outcome.answered2xx) {
                m_rollbackRequestedBy = QStringLiteral("rollback webhook '%1' asked for a rollback (%2)").arg(outcome.name, outcome.message);
                Q_EMIT answered(outcome.name, outcome.toJson());
            }
        });
    }
    return {};
}

void RolloutGates::notifyPostRollout(const RolloutRecord &r)
{
    for (const WebhookSpec &hook : m_spec.webhooksOf(WebhookType::PostRollout)) {
        QPointer<RolloutGates> self(this);
        m_gate->call(hook, payload(r, hook), [this, self](WebhookOutcome outcome) {
            if (self)
                Q_EMIT answered(outcome.name, outcome.toJson());
        });
    }
}

qint64 RolloutGates::nextRetryAt(const RolloutRecord &r) const
{
    qint64 next = m_spec.webhooksOf(WebhookType::Rollback).isEmpty() ? -1 : m_nextRollbackPollAt;
    const QJsonObject gates = r.stepState.value(QStringLiteral("gates")).toObject();
    for (auto it = gates.begin(); it != gates.end(); ++it) {
        const QJsonObject g = it.value().toObject();
        if (g.value(QStringLiteral("passed")).toBool() || !g.contains(QStringLiteral("nextAt")))
            continue;
        const qint64 at = qint64(g.value(QStringLiteral("nextAt")).toDouble());
        next = next < 0 ? at : qMin(next, at);
    }
    return next;
}

} // namespace shipdeck
