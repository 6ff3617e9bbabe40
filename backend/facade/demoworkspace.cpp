#include "backend/facade/demoworkspace.h"

#include "backend/facade/backendcore.h"
#include "backend/orchestration/engine.h"
#include "backend/orchestration/maintenanceworkflow.h"
#include "backend/store/settingsrepository.h"

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
    return engine.value()->processWorkflow(request).then([](const WorkflowResult &result) -> Result<QJsonObject> {
        if (!result.success)
            return result.error.withContext(QStringLiteral("seeding the demo workspace"));
        return QJsonObject{{QStringLiteral("maintenance"), result.toJson()}};
    });
}

} // namespace shipdeck::DemoWorkspace
