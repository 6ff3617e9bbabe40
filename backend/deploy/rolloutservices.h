#pragma once

#include "backend/deploy/rolloutrules.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace shipdeck {

class AnalysisStore;
class Clock;
class HttpClient;
class RolloutStore;
class Tracer;

// What the rollout executors share: stores, clock, tracer, HTTP, the lease owner id, and the
// way to tell the UI and the audit log about changes. Owned by the RolloutController.
struct RolloutServices
{
    RolloutStore *store = nullptr;
    AnalysisStore *analysis = nullptr;
    const Clock *clock = nullptr;
    Tracer *tracer = nullptr;
    HttpClient *http = nullptr;
    QString owner;
    QString prometheusAddress = QStringLiteral("http://127.0.0.1:9090");
    int sampleIntervalMs = 1000;
    qint64 providerRetryMs = 2000;
    qint64 readyPollMs = 250;
    std::function<void(const QString &event, const QJsonObject &data)> notify;
    std::function<void(const QString &actor, const QString &action, const QString &target, const QString &detail)> audit;
    // The state of another rollout (dependencies of a multi-component deployment).
    std::function<std::optional<RolloutRecord>(const QString &id)> findRollout;
    // What the rules need to know beyond the rollout itself (newer revisions, other rollouts).
    std::function<RolloutRules::Context(const RolloutRecord &)> rulesContext;
    // Why the rollout must wait before it touches the provider: an earlier rollout of the same
    // component is still returning traffic to its stable version. Empty = go.
    std::function<QString(const RolloutRecord &)> blockedBy;
    // Who else needs `version` of the rollout's component (a newer rollout, the registry's
    // stable version); a clean-up never stops a version someone needs. Empty = nobody.
    std::function<QString(const RolloutRecord &, const QString &version)> versionInUse;
    // A version became the stable version of a component (the registry follows).
    std::function<void(const RolloutRecord &)> promoted;
};

} // namespace shipdeck
