#include "backend/deploy/analysis/metricsampler.h"
#include "backend/deploy/analysisstore.h"
#include "rollouttestharness.h"
#include "testsupport.h"

using namespace shipdeck;
using namespace shipdeck::test;

namespace {
TrafficSplit split(const char *stable, const char *canary, int weight)
{
    return TrafficSplit{QString::fromLatin1(stable), QString::fromLatin1(canary), weight, {}, {}};
}

QStringList doneActions(RolloutStore &store, const QString &id)
{
    QStringList out;
    const QList<RolloutTransition> transitions = store.transitions(id).value();
    for (const RolloutTransition &t : transitions) {
        if (t.state == QLatin1String("done"))
            out.append(QStringLiteral("%1:%2").arg(t.stepIndex).arg(t.action));
    }
    return out;
}

// Proxy counters of stable 1.4.2 and canary 1.5.0 after `seconds` of traffic.
ProxySnapshot snapshot(qint64 atMs, double stableRequests, double stableErrors, double canaryRequests, double canaryErrors)
{
    ProxySnapshot s;
    s.atMs = atMs;
    VersionTraffic stable;
    stable.version = QStringLiteral("1.4.2");
    stable.requests = stableRequests;
    stable.codes[0] = stableRequests - stableErrors;
    stable.codes[3] = stableErrors;
    VersionTraffic canary;
    canary.version = QStringLiteral("1.5.0");
    canary.requests = canaryRequests;
    canary.codes[0] = canaryRequests - canaryErrors;
    canary.codes[3] = canaryErrors;
    s.versions.insert(stable.version, stable);
    s.versions.insert(canary.version, canary);
    return s;
}
} // namespace

