#pragma once

#include "backend/facade/backendservice.h"
#include "backend/providers/loadgenerator.h"

#include <QHash>
#include <QJsonObject>

#include <memory>

namespace shipdeck {

class ComponentRegistry;
class LocalProvider;
struct ComponentDefinition;

// Owns the local provider and the component registry of the open workspace (instance logs
// under <workspace>/logs/instances/), stops every process when the workspace closes, and runs
// load generators for the demo. Other services reach it with core.service<LocalProviderService>().
// Events (service "localprovider"): "provider.statusChanged" {component}, "load.finished" {id, stats}.
class LocalProviderService : public BackendService
{
    Q_OBJECT
public:
    LocalProviderService();
    ~LocalProviderService() override;

    QString name() const override { return QStringLiteral("localprovider"); }
    Result<void> open(BackendCore &core) override;
    void close() override;
    // Registers storefront (1.4.2 stable; 1.5.0 healthy and 1.5.1 bad as version overrides)
    // with its dependencies catalog and payments.
    QFuture<Result<QJsonObject>> seedDemo(BackendCore &core) override;
    static QList<ComponentDefinition> demoComponents();

    LocalProvider *provider() { return m_provider.get(); }
    ComponentRegistry *registry() { return m_registry.get(); }

    // Runs the component's stable version (scaling.minReplicas instances, at least one) with all
    // traffic on it, after its dependencies in deploy order.
    Result<void> deployStable(const QString &componentId, bool withDependencies = true);
    // Per component: definition summary, endpoint, traffic and instances with readiness.
    Result<QJsonObject> health(const QString &componentId = {});

    Result<QString> startLoad(const LoadGenerator::Options &options);
    Result<LoadGenerator::Stats> loadStats(const QString &id) const;
    void stopLoad(const QString &id);

private:
    BackendCore *m_core = nullptr; // Not owned.
    std::unique_ptr<ComponentRegistry> m_registry;
    std::unique_ptr<LocalProvider> m_provider;
    QHash<QString, LoadGenerator *> m_loads; // Owned (children).
    int m_nextLoad = 1;
};

} // namespace shipdeck
