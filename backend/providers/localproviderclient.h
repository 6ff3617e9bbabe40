#pragma once

#include "backend/components/componentdefinition.h"
#include "backend/core/result.h"
#include "backend/providers/instancelog.h"
#include "backend/providers/loadgenerator.h"
#include "backend/providers/provider.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shipdeck {

class Backend;

// Who asked for a change and why. A change with an actor is recorded in the workspace's audit
// log (action "component.<what>", the target, and the reason and numbers as JSON detail).
struct ChangeNote
{
    QString actor;
    QString reason;
};

// What runs of one registered component on the local provider.
struct ComponentRunStatus
{
    enum class Health { NotRunning, Healthy, Degraded, Unavailable };

    QString componentId;
    QString endpoint;   // where clients reach it (the proxy); empty when it never ran
    QString metricsUrl; // empty when it never ran
    TrafficSplit traffic; // stableVersion empty when no traffic is routed
    QList<VersionStatus> versions;

    int readyReplicas() const;
    int desiredReplicas() const;
    // Healthy: every instance ready; Degraded: some; Unavailable: none; NotRunning: no instance.
    Health health() const;
    const VersionStatus *version(const QString &version) const;
};

// A component YAML file checked against the registry without changing anything.
struct ComponentFileCheck
{
    QString path;
    QString text;                          // the file's content, for a preview
    QList<ComponentDefinition> components; // what it defines (empty when it does not parse)
    QStringList updates;                   // ids that are registered already and would be replaced
    std::optional<Error> problem;          // why it would be refused (parse errors carry line/column)
};

// The GUI's and the CLI's way to the components and the local provider: every call returns at
// once and runs on the backend thread (Backend::post). Needs an open workspace. Calls that
// change something take a ChangeNote; with an actor, the change is audited.
class LocalProviderClient
{
public:
    explicit LocalProviderClient(Backend *backend) : m_backend(backend) {}

    // Registered components in deploy order.
    QFuture<Result<QList<ComponentDefinition>>> components();
    QFuture<Result<ComponentDefinition>> component(const QString &id);
    // Reads the YAML file on the backend thread and adds or updates its components together.
    QFuture<Result<QStringList>> addFromFile(const QString &path, const ChangeNote &note = {});
    // Reads and checks a YAML file (syntax, rules, dependencies against the registry).
    QFuture<Result<ComponentFileCheck>> checkFile(const QString &path);
    QFuture<Result<void>> put(const QList<ComponentDefinition> &components);
    // Refused (FailedPrecondition) while other components depend on it; stops what runs.
    QFuture<Result<void>> remove(const QString &id, const ChangeNote &note = {});
    QFuture<Result<QStringList>> deployOrder();
    QFuture<Result<void>> deployStable(const QString &id, const ChangeNote &note = {});
    QFuture<Result<QJsonObject>> health(const QString &id = {});
    // Versions, instances (with probe results), traffic and endpoint of every registered
    // component in deploy order, or of one.
    QFuture<Result<QList<ComponentRunStatus>>> runStatus(const QString &id = {});
    // See LocalProviderService::scaleVersion.
    QFuture<Result<void>> scaleVersion(const QString &id, const QString &version, int replicas, const ChangeNote &note = {});
    QFuture<Result<void>> stopVersion(const QString &id, const QString &version, const ChangeNote &note = {});
    QFuture<Result<void>> restartInstance(const QString &instanceId, const ChangeNote &note = {});
    QFuture<Result<QList<InstanceLogLine>>> instanceLog(const QString &instanceId, int maxLines = 500);
    // The instance's output from line number `seq` on (a tail view passes the previous nextSeq).
    QFuture<Result<InstanceLogChunk>> instanceLogSince(const QString &instanceId, qint64 seq, int maxLines = 1000);
    QFuture<Result<QString>> startLoad(const LoadGenerator::Options &options);
    QFuture<Result<LoadGenerator::Stats>> loadStats(const QString &id);
    QFuture<void> stopLoad(const QString &id);

private:
    Backend *m_backend; // Not owned.
};

} // namespace shipdeck