class tst_RolloutController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canaryWalksEveryStepOnce()
    {
        RolloutHarness h;
        auto r = h.deploy(canaryYaml("    - setWeight: 20\n    - pause: {duration: 10s}\n    - approval: {message: 'look at the dashboards'}\n"
                                     "    - setWeight: 50\n"));
        QVERIFY_RESULT(r);
        const QString id = r->id;
        QCOMPARE(r->revision, 1);
        QCOMPARE(r->stableVersion, QStringLiteral("1.4.2"));
        QCOMPARE(r->plan.size(), 6); // deploy, 4 steps, promote
        // deploy + setWeight 20, then the timed pause.
        QTRY_COMPARE(h.step(id), 2);
        QTRY_COMPARE(h.phase(id), RolloutPhase::Paused);
        QVERIFY(h.provider->runs(QStringLiteral("1.5.0")));
        QCOMPARE(h.provider->trafficHistory.last(), split("1.4.2", "1.5.0", 20));
        h.advance(9'000);
        QCOMPARE(h.step(id), 2);
        h.advance(1'500);
        // The pause ended; the approval gate waits for a person.
        QTRY_COMPARE(h.step(id), 3);
        QTRY_VERIFY(h.rollout(id).hasPause(PauseReason::Approval));
        QVERIFY(h.rollout(id).message.contains(QStringLiteral("look at the dashboards")));
        auto promoted = h.act(id, RolloutAction::Promote, QStringLiteral("bob"), QStringLiteral("dashboards green"));
        QVERIFY_RESULT(promoted);
        QTRY_COMPARE(h.phase(id), RolloutPhase::Healthy);
        const RolloutRecord done = h.rollout(id);
        QCOMPARE(done.outcome, QStringLiteral("Promoted"));
        QCOMPARE(done.traffic, split("1.5.0", "", 0));
        QCOMPARE(h.provider->trafficHistory,
                 (QList<TrafficSplit>{split("1.4.2", "", 0), split("1.4.2", "1.5.0", 20), split("1.4.2", "1.5.0", 50), split("1.5.0", "", 0)}));
        // Every step's provider action was done exactly once, in order.
        QCOMPARE(doneActions(h.controller->store(), id),
                 (QStringList{QStringLiteral("0:ensure-version"), QStringLiteral("1:set-traffic"), QStringLiteral("4:set-traffic"),
                              QStringLiteral("5:set-traffic")}));
        // The approval is recorded with who, when and why.
        const auto approvals = h.controller->store().approvals(id).value();
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.first().actor, QStringLiteral("bob"));
        QCOMPARE(approvals.first().reason, QStringLiteral("dashboards green"));
        QVERIFY(h.audit.join(QLatin1Char('\n')).contains(QStringLiteral("bob rollout.approve storefront/production")));
        // The old version is stopped after the scale-down delay.
        QVERIFY(h.provider->runs(QStringLiteral("1.4.2")));
        h.advance(3'500);
        QTRY_VERIFY(!h.provider->runs(QStringLiteral("1.4.2")));
        QTRY_VERIFY(!h.controller->executor(id));
        const QStringList reasons = [&] {
            QStringList out;
            const QList<RolloutEvent> events = h.controller->store().events(id).value();
            for (const RolloutEvent &e : events)
                out.append(e.reason);
            return out;
        }();
        QVERIFY(reasons.contains(QStringLiteral("RolloutCreated")));
        QCOMPARE(reasons.count(QStringLiteral("RolloutStepCompleted")), 5);
        QVERIFY(reasons.contains(QStringLiteral("RolloutCompleted")));
    }

    void impossibleActionsAreRefusedWithAReason_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("promote") << int(RolloutAction::Promote) << QStringLiteral("retry it first");
        QTest::newRow("promote-full") << int(RolloutAction::PromoteFull) << QStringLiteral("cannot promote");
        QTest::newRow("abort") << int(RolloutAction::Abort) << QStringLiteral("nothing to abort");
        QTest::newRow("pause") << int(RolloutAction::Pause) << QStringLiteral("has ended");
        QTest::newRow("resume") << int(RolloutAction::Resume) << QStringLiteral("not paused");
        QTest::newRow("restart") << int(RolloutAction::Restart) << QStringLiteral("cannot restart");
    }
    void impossibleActionsAreRefusedWithAReason()
    {
        QFETCH(int, action);
        QFETCH(QString, mentions);
        RolloutHarness h;
        const QString id = h.deploy(canaryYaml("    - setWeight: 10\n    - pause: {}\n")).value().id;
        QTRY_COMPARE(h.phase(id), RolloutPhase::Paused);
        QVERIFY_RESULT(h.act(id, RolloutAction::Abort, QStringLiteral("carol"), QStringLiteral("bad smell")));
        QTRY_COMPARE(h.phase(id), RolloutPhase::Aborted);
        auto refused = h.act(id, RolloutAction(action));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::FailedPrecondition);
        QVERIFY2(refused.error().message().contains(mentions), qPrintable(refused.error().message()));
        QVERIFY(refused.error().message().contains(QStringLiteral("bad smell")) || action == int(RolloutAction::Pause)
                || action == int(RolloutAction::Resume));
    }

    void abortReturnsTrafficAndRetryStartsOver()
    {
        RolloutHarness h;
        const QString id = h.deploy(canaryYaml("    - setWeight: 30\n    - pause: {}\n    - setWeight: 60\n")).value().id;
        QTRY_COMPARE(h.step(id), 2);
        QCOMPARE(h.provider->trafficHistory.last(), split("1.4.2", "1.5.0", 30));
        QVERIFY_RESULT(h.act(id, RolloutAction::Abort, QStringLiteral("carol"), QStringLiteral("checkout errors")));
        QTRY_COMPARE(h.provider->trafficHistory.last(), split("1.4.2", "", 0));
        RolloutRecord r = h.rollout(id);
        QCOMPARE(r.phase, RolloutPhase::Aborted);
        QCOMPARE(r.abortedBy, QStringLiteral("carol"));
        QCOMPARE(r.abortReason, QStringLiteral("checkout errors"));
        QVERIFY(h.provider->runs(QStringLiteral("1.5.0"))); // scaled down after the delay
        h.advance(5'500);
        QTRY_VERIFY(!h.provider->runs(QStringLiteral("1.5.0")));
        QVERIFY(h.provider->runs(QStringLiteral("1.4.2")));
        // Retry: steps start from the beginning.
        QVERIFY_RESULT(h.act(id, RolloutAction::Retry, QStringLiteral("carol"), QStringLiteral("fixed config")));
        QTRY_COMPARE(h.step(id), 2);
        r = h.rollout(id);
        QCOMPARE(r.phase, RolloutPhase::Paused);
        QVERIFY(r.abortReason.isEmpty());
        QCOMPARE(h.provider->trafficHistory.last(), split("1.4.2", "1.5.0", 30));
        QVERIFY(h.provider->runs(QStringLiteral("1.5.0")));
    }

    void pauseAndResume()
    {
        RolloutHarness h;
        const QString id = h.deploy(canaryYaml("    - setWeight: 10\n    - pause: {duration: 5s}\n    - setWeight: 40\n")).value().id;
        QTRY_COMPARE(h.step(id), 2);
        QVERIFY_RESULT(h.act(id, RolloutAction::Pause, QStringLiteral("dave"), QStringLiteral("lunch")));
        auto again = h.act(id, RolloutAction::Pause);
        QCOMPARE(again.error().code(), ErrorCode::FailedPrecondition);
        h.advance(6'000);
        QCOMPARE(h.step(id), 2); // the user pause holds the step
        QCOMPARE(h.rollout(id).message, QStringLiteral("manually paused"));
        QVERIFY_RESULT(h.act(id, RolloutAction::Resume, QStringLiteral("dave"), QStringLiteral("back")));
        QTRY_COMPARE(h.phase(id), RolloutPhase::Healthy);
        // A step pause is not a person's pause: resume is refused, promote continues.
        const QString id2 = h.deploy(canaryYaml("    - setWeight: 10\n    - pause: {}\n", {}, "1.5.1")).value().id;
        QTRY_VERIFY(h.rollout(id2).hasPause(PauseReason::PauseStep));
        auto resume = h.act(id2, RolloutAction::Resume);
        QVERIFY(resume.error().message().contains(QStringLiteral("CanaryPauseStep: use promote")));
        QVERIFY_RESULT(h.act(id2, RolloutAction::Promote));
        QTRY_COMPARE(h.phase(id2), RolloutPhase::Healthy);
    }

    void promoteFullSkipsTheRest()
    {
        RolloutHarness h;
        const QString id = h.deploy(canaryYaml("    - setWeight: 10\n    - pause: {}\n    - setWeight: 50\n    - pause: {}\n")).value().id;
        QTRY_COMPARE(h.step(id), 2);
        QVERIFY_RESULT(h.act(id, RolloutAction::PromoteFull, QStringLiteral("erin"), QStringLiteral("hotfix")));
        QTRY_COMPARE(h.phase(id), RolloutPhase::Healthy);
        QCOMPARE(h.rollout(id).outcome, QStringLiteral("FastPromoted"));
        // The 50 % step was skipped.
        QCOMPARE(h.provider->trafficHistory.last(), split("1.5.0", "", 0));
        for (const TrafficSplit &s : std::as_const(h.provider->trafficHistory))
            QVERIFY(s.canaryWeight != 50);
    }

    void versionThatNeverBecomesReadyIsRolledBack()
    {
        RolloutHarness h;
        h.provider->neverReady.insert(QStringLiteral("1.5.0"));
        const QString id = h.deploy(canaryYaml("    - setWeight: 10\n", "validation: {readyTimeout: 20s}\n")).value().id;
        QTRY_VERIFY(h.rollout(id).message.contains(QStringLiteral("0 of 2 instances ready")));
        auto early = h.act(id, RolloutAction::Promote);
        QVERIFY(early.error().message().contains(QStringLiteral("still being deployed")));
        h.advance(21'000);
        QTRY_COMPARE(h.phase(id), RolloutPhase::RolledBack);
        const RolloutRecord r = h.rollout(id);
        QVERIFY2(r.abortReason.contains(QStringLiteral("ProgressDeadlineExceeded")), qPrintable(r.abortReason));
        QVERIFY(r.abortReason.contains(QStringLiteral("connection refused")));
        // The stable version never lost its traffic.
        for (const TrafficSplit &s : std::as_const(h.provider->trafficHistory))
            QCOMPARE(s.canaryWeight, 0);
    }

    void missingProgramIsRefusedAtAdmission()
    {
        RolloutHarness h;
        VersionOverride broken;
        broken.command = QStringLiteral("/nonexistent/storefront");
        h.storefront.versions.insert(QStringLiteral("1.6.0"), broken);
        auto r = h.deploy(canaryYaml("    - setWeight: 10\n", {}, "1.6.0"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message().contains(QStringLiteral("missing or not executable")));
        QVERIFY(h.controller->store().list({}).value().isEmpty());
    }

    void onlyOneRolloutPerComponentAndEnvironment()
    {
        RolloutHarness h;
        const QString id = h.deploy(canaryYaml("    - setWeight: 10\n    - pause: {}\n")).value().id;
        QTRY_COMPARE(h.phase(id), RolloutPhase::Paused);
        auto second = h.deploy(canaryYaml("    - setWeight: 10\n", {}, "1.5.1"));
        QCOMPARE(second.error().code(), ErrorCode::FailedPrecondition);
        QVERIFY(second.error().message().contains(id));
        auto same = h.deploy(canaryYaml("    - setWeight: 10\n", {}, "1.4.2"));
        QVERIFY(!same.ok());
    }

    void failedAnalysisRollsBackWithItsNumbers()
    {
        RolloutHarness h;
        h.provider->servesMetrics = true;
        const QByteArray analysis = "analysis:\n  templates:\n    - name: errors\n      metrics:\n        - name: error-rate\n"
                                    "          interval: 5s\n          count: 3\n          successCondition: result < 0.05\n"
                                    "          provider: {proxy: {measure: error-rate}}\n";
        const QString id = h.deploy(canaryYaml("    - setWeight: 20\n    - analysis: {templates: [errors]}\n    - setWeight: 60\n", analysis)).value().id;
        QTRY_COMPARE(h.step(id), 2);
        MetricSampler *sampler = h.controller->executor(id)->sampler();
        QVERIFY(sampler);
        sampler->stop();
        const qint64 t0 = h.clock.nowMs();
        sampler->ingest(snapshot(t0, 0, 0, 0, 0));
        sampler->ingest(snapshot(t0 + 5'000, 400, 2, 100, 20)); // canary 20 % errors in the first window
        h.advance(5'000);
        QTRY_COMPARE(h.phase(id), RolloutPhase::RolledBack);
        const RolloutRecord r = h.rollout(id);
        QVERIFY2(r.abortReason.startsWith(QStringLiteral("Step-based analysis phase failed")), qPrintable(r.abortReason));
        QCOMPARE(h.provider->trafficHistory.last(), split("1.4.2", "", 0));
        const auto verdicts = h.controller->analysis().verdicts(id).value();
        QVERIFY(!verdicts.isEmpty());
        bool metricVerdict = false;
        for (const AnalysisVerdict &v : verdicts) {
            if (v.metric == QLatin1String("error-rate")) {
                metricVerdict = true;
                QCOMPARE(v.phase, QStringLiteral("Failed"));
                QCOMPARE(v.numbers.value(QStringLiteral("requests")).toDouble(), 100.0);
                QCOMPARE(v.numbers.value(QStringLiteral("value")).toDouble(), 0.2);
                QVERIFY(v.summary.contains(QStringLiteral("20.00 %")));
            }
        }
        QVERIFY(metricVerdict);
    }

    void inconclusiveAnalysisPausesUntilPromoted()
    {
        RolloutHarness h;
        h.provider->servesMetrics = true;
        const QByteArray analysis = "analysis:\n  templates:\n    - name: errors\n      metrics:\n        - name: error-rate\n"
                                    "          initialDelay: 2s\n          successCondition: result < 0.01\n          failureCondition: result > 0.10\n"
                                    "          provider: {proxy: {measure: error-rate, window: run}}\n";
        const QString id = h.deploy(canaryYaml("    - setWeight: 20\n    - analysis: {templates: [errors]}\n", analysis)).value().id;
        QTRY_COMPARE(h.step(id), 2);
        MetricSampler *sampler = h.controller->executor(id)->sampler();
        sampler->stop();
        sampler->ingest(snapshot(h.clock.nowMs(), 0, 0, 0, 0));
        sampler->ingest(snapshot(h.clock.nowMs() + 2'000, 100, 1, 100, 5)); // 5 %: neither condition
        h.advance(2'000);
        QTRY_VERIFY(h.rollout(id).hasPause(PauseReason::Inconclusive));
        QCOMPARE(h.phase(id), RolloutPhase::Paused);
        QVERIFY_RESULT(h.act(id, RolloutAction::Promote, QStringLiteral("frank"), QStringLiteral("known noise")));
        QTRY_COMPARE(h.phase(id), RolloutPhase::Healthy);
    }

    void approvalsByNamedPeople()
    {
        RolloutHarness h;
        const QString id = h.deploy(canaryYaml("    - setWeight: 10\n    - approval: {required: 2, approvers: [alice, bob, carol]}\n")).value().id;
        QTRY_VERIFY(h.rollout(id).hasPause(PauseReason::Approval));
        auto stranger = h.act(id, RolloutAction::Promote, QStringLiteral("mallory"), QStringLiteral("looks fine"));
        QCOMPARE(stranger.error().code(), ErrorCode::PermissionDenied);
        QVERIFY_RESULT(h.act(id, RolloutAction::Promote, QStringLiteral("alice"), QStringLiteral("ok")));
        QTRY_VERIFY(h.rollout(id).message.contains(QStringLiteral("1 of 2 approvals")));
        QVERIFY_RESULT(h.act(id, RolloutAction::Promote, QStringLiteral("alice"), QStringLiteral("again")));
        QCOMPARE(h.phase(id), RolloutPhase::Paused); // the same person twice is one approval
        QVERIFY_RESULT(h.act(id, RolloutAction::Promote, QStringLiteral("carol"), QStringLiteral("ok too")));
        QTRY_COMPARE(h.phase(id), RolloutPhase::Healthy);
        QCOMPARE(h.controller->store().approvals(id).value().size(), 3);
    }

    void requestsFromAnotherProcessAreApplied()
    {
        RolloutHarness h;
        const QString id = h.deploy(canaryYaml("    - setWeight: 10\n    - pause: {}\n")).value().id;
        QTRY_COMPARE(h.phase(id), RolloutPhase::Paused);
        // Another shipdeckctl left these in the database.
        auto good = h.controller->store().addRequest(id, RolloutAction::Promote, QStringLiteral("gina"), QStringLiteral("from the CLI"));
        auto bad = h.controller->store().addRequest(id, RolloutAction::Resume, QStringLiteral("gina"), QString());
        QVERIFY_RESULT(good);
        h.advance(100);
        QTRY_COMPARE(h.phase(id), RolloutPhase::Healthy);
        QCOMPARE(h.controller->store().request(good.value()).value()->state, QStringLiteral("applied"));
        QCOMPARE(h.controller->store().request(bad.value()).value()->state, QStringLiteral("refused"));
        QVERIFY(h.controller->store().request(bad.value()).value()->result.contains(QStringLiteral("not paused")));
    }
};

QTEST_GUILESS_MAIN(tst_RolloutController)
#include "tst_rolloutcontroller.moc"
