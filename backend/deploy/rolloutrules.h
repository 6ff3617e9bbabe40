#pragma once

#include "backend/core/result.h"
#include "backend/deploy/rollouttypes.h"

namespace shipdeck {

// Which actions a rollout allows in its current state, and why not. Impossible actions are
// refused with ErrorCode::FailedPrecondition and a reason that says what to do instead.
namespace RolloutRules {

struct Context
{
    bool isLatestRevision = true;       // for retry: no newer revision of the component exists
    bool otherUnfinished = false;       // another rollout of the component/environment is running
    QString otherUnfinishedId;
    bool canaryReady = true;            // the deploy step has finished
};

Result<void> check(const RolloutRecord &rollout, RolloutAction action, const QString &actor, const Context &context = {});
// The phase and message implied by the state flags of an unfinished rollout (Argo's rules).
void refreshPhase(RolloutRecord &rollout);

} // namespace RolloutRules
} // namespace shipdeck
