#include "backend/deploy/rolloutcontroller.h"

#include "backend/core/clock.h"
#include "backend/core/ids.h"
#include "backend/deploy/analysisstore.h"
#include "backend/deploy/httpclient.h"
#include "backend/deploy/rolloutexecutor.h"
#include "backend/deploy/rolloutplan.h"
#include "backend/deploy/rolloutrules.h"
#include "backend/deploy/rolloutstore.h"
#include "backend/providers/provider.h"
#include "backend/store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QPromise>
#include <QTimer>

namespace shipdeck {

RolloutController::RolloutController(Database &db, const Clock *clock, Tracer *tracer, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<RolloutStore>(db, clock))
    , m_analysis(std::make_unique<AnalysisStore>(db, clock))
    , m_http(new HttpClient(this))
    , m_timer(new QTimer(this))
{
    m_services.store = m_store.get();
    m_services.analysis = m_analysis.get();
    m_services.clock = clock ? clock : Clock::system();
    m_services.tracer = tracer;
    m_services.http = m_http;
    m_services.owner = QStringLiteral("%1:%2:%3").arg(QHostInfo::localHostName()).arg(QCoreApplication::applicationPid())
                           .arg(Ulid::generate().right(6));
    m_services.findRollout = [this](const QString &id) -> std::optional<RolloutRecord> {
        if (auto *e = m_executors.value(id))
            return e->record();
        auto r = m_store->find(id);
        return r ? r.value() : std::nullopt;
    };
    m_services.rulesContext = [this](const RolloutRecord &r) { return rulesContext(r); };
    m_services.blockedBy = [this](const RolloutRecord &r) -> QString {
        auto recent = m_store->list({r.component, r.environment, false, 0, 20});
        for (const RolloutRecord &other : recent.valueOr({})) {
            RolloutRecord o = other;
            if (auto *e = m_executors.value(o.id))
                o = e->record();
            const QString stage = o.finalizer.value(QStringLiteral("stage")).toString();
            if (o.id != r.id && o.createdAtMs <= r.createdAtMs && (stage == QLatin1String("restore") || stage == QLatin1String("route")))
                return QStringLiteral("waiting for rollout %1 (revision %2) to return traffic to %3").arg(o.id).arg(o.revision).arg(o.stableVersion);
        }
        return {};
    };
    m_services.versionInUse = [this](const RolloutRecord &r, const QString &version) -> QString {
        auto recent = m_store->list({r.component, r.environment, false, 0, 20});
        for (const RolloutRecord &other : recent.valueOr({})) {
            if (other.id == r.id || other.createdAtMs < r.createdAtMs)
                continue;
            if (!other.isFinished() && (other.targetVersion == version || other.stableVersion == version))
                return QStringLiteral("rollout %1 (revision %2)").arg(other.id).arg(other.revision);
            if (other.isFinished() && other.phase == RolloutPhase::Healthy && other.targetVersion == version)
                return QStringLiteral("revision %1, which serves now").arg(other.revision);
        }
        if (m_components) {
            if (auto c = m_components(r.component); c && c->version == version)
                return QStringLiteral("the registry, as the stable version of %1").arg(r.component);
        }
        return {};
    };
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &RolloutController::tick);
    m_timer->start();
}

RolloutController::~RolloutController()
{
    stop();
}

void RolloutController::setNotifier(std::function<void(const QString &, const QJsonObject &)> notify)
{
    m_services.notify = std::move(notify);
}

void RolloutController::setAuditor(std::function<void(const QString &, const QString &, const QString &, const QString &)> audit)
{
    m_services.audit = std::move(audit);
}

void RolloutController::setPromotedHandler(std::function<void(const RolloutRecord &)> promoted)
{
    m_services.promoted = std::move(promoted);
}

void RolloutController::setTiming(int sampleIntervalMs, qint64 leaseTtlMs)
{
    m_services.sampleIntervalMs = sampleIntervalMs;
    m_leaseTtlMs = leaseTtlMs;
}

void RolloutController::setDriving(bool driving)
{
    m_driving = driving;
    if (driving)
        takeOver();
}

void RolloutController::stop()
{
    m_timer->stop();
    const auto executors = m_executors;
    m_executors.clear();
    for (RolloutExecutor *e : executors) {
        (void)m_store->releaseLease(e->record().id, m_services.owner);
        delete e;
    }
    m_http->abortAll();
}

