#pragma once

#include "backend/core/result.h"
#include "backend/deploy/deploymentparser.h"
#include "backend/deploy/rolloutservices.h"
#include "backend/deploy/rollouttypes.h"

#include <QFuture>
#include <QHash>
#include <QObject>

#include <memory>

class QTimer;

namespace shipdeck {

class AnalysisStore;
class Clock;
class Database;
class HttpClient;
class Provider;
class RolloutExecutor;
class RolloutStore;
class Tracer;

// A request to deploy a file (or to undo to a recorded revision).
struct AdmitRequest
{
    QByteArray yaml;
    QString sourceName;
    QString actor;
    QString reason;
    QString deploymentId;   // idempotency: the same id admits once (the workflow's job id)
    QString traceId;        // the trace the rollout's spans join
    QString spanId;
    QString jobId;
    int undoOfRevision = 0; // an undo to this revision
    bool fastTrack = false; // skip steps and analysis (undo inside the rollback window)
};

// Owns the rollout state machine of a workspace on the backend thread: admits deployments,
// drives rollouts through RolloutExecutors under a lease (so that one process drives a
// rollout at a time), takes over rollouts whose driver died, and applies people's actions --
// directly when it drives the rollout, or as a request the driving process applies.
class RolloutController : public QObject
{
    Q_OBJECT
public:
    using ProviderResolver = std::function<Provider *(const QString &name)>;

    RolloutController(Database &db, const Clock *clock, Tracer *tracer, QObject *parent = nullptr);
    ~RolloutController() override;

    void setProviderResolver(ProviderResolver resolver) { m_providers = std::move(resolver); }
    // Why a provider the resolver did not return is unavailable ("" when nothing is known).
    void setProviderProblem(std::function<QString(const QString &name)> problem) { m_providerProblem = std::move(problem); }
    void setComponentResolver(DeploymentParser::ComponentLookup lookup) { m_components = std::move(lookup); }
    void setNotifier(std::function<void(const QString &, const QJsonObject &)> notify);
    void setAuditor(std::function<void(const QString &, const QString &, const QString &, const QString &)> audit);
    void setPromotedHandler(std::function<void(const RolloutRecord &)> promoted);
    void setPrometheusAddress(const QString &address) { m_services.prometheusAddress = address; }
    void setTiming(int sampleIntervalMs, qint64 leaseTtlMs);

    // Driving: take over every unfinished rollout whose driver is gone, and keep driving them.
    void setDriving(bool driving);
    bool isDriving() const { return m_driving; }
    const QString &owner() const { return m_services.owner; }

    RolloutStore &store() { return *m_store; }
    AnalysisStore &analysis() { return *m_analysis; }

    // Parses the file and checks it against the components (line-numbered errors).
    Result<DeploymentSpec> validate(const QByteArray &yaml, const QString &sourceName) const;
    // Records the rollouts of a deployment (one per component, next revision each); refuses
    // when a rollout of the same component and environment is still running.
    Result<QList<RolloutRecord>> admit(const AdmitRequest &request);
    // Starts driving admitted rollouts.
    Result<void> start(const QStringList &rolloutIds);
    // Ends admitted rollouts that could not start (nothing was deployed).
    void failAdmitted(const QStringList &rolloutIds, const QString &reason);
    // The admission that returns a component to a recorded revision.
    Result<AdmitRequest> undoRequest(const QString &ref, int toRevision, const QString &actor, const QString &reason);
    // Applies an action; the future finishes when it has been applied (or refused).
    QFuture<Result<RolloutRecord>> act(const QString &ref, RolloutAction action, const QString &actor, const QString &reason);

    RolloutExecutor *executor(const QString &rolloutId) const { return m_executors.value(rolloutId); }
    QList<RolloutExecutor *> executors() const { return m_executors.values(); }
    // One pass: leases, due reconciles, finished executors released. Timer-driven; tests with
    // a manual clock call it directly.
    void tick();
    void stop();

Q_SIGNALS:
    void rolloutChanged(const QString &rolloutId);
    void executorFinished(const QString &rolloutId);

private:
    Result<RolloutExecutor *> drive(const RolloutRecord &record, bool takeover);
    RolloutRules::Context rulesContext(const RolloutRecord &record);
    void takeOver();

    std::unique_ptr<RolloutStore> m_store;
    std::unique_ptr<AnalysisStore> m_analysis;
    HttpClient *m_http;
    RolloutServices m_services;
    ProviderResolver m_providers;
    std::function<QString(const QString &)> m_providerProblem;
    DeploymentParser::ComponentLookup m_components;
    QHash<QString, RolloutExecutor *> m_executors; // owned (children)
    QTimer *m_timer;
    bool m_driving = false;
    qint64 m_leaseTtlMs = 6'000;
    qint64 m_lastLeaseRenewMs = 0;
    qint64 m_lastTakeOverMs = 0;
};

} // namespace shipdeck
