#include "backend/facade/demoworkspace.h"

#include "backend/facade/backendcore.h"
#include "backend/orchestration/engine.h"
#include "backend/orchestration/maintenanceworkflow.h"
#include "backend/store/settingsrepository.h"

#include <QPointer>

namespace shipdeck::DemoWorkspace {

QFuture<Result<QJsonObject>> seed(BackendCore &core)
{
    auto engine = core.engine();
    auto workspace = core.workspace();
    if (!engine || !workspace)
        return QtFuture::makeReadyFuture(Result<QJsonObject>(engine ? workspace.error() : engine.error()));
    (void)SettingsRepository(workspace.value()->db()).setMeta(QStringLiteral("demo"), QStringLiteral("1"));

    // A first maintenance run, so the workspace starts with a verified backup and a run to show.
    WorkflowRequest request;
    request.type = MaintenanceWorkflow::typeName();
    request.payload = {{QStringLiteral("vacuum"), false}};
    request.context.requestedBy = QStringLiteral("demo");
    request.context.source = QStringLiteral("demo");
    request.idempotencyKey = QStringLiteral("demo-initial-maintenance");
    QFuture<Result<QJsonObject>> chain =
        engine.value()->processWorkflow(request).then([](const WorkflowResult &result) -> Result<QJsonObject> {
            if (!result.success)
                return result.error.withContext(QStringLiteral("seeding the demo workspace"));
            return QJsonObject{{QStringLiteral("maintenance"), result.toJson()}};
        });
    // Then every service adds its demo content, one after the other, on the backend thread.
    BackendCore *corePtr = &core;
    for (BackendService *service : core.services()) {
        QPointer<BackendService> guard(service);
        chain = chain.then(service, [corePtr, guard](Result<QJsonObject> soFar) -> QFuture<Result<QJsonObject>> {
            if (!soFar || !guard)
                return QtFuture::makeReadyFuture(soFar);
            const QString name = guard->name();
            return guard->seedDemo(*corePtr).then([soFar, name](Result<QJsonObject> part) -> Result<QJsonObject> {
                if (!part)
                    return part.error().withContext(QStringLiteral("seeding the demo content of %1").arg(name));
                QJsonObject merged = soFar.value();
                merged.insert(name, part.value());
                return merged;
            });
        }).unwrap();
    }
    return chain;
}

} // namespace shipdeck::DemoWorkspace