Result<DeploymentSpec> RolloutController::validate(const QByteArray &yaml, const QString &sourceName) const
{
    SD_TRY(DeploymentSpec spec, DeploymentParser::parse(yaml, sourceName));
    SD_CHECK(DeploymentParser::checkComponents(spec, m_components, sourceName));
    if (!m_providers || !m_providers(spec.provider)) {
        const QString problem = m_providerProblem ? m_providerProblem(spec.provider) : QString();
        return Error(ErrorCode::Unavailable, QStringLiteral("%1: provider '%2' is not available (%3)")
                                                 .arg(sourceName, spec.provider, problem.isEmpty() ? QStringLiteral("this process knows no such provider") : problem));
    }
    return spec;
}

RolloutRules::Context RolloutController::rulesContext(const RolloutRecord &r)
{
    RolloutRules::Context context;
    if (auto latest = m_store->list({r.component, r.environment, false, 0, 1}); latest && !latest->isEmpty())
        context.isLatestRevision = latest->first().revision <= r.revision;
    if (auto other = m_store->unfinishedFor(r.component, r.environment); other && other.value() && other.value()->id != r.id) {
        context.otherUnfinished = true;
        context.otherUnfinishedId = other.value()->id;
    }
    if (auto *e = m_executors.value(r.id))
        context.canaryReady = e->canaryReady();
    else
        context.canaryReady = r.stepIndex > 0;
    return context;
}

Result<QList<RolloutRecord>> RolloutController::admit(const AdmitRequest &request)
{
    if (!request.deploymentId.isEmpty()) {
        SD_TRY(auto existing, m_store->byDeployment(request.deploymentId));
        if (!existing.isEmpty())
            return existing; // the same request, admitted before (a retried workflow)
    }
    SD_TRY(DeploymentSpec spec, validate(request.yaml, request.sourceName));
    const QString environment = environmentName(spec.environment);
    const qint64 now = m_services.clock->nowMs();
    const QString deploymentId = request.deploymentId.isEmpty() ? Ulid::generate(m_services.clock) : request.deploymentId;
    QList<RolloutRecord> records;
    auto admitted = m_store->db().transaction([&]() -> Result<void> {
        QString previous;
        for (const ComponentRef &ref : std::as_const(spec.components)) {
            const ComponentDefinition component = *m_components(ref.id);
            SD_TRY(auto running, m_store->unfinishedFor(ref.id, environment));
            if (running) {
                return Error(ErrorCode::FailedPrecondition,
                             QStringLiteral("%1/%2 already has rollout %3 in progress (revision %4, %5: %6); promote, abort or wait for it first")
                                 .arg(ref.id, environment, running->id).arg(running->revision)
                                 .arg(rolloutPhaseName(running->phase), running->message));
            }
            // The registry's version is the one that serves (promotions update it); the history
            // answers only for components the registry does not pin.
            QString stable = component.version;
            if (stable.isEmpty()) {
                SD_TRY(auto healthy, m_store->lastHealthy(ref.id, environment));
                stable = healthy ? healthy->targetVersion : QString();
            }
            if (stable == ref.version && !request.undoOfRevision) {
                return Error(ErrorCode::FailedPrecondition, QStringLiteral("%1 already runs version %2 in %3; nothing to deploy")
                                                                .arg(ref.id, ref.version, environment));
            }
            RolloutRecord r;
            r.id = Ulid::generate(m_services.clock);
            r.deploymentId = deploymentId;
            r.component = ref.id;
            r.environment = environment;
            r.strategy = spec.strategy;
            r.provider = spec.provider;
            SD_TRY(r.revision, m_store->nextRevision(ref.id, environment));
            r.name = spec.name;
            r.specYaml = QString::fromUtf8(request.yaml);
            r.source = request.sourceName;
            r.stableVersion = stable == ref.version ? QString() : stable;
            r.targetVersion = ref.version;
            r.replicas = spec.replicas > 0 ? spec.replicas : qMax(1, component.scaling.minReplicas);
            RolloutPlan::Options options;
            options.replicas = r.replicas;
            options.hasStable = !r.stableVersion.isEmpty();
            options.fastTrack = request.fastTrack;
            r.plan = RolloutPlan::compile(spec, options);
            r.phase = RolloutPhase::Progressing;
            r.message = QStringLiteral("admitted");
            r.traffic = TrafficSplit{r.stableVersion.isEmpty() ? QString() : r.stableVersion, QString(), 0, {}, {}};
            r.stepState = {{QStringLiteral("enteredAt"), now}};
            if (!previous.isEmpty())
                r.dependsOn = {previous};
            r.createdBy = request.actor;
            r.reason = request.reason;
            r.createdAtMs = now;
            r.updatedAtMs = now;
            r.changeCommit = spec.change.commit;
            r.changeCreatedAtMs = spec.change.createdAtMs;
            r.undoOfRevision = request.undoOfRevision;
            r.traceId = request.traceId;
            r.spanId = request.spanId;
            r.jobId = request.jobId;
            SD_CHECK(m_store->insert(r));
            previous = r.id;
            records.append(r);
        }
        return success();
    });
    if (!admitted)
        return admitted.error();
    for (const RolloutRecord &r : std::as_const(records)) {
        const QString what = request.undoOfRevision
                                 ? QStringLiteral("undo to revision %1: %2 -> %3").arg(request.undoOfRevision).arg(r.stableVersion, r.targetVersion)
                                 : QStringLiteral("%1 %2 -> %3").arg(strategyName(r.strategy), r.stableVersion.isEmpty() ? QStringLiteral("(none)") : r.stableVersion, r.targetVersion);
        if (auto e = m_store->addEvent(r.id, QStringLiteral("Normal"), QStringLiteral("RolloutCreated"),
                                       QStringLiteral("revision %1 created by %2: %3").arg(r.revision).arg(r.createdBy, what));
            e && m_services.notify)
            m_services.notify(QStringLiteral("rollout.event"), e->toJson());
        if (m_services.audit)
            m_services.audit(r.createdBy, QStringLiteral("rollout.create"), r.target(),
                             QStringLiteral("revision %1, %2%3").arg(r.revision).arg(what, r.reason.isEmpty() ? QString() : QStringLiteral(": ") + r.reason));
        if (m_services.notify)
            m_services.notify(QStringLiteral("rollout.changed"), r.toJson());
    }
    return records;
}

