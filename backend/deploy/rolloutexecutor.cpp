#include "backend/deploy/rolloutexecutor.h"

#include "backend/core/clock.h"
#include "backend/core/ids.h"
#include "backend/deploy/analysis/analysisrunner.h"
#include "backend/deploy/analysis/metricsampler.h"
#include "backend/deploy/analysisstore.h"
#include "backend/deploy/rolloutgates.h"
#include "backend/deploy/rolloutrules.h"
#include "backend/deploy/rolloutstore.h"
#include "backend/providers/provider.h"

#include <QJsonArray>

namespace shipdeck {

namespace {
QJsonObject thenAdvance()
{
    return {{QStringLiteral("advance"), true}};
}
} // namespace

RolloutExecutor::RolloutExecutor(const RolloutServices &services, RolloutRecord record, DeploymentSpec spec,
                                 ComponentDefinition component, Provider *provider, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_record(std::move(record))
    , m_spec(std::move(spec))
    , m_component(std::move(component))
    , m_provider(provider)
{
    m_gates = new RolloutGates(m_services, m_spec, this);
    connect(m_gates, &RolloutGates::answered, this, [this](const QString &hook, const QJsonObject &outcome) {
        event(outcome.value(QStringLiteral("passed")).toBool() ? QStringLiteral("Normal") : QStringLiteral("Warning"),
              QStringLiteral("WebhookAnswered"), QStringLiteral("webhook %1: %2").arg(hook, outcome.value(QStringLiteral("message")).toString()),
              outcome);
        reconcile();
    });
    if (m_provider) {
        connect(m_provider, &Provider::statusChanged, this, [this](const QString &componentId) {
            if (componentId == m_record.component)
                reconcile();
        });
        if (!m_provider->metricsUrl(m_record.component).isEmpty()) {
            m_sampler = new MetricSampler(*m_services.analysis, *m_services.http, m_services.clock, m_record.id, m_record.component, this);
            m_sampler->setVersions(m_record.stableVersion, m_record.targetVersion);
            connect(m_sampler, &MetricSampler::sampled, this, [this](const QList<TrafficSample> &samples) {
                QJsonArray list;
                for (const TrafficSample &s : samples)
                    list.append(s.toJson());
                if (m_services.notify)
                    m_services.notify(QStringLiteral("rollout.samples"), {{QStringLiteral("rolloutId"), m_record.id}, {QStringLiteral("samples"), list}});
            });
        }
    }
}

RolloutExecutor::~RolloutExecutor()
{
    m_stepRun.reset();
    m_backgroundRun.reset();
    delete m_gates;
    m_gates = nullptr;
}

// ---- bookkeeping --------------------------------------------------------------------------

bool RolloutExecutor::save()
{
    RolloutRules::refreshPhase(m_record);
    auto saved = m_services.store->save(m_record, m_services.owner);
    if (!saved) {
        if (saved.error().code() == ErrorCode::Conflict)
            m_leaseLost = true;
        qWarning("rollout %s: cannot save: %s", qPrintable(m_record.id), qPrintable(saved.error().toString()));
        return false;
    }
    if (m_services.notify)
        m_services.notify(QStringLiteral("rollout.changed"), m_record.toJson());
    Q_EMIT changed(m_record.id);
    return true;
}

void RolloutExecutor::event(const QString &type, const QString &reason, const QString &message, const QJsonObject &data)
{
    auto e = m_services.store->addEvent(m_record.id, type, reason, message, data);
    if (e && m_services.notify)
        m_services.notify(QStringLiteral("rollout.event"), e->toJson());
    if (m_stepSpan.isRecording())
        m_stepSpan.addEvent(reason, {{QStringLiteral("message"), message}});
}

Result<void> RolloutExecutor::providerDo(const std::function<Result<void>()> &fn, const QString &what)
{
    if (!m_provider)
        return Error(ErrorCode::Unavailable, QStringLiteral("provider '%1' is not available in this process").arg(m_record.provider));
    auto result = fn();
    if (!result)
        return std::move(result).context(what);
    return success();
}

void RolloutExecutor::startStepSpan()
{
    if (m_spanStep == m_record.stepIndex || !m_services.tracer)
        return;
    endStepSpan(true, QString());
    const PlanStep *s = m_record.currentStep();
    SpanContext parent{m_record.traceId.toLatin1(), m_record.spanId.toLatin1()};
    m_stepSpan = m_services.tracer->startSpan(QStringLiteral("rollout step %1: %2").arg(m_record.stepIndex).arg(s ? s->label() : QString()), parent);
    m_stepSpan.setAttribute(QStringLiteral("rollout.id"), m_record.id)
        .setAttribute(QStringLiteral("rollout.component"), m_record.component)
        .setAttribute(QStringLiteral("rollout.revision"), m_record.revision)
        .setAttribute(QStringLiteral("rollout.step"), m_record.stepIndex);
    m_spanStep = m_record.stepIndex;
}

void RolloutExecutor::endStepSpan(bool ok, const QString &message)
{
    if (!m_stepSpan.isRecording())
        return;
    if (ok)
        m_stepSpan.setStatus(SpanStatus::Ok, message);
    else
        m_stepSpan.setError(message);
    m_stepSpan.end();
    m_stepSpan = Span();
    m_spanStep = -1;
}

// ---- driving ------------------------------------------------------------------------------

void RolloutExecutor::start()
{
    if (!m_record.startedAtMs && !m_record.isFinished()) {
        m_record.startedAtMs = m_services.clock->nowMs();
        adoptProviderState();
        save();
    }
    beginRestore();
    // Samples start once the recorded state is restored: requests the proxy answered while the
    // instances were still starting say nothing about the versions.
    if (!m_restore && !m_record.isFinished() && m_sampler && m_provider)
        m_sampler->start(m_provider->metricsUrl(m_record.component), m_services.sampleIntervalMs);
    QString error;
    if (const QString runId = m_record.stepState.value(QStringLiteral("runId")).toString(); !runId.isEmpty() && !m_record.isFinished()) {
        auto stored = m_services.analysis->run(runId);
        const PlanStep *s = m_record.currentStep();
        if (stored && stored.value() && s)
            m_stepRun = makeRunner(runId, stored.value()->kind, s->templates, s->args, &error);
    }
    if (const QString runId = m_record.background.value(QStringLiteral("runId")).toString(); !runId.isEmpty() && !m_record.isFinished()) {
        auto stored = m_services.analysis->run(runId);
        if (stored && stored.value() && !stored.value()->finishedAtMs)
            m_backgroundRun = makeRunner(runId, QStringLiteral("background"), m_spec.canary.background.templates,
                                         m_spec.canary.background.args, &error);
    }
    reconcile();
}

void RolloutExecutor::reconcile()
{
    if (m_queued)
        return;
    m_queued = true;
    QMetaObject::invokeMethod(this, &RolloutExecutor::reconcileNow, Qt::QueuedConnection);
}

void RolloutExecutor::reconcileNow()
{
    m_queued = false;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    int guard = 0;
    do {
        m_again = false;
        while (!m_leaseLost && step() && ++guard < 200) {
        }
    } while (m_again && !m_leaseLost && ++guard < 200);
    m_busy = false;
}

bool RolloutExecutor::step()
{
    applyRequests();
    if (m_restore && !continueRestore())
        return false;
    if (m_record.pendingTransition)
        return handlePendingIntent();
    if (m_record.isFinished())
        return runFinalizer();
    if (m_services.clock->nowMs() < m_retryAt)
        return false;
    if (const QString why = m_services.blockedBy ? m_services.blockedBy(m_record) : QString(); !why.isEmpty()) {
        if (m_record.message != why) {
            m_record.message = why;
            save();
        }
        return false;
    }
    for (const QString &dependency : m_record.dependsOn) {
        const auto other = m_services.findRollout ? m_services.findRollout(dependency) : std::nullopt;
        if (!other)
            continue;
        if (other->phase == RolloutPhase::Aborted || other->phase == RolloutPhase::RolledBack) {
            abort(RolloutPhase::RolledBack, QStringLiteral("shipdeck"),
                  QStringLiteral("dependency %1 (%2) was %3: %4").arg(other->component, other->id, rolloutPhaseName(other->phase).toLower(), other->abortReason));
            return true;
        }
        if (other->phase != RolloutPhase::Healthy) {
            if (m_record.message.isEmpty() || !m_record.message.startsWith(QLatin1String("waiting for dependency"))) {
                m_record.message = QStringLiteral("waiting for dependency %1 to become Healthy (%2)").arg(other->component, rolloutPhaseName(other->phase));
                (void)m_services.store->save(m_record, m_services.owner);
            }
            return false;
        }
    }
    if (const QString why = m_gates->pollRollback(m_record); !why.isEmpty()) {
        abort(RolloutPhase::RolledBack, QStringLiteral("webhook"), why);
        return true;
    }
    runBackgroundAnalysis();
    if (m_record.isFinished())
        return true;
    if (!checkPauses())
        return false;
    return executeStep();
}

bool RolloutExecutor::isDone() const
{
    return m_record.isFinished() && m_record.finalizer.isEmpty() && !m_record.pendingTransition && !m_restore;
}

qint64 RolloutExecutor::nextWakeMs() const
{
    return m_services.clock->nowMs() + m_services.readyPollMs;
}

bool RolloutExecutor::canaryReady() const
{
    for (int i = 0; i < m_record.stepIndex && i < m_record.plan.size(); ++i) {
        if (m_record.plan.at(i).kind == PlanStep::Kind::Deploy || m_record.plan.at(i).kind == PlanStep::Kind::Scale)
            return true;
    }
    return false;
}

QJsonObject RolloutExecutor::live() const
{
    QJsonObject json{{QStringLiteral("restoring"), bool(m_restore)}};
    if (m_stepRun)
        json.insert(QStringLiteral("stepAnalysis"), m_stepRun->record().toJson());
    if (m_backgroundRun)
        json.insert(QStringLiteral("backgroundAnalysis"), m_backgroundRun->record().toJson());
    if (m_sampler) {
        json.insert(QStringLiteral("sampler"), QJsonObject{{QStringLiteral("running"), m_sampler->isRunning()},
                                                           {QStringLiteral("lastError"), m_sampler->lastError()},
                                                           {QStringLiteral("samples"), int(m_sampler->samples().size())}});
    }
    return json;
}

// ---- intents ------------------------------------------------------------------------------

bool RolloutExecutor::beginIntent(const QString &action, QJsonObject intent)
{
    if (!intent.contains(QStringLiteral("context")))
        intent.insert(QStringLiteral("context"), QStringLiteral("step"));
    auto begun = m_services.store->beginIntent(m_record, m_services.owner, action, intent);
    if (!begun) {
        if (begun.error().code() == ErrorCode::Conflict)
            m_leaseLost = true;
        qWarning("rollout %s: cannot record intent %s: %s", qPrintable(m_record.id), qPrintable(action), qPrintable(begun.error().toString()));
        return false;
    }
    if (m_services.notify)
        m_services.notify(QStringLiteral("rollout.changed"), m_record.toJson());
    return true;
}

bool RolloutExecutor::finishIntent(bool ok, const QString &error)
{
    auto finished = m_services.store->finishIntent(m_record, m_services.owner, ok, error);
    if (!finished) {
        if (finished.error().code() == ErrorCode::Conflict)
            m_leaseLost = true;
        qWarning("rollout %s: cannot record result: %s", qPrintable(m_record.id), qPrintable(finished.error().toString()));
        return false;
    }
    if (m_services.notify)
        m_services.notify(QStringLiteral("rollout.changed"), m_record.toJson());
    Q_EMIT changed(m_record.id);
    return true;
}

bool RolloutExecutor::handlePendingIntent()
{
    auto loaded = m_services.store->transition(m_record.pendingTransition);
    if (!loaded || !loaded.value()) {
        qWarning("rollout %s: pending transition %lld is missing", qPrintable(m_record.id), m_record.pendingTransition);
        m_record.pendingTransition = 0;
        return save();
    }
    const RolloutTransition t = *loaded.value();
    QString error;
    const Outcome outcome = continueIntent(t, &error);
    if (outcome == Outcome::Waiting)
        return false;
    const QString context = t.intent.value(QStringLiteral("context")).toString();
    if (outcome == Outcome::Done) {
        RolloutRecord backup = m_record;
        if (t.action == QLatin1String("set-traffic"))
            m_record.traffic = trafficFromJson(t.intent.value(QStringLiteral("split")).toObject());
        applyThen(t.intent.value(QStringLiteral("then")).toObject());
        RolloutRules::refreshPhase(m_record);
        if (!finishIntent(true, QString())) {
            m_record = backup;
            return false;
        }
        m_issued.remove(t.seq);
        return true;
    }
    // Failed.
    m_issued.remove(t.seq);
    if (!finishIntent(false, error))
        return false;
    event(QStringLiteral("Warning"), QStringLiteral("ActionFailed"), QStringLiteral("%1 failed: %2").arg(t.action, error), t.intent);
    if (context == QLatin1String("step")) {
        const bool deadline = t.intent.value(QStringLiteral("deadline")).toBool();
        const bool rollBack = deadline ? m_spec.rollback.abortOnProgressDeadline : m_spec.rollback.automatic;
        if (rollBack) {
            abort(RolloutPhase::RolledBack, QStringLiteral("shipdeck"), error);
        } else {
            m_record.stepState.insert(QStringLiteral("degraded"), error);
            if (deadline)
                m_record.pauseConditions.append({PauseReason::ProgressDeadline, m_services.clock->nowMs(), error});
            save();
        }
    } else {
        // Clean-up and restarts try again later; the stable version keeps serving meanwhile.
        m_retryAt = m_services.clock->nowMs() + m_services.providerRetryMs;
        m_record.message = QStringLiteral("%1 (will retry)").arg(error);
        save();
    }
    return true;
}

RolloutExecutor::Outcome RolloutExecutor::continueIntent(const RolloutTransition &t, QString *error)
{
    const QJsonObject &in = t.intent;
    const QString version = in.value(QStringLiteral("version")).toString();
    const int replicas = in.value(QStringLiteral("replicas")).toInt();
    const qint64 deadlineAt = qint64(in.value(QStringLiteral("deadlineAt")).toDouble());
    const bool firstCall = !m_issued.contains(t.seq);
    if (m_services.clock->nowMs() < m_retryAt)
        return Outcome::Waiting;
    auto failed = [&](const Error &e) {
        if (e.isTransient() && (deadlineAt == 0 || m_services.clock->nowMs() < deadlineAt)) {
            m_retryAt = m_services.clock->nowMs() + m_services.providerRetryMs;
            m_record.message = QStringLiteral("%1 (retrying)").arg(e.toString());
            return Outcome::Waiting;
        }
        *error = e.toString();
        return Outcome::Failed;
    };
    if (t.action == QLatin1String("ensure-version") || t.action == QLatin1String("scale-version")) {
        if (firstCall) {
            auto r = providerDo([&] { return m_provider->ensureVersion(m_component, version, replicas); },
                                QStringLiteral("starting %1 %2 ×%3").arg(m_record.component, version).arg(replicas));
            if (!r)
                return failed(r.error());
            m_issued.insert(t.seq);
        }
        if (t.action == QLatin1String("scale-version"))
            return Outcome::Done;
        return waitReady(version, replicas, deadlineAt, error);
    }
    if (t.action == QLatin1String("set-traffic")) {
        const TrafficSplit split = trafficFromJson(in.value(QStringLiteral("split")).toObject());
        auto r = providerDo([&] { return m_provider->setTraffic(m_record.component, split); },
                            QStringLiteral("routing traffic of %1").arg(m_record.component));
        return r ? Outcome::Done : failed(r.error());
    }
    if (t.action == QLatin1String("remove-version")) {
        auto r = providerDo([&] { return m_provider->removeVersion(m_record.component, version); },
                            QStringLiteral("stopping %1 %2").arg(m_record.component, version));
        return r ? Outcome::Done : failed(r.error());
    }
    if (t.action == QLatin1String("restart-version")) {
        // Provider actions are per version: drain the version if another one can take its
        // traffic, stop and start its instances, wait until they are ready, route as recorded.
        const TrafficSplit recorded = trafficFromJson(in.value(QStringLiteral("traffic")).toObject());
        if (firstCall) {
            if (recorded.canaryVersion == version && !recorded.stableVersion.isEmpty()) {
                TrafficSplit drained = recorded;
                drained.canaryWeight = 0;
                drained.headerName.clear();
                (void)providerDo([&] { return m_provider->setTraffic(m_record.component, drained); }, QStringLiteral("draining %1").arg(version));
            }
            auto r = providerDo([&] { return m_provider->removeVersion(m_record.component, version); },
                                QStringLiteral("stopping %1 %2").arg(m_record.component, version));
            if (r)
                r = providerDo([&] { return m_provider->ensureVersion(m_component, version, replicas); },
                               QStringLiteral("starting %1 %2").arg(m_record.component, version));
            if (!r)
                return failed(r.error());
            m_issued.insert(t.seq);
        }
        const Outcome ready = waitReady(version, replicas, deadlineAt, error);
        if (ready != Outcome::Done)
            return ready;
        auto r = providerDo([&] { return m_provider->setTraffic(m_record.component, recorded); },
                            QStringLiteral("routing traffic of %1").arg(m_record.component));
        return r ? Outcome::Done : failed(r.error());
    }
    *error = QStringLiteral("unknown action '%1' in the transition log").arg(t.action);
    return Outcome::Failed;
}

RolloutExecutor::Outcome RolloutExecutor::waitReady(const QString &version, int replicas, qint64 deadlineAt, QString *error)
{
    if (!m_provider) {
        *error = QStringLiteral("provider '%1' is not available in this process").arg(m_record.provider);
        return Outcome::Failed;
    }
    auto status = m_provider->status(m_record.component);
    int ready = 0;
    QStringList problems;
    if (status) {
        for (const VersionStatus &v : status.value()) {
            if (v.version != version)
                continue;
            ready = v.readyReplicas;
            for (const InstanceStatus &i : v.instances) {
                if (!i.ready && (!i.lastError.isEmpty() || i.restarts > 0))
                    problems.append(QStringLiteral("%1: %2%3").arg(i.id, i.lastError.isEmpty() ? QStringLiteral("not ready") : i.lastError,
                                                                  i.restarts ? QStringLiteral(", restarted %1 times").arg(i.restarts) : QString()));
            }
        }
    }
    if (ready >= replicas) {
        m_record.stepState.remove(QStringLiteral("waiting"));
        return Outcome::Done;
    }
    const qint64 now = m_services.clock->nowMs();
    const QString waiting = QStringLiteral("%1 %2: %3 of %4 instances ready").arg(m_record.component, version).arg(ready).arg(replicas);
    if (deadlineAt > 0 && now >= deadlineAt) {
        *error = QStringLiteral("ProgressDeadlineExceeded: %1 after %2 s%3").arg(waiting).arg(m_spec.readyTimeoutMs() / 1000)
                     .arg(problems.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(problems.join(QStringLiteral("; "))));
        return Outcome::Failed;
    }
    if (m_record.stepState.value(QStringLiteral("waiting")).toString() != waiting) {
        m_record.stepState.insert(QStringLiteral("waiting"), waiting);
        m_record.message = QStringLiteral("waiting: ") + waiting;
        (void)m_services.store->save(m_record, m_services.owner);
        if (m_services.notify)
            m_services.notify(QStringLiteral("rollout.changed"), m_record.toJson());
    }
    return Outcome::Waiting;
}

void RolloutExecutor::applyThen(const QJsonObject &then)
{
    if (then.contains(QStringLiteral("traffic")))
        m_record.traffic = trafficFromJson(then.value(QStringLiteral("traffic")).toObject());
    if (then.contains(QStringLiteral("stage")))
        m_record.stepState.insert(QStringLiteral("stage"), then.value(QStringLiteral("stage")));
    if (then.contains(QStringLiteral("finalizer")))
        m_record.finalizer = then.value(QStringLiteral("finalizer")).toObject();
    if (then.value(QStringLiteral("advance")).toBool())
        advance(then.value(QStringLiteral("why")).toString());
    if (then.value(QStringLiteral("healthy")).toBool())
        markHealthy();
}

} // namespace shipdeck
