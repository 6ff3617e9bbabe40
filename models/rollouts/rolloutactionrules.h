#pragma once

#include "backend/deploy/rollouttypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

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

    // What an action will do, in words for its confirmation: the weights, versions and
    // environment it changes.
    struct Description
    {
        QString title;       // "Approve storefront 1.5.0?"
        QString summary;     // one sentence
        QStringList details; // weights, versions, environment, what is recorded
        QString confirmText; // "Approve"
        bool destructive = false;
    };
    static Description describe(const QJsonObject &rollout, RolloutAction action, const QString &actor);
    static Description describeRollback(const QJsonObject &rollout, int revision, const QString &version,
                                        const QString &servingVersion, const QString &actor);
    static QString actionText(RolloutAction action);
};

} // namespace shipdeck