Result<RolloutExecutor *> RolloutController::drive(const RolloutRecord &record, bool takeover)
{
    if (auto *existing = m_executors.value(record.id))
        return existing;
    SD_TRY(bool leased, m_store->acquireLease(record.id, m_services.owner, m_leaseTtlMs));
    if (!leased)
        return Error(ErrorCode::Busy, QStringLiteral("rollout %1 is driven by another process (%2)").arg(record.id, record.leaseOwner));
    SD_TRY(auto fresh, m_store->find(record.id));
    if (!fresh)
        return Error(ErrorCode::NotFound, QStringLiteral("no rollout %1").arg(record.id));
    auto spec = DeploymentParser::parse(fresh->specYaml.toUtf8(), fresh->source.isEmpty() ? fresh->id : fresh->source);
    const std::optional<ComponentDefinition> component = m_components ? m_components(fresh->component) : std::nullopt;
    Provider *provider = m_providers ? m_providers(fresh->provider) : nullptr;
    if (!spec || !component || !provider) {
        const QString why = !spec ? spec.error().toString()
                          : !component ? QStringLiteral("component %1 is no longer registered").arg(fresh->component)
                                       : QStringLiteral("provider '%1' is not available in this process%2").arg(fresh->provider,
                                             m_providerProblem && !m_providerProblem(fresh->provider).isEmpty() ? QStringLiteral(": ") + m_providerProblem(fresh->provider) : QString());
        (void)m_store->releaseLease(record.id, m_services.owner);
        return Error(ErrorCode::Unavailable, QStringLiteral("cannot drive rollout %1: %2").arg(record.id, why));
    }
    auto *executor = new RolloutExecutor(m_services, *fresh, spec.value(), *component, provider, this);
    m_executors.insert(record.id, executor);
    connect(executor, &RolloutExecutor::changed, this, &RolloutController::rolloutChanged);
    if (takeover) {
        (void)m_store->addEvent(record.id, QStringLiteral("Normal"), QStringLiteral("RolloutResumed"),
                                QStringLiteral("%1 took over driving the rollout").arg(m_services.owner));
    }
    executor->start();
    return executor;
}

