#pragma once

#include "backend/orchestration/workflow.h"

#include <QPointer>

namespace shipdeck {

class RolloutService;

// "component-update": a deployment as a workflow of the orchestration engine. It validates the
// file, records the rollouts (idempotently: a retried attempt finds the rollouts of its job),
// and hands them to the rollout controller, whose step spans join the workflow's trace.
// Payload: {"yaml": "...", "source": "file.yaml", "actor": "alice", "reason": "...",
//           "undoOfRevision": 0, "fastTrack": false}
class ComponentUpdateWorkflow final : public Workflow
{
public:
    explicit ComponentUpdateWorkflow(RolloutService *service);
    static QString typeName() { return QStringLiteral("component-update"); }
    QString type() const override { return typeName(); }
    QString description() const override;
    Result<QJsonObject> run(WorkflowContext &context) override;

private:
    QPointer<RolloutService> m_service;
};

} // namespace shipdeck
