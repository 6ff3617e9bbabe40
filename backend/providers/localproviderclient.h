#pragma once

#include "backend/components/componentdefinition.h"
#include "backend/core/result.h"
#include "backend/providers/instancelog.h"
#include "backend/providers/loadgenerator.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace shipdeck {

class Backend;

// The GUI's and the CLI's way to the components and the local provider: every call returns at
// once and runs on the backend thread (Backend::post). Needs an open workspace.
class LocalProviderClient
{
public:
    explicit LocalProviderClient(Backend *backend) : m_backend(backend) {}

    // Registered components in deploy order.
    QFuture<Result<QList<ComponentDefinition>>> components();
    QFuture<Result<ComponentDefinition>> component(const QString &id);
    // Reads the YAML file on the backend thread and adds or updates its components together.
    QFuture<Result<QStringList>> addFromFile(const QString &path);
    QFuture<Result<void>> put(const QList<ComponentDefinition> &components);
    QFuture<Result<void>> remove(const QString &id);
    QFuture<Result<QStringList>> deployOrder();
    QFuture<Result<void>> deployStable(const QString &id);
    QFuture<Result<QJsonObject>> health(const QString &id = {});
    QFuture<Result<QList<InstanceLogLine>>> instanceLog(const QString &instanceId, int maxLines = 500);
    QFuture<Result<QString>> startLoad(const LoadGenerator::Options &options);
    QFuture<Result<LoadGenerator::Stats>> loadStats(const QString &id);
    QFuture<void> stopLoad(const QString &id);

private:
    Backend *m_backend; // Not owned.
};

} // namespace shipdeck