Result<void> RolloutController::start(const QStringList &ids)
{
    for (const QString &id : ids) {
        SD_TRY(auto record, m_store->find(id));
        if (!record)
            return Error(ErrorCode::NotFound, QStringLiteral("no rollout %1").arg(id));
        SD_CHECK(drive(*record, false));
    }
    return success();
}

void RolloutController::failAdmitted(const QStringList &ids, const QString &reason)
{
    for (const QString &id : ids) {
        if (m_executors.contains(id))
            continue;
        auto record = m_store->find(id);
        if (!record || !record.value() || record.value()->isFinished())
            continue;
        RolloutRecord r = *record.value();
        r.phase = RolloutPhase::RolledBack;
        r.outcome = QStringLiteral("Failed");
        r.abortReason = QStringLiteral("could not start: ") + reason;
        r.abortedBy = QStringLiteral("shipdeck");
        r.finishedAtMs = m_services.clock->nowMs();
        r.message = r.abortReason;
        if (m_store->save(r, QString())) {
            (void)m_store->addEvent(id, QStringLiteral("Warning"), QStringLiteral("RolloutFailed"), r.message);
            if (m_services.notify)
                m_services.notify(QStringLiteral("rollout.changed"), r.toJson());
        }
    }
}

void RolloutController::takeOver()
{
    auto unfinished = m_store->list({QString(), QString(), true, 0, 500});
    if (!unfinished)
        return;
    QList<RolloutRecord> candidates = unfinished.value();
    // Finished rollouts whose clean-up did not complete.
    if (auto recent = m_store->list({QString(), QString(), false, 0, 100}); recent) {
        for (const RolloutRecord &r : recent.value()) {
            if (r.isFinished() && (!r.finalizer.isEmpty() || r.pendingTransition))
                candidates.append(r);
        }
    }
    for (const RolloutRecord &r : std::as_const(candidates)) {
        if (m_executors.contains(r.id))
            continue;
        if (!r.leaseOwner.isEmpty() && r.leaseOwner != m_services.owner && r.leaseExpiresAtMs >= m_services.clock->nowMs()
            && RolloutStore::ownerIsAlive(r.leaseOwner))
            continue;
        auto driven = drive(r, true);
        if (!driven && driven.error().code() != ErrorCode::Busy)
            qWarning("%s", qPrintable(driven.error().toString()));
    }
}

void RolloutController::tick()
{
    const qint64 now = m_services.clock->nowMs();
    if (now - m_lastLeaseRenewMs >= m_leaseTtlMs / 3) {
        m_lastLeaseRenewMs = now;
        for (RolloutExecutor *e : std::as_const(m_executors)) {
            auto renewed = m_store->acquireLease(e->record().id, m_services.owner, m_leaseTtlMs);
            if (renewed && !renewed.value())
                qWarning("rollout %s: lost its lease", qPrintable(e->record().id));
        }
    }
    if (m_driving && now - m_lastTakeOverMs >= 1000) {
        m_lastTakeOverMs = now;
        takeOver();
    }
    const auto executors = m_executors;
    for (RolloutExecutor *e : executors) {
        if (e->hasLostLease() || e->isDone()) {
            const QString id = e->record().id;
            m_executors.remove(id);
            if (!e->hasLostLease()) {
                (void)m_store->releaseLease(id, m_services.owner);
                const QString component = e->record().component;
                bool otherDriven = false;
                for (RolloutExecutor *other : std::as_const(m_executors))
                    otherDriven = otherDriven || (other->record().component == component && other->provider() == e->provider());
                if (e->provider() && !otherDriven)
                    e->provider()->rolloutFinished(component);
            }
            e->deleteLater();
            Q_EMIT executorFinished(id);
            continue;
        }
        e->reconcile();
    }
}

