#pragma once

#include "backend/facade/backendservice.h"
#include "backend/providers/loadgenerator.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace shipdeck {

class ComponentRegistry;
class LocalProvider;
struct ComponentDefinition;

struct ChangeNote;

// Owns the local provider and the component registry of the open workspace (instance logs
// under <workspace>/logs/instances/), stops every process when the workspace closes, and runs
// load generators for the demo. Other services reach it with core.service<LocalProviderService>().
// Events (service "localprovider"): "provider.statusChanged" {component}, "load.finished" {id, stats},
// "components.changed" {ids} (added, updated or removed), "instance.log" {instances} (new output,
// at most one event per 250 ms).
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
    // Runs `replicas` (0–64) instances of a version: the stable one, one the definition lists,
    // or one already running. Changes what runs, not the definition: deploying the stable version
    // again returns it to scaling.minReplicas.
    Result<void> scaleVersion(const QString &componentId, const QString &version, int replicas);
    // Stops every instance of the version; nothing to do when none runs.
    Result<void> stopVersion(const QString &componentId, const QString &version);
    Result<void> restartInstance(const QString &instanceId);
    // Records a change in the audit log (nothing without an actor).
    void audit(const ChangeNote &note, const QString &action, const QString &target, QJsonObject detail = {});
    // Tells the GUI that components were added, updated or removed.
    void notifyComponentsChanged(const QStringList &ids);

    Result<QString> startLoad(const LoadGenerator::Options &options);
    Result<LoadGenerator::Stats> loadStats(const QString &id) const;
    void stopLoad(const QString &id);

private:
    BackendCore *m_core = nullptr; // Not owned.
    std::unique_ptr<ComponentRegistry> m_registry;
    std::unique_ptr<LocalProvider> m_provider;
    QHash<QString, LoadGenerator *> m_loads; // Owned (children).
    int m_nextLoad = 1;
    QSet<QString> m_logsAppended; // instances with output not yet announced
    bool m_logFlushPending = false;
};

} // namespace shipdeck
