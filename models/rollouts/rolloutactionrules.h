#pragma once

#include "backend/deploy/rollouttypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace shipdeck {

// Which rollout actions the console offers in a rollout's current state, and why not — the
// same rules the engine enforces (RolloutRules), decided on the rollout's JSON so that
// buttons and palette entries are never enabled for an action the engine would refuse
// (never Promote on an aborted rollout).
class RolloutActionRules
{
    Q_DECLARE_TR_FUNCTIONS(RolloutActionRules)
public:
    struct State
    {
        bool enabled = false;
        QString why; // when disabled: what to do instead
    };
    static State state(const QJsonObject &rollout, RolloutAction action, const QString &actor);
};

} // namespace shipdeck
