#pragma once

#include "backend/orchestration/workflow.h"

namespace shipdeck {

// "system-maintenance": integrity check (database and audit chain), WAL checkpoint, backup
// (keeping the newest N), pruning of old finished jobs, runs and spans, and VACUUM.
// Payload (all optional): {"backup": true, "keepBackups": 5, "vacuum": true,
//                          "pruneDays": 30, "checkOnly": false}
class MaintenanceWorkflow final : public Workflow
{
public:
    static QString typeName() { return QStringLiteral("system-maintenance"); }
    QString type() const override { return typeName(); }
    QString description() const override;
    Result<QJsonObject> run(WorkflowContext &context) override;
};

} // namespace shipdeck
