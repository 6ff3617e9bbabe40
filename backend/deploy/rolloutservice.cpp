#include "backend/deploy/rolloutservice.h"

#include "backend/core/clock.h"
#include "backend/deploy/analysisstore.h"
#include "backend/deploy/componentupdateworkflow.h"
#include "backend/deploy/dorametrics.h"
#include "backend/deploy/rolloutcontroller.h"
#include "backend/deploy/rolloutexecutor.h"
#include "backend/deploy/rolloutstore.h"
#include "backend/facade/backendcore.h"
#include "backend/kube/kubeservice.h"
#include "backend/providers/kubernetes/kubernetesprovider.h"
#include "backend/orchestration/engine.h"
#include "backend/components/componentregistry.h"
#include "backend/providers/localprovider.h"
#include "backend/providers/localproviderservice.h"
#include "backend/providers/provider.h"
#include "backend/store/auditlog.h"
#include "backend/store/settingsrepository.h"
#include "backend/store/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>

namespace shipdeck {

SD_REGISTER_BACKEND_SERVICE(RolloutService, 200);

namespace {
constexpr qint64 kSampleRetentionMs = 14LL * 24 * 3600 * 1000;

// The metrics of the analysis templates the rollout's file defines, with their conditions, so
// that a view can draw thresholds and explain verdicts before the first one arrives.
QJsonArray analysisMetricsOf(const RolloutController &controller, const RolloutRecord &r)
{
    QJsonArray out;
    auto spec = controller.validate(r.specYaml.toUtf8(), r.source.isEmpty() ? QStringLiteral("deployment.yaml") : r.source);
    if (!spec)
        return out;
    for (const AnalysisTemplate &t : spec->analysisTemplates) {
        for (const MetricSpec &m : t.metrics) {
            QJsonObject metric{{QStringLiteral("template"), t.name}, {QStringLiteral("name"), m.name},
                               {QStringLiteral("kind"), metricSourceName(m.kind)}, {QStringLiteral("intervalMs"), m.intervalMs},
                               {QStringLiteral("count"), m.effectiveCount()}, {QStringLiteral("failureLimit"), m.failureLimit},
                               {QStringLiteral("successCondition"), m.successCondition},
                               {QStringLiteral("failureCondition"), m.failureCondition}};
            if (m.kind == MetricSourceKind::Proxy) {
                metric.insert(QStringLiteral("measure"), m.proxy.measure);
                metric.insert(QStringLiteral("target"), m.proxy.target);
            } else if (m.kind == MetricSourceKind::Sequential) {
                metric.insert(QStringLiteral("alpha"), m.sequential.alpha);
            } else if (m.kind == MetricSourceKind::Judge) {
                QJsonArray judged;
                for (const JudgeMetric &j : m.judge.metrics) {
                    judged.append(QJsonObject{{QStringLiteral("name"), j.name}, {QStringLiteral("measure"), j.measure},
                                              {QStringLiteral("direction"), j.direction}, {QStringLiteral("critical"), j.critical}});
                }
                metric.insert(QStringLiteral("judge"), QJsonObject{{QStringLiteral("pass"), m.judge.passScore},
                                                                   {QStringLiteral("marginal"), m.judge.marginalScore},
                                                                   {QStringLiteral("confidenceLevel"), m.judge.confidenceLevel},
                                                                   {QStringLiteral("metrics"), judged}});
            }
            out.append(metric);
        }
    }
    return out;
}
}

RolloutService::RolloutService() = default;
RolloutService::~RolloutService() = default;

Result<void> RolloutService::open(BackendCore &core)
{
    m_core = &core;
    SD_TRY(Workspace * ws, core.workspace());
    SD_TRY(Engine * engine, core.engine());
    m_controller = new RolloutController(ws->db(), ws->clock(), &core.tracer(), this);
    m_controller->setProviderResolver([this](const QString &name) {
        Provider *p = provider(name);
        return p ? p : kubernetesProvider(name);
    });
    m_controller->setProviderProblem([this](const QString &name) { return m_providerProblems.value(name); });
    m_controller->setComponentResolver([this](const QString &id) { return component(id); });
    m_controller->setNotifier([this](const QString &event, const QJsonObject &data) {
        if (m_core)
            Q_EMIT m_core->serviceEvent(name(), event, data);
    });
    Database *db = &ws->db();
    const Clock *clock = ws->clock();
    m_controller->setAuditor([db, clock](const QString &actor, const QString &action, const QString &target, const QString &detail) {
        if (auto appended = AuditLog(*db, clock).append(actor.isEmpty() ? QStringLiteral("unknown") : actor, action, target, detail); !appended)
            qWarning("cannot append to the audit log: %s", qPrintable(appended.error().toString()));
    });
    if (auto address = SettingsRepository(ws->db()).value(QStringLiteral("deploy.prometheusAddress")); address && !address->isEmpty())
        m_controller->setPrometheusAddress(address.value());
    // The embedded local provider and the component registry of the workspace.
    if (auto *local = core.service<LocalProviderService>()) {
        if (local->provider())
            registerProvider(local->provider());
        QPointer<LocalProviderService> guard(local);
        if (!m_lookup) {
            m_lookup = [guard](const QString &id) -> std::optional<ComponentDefinition> {
                if (!guard || !guard->registry())
                    return std::nullopt;
                auto c = guard->registry()->get(id);
                return c ? std::optional<ComponentDefinition>(c.value()) : std::nullopt;
            };
        }
        m_controller->setPromotedHandler([guard](const RolloutRecord &r) {
            // The registry's version is the stable one: the next start of the workspace runs it.
            if (!guard || !guard->registry())
                return;
            auto c = guard->registry()->get(r.component);
            if (!c || c->version == r.targetVersion)
                return;
            ComponentDefinition updated = c.value();
            updated.version = r.targetVersion;
            if (auto saved = guard->registry()->update(updated); !saved)
                qWarning("cannot record %s as the stable version of %s: %s", qPrintable(r.targetVersion), qPrintable(r.component),
                         qPrintable(saved.error().toString()));
        });
    }
    engine->registerWorkflow(std::make_shared<ComponentUpdateWorkflow>(this));
    (void)m_controller->analysis().pruneSamples(clock->nowMs() - kSampleRetentionMs);
    return success();
}

void RolloutService::close()
{
    if (m_controller) {
        m_controller->stop();
        delete m_controller;
        m_controller = nullptr;
    }
    // The cluster providers this service created (their leases lapse; another console takes over).
    for (auto it = m_providers.begin(); it != m_providers.end();) {
        if (it.value() && it.value()->parent() == this) {
            delete it.value().data();
            it = m_providers.erase(it);
        } else {
            ++it;
        }
    }
    m_core = nullptr;
}

void RolloutService::registerProvider(Provider *provider)
{
    if (provider)
        m_providers.insert(provider->name(), provider);
}

void RolloutService::setComponentLookup(DeploymentParser::ComponentLookup lookup)
{
    m_lookup = std::move(lookup);
}

Provider *RolloutService::provider(const QString &name) const
{
    return m_providers.value(name).data();
}

Provider *RolloutService::kubernetesProvider(const QString &name)
{
    const QString prefix = QStringLiteral("kubernetes");
    if (!m_core || !name.startsWith(prefix) || (name.size() > prefix.size() && name.at(prefix.size()) != QLatin1Char(':')))
        return nullptr;
    auto *kube = m_core->service<KubeService>();
    if (!kube)
        return nullptr;
    const QString context = name.mid(prefix.size() + 1);
    auto created = kube->createRolloutProvider(context, this);
    if (!created) {
        m_providerProblems.insert(name, created.error().toString());
        return nullptr;
    }
    m_providerProblems.remove(name);
    m_providers.insert(name, created.value());
    return created.value();
}

std::optional<ComponentDefinition> RolloutService::component(const QString &id) const
{
    return m_lookup ? m_lookup(id) : std::nullopt;
}

QFuture<Result<QList<RolloutRecord>>> RolloutService::deploy(const QByteArray &yaml, const DeployOptions &options)
{
    using R = Result<QList<RolloutRecord>>;
    if (!m_controller || !m_core)
        return QtFuture::makeReadyFuture(R(Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"))));
    if (auto valid = m_controller->validate(yaml, options.source); !valid)
        return QtFuture::makeReadyFuture(R(valid.error()));
    auto engine = m_core->engine();
    if (!engine)
        return QtFuture::makeReadyFuture(R(engine.error()));
    WorkflowRequest request;
    request.type = ComponentUpdateWorkflow::typeName();
    request.payload = {{QStringLiteral("yaml"), QString::fromUtf8(yaml)},
                       {QStringLiteral("source"), options.source},
                       {QStringLiteral("actor"), options.actor},
                       {QStringLiteral("reason"), options.reason}};
    request.context.requestedBy = options.actor;
    request.context.source = QStringLiteral("deploy");
    request.priority = Priority::High;
    request.maxAttempts = 3;
    QPointer<RolloutService> self(this);
    return engine.value()->processWorkflow(request).then(this, [self](const WorkflowResult &result) -> R {
        if (!result.success)
            return result.error.withContext(QStringLiteral("deploying"));
        if (!self || !self->m_controller)
            return Error(ErrorCode::Unavailable, QStringLiteral("the workspace closed"));
        return self->m_controller->store().byDeployment(result.jobId);
    });
}

QFuture<Result<QList<RolloutRecord>>> RolloutService::undo(const QString &ref, int toRevision, const QString &actor, const QString &reason)
{
    using R = Result<QList<RolloutRecord>>;
    if (!m_controller)
        return QtFuture::makeReadyFuture(R(Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"))));
    auto request = m_controller->undoRequest(ref, toRevision, actor, reason);
    if (!request)
        return QtFuture::makeReadyFuture(R(request.error()));
    auto engine = m_core->engine();
    if (!engine)
        return QtFuture::makeReadyFuture(R(engine.error()));
    WorkflowRequest wr;
    wr.type = ComponentUpdateWorkflow::typeName();
    wr.payload = {{QStringLiteral("yaml"), QString::fromUtf8(request->yaml)},
                  {QStringLiteral("source"), request->sourceName},
                  {QStringLiteral("actor"), actor},
                  {QStringLiteral("reason"), request->reason},
                  {QStringLiteral("undoOfRevision"), request->undoOfRevision},
                  {QStringLiteral("fastTrack"), request->fastTrack}};
    wr.context.requestedBy = actor;
    wr.context.source = QStringLiteral("undo");
    wr.priority = Priority::Critical;
    QPointer<RolloutService> self(this);
    return engine.value()->processWorkflow(wr).then(this, [self](const WorkflowResult &result) -> R {
        if (!result.success)
            return result.error.withContext(QStringLiteral("undoing"));
        if (!self || !self->m_controller)
            return Error(ErrorCode::Unavailable, QStringLiteral("the workspace closed"));
        return self->m_controller->store().byDeployment(result.jobId);
    });
}

Result<QJsonObject> RolloutService::details(const QString &ref, int sampleLimit)
{
    if (!m_controller)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    RolloutStore &store = m_controller->store();
    SD_TRY(RolloutRecord r, store.resolve(ref));
    if (auto *e = m_controller->executor(r.id))
        r = e->record();
    QJsonObject json = r.toJson();
    json.insert(QStringLiteral("spec"), QJsonValue(r.specYaml));
    auto list = [](const auto &items) {
        QJsonArray a;
        for (const auto &i : items)
            a.append(i.toJson());
        return a;
    };
    SD_TRY(auto events, store.events(r.id));
    json.insert(QStringLiteral("events"), list(events));
    SD_TRY(auto approvals, store.approvals(r.id));
    json.insert(QStringLiteral("approvals"), list(approvals));
    SD_TRY(auto transitions, store.transitions(r.id));
    json.insert(QStringLiteral("transitions"), list(transitions));
    SD_TRY(auto runs, m_controller->analysis().runs(r.id));
    json.insert(QStringLiteral("analysisRuns"), list(runs));
    SD_TRY(auto verdicts, m_controller->analysis().verdicts(r.id));
    json.insert(QStringLiteral("verdicts"), list(verdicts));
    SD_TRY(auto samples, m_controller->analysis().samples(r.id));
    if (samples.size() > sampleLimit)
        samples = samples.mid(samples.size() - sampleLimit);
    json.insert(QStringLiteral("samples"), list(samples));
    SD_TRY(auto revisions, store.list({r.component, r.environment, false, 0, 50}));
    QJsonArray revs;
    for (const RolloutRecord &rev : revisions) {
        revs.append(QJsonObject{{QStringLiteral("id"), rev.id}, {QStringLiteral("revision"), rev.revision},
                                {QStringLiteral("version"), rev.targetVersion}, {QStringLiteral("phase"), rolloutPhaseName(rev.phase)},
                                {QStringLiteral("outcome"), rev.outcome}, {QStringLiteral("createdBy"), rev.createdBy},
                                {QStringLiteral("createdAt"), rev.createdAtMs}, {QStringLiteral("finishedAt"), rev.finishedAtMs}});
    }
    json.insert(QStringLiteral("revisions"), revs);
    json.insert(QStringLiteral("analysisMetrics"), analysisMetricsOf(*m_controller, r));
    if (auto *e = m_controller->executor(r.id))
        json.insert(QStringLiteral("live"), e->live());
    json.insert(QStringLiteral("driven"), m_controller->executor(r.id) != nullptr || !r.leaseOwner.isEmpty());
    return json;
}

Result<QList<RolloutRecord>> RolloutService::history(const QString &component, const QString &environment, int limit)
{
    if (!m_controller)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    return m_controller->store().list({component, environment, false, 0, limit});
}

Result<QJsonObject> RolloutService::dora(const DoraOptions &options)
{
    if (!m_controller)
        return Error(ErrorCode::FailedPrecondition, QStringLiteral("no workspace is open"));
    SD_TRY(auto history, m_controller->store().list({options.component, options.environment, false, 0, 100'000}));
    return DoraMetrics::compute(history, options).toJson();
}

QString RolloutService::demoDirectory() const
{
    if (!m_core)
        return {};
    auto ws = m_core->workspace();
    return ws ? ws.value()->path() + QStringLiteral("/deployments") : QString();
}

QFuture<Result<QJsonObject>> RolloutService::seedDemo(BackendCore &core)
{
    using R = Result<QJsonObject>;
    auto ws = core.workspace();
    if (!ws)
        return QtFuture::makeReadyFuture(R(ws.error()));
    const QString dir = ws.value()->path() + QStringLiteral("/deployments");
    if (!QDir().mkpath(dir))
        return QtFuture::makeReadyFuture(R(Error(ErrorCode::Io, QStringLiteral("cannot create %1").arg(dir))));
    QJsonArray files;
    QDirIterator it(QStringLiteral(":/shipdeck/deploy/demo"), {QStringLiteral("*.yaml")}, QDir::Files);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = dir + QLatin1Char('/') + QFileInfo(source).fileName();
        QFile::remove(target);
        if (!QFile::copy(source, target))
            return QtFuture::makeReadyFuture(R(Error(ErrorCode::Io, QStringLiteral("cannot write %1").arg(target))));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        files.append(target);
    }
    return QtFuture::makeReadyFuture(R(QJsonObject{{QStringLiteral("deploymentFiles"), files}}));
}

} // namespace shipdeck
