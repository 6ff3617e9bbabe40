// The rollout state machine across a process that stops at the worst moments: an intent
// recorded but not finished, a pause half over, a lease held by a process that is gone.
#include "rollouttestharness.h"
#include "testsupport.h"

using namespace shipdeck;
using namespace shipdeck::test;

namespace {
int doneCount(RolloutStore &store, const QString &id, int step, const QString &action)
{
    int n = 0;
    const QList<RolloutTransition> all = store.transitions(id).value();
    for (const RolloutTransition &t : all)
        n += t.stepIndex == step && t.action == action && t.state == QLatin1String("done") ? 1 : 0;
    return n;
}
} // namespace

class tst_RolloutRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pendingIntentIsReplayedNotRepeated()
    {
        RolloutHarness h;
        h.provider->manualReady.insert(QStringLiteral("1.5.0"));
        const QString id = h.deploy(canaryYaml("    - setWeight: 20\n    - pause: {}\n")).value().id;
        // The deploy step's intent is recorded; the process "dies" before the result.
        QTRY_VERIFY(h.rollout(id).pendingTransition != 0);
        const qint64 pending = h.rollout(id).pendingTransition;
        QCOMPARE(h.controller->store().transition(pending).value()->state, QStringLiteral("intent"));
        h.restart(true, true); // killed: a new process with a provider that runs nothing
        QVERIFY(h.provider->calls.isEmpty());
        // The old owner is this very process (same pid): only the lease's expiry frees it.
        h.controller->setDriving(true);
        QVERIFY(!h.controller->executor(id));
        h.advance(7'000);
        QTRY_VERIFY(h.controller->executor(id));
        // Restored: the stable version runs and has all traffic; the intent is replayed.
        QTRY_VERIFY(h.provider->runs(QStringLiteral("1.4.2")));
        QTRY_VERIFY(h.provider->runs(QStringLiteral("1.5.0")));
        QCOMPARE(h.provider->trafficHistory.first(), (TrafficSplit{QStringLiteral("1.4.2"), QString(), 0, {}, {}}));
        h.provider->makeReady(QStringLiteral("1.5.0"));
        QTRY_COMPARE(h.phase(id), RolloutPhase::Paused);
        QCOMPARE(h.controller->store().transition(pending).value()->state, QStringLiteral("done"));
        QCOMPARE(doneCount(h.controller->store(), id, 0, QStringLiteral("ensure-version")), 1);
        QCOMPARE(doneCount(h.controller->store(), id, 1, QStringLiteral("set-traffic")), 1);
        QCOMPARE(h.provider->trafficHistory.last(), (TrafficSplit{QStringLiteral("1.4.2"), QStringLiteral("1.5.0"), 20, {}, {}}));
        const QList<RolloutEvent> events = h.controller->store().events(id).value();
        bool resumed = false;
        for (const RolloutEvent &e : events)
            resumed = resumed || e.reason == QLatin1String("RolloutResumed");
        QVERIFY(resumed);
    }

    void recordedTrafficIsRestoredAndPausesKeepTheirClock()
    {
        RolloutHarness h;
        const QString id = h.deploy(canaryYaml("    - setWeight: 30\n    - pause: {duration: 20s}\n    - setWeight: 70\n")).value().id;
        QTRY_COMPARE(h.phase(id), RolloutPhase::Paused);
        h.advance(12'000);
        QCOMPARE(h.step(id), 2);
        h.restart(true, true);
        h.controller->setDriving(true);
        h.advance(6'500); // the old lease expires; 18.5 s of the 20 s pause are gone
        QTRY_VERIFY(h.controller->executor(id));
        QTRY_COMPARE(h.provider->trafficHistory.last(), (TrafficSplit{QStringLiteral("1.4.2"), QStringLiteral("1.5.0"), 30, {}, {}}));
        QCOMPARE(h.step(id), 2);
        h.advance(2'000); // the pause ends on its original schedule
        QTRY_COMPARE(h.phase(id), RolloutPhase::Healthy);
        QCOMPARE(doneCount(h.controller->store(), id, 1, QStringLiteral("set-traffic")), 1);
        QCOMPARE(doneCount(h.controller->store(), id, 3, QStringLiteral("set-traffic")), 1);
    }

    void aLiveDriverKeepsItsRollout()
    {
        RolloutHarness h;
        const QString id = h.deploy(canaryYaml("    - setWeight: 10\n    - pause: {}\n")).value().id;
        QTRY_COMPARE(h.phase(id), RolloutPhase::Paused);
        // A second controller (another process) may look and ask, but does not take over.
        RolloutController other(*h.db, &h.clock, &h.tracer);
        other.setProviderResolver([&](const QString &) -> Provider * { return h.provider.get(); });
        other.setComponentResolver([&](const QString &) -> std::optional<ComponentDefinition> { return h.storefront; });
        other.setDriving(true);
        other.tick();
        QVERIFY(!other.executor(id));
        // Its action becomes a request that the driving controller applies.
        auto future = other.act(id, RolloutAction::Promote, QStringLiteral("ivan"), QStringLiteral("from elsewhere"));
        const auto result = test::await(future);
        QVERIFY_RESULT(result);
        QTRY_COMPARE(h.phase(id), RolloutPhase::Healthy);
    }

    void unavailableProviderLeavesTheRolloutUntouched()
    {
        RolloutHarness h;
        const QString id = h.deploy(canaryYaml("    - setWeight: 10\n    - pause: {}\n")).value().id;
        QTRY_COMPARE(h.phase(id), RolloutPhase::Paused);
        const qint64 generation = h.rollout(id).generation;
        h.restart(true, true);
        auto keep = std::move(h.provider); // this process has no provider named "local"
        h.provider = std::make_unique<TestProvider>(QStringLiteral("kubernetes"));
        h.controller->setDriving(true);
        h.advance(7'000);
        h.advance(1'500);
        QVERIFY(!h.controller->executor(id));
        const RolloutRecord r = h.rollout(id);
        QCOMPARE(r.generation, generation); // not forgotten, not changed
        QCOMPARE(r.phase, RolloutPhase::Paused);
        h.provider = std::move(keep);
        h.advance(1'500);
        QTRY_VERIFY(h.controller->executor(id));
        QVERIFY_RESULT(h.act(id, RolloutAction::Promote));
        QTRY_COMPARE(h.phase(id), RolloutPhase::Healthy);
    }

    void abortDuringADeployWaitSupersedesTheIntent()
    {
        RolloutHarness h;
        h.provider->manualReady.insert(QStringLiteral("1.5.0"));
        const QString id = h.deploy(canaryYaml("    - setWeight: 10\n")).value().id;
        QTRY_VERIFY(h.rollout(id).pendingTransition != 0);
        const qint64 pending = h.rollout(id).pendingTransition;
        QVERIFY_RESULT(h.act(id, RolloutAction::Abort, QStringLiteral("judy"), QStringLiteral("wrong build")));
        QTRY_COMPARE(h.controller->store().transition(pending).value()->state, QStringLiteral("failed"));
        QVERIFY(h.controller->store().transition(pending).value()->error.startsWith(QStringLiteral("superseded")));
        QCOMPARE(h.phase(id), RolloutPhase::Aborted);
        QTRY_COMPARE(h.rollout(id).finalizer.value(QStringLiteral("stage")).toString(), QStringLiteral("scaleDown"));
        h.advance(5'500);
        QTRY_VERIFY2(!h.provider->runs(QStringLiteral("1.5.0")), qPrintable(QString::fromUtf8(QJsonDocument(h.rollout(id).toJson()).toJson())
                                                                            + h.provider->calls.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(tst_RolloutRecovery)
#include "tst_rolloutrecovery.moc"
