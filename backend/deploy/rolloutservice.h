#pragma once

#include "backend/components/componentdefinition.h"
#include "backend/deploy/deploymentparser.h"
#include "backend/deploy/rollouttypes.h"
#include "backend/facade/backendservice.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

namespace shipdeck {

class BackendCore;
class Provider;
class RolloutController;
struct DoraOptions;

struct DeployOptions
{
    QString actor;
    QString reason;
    QString source = QStringLiteral("deployment.yaml");
};

// The rollouts of a workspace (BackendService, order 200): owns the RolloutController,
// registers the "component-update" workflow, and answers the RolloutsClient. Events go to
// BackendCore::serviceEvent("rollouts", ...): rollout.changed, rollout.event,
// analysis.updated, rollout.samples.
class RolloutService : public BackendService
{
    Q_OBJECT
public:
    RolloutService();
    ~RolloutService() override;

    QString name() const override { return QStringLiteral("rollouts"); }
    Result<void> open(BackendCore &core) override;
    void close() override;
    QFuture<Result<QJsonObject>> seedDemo(BackendCore &core) override;

    RolloutController *controller() const { return m_controller; }

    // Providers and components: the local provider registers itself; tests can add their own.
    void registerProvider(Provider *provider);
    void setComponentLookup(DeploymentParser::ComponentLookup lookup);

    // Validates and submits a deployment as a component-update workflow; the future finishes
    // when its rollouts are recorded and started (not when they end).
    QFuture<Result<QList<RolloutRecord>>> deploy(const QByteArray &yaml, const DeployOptions &options);
    QFuture<Result<QList<RolloutRecord>>> undo(const QString &ref, int toRevision, const QString &actor, const QString &reason);
    Result<QJsonObject> details(const QString &ref, int sampleLimit = 600);
    Result<QList<RolloutRecord>> history(const QString &component, const QString &environment, int limit);
    Result<QJsonObject> dora(const DoraOptions &options);
    QString demoDirectory() const;

private:
    Provider *provider(const QString &name) const;
    // "kubernetes" (the selected context) or "kubernetes:<context>": created on first use.
    Provider *kubernetesProvider(const QString &name);
    std::optional<ComponentDefinition> component(const QString &id) const;

    BackendCore *m_core = nullptr;
    RolloutController *m_controller = nullptr;
    QHash<QString, QPointer<Provider>> m_providers;
    QHash<QString, QString> m_providerProblems; // why a kubernetes provider could not be created
    DeploymentParser::ComponentLookup m_lookup;
};

} // namespace shipdeck
