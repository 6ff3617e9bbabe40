#pragma once

#include "backend/deploy/rollouttypes.h"

namespace shipdeck {

// Compiles a strategy into the plan of steps the controller walks (docs/deploy.md describes the
// plan of each strategy). Pure.
namespace RolloutPlan {

struct Options
{
    int replicas = 1;
    bool hasStable = true;  // false: initial deploy -> deploy and promote, no steps
    bool fastTrack = false; // undo within the rollback window: skip steps and analysis
};

QList<PlanStep> compile(const DeploymentSpec &spec, const Options &options);

// Rolling: the (new, old) instance counts after each batch.
QList<std::pair<int, int>> rollingBatches(int replicas, int batchSize, int maxUnavailable);

} // namespace RolloutPlan
} // namespace shipdeck
