#pragma once

#include "backend/core/clock.h"
#include "backend/core/tracer.h"
#include "backend/deploy/rolloutcontroller.h"
#include "backend/deploy/rolloutexecutor.h"
#include "backend/deploy/rolloutstore.h"
#include "backend/store/database.h"
#include "testprovider.h"

#include <QTemporaryDir>

#include <memory>

namespace shipdeck::test {

// A rollout controller on a temporary database, a manual clock and the in-memory provider.
class RolloutHarness
{
public:
    RolloutHarness();
    ~RolloutHarness();

    // Replaces the controller (and, with freshProvider, the provider) as a restarted process would.
    // killed: the old process did not release its leases (they stay with a process elsewhere
    // until they expire).
    void restart(bool freshProvider, bool killed = false);

    Result<RolloutRecord> deploy(const QByteArray &yaml, const QString &actor = QStringLiteral("alice"));
    RolloutRecord rollout(const QString &id);
    RolloutPhase phase(const QString &id) { return rollout(id).phase; }
    int step(const QString &id) { return rollout(id).stepIndex; }
    // Advances the manual clock and lets the controller act.
    void advance(qint64 ms);
    Result<RolloutRecord> act(const QString &id, RolloutAction action, const QString &actor = QStringLiteral("alice"),
                              const QString &reason = QStringLiteral("test"));

    QTemporaryDir dir;
    ManualClock clock;
    Tracer tracer;
    std::unique_ptr<Database> db;
    std::unique_ptr<TestProvider> provider;
    std::unique_ptr<RolloutController> controller;
    ComponentDefinition storefront;
    QStringList audit;

private:
    void makeController();
};

// A canary deployment of storefront with the given steps section (YAML, indented by 4).
QByteArray canaryYaml(const QByteArray &steps, const QByteArray &extra = {}, const QByteArray &version = "1.5.0");

} // namespace shipdeck::test
