// RolloutExecutor, second part: restoring the provider state, walking the plan's steps,
// analysis, endings (promotion, abort, clean-up) and people's actions.
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

namespace shipdeck {


namespace {
QJsonObject thenAdvance(const QString &why = {})
{
    QJsonObject then{{QStringLiteral("advance"), true}};
    if (!why.isEmpty())
        then.insert(QStringLiteral("why"), why);
    return then;
}

bool isStepPause(PauseReason r)
{
    return r == PauseReason::PauseStep || r == PauseReason::Approval || r == PauseReason::BlueGreen
        || r == PauseReason::ConfirmRollout || r == PauseReason::ConfirmTraffic || r == PauseReason::ConfirmPromotion
        || r == PauseReason::ProgressDeadline;
}
} // namespace

// ---- adoption -----------------------------------------------------------------------------

// A new canary rollout whose provider already routes part of the traffic from the same stable
// version to the same new version (another console's rollout of it stopped half-way on a
// shared cluster): resume after the last weight step the provider has reached instead of
// sending all traffic back to the stable version and climbing again. Pauses, approvals and
// analysis after that step still apply.
bool RolloutExecutor::adoptProviderState()
{
    if (!m_provider || m_record.strategy != DeployStrategy::Canary || m_record.stepIndex != 0 || m_record.stableVersion.isEmpty()
        || m_record.plan.isEmpty() || m_record.plan.first().kind != PlanStep::Kind::Deploy)
        return false;
    auto routed = m_provider->traffic(m_record.component);
    if (!routed || routed->stableVersion != m_record.stableVersion || routed->canaryVersion != m_record.targetVersion || routed->canaryWeight <= 0)
        return false;
    auto running = m_provider->status(m_record.component);
    if (!running)
        return false;
    bool canaryRuns = false;
    for (const VersionStatus &v : running.value())
        canaryRuns = canaryRuns || (v.version == m_record.targetVersion && v.desiredReplicas > 0);
    if (!canaryRuns)
        return false;
    int resume = 1; // the new version runs: the deploy step is done
    for (int i = 1; i < m_record.plan.size(); ++i) {
        const PlanStep &p = m_record.plan.at(i);
        if (p.kind == PlanStep::Kind::Promote || (p.kind == PlanStep::Kind::SetWeight && p.weight > routed->canaryWeight))
            break;
        if (p.kind == PlanStep::Kind::SetWeight)
            resume = i + 1;
    }
    m_record.stepIndex = resume;
    m_record.stepState = {{QStringLiteral("enteredAt"), m_services.clock->nowMs()}};
    m_record.traffic = routed.value();
    m_adopted = true;
    const PlanStep *next = m_record.currentStep();
    event(QStringLiteral("Normal"), QStringLiteral("RolloutAdopted"),
          QStringLiteral("%1 already routes %2 % to %3 (a rollout left unfinished, e.g. by another console): continuing at step %4 of %5 (%6) "
                         "without returning traffic to %7")
              .arg(m_record.provider).arg(routed->canaryWeight).arg(m_record.targetVersion).arg(resume + 1).arg(m_record.plan.size())
              .arg(next ? next->label() : QString(), m_record.stableVersion),
          trafficToJson(routed.value()));
    return true;
}

// ---- restore ------------------------------------------------------------------------------

void RolloutExecutor::beginRestore()
{
    const RolloutRecord &r = m_record;
    if (r.isFinished() && r.finalizer.isEmpty())
        return;
    QMap<QString, int> want;
    const QString S = r.stableVersion;
    const QString N = r.targetVersion;
    int stable = S.isEmpty() ? 0 : r.replicas;
    int fresh = 0;
    const int done = r.isFinished() ? int(r.plan.size()) : r.stepIndex;
    for (int i = 0; i < done && i < r.plan.size(); ++i) {
        const PlanStep &p = r.plan.at(i);
        if (p.kind == PlanStep::Kind::StopStable)
            stable = 0;
        if (p.kind == PlanStep::Kind::Deploy || p.kind == PlanStep::Kind::Scale)
            fresh = p.replicas;
        if (p.kind == PlanStep::Kind::Scale && p.stableReplicas >= 0)
            stable = p.stableReplicas;
    }
    if (r.isFinished()) {
        const QString stage = r.finalizer.value(QStringLiteral("stage")).toString();
        if (r.phase == RolloutPhase::Healthy) {
            fresh = r.replicas;
            stable = r.finalizer.value(QStringLiteral("version")).toString() == S && !S.isEmpty() ? r.replicas : 0;
        } else {
            stable = S.isEmpty() ? 0 : (stage == QLatin1String("restore") ? stable : r.replicas);
        }
    }
    if (stable > 0)
        want.insert(S, stable);
    if (fresh > 0 && !N.isEmpty())
        want.insert(N, qMax(fresh, want.value(N)));
    if (want.isEmpty())
        return;
    m_restore = std::make_unique<Restore>();
    for (auto it = want.begin(); it != want.end(); ++it)
        m_restore->versions.append({it.key(), it.value()});
    m_restore->traffic = r.traffic.stableVersion.isEmpty() ? TrafficSplit{S, QString(), 0, {}, {}} : r.traffic;
    // A version the recorded split names but that no longer runs (stopped by a finished step):
    // the split routes everything to the one that runs, as the proxy did before the restart.
    TrafficSplit &t = m_restore->traffic;
    if (!t.canaryVersion.isEmpty() && !want.contains(t.canaryVersion)) {
        t.canaryVersion.clear();
        t.canaryWeight = 0;
        t.headerName.clear();
        t.headerValue.clear();
    }
    if (!want.contains(t.stableVersion) && !t.canaryVersion.isEmpty())
        t = TrafficSplit{t.canaryVersion, QString(), 0, {}, {}};
    m_restore->deadlineAt = m_services.clock->nowMs() + m_spec.readyTimeoutMs();
    for (const auto &[version, replicas] : std::as_const(m_restore->versions)) {
        auto ok = providerDo([&] { return m_provider->ensureVersion(m_component, version, replicas); },
                             QStringLiteral("starting %1 %2 ×%3").arg(r.component, version).arg(replicas));
        if (!ok)
            event(QStringLiteral("Warning"), QStringLiteral("RestoreFailed"), ok.error().toString());
    }
    // Until every version is ready, everything goes to the stable version (when it runs) --
    // unless the split was adopted from the provider, where the versions already serve it.
    if (want.contains(m_restore->traffic.stableVersion) && !m_adopted) {
        TrafficSplit safe = m_restore->traffic;
        safe.canaryWeight = 0;
        (void)providerDo([&] { return m_provider->setTraffic(r.component, safe); }, QStringLiteral("routing traffic"));
    }
}

bool RolloutExecutor::continueRestore()
{
    // A failed provider call (e.g. another console holds the cluster lease) is retried later,
    // not on every reconcile: each attempt blocks this thread for the provider's answers.
    if (m_services.clock->nowMs() < m_retryAt)
        return false;
    QString error;
    for (const auto &[version, replicas] : std::as_const(m_restore->versions)) {
        const Outcome o = waitReady(version, replicas, m_restore->deadlineAt, &error);
        if (o == Outcome::Waiting)
            return false;
        if (o == Outcome::Failed) {
            m_restore.reset();
            if (!m_record.isFinished() && version == m_record.targetVersion) {
                abort(RolloutPhase::RolledBack, QStringLiteral("shipdeck"), QStringLiteral("restoring after a restart: %1").arg(error));
            } else {
                event(QStringLiteral("Warning"), QStringLiteral("RestoreFailed"), error);
                m_record.message = QStringLiteral("restoring after a restart: %1").arg(error);
                save();
            }
            return true;
        }
    }
    auto routed = providerDo([&] { return m_provider->setTraffic(m_record.component, m_restore->traffic); }, QStringLiteral("routing traffic"));
    if (!routed) {
        m_retryAt = m_services.clock->nowMs() + m_services.providerRetryMs;
        return false;
    }
    m_restore.reset();
    if (!m_record.isFinished() && m_sampler && m_provider && !m_sampler->isRunning())
        m_sampler->start(m_provider->metricsUrl(m_record.component), m_services.sampleIntervalMs);
    event(QStringLiteral("Normal"), QStringLiteral("ProviderStateRestored"),
          QStringLiteral("traffic %1 applied; %2").arg(QString::fromUtf8(QJsonDocument(trafficToJson(m_record.traffic)).toJson(QJsonDocument::Compact)),
                                                       m_record.isFinished() ? QStringLiteral("finishing clean-up") : QStringLiteral("continuing")));
    return true;
}

// ---- steps --------------------------------------------------------------------------------

TrafficSplit RolloutExecutor::splitFor(int weight, bool withHeader) const
{
    TrafficSplit split;
    split.stableVersion = m_record.stableVersion.isEmpty() ? m_record.targetVersion : m_record.stableVersion;
    split.canaryVersion = m_record.stableVersion.isEmpty() ? QString() : m_record.targetVersion;
    split.canaryWeight = split.canaryVersion.isEmpty() ? 0 : weight;
    if (withHeader && !split.canaryVersion.isEmpty()) {
        if (m_record.strategy == DeployStrategy::Canary && !m_spec.canary.headerName.isEmpty()) {
            split.headerName = m_spec.canary.headerName;
            split.headerValue = m_spec.canary.headerValue;
        } else if (m_record.strategy == DeployStrategy::BlueGreen && weight == 0) {
            split.headerName = m_spec.blueGreen.previewHeaderName;
            split.headerValue = m_spec.blueGreen.previewHeaderValue;
        }
    }
    return split;
}

bool RolloutExecutor::firstTraffic() const
{
    return m_record.traffic.canaryWeight == 0 && m_record.traffic.stableVersion == m_record.stableVersion;
}

bool RolloutExecutor::checkPauses()
{
    if (m_record.userPaused) {
        if (m_record.phase != RolloutPhase::Paused)
            save();
        return false;
    }
    const PlanStep *s = m_record.currentStep();
    const qint64 now = m_services.clock->nowMs();
    bool blocked = false;
    for (const PauseCondition &c : std::as_const(m_record.pauseConditions)) {
        if ((c.reason == PauseReason::PauseStep || c.reason == PauseReason::BlueGreen) && s && s->pauseMs
            && now >= c.startedAtMs + *s->pauseMs) {
            advance(c.reason == PauseReason::BlueGreen ? QStringLiteral("auto-promotion after %1 s").arg(*s->pauseMs / 1000)
                                                       : QStringLiteral("paused for %1 s").arg(*s->pauseMs / 1000.0));
            save();
            return true;
        }
        if (c.reason == PauseReason::ConfirmRollout || c.reason == PauseReason::ConfirmTraffic || c.reason == PauseReason::ConfirmPromotion)
            continue; // the gate is retried by executeStep()
        blocked = true;
    }
    if (blocked && m_record.phase != RolloutPhase::Paused)
        save();
    return !blocked && m_record.stepState.value(QStringLiteral("degraded")).toString().isEmpty();
}

bool RolloutExecutor::executeStep()
{
    const PlanStep *current = m_record.currentStep();
    if (!current) {
        markHealthy();
        return save();
    }
    const PlanStep s = *current;
    startStepSpan();
    const qint64 now = m_services.clock->nowMs();
    if (m_record.promoteFull && (s.kind == PlanStep::Kind::SetWeight || s.kind == PlanStep::Kind::Pause
                                 || s.kind == PlanStep::Kind::Analysis || s.kind == PlanStep::Kind::Approval)) {
        advance(QStringLiteral("skipped: full promotion requested"));
        return save();
    }
    if (!m_record.promoteFull || s.kind == PlanStep::Kind::Deploy) {
        QString why;
        const int pausesBefore = int(m_record.pauseConditions.size());
        const QJsonObject gatesBefore = m_record.stepState;
        const auto verdict = m_gates->check(m_record, s, firstTraffic(), &why);
        if (verdict == RolloutGates::Verdict::Abort) {
            abort(RolloutPhase::RolledBack, QStringLiteral("webhook"), why);
            return true;
        }
        if (verdict == RolloutGates::Verdict::Wait) {
            if (gatesBefore != m_record.stepState || pausesBefore != m_record.pauseConditions.size()) {
                if (const QString halted = m_record.stepState.value(QStringLiteral("halted")).toString(); !halted.isEmpty())
                    m_record.message = QStringLiteral("halted: ") + halted;
                save();
            }
            return false;
        }
    }
    const QString stage = m_record.stepState.value(QStringLiteral("stage")).toString();
    const QString S = m_record.stableVersion;
    const QString N = m_record.targetVersion;
    const qint64 deadline = now + m_spec.readyTimeoutMs();
    auto ensure = [&](const QString &version, int replicas, const QJsonObject &then) {
        return beginIntent(QStringLiteral("ensure-version"), {{QStringLiteral("version"), version}, {QStringLiteral("replicas"), replicas},
                                                              {QStringLiteral("deadlineAt"), deadline}, {QStringLiteral("deadline"), true},
                                                              {QStringLiteral("then"), then}});
    };
    auto route = [&](const TrafficSplit &split, const QJsonObject &then) {
        return beginIntent(QStringLiteral("set-traffic"), {{QStringLiteral("split"), trafficToJson(split)}, {QStringLiteral("then"), then}});
    };
    switch (s.kind) {
    case PlanStep::Kind::Deploy: {
        const bool header = (m_record.strategy == DeployStrategy::Canary && !m_spec.canary.headerName.isEmpty()) || s.preview;
        if (stage == QLatin1String("route"))
            return route(splitFor(0), thenAdvance(QStringLiteral("%1 ready").arg(N)));
        return ensure(N, s.replicas, header && !S.isEmpty() ? QJsonObject{{QStringLiteral("stage"), QStringLiteral("route")}}
                                                            : thenAdvance(QStringLiteral("%1 ×%2 ready").arg(N).arg(s.replicas)));
    }
    case PlanStep::Kind::SetWeight:
        return route(splitFor(s.weight), thenAdvance(QStringLiteral("canary weight %1%").arg(s.weight)));
    case PlanStep::Kind::Switch:
        if (m_record.strategy == DeployStrategy::Recreate || S.isEmpty())
            return route(TrafficSplit{N, QString(), 0, {}, {}}, thenAdvance(QStringLiteral("all traffic on %1").arg(N)));
        return route(splitFor(100, false), thenAdvance(QStringLiteral("all traffic on %1").arg(N)));
    case PlanStep::Kind::StopStable:
        if (S.isEmpty()) {
            advance(QStringLiteral("nothing to stop"));
            return save();
        }
        return beginIntent(QStringLiteral("remove-version"), {{QStringLiteral("version"), S}, {QStringLiteral("then"), thenAdvance(QStringLiteral("%1 stopped").arg(S))}});
    case PlanStep::Kind::Scale: {
        const QStringList order = s.oldFirst ? QStringList{QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("traffic")}
                                             : QStringList{QStringLiteral("new"), QStringLiteral("traffic"), QStringLiteral("old")};
        const QString current = stage.isEmpty() ? order.first() : stage;
        const int at = int(order.indexOf(current));
        const QJsonObject then = at + 1 < order.size() ? QJsonObject{{QStringLiteral("stage"), order.at(at + 1)}}
                                                       : thenAdvance(QStringLiteral("%1 ×%2, %3 ×%4").arg(N).arg(s.replicas).arg(S).arg(s.stableReplicas));
        if (current == QLatin1String("new"))
            return ensure(N, s.replicas, then);
        if (current == QLatin1String("traffic")) {
            if (s.oldFirst && s.stableReplicas == 0) // the old version is already gone
                return route(TrafficSplit{N, QString(), 0, {}, {}}, then);
            return route(splitFor(s.weight, false), then);
        }
        if (s.stableReplicas < 0 || S.isEmpty()) {
            applyThen(then);
            return save();
        }
        if (s.stableReplicas == 0)
            return beginIntent(QStringLiteral("remove-version"), {{QStringLiteral("version"), S}, {QStringLiteral("then"), then}});
        return beginIntent(QStringLiteral("scale-version"), {{QStringLiteral("version"), S}, {QStringLiteral("replicas"), s.stableReplicas},
                                                             {QStringLiteral("then"), then}});
    }
    case PlanStep::Kind::Pause:
    case PlanStep::Kind::Approval: {
        const PauseReason reason = s.kind == PlanStep::Kind::Approval ? PauseReason::Approval : s.pauseReason;
        if (m_record.hasPause(reason))
            return false;
        QString message;
        if (s.kind == PlanStep::Kind::Approval)
            message = s.approvalMessage.isEmpty() ? QStringLiteral("waiting for approval to continue") : s.approvalMessage;
        else
            message = s.pauseMs ? QStringLiteral("until %1").arg(QDateTime::fromMSecsSinceEpoch(now + *s.pauseMs).toString(Qt::ISODate))
                                : QStringLiteral("until promoted");
        m_record.pauseConditions.append({reason, now, message});
        event(QStringLiteral("Normal"), QStringLiteral("RolloutPaused"), QStringLiteral("step %1 (%2): %3").arg(m_record.stepIndex + 1).arg(s.label(), message));
        save();
        return false;
    }
    case PlanStep::Kind::Analysis:
        return runAnalysisStep(s);
    case PlanStep::Kind::Promote:
        return route(TrafficSplit{N, QString(), 0, {}, {}}, {{QStringLiteral("healthy"), true}});
    }
    return false;
}

std::unique_ptr<AnalysisRunner> RolloutExecutor::makeRunner(const QString &runId, const QString &kind, const QStringList &templates,
                                                            const QMap<QString, QString> &args, QString *error)
{
    QList<MetricSpec> metrics;
    for (const QString &name : templates) {
        const AnalysisTemplate *t = m_spec.analysisTemplate(name);
        if (!t) {
            *error = QStringLiteral("analysis template '%1' is not defined").arg(name);
            return {};
        }
        metrics += t->metrics;
    }
    AnalysisContext context;
    context.rolloutId = m_record.id;
    context.component = m_record.component;
    context.environment = m_record.environment;
    context.canaryVersion = m_record.targetVersion;
    context.stableVersion = m_record.stableVersion;
    context.args = args;
    context.prometheusAddress = m_services.prometheusAddress;
    context.sampler = m_sampler;
    context.http = m_services.http;
    context.store = m_services.analysis;
    context.clock = m_services.clock;
    if (const QString problem = AnalysisRunner::checkSources(metrics, context); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    AnalysisRunRecord run;
    auto stored = m_services.analysis->run(runId);
    if (stored && stored.value()) {
        run = *stored.value();
    } else {
        run.id = runId;
        run.rolloutId = m_record.id;
        run.kind = kind;
        run.stepIndex = m_record.stepIndex;
        run.templates = templates;
        run.startedAtMs = m_services.clock->nowMs();
        (void)m_services.analysis->saveRun(run);
    }
    auto runner = std::make_unique<AnalysisRunner>(context, run, metrics);
    connect(runner.get(), &AnalysisRunner::updated, this, [this, runId] {
        if (m_services.notify) {
            const AnalysisRunner *r = m_stepRun && m_stepRun->record().id == runId ? m_stepRun.get()
                                    : m_backgroundRun && m_backgroundRun->record().id == runId ? m_backgroundRun.get() : nullptr;
            if (r)
                m_services.notify(QStringLiteral("analysis.updated"), r->record().toJson());
        }
        reconcile();
    });
    return runner;
}

bool RolloutExecutor::runAnalysisStep(const PlanStep &s)
{
    if (!m_stepRun) {
        QString runId = m_record.stepState.value(QStringLiteral("runId")).toString();
        if (runId.isEmpty()) {
            runId = Ulid::generate(m_services.clock);
            m_record.stepState.insert(QStringLiteral("runId"), runId);
            if (!save())
                return false;
        }
        QString error;
        m_stepRun = makeRunner(runId, s.analysisKind, s.templates, s.args, &error);
        if (!m_stepRun) {
            abort(RolloutPhase::RolledBack, QStringLiteral("shipdeck"), QStringLiteral("cannot run the analysis: %1").arg(error));
            return true;
        }
        event(QStringLiteral("Normal"), QStringLiteral("AnalysisRunStarted"),
              QStringLiteral("%1 analysis %2 started (%3)").arg(s.analysisKind, runId, s.templates.join(QStringLiteral(", "))));
    }
    m_stepRun->tick();
    const AnalysisRunRecord &run = m_stepRun->record();
    if (!run.finishedAtMs) {
        const QString message = QStringLiteral("analysis running: %1").arg(run.message.isEmpty() ? s.templates.join(QStringLiteral(", ")) : run.message);
        if (m_record.message != message && run.message.isEmpty()) {
            m_record.message = message;
            save();
        }
        return false;
    }
    const QString kindText = s.analysisKind == QLatin1String("step") ? QStringLiteral("Step-based")
                           : s.analysisKind == QLatin1String("postPromotion") ? QStringLiteral("Blue/green post-promotion")
                           : s.analysisKind == QLatin1String("prePromotion") ? QStringLiteral("Blue/green pre-promotion")
                                                                            : QStringLiteral("Post-deployment validation");
    switch (run.phase) {
    case AnalysisPhase::Successful:
        event(QStringLiteral("Normal"), QStringLiteral("AnalysisRunSuccessful"), QStringLiteral("%1 analysis successful").arg(kindText));
        advance(QStringLiteral("analysis successful"));
        return save();
    case AnalysisPhase::Inconclusive:
        if (!m_record.hasPause(PauseReason::Inconclusive)) {
            m_record.pauseConditions.append({PauseReason::Inconclusive, m_services.clock->nowMs(), run.message});
            event(QStringLiteral("Warning"), QStringLiteral("AnalysisRunInconclusive"),
                  QStringLiteral("%1 analysis inconclusive: %2 — promote to continue or abort").arg(kindText, run.message));
            save();
        }
        return false;
    default: {
        const QString reason = QStringLiteral("%1 analysis phase %2: %3").arg(kindText, analysisPhaseName(run.phase).toLower(), run.message);
        if (m_spec.rollback.automatic) {
            abort(RolloutPhase::RolledBack, QStringLiteral("analysis"), reason);
        } else {
            m_record.stepState.insert(QStringLiteral("degraded"), reason);
            save();
        }
        return true;
    }
    }
}

void RolloutExecutor::runBackgroundAnalysis()
{
    const AnalysisRef &bg = m_spec.canary.background;
    if (m_record.strategy != DeployStrategy::Canary || bg.isEmpty() || m_record.isFinished())
        return;
    const PlanStep *s = m_record.currentStep();
    if (!s || s->kind == PlanStep::Kind::Promote || m_record.stepIndex < bg.startingStep + 1 || m_record.plan.size() < 3)
        return;
    if (!m_backgroundRun) {
        if (!m_record.background.value(QStringLiteral("runId")).toString().isEmpty())
            return; // finished earlier (successful, or waiting for a person after Inconclusive)
        const QString runId = Ulid::generate(m_services.clock);
        m_record.background.insert(QStringLiteral("runId"), runId);
        if (!save())
            return;
        QString error;
        m_backgroundRun = makeRunner(runId, QStringLiteral("background"), bg.templates, bg.args, &error);
        if (!m_backgroundRun) {
            abort(RolloutPhase::RolledBack, QStringLiteral("shipdeck"), QStringLiteral("cannot run the background analysis: %1").arg(error));
            return;
        }
        event(QStringLiteral("Normal"), QStringLiteral("AnalysisRunStarted"), QStringLiteral("background analysis %1 started").arg(runId));
    }
    m_backgroundRun->tick();
    const AnalysisRunRecord &run = m_backgroundRun->record();
    if (!run.finishedAtMs)
        return;
    const AnalysisPhase phase = run.phase;
    const QString message = run.message;
    m_backgroundRun.reset();
    if (phase == AnalysisPhase::Failed || phase == AnalysisPhase::Error) {
        const QString reason = QStringLiteral("Background analysis phase %1: %2").arg(analysisPhaseName(phase).toLower(), message);
        if (m_spec.rollback.automatic)
            abort(RolloutPhase::RolledBack, QStringLiteral("analysis"), reason);
        else {
            m_record.stepState.insert(QStringLiteral("degraded"), reason);
            save();
        }
    } else if (phase == AnalysisPhase::Inconclusive) {
        m_record.pauseConditions.append({PauseReason::Inconclusive, m_services.clock->nowMs(), QStringLiteral("background analysis: ") + message});
        event(QStringLiteral("Warning"), QStringLiteral("AnalysisRunInconclusive"), QStringLiteral("background analysis inconclusive: %1").arg(message));
        save();
    }
}

void RolloutExecutor::advance(const QString &why)
{
    const PlanStep *s = m_record.currentStep();
    const QString label = s ? s->label() : QString();
    endStepSpan(true, why);
    if (m_stepRun) {
        m_stepRun->terminate(QStringLiteral("step ended: ") + why);
        m_stepRun.reset();
    }
    m_record.pauseConditions.removeIf([](const PauseCondition &c) { return isStepPause(c.reason) || c.reason == PauseReason::Inconclusive; });
    const int completed = m_record.stepIndex;
    m_record.stepIndex = qMin(m_record.stepIndex + 1, int(m_record.plan.size()));
    m_record.stepState = {{QStringLiteral("enteredAt"), m_services.clock->nowMs()}};
    m_record.message.clear();
    event(QStringLiteral("Normal"), QStringLiteral("RolloutStepCompleted"),
          QStringLiteral("step %1 of %2 (%3) completed%4").arg(completed + 1).arg(m_record.plan.size()).arg(label,
                                                                 why.isEmpty() ? QString() : QStringLiteral(": ") + why),
          {{QStringLiteral("step"), completed}, {QStringLiteral("kind"), s ? planStepKindName(s->kind) : QString()}});
}

// ---- endings ------------------------------------------------------------------------------

void RolloutExecutor::stopRunners(const QString &why)
{
    if (m_stepRun)
        m_stepRun->terminate(why);
    if (m_backgroundRun)
        m_backgroundRun->terminate(why);
    m_stepRun.reset();
    m_backgroundRun.reset();
    if (m_sampler)
        m_sampler->stop();
}

void RolloutExecutor::markHealthy()
{
    stopRunners(QStringLiteral("rollout promoted"));
    endStepSpan(true, QStringLiteral("promoted"));
    const qint64 now = m_services.clock->nowMs();
    m_record.phase = RolloutPhase::Healthy;
    m_record.outcome = m_record.promoteFull ? QStringLiteral("FastPromoted") : QStringLiteral("Promoted");
    m_record.finishedAtMs = now;
    m_record.stepIndex = int(m_record.plan.size());
    m_record.stepState = {};
    m_record.pauseConditions.clear();
    m_record.userPaused = false;
    m_record.message = QStringLiteral("version %1 fully promoted (revision %2)").arg(m_record.targetVersion).arg(m_record.revision);
    const qint64 delay = m_record.strategy == DeployStrategy::Canary ? m_spec.canary.scaleDownDelayMs
                       : m_record.strategy == DeployStrategy::BlueGreen ? m_spec.blueGreen.scaleDownDelayMs : 0;
    const QString old = m_record.stableVersion;
    m_record.finalizer = old.isEmpty() || old == m_record.targetVersion
                             ? QJsonObject{}
                             : QJsonObject{{QStringLiteral("stage"), QStringLiteral("scaleDown")}, {QStringLiteral("version"), old},
                                           {QStringLiteral("dueAt"), now + delay}};
    event(QStringLiteral("Normal"), QStringLiteral("RolloutCompleted"), m_record.message);
    if (m_services.audit)
        m_services.audit(QStringLiteral("shipdeck"), QStringLiteral("rollout.promoted"), m_record.target(),
                         QStringLiteral("revision %1: %2 -> %3").arg(m_record.revision).arg(old, m_record.targetVersion));
    if (m_services.promoted)
        m_services.promoted(m_record);
    m_gates->notifyPostRollout(m_record);
}

void RolloutExecutor::abort(RolloutPhase phase, const QString &by, const QString &reason)
{
    stopRunners(QStringLiteral("rollout aborted"));
    endStepSpan(false, reason);
    if (m_record.pendingTransition) {
        m_issued.remove(m_record.pendingTransition);
        if (!finishIntent(false, QStringLiteral("superseded: ") + reason))
            return;
    }
    const qint64 now = m_services.clock->nowMs();
    m_record.phase = phase;
    m_record.abortReason = reason;
    m_record.abortedBy = by;
    m_record.finishedAtMs = now;
    m_record.outcome = rolloutPhaseName(phase);
    m_record.pauseConditions.clear();
    m_record.userPaused = false;
    m_record.stepState.remove(QStringLiteral("degraded"));
    m_record.message = QStringLiteral("Rollout aborted update to revision %1: %2").arg(m_record.revision).arg(reason);
    m_record.finalizer = {{QStringLiteral("stage"), QStringLiteral("restore")}, {QStringLiteral("since"), now}};
    event(QStringLiteral("Warning"), phase == RolloutPhase::Aborted ? QStringLiteral("RolloutAborted") : QStringLiteral("RolloutRolledBack"),
          m_record.message, {{QStringLiteral("by"), by}, {QStringLiteral("reason"), reason}});
    if (m_services.audit)
        m_services.audit(by, phase == RolloutPhase::Aborted ? QStringLiteral("rollout.abort") : QStringLiteral("rollout.rollback"),
                         m_record.target(), QStringLiteral("revision %1 (%2): %3").arg(m_record.revision).arg(m_record.targetVersion, reason));
    save();
    m_gates->notifyPostRollout(m_record);
}

bool RolloutExecutor::runFinalizer()
{
    const QJsonObject f = m_record.finalizer;
    if (f.isEmpty())
        return false;
    const QString stage = f.value(QStringLiteral("stage")).toString();
    const QString S = m_record.stableVersion;
    const QString N = m_record.targetVersion;
    const qint64 now = m_services.clock->nowMs();
    if (now < m_retryAt)
        return false;
    const QJsonObject scaleDownNew{{QStringLiteral("stage"), QStringLiteral("scaleDown")}, {QStringLiteral("version"), N},
                                   {QStringLiteral("dueAt"), now + m_spec.rollback.abortScaleDownDelayMs}};
    if (stage == QLatin1String("restore")) {
        if (S.isEmpty()) {
            m_record.finalizer = scaleDownNew;
            return save();
        }
        return beginIntent(QStringLiteral("ensure-version"),
                           {{QStringLiteral("version"), S}, {QStringLiteral("replicas"), m_record.replicas},
                            {QStringLiteral("deadlineAt"), now + m_spec.readyTimeoutMs()}, {QStringLiteral("context"), QStringLiteral("finalizer")},
                            {QStringLiteral("then"), QJsonObject{{QStringLiteral("finalizer"), QJsonObject{{QStringLiteral("stage"), QStringLiteral("route")}}}}}});
    }
    if (stage == QLatin1String("route")) {
        return beginIntent(QStringLiteral("set-traffic"),
                           {{QStringLiteral("split"), trafficToJson(TrafficSplit{S, QString(), 0, {}, {}})},
                            {QStringLiteral("context"), QStringLiteral("finalizer")},
                            {QStringLiteral("then"), QJsonObject{{QStringLiteral("finalizer"), scaleDownNew}}}});
    }
    if (stage == QLatin1String("scaleDown")) {
        if (now < qint64(f.value(QStringLiteral("dueAt")).toDouble()))
            return false;
        const QString version = f.value(QStringLiteral("version")).toString();
        if (const QString user = m_services.versionInUse ? m_services.versionInUse(m_record, version) : QString(); !user.isEmpty()) {
            m_record.finalizer = {};
            event(QStringLiteral("Normal"), QStringLiteral("ScaleDownSkipped"),
                  QStringLiteral("%1 %2 keeps running: %3 needs it").arg(m_record.component, version, user));
            return save();
        }
        return beginIntent(QStringLiteral("remove-version"),
                           {{QStringLiteral("version"), version}, {QStringLiteral("context"), QStringLiteral("finalizer")},
                            {QStringLiteral("then"), QJsonObject{{QStringLiteral("finalizer"), QJsonObject{}}}}});
    }
    m_record.finalizer = {};
    return save();
}

// ---- people's actions ---------------------------------------------------------------------

void RolloutExecutor::applyRequests()
{
    auto pending = m_services.store->pendingRequests(m_record.id);
    if (!pending || pending->isEmpty())
        return;
    for (const RolloutStore::Request &request : pending.value()) {
        RolloutRules::Context context = m_services.rulesContext ? m_services.rulesContext(m_record) : RolloutRules::Context{};
        context.canaryReady = canaryReady();
        auto allowed = RolloutRules::check(m_record, request.action, request.actor, context);
        if (allowed)
            allowed = apply(request.action, request.actor, request.reason);
        (void)m_services.store->finishRequest(request.id, allowed.ok(),
                                              allowed ? QStringLiteral("%1: %2").arg(rolloutPhaseName(m_record.phase), m_record.message)
                                                      : allowed.error().toString());
    }
}

Result<void> RolloutExecutor::apply(RolloutAction action, const QString &actor, const QString &reason)
{
    const QString target = m_record.target();
    const QString detail = QStringLiteral("revision %1 (%2)%3").arg(m_record.revision).arg(m_record.targetVersion,
                                                                    reason.isEmpty() ? QString() : QStringLiteral(": ") + reason);
    auto audit = [&](const QString &what) {
        if (m_services.audit)
            m_services.audit(actor, QStringLiteral("rollout.") + what, target, detail);
    };
    const qint64 now = m_services.clock->nowMs();
    switch (action) {
    case RolloutAction::Promote: {
        m_record.userPaused = false;
        m_gates->override(m_record, actor);
        m_record.stepState.remove(QStringLiteral("degraded"));
        m_record.pauseConditions.removeIf([](const PauseCondition &c) { return c.reason == PauseReason::ProgressDeadline; });
        const PlanStep *s = m_record.currentStep();
        if (s && s->kind == PlanStep::Kind::Approval && m_record.hasPause(PauseReason::Approval)) {
            RolloutApproval approval{Ulid::generate(m_services.clock), m_record.id, m_record.stepIndex, actor, reason, now};
            SD_CHECK(m_services.store->addApproval(approval, m_record.generation));
            auto given = m_services.store->approvals(m_record.id, m_record.stepIndex);
            const qint64 entered = qint64(m_record.stepState.value(QStringLiteral("enteredAt")).toDouble());
            QSet<QString> people;
            for (const RolloutApproval &a : given.valueOr({})) {
                if (a.atMs >= entered)
                    people.insert(a.actor);
            }
            audit(QStringLiteral("approve"));
            event(QStringLiteral("Normal"), QStringLiteral("ApprovalGiven"), QStringLiteral("%1 approved step %2: %3").arg(actor).arg(m_record.stepIndex + 1).arg(reason),
                  approval.toJson());
            if (people.size() >= s->requiredApprovals)
                advance(QStringLiteral("approved by %1").arg(QStringList(people.values()).join(QStringLiteral(", "))));
            else
                m_record.pauseConditions.first().message = QStringLiteral("%1 of %2 approvals given").arg(people.size()).arg(s->requiredApprovals);
        } else if (m_record.hasPause(PauseReason::Inconclusive) && s && s->kind != PlanStep::Kind::Analysis) {
            // Background analysis was inconclusive: continue and start it again.
            m_record.pauseConditions.removeIf([](const PauseCondition &c) { return c.reason == PauseReason::Inconclusive; });
            m_record.background = {};
            audit(QStringLiteral("promote"));
        } else if (s && s->kind != PlanStep::Kind::Promote && s->kind != PlanStep::Kind::Deploy) {
            audit(QStringLiteral("promote"));
            advance(QStringLiteral("promoted by %1%2").arg(actor, reason.isEmpty() ? QString() : QStringLiteral(" (") + reason + QLatin1Char(')')));
        } else {
            audit(QStringLiteral("promote"));
        }
        break;
    }
    case RolloutAction::PromoteFull:
        m_record.promoteFull = true;
        m_record.userPaused = false;
        m_gates->override(m_record, actor);
        m_record.stepState.remove(QStringLiteral("degraded"));
        m_record.pauseConditions.clear();
        if (m_stepRun) {
            m_stepRun->terminate(QStringLiteral("full promotion requested"));
            m_stepRun.reset();
        }
        audit(QStringLiteral("promote-full"));
        event(QStringLiteral("Normal"), QStringLiteral("RolloutPromoteFull"), QStringLiteral("%1 requested full promotion: %2").arg(actor, reason));
        break;
    case RolloutAction::Abort:
        abort(RolloutPhase::Aborted, actor, reason.isEmpty() ? QStringLiteral("aborted by %1").arg(actor) : reason);
        reconcile();
        return success();
    case RolloutAction::Retry:
        m_record.phase = RolloutPhase::Progressing;
        m_record.finishedAtMs = 0;
        m_record.outcome.clear();
        m_record.abortReason.clear();
        m_record.abortedBy.clear();
        m_record.finalizer = {};
        m_record.background = {};
        m_record.promoteFull = false;
        m_record.stepIndex = 0;
        m_record.stepState = {{QStringLiteral("enteredAt"), now}};
        m_record.message = QStringLiteral("retried by %1").arg(actor);
        audit(QStringLiteral("retry"));
        event(QStringLiteral("Normal"), QStringLiteral("RolloutRetry"), QStringLiteral("%1 retried the rollout from step 1: %2").arg(actor, reason));
        if (m_sampler && m_provider)
            m_sampler->start(m_provider->metricsUrl(m_record.component), m_services.sampleIntervalMs);
        break;
    case RolloutAction::Pause:
        m_record.userPaused = true;
        audit(QStringLiteral("pause"));
        event(QStringLiteral("Normal"), QStringLiteral("RolloutPaused"), QStringLiteral("paused by %1: %2").arg(actor, reason));
        break;
    case RolloutAction::Resume:
        m_record.userPaused = false;
        audit(QStringLiteral("resume"));
        event(QStringLiteral("Normal"), QStringLiteral("RolloutResumed"), QStringLiteral("resumed by %1: %2").arg(actor, reason));
        break;
    case RolloutAction::Restart: {
        const QString version = m_record.isFinished() ? m_record.targetVersion
                              : canaryReady() ? m_record.targetVersion : m_record.stableVersion;
        audit(QStringLiteral("restart"));
        event(QStringLiteral("Normal"), QStringLiteral("RolloutRestart"), QStringLiteral("%1 restarts the instances of %2: %3").arg(actor, version, reason));
        if (!beginIntent(QStringLiteral("restart-version"), {{QStringLiteral("version"), version}, {QStringLiteral("replicas"), m_record.replicas},
                                                             {QStringLiteral("traffic"), trafficToJson(m_record.traffic)},
                                                             {QStringLiteral("deadlineAt"), now + m_spec.readyTimeoutMs()},
                                                             {QStringLiteral("context"), QStringLiteral("restart")}}))
            return Error(ErrorCode::Conflict, QStringLiteral("cannot record the restart of %1").arg(target));
        reconcile();
        return success();
    }
    }
    if (!save())
        return Error(ErrorCode::Conflict, QStringLiteral("rollout %1 is driven by another process").arg(m_record.id));
    reconcile();
    return success();
}

} // namespace shipdeck