Result<AdmitRequest> RolloutController::undoRequest(const QString &ref, int toRevision, const QString &actor, const QString &reason)
{
    SD_TRY(RolloutRecord current, m_store->resolve(ref));
    SD_TRY(auto running, m_store->unfinishedFor(current.component, current.environment));
    if (running) {
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("%1 has rollout %2 in progress (%3); abort it to return traffic to %4")
                                                        .arg(current.target(), running->id, rolloutPhaseName(running->phase), running->stableVersion));
    }
    SD_TRY(auto healthy, m_store->lastHealthy(current.component, current.environment));
    std::optional<RolloutRecord> target;
    if (toRevision > 0) {
        SD_TRY(target, m_store->revision(current.component, current.environment, toRevision));
        if (!target)
            return Error(ErrorCode::NotFound, QStringLiteral("%1 has no revision %2").arg(current.target()).arg(toRevision));
    } else {
        // The revision before the one serving now.
        SD_TRY(auto list, m_store->list({current.component, current.environment, false, 0, 500}));
        for (const RolloutRecord &r : std::as_const(list)) {
            if (r.phase == RolloutPhase::Healthy && healthy && r.revision < healthy->revision && r.targetVersion != healthy->targetVersion) {
                target = r;
                break;
            }
        }
        if (!target)
            return Error(ErrorCode::NotFound, QStringLiteral("%1 has no earlier revision to return to").arg(current.target()));
    }
    if (healthy && target->targetVersion == healthy->targetVersion) {
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("%1 already runs version %2 (revision %3); nothing to undo")
                                                        .arg(current.target(), healthy->targetVersion).arg(healthy->revision));
    }
    SD_TRY(auto spec, DeploymentParser::parse(target->specYaml.toUtf8(), QStringLiteral("revision %1").arg(target->revision)));
    SD_TRY(int next, m_store->nextRevision(current.component, current.environment));
    AdmitRequest request;
    request.yaml = target->specYaml.toUtf8();
    request.sourceName = QStringLiteral("%1@%2").arg(current.target()).arg(target->revision);
    request.actor = actor;
    request.reason = reason.isEmpty() ? QStringLiteral("undo to revision %1").arg(target->revision) : reason;
    request.undoOfRevision = target->revision;
    // Argo's rollbackWindow: returning to one of the last N revisions skips steps and analysis.
    request.fastTrack = spec.rollback.window > 0 && next - target->revision <= spec.rollback.window;
    return request;
}

QFuture<Result<RolloutRecord>> RolloutController::act(const QString &ref, RolloutAction action, const QString &actor, const QString &reason)
{
    auto ready = [](Result<RolloutRecord> r) { return QtFuture::makeReadyFuture(std::move(r)); };
    auto resolved = m_store->resolve(ref);
    if (!resolved)
        return ready(resolved.error());
    RolloutExecutor *e = m_executors.value(resolved->id);
    const RolloutRecord record = e ? e->record() : resolved.value();
    const RolloutRules::Context context = rulesContext(record);
    if (auto allowed = RolloutRules::check(record, action, actor, context); !allowed)
        return ready(allowed.error());
    if (!e) {
        auto other = m_store->leasedByOther(record.id, m_services.owner);
        if (other && other.value()) {
            // Another process drives it: leave a request and wait until it has been applied.
            auto id = m_store->addRequest(record.id, action, actor, reason);
            if (!id)
                return ready(id.error());
            auto promise = std::make_shared<QPromise<Result<RolloutRecord>>>();
            promise->start();
            auto *poll = new QTimer(this);
            auto waited = std::make_shared<QElapsedTimer>();
            waited->start();
            connect(poll, &QTimer::timeout, this, [this, poll, promise, waited, requestId = id.value(), rolloutId = record.id] {
                auto request = m_store->request(requestId);
                Result<RolloutRecord> out = Error(ErrorCode::Timeout, QString());
                bool done = false;
                if (request && request.value() && request.value()->state != QLatin1String("pending")) {
                    done = true;
                    if (request.value()->state == QLatin1String("refused"))
                        out = Error(ErrorCode::FailedPrecondition, request.value()->result);
                    else
                        out = m_store->resolve(rolloutId);
                } else if (waited->elapsed() > 15'000) {
                    done = true;
                    (void)m_store->finishRequest(requestId, false, QStringLiteral("not applied in time"));
                    out = Error(ErrorCode::Timeout, QStringLiteral("the process driving rollout %1 did not apply the %2 request within 15 s")
                                                        .arg(rolloutId, requestId));
                }
                if (done) {
                    poll->deleteLater();
                    promise->addResult(out);
                    promise->finish();
                }
            });
            poll->start(100);
            return promise->future();
        }
        auto driven = drive(record, !record.leaseOwner.isEmpty() && record.leaseOwner != m_services.owner);
        if (!driven)
            return ready(driven.error());
        e = driven.value();
    }
    if (auto applied = e->apply(action, actor, reason); !applied)
        return ready(applied.error());
    return ready(e->record());
}

} // namespace shipdeck
