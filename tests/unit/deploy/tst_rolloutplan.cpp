#include "backend/deploy/deploymentparser.h"
#include "backend/deploy/rolloutplan.h"
#include "backend/deploy/rolloutrules.h"
#include "testsupport.h"

using namespace shipdeck;

namespace {
DeploymentSpec parse(const QByteArray &yaml)
{
    auto spec = DeploymentParser::parse(yaml, QStringLiteral("plan.yaml"));
    if (!spec)
        qFatal("%s", qPrintable(spec.error().toString()));
    return spec.value();
}

QStringList labels(const QList<PlanStep> &plan)
{
    QStringList out;
    for (const PlanStep &s : plan)
        out.append(s.label());
    return out;
}

RolloutRecord rollout(RolloutPhase phase, QList<PlanStep> plan = {}, int step = 1)
{
    RolloutRecord r;
    r.id = QStringLiteral("r1");
    r.component = QStringLiteral("storefront");
    r.environment = QStringLiteral("production");
    r.phase = phase;
    r.plan = plan;
    r.stepIndex = step;
    r.targetVersion = QStringLiteral("1.5.0");
    if (isFinalPhase(phase))
        r.finishedAtMs = 1;
    if (phase == RolloutPhase::Aborted) {
        r.abortedBy = QStringLiteral("carol");
        r.abortReason = QStringLiteral("checkout broke");
    }
    return r;
}
} // namespace

class tst_RolloutPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strategies_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("replicas");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("canary") << QByteArray("strategy: canary\ncomponent: a\nversion: '2'\ncanary:\n  steps:\n    - setWeight: 10\n"
                                              "    - pause: {duration: 30s}\n    - approval: {}\n    - setWeight: 50\n")
                                << 2 << QStringList{"deploy ×2", "setWeight 10%", "pause 30 s", "approval", "setWeight 50%", "promote"};
        QTest::newRow("blue-green, manual") << QByteArray("strategy: blue-green\ncomponent: a\nversion: '2'\nblueGreen: {previewReplicas: 1, autoPromotionEnabled: false}\n")
                                            << 3 << QStringList{"deploy preview ×1", "wait for promotion", "scale new ×3", "switch traffic", "promote"};
        QTest::newRow("blue-green, auto after 20 s") << QByteArray("strategy: blue-green\ncomponent: a\nversion: '2'\nblueGreen: {autoPromotionSeconds: 20}\n")
                                                     << 2 << QStringList{"deploy preview ×2", "auto-promote after 20 s", "switch traffic", "promote"};
        QTest::newRow("rolling by one") << QByteArray("strategy: rolling\ncomponent: a\nversion: '2'\nrolling: {batchSize: 1}\n")
                                        << 3 << QStringList{"scale new ×1, old ×2 (33%)", "scale new ×2, old ×1 (67%)", "scale new ×3, old ×0 (100%)", "promote"};
        QTest::newRow("rolling 50 %") << QByteArray("strategy: rolling\ncomponent: a\nversion: '2'\nrolling: {batchSize: 50%}\n")
                                      << 3 << QStringList{"scale new ×2, old ×1 (67%)", "scale new ×3, old ×0 (100%)", "promote"};
        QTest::newRow("recreate with validation") << QByteArray("strategy: recreate\ncomponent: a\nversion: '2'\nvalidation: {analysis: {templates: [t]}}\n"
                                                                "analysis:\n  templates:\n    - name: t\n      metrics: [{name: m, provider: {proxy: {measure: error-rate}}}]\n")
                                                  << 1 << QStringList{"stop old version", "deploy ×1", "switch traffic", "validation analysis", "promote"};
    }
    void strategies()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, replicas);
        QFETCH(QStringList, expected);
        RolloutPlan::Options options;
        options.replicas = replicas;
        const QList<PlanStep> plan = RolloutPlan::compile(parse(yaml), options);
        QCOMPARE(labels(plan), expected);
        // Plans survive the database.
        for (const PlanStep &s : plan)
            QCOMPARE(PlanStep::fromJson(s.toJson()).toJson(), s.toJson());
    }

    void initialDeployAndFastTrackSkipSteps()
    {
        const DeploymentSpec spec = parse("strategy: canary\ncomponent: a\nversion: '2'\ncanary:\n  steps: [{setWeight: 10}, {pause: {}}]\n");
        RolloutPlan::Options initial;
        initial.replicas = 2;
        initial.hasStable = false;
        QCOMPARE(labels(RolloutPlan::compile(spec, initial)), (QStringList{"deploy ×2", "promote"}));
        RolloutPlan::Options undo;
        undo.replicas = 2;
        undo.fastTrack = true;
        QCOMPARE(labels(RolloutPlan::compile(spec, undo)), (QStringList{"deploy ×2", "switch traffic", "promote"}));
    }

    void rollingBatchesAndOrder()
    {
        QCOMPARE(RolloutPlan::rollingBatches(4, 3, 0), (QList<std::pair<int, int>>{{3, 1}, {4, 0}}));
        QCOMPARE(RolloutPlan::rollingBatches(1, 5, 0), (QList<std::pair<int, int>>{{1, 0}}));
        const auto surge = RolloutPlan::compile(parse("strategy: rolling\ncomponent: a\nversion: '2'\nrolling: {batchSize: 1, maxUnavailable: 0}\n"), {2, true, false});
        QVERIFY(!surge.first().oldFirst);
        const auto down = RolloutPlan::compile(parse("strategy: rolling\ncomponent: a\nversion: '2'\nrolling: {batchSize: 1, maxUnavailable: 1}\n"), {2, true, false});
        QVERIFY(down.first().oldFirst);
    }

    void rules_data()
    {
        QTest::addColumn<int>("phase");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("userPaused");
        QTest::addColumn<QString>("refusal"); // empty = allowed
        const int P = int(RolloutPhase::Progressing), Pa = int(RolloutPhase::Paused), H = int(RolloutPhase::Healthy),
                  A = int(RolloutPhase::Aborted), R = int(RolloutPhase::RolledBack), D = int(RolloutPhase::Degraded);
        const int promote = int(RolloutAction::Promote), full = int(RolloutAction::PromoteFull), abort = int(RolloutAction::Abort),
                  retry = int(RolloutAction::Retry), pause = int(RolloutAction::Pause), resume = int(RolloutAction::Resume),
                  restart = int(RolloutAction::Restart);
        QTest::newRow("promote progressing") << P << promote << false << QString();
        QTest::newRow("promote paused") << Pa << promote << false << QString();
        QTest::newRow("promote degraded") << D << promote << false << QString();
        QTest::newRow("promote aborted") << A << promote << false << QStringLiteral("cannot promote: it was aborted by carol (checkout broke); retry it first");
        QTest::newRow("promote rolled back") << R << promote << false << QStringLiteral("rolled back");
        QTest::newRow("promote healthy") << H << promote << false << QStringLiteral("already fully promoted");
        QTest::newRow("promote-full aborted") << A << full << false << QStringLiteral("retry it first");
        QTest::newRow("abort paused") << Pa << abort << false << QString();
        QTest::newRow("abort healthy") << H << abort << false << QStringLiteral("use undo");
        QTest::newRow("abort aborted") << A << abort << false << QStringLiteral("nothing to abort");
        QTest::newRow("retry aborted") << A << retry << false << QString();
        QTest::newRow("retry progressing") << P << retry << false << QStringLiteral("only an aborted or rolled back rollout can be retried");
        QTest::newRow("pause progressing") << P << pause << false << QString();
        QTest::newRow("pause twice") << Pa << pause << true << QStringLiteral("already paused");
        QTest::newRow("pause healthy") << H << pause << false << QStringLiteral("has ended");
        QTest::newRow("resume user pause") << Pa << resume << true << QString();
        QTest::newRow("resume progressing") << P << resume << false << QStringLiteral("not paused");
        QTest::newRow("restart healthy") << H << restart << false << QString();
        QTest::newRow("restart aborted") << A << restart << false << QStringLiteral("cannot restart");
    }
    void rules()
    {
        QFETCH(int, phase);
        QFETCH(int, action);
        QFETCH(bool, userPaused);
        QFETCH(QString, refusal);
        RolloutRecord r = rollout(RolloutPhase(phase));
        r.userPaused = userPaused;
        auto checked = RolloutRules::check(r, RolloutAction(action), QStringLiteral("alice"));
        if (refusal.isEmpty()) {
            QVERIFY_RESULT(checked);
        } else {
            QVERIFY(!checked.ok());
            QCOMPARE(checked.error().code(), ErrorCode::FailedPrecondition);
            QVERIFY2(checked.error().message().contains(refusal), qPrintable(checked.error().message()));
            QVERIFY(checked.error().message().contains(QStringLiteral("storefront/production")));
        }
    }

    void retryNeedsTheLatestRevision()
    {
        RolloutRules::Context context;
        context.isLatestRevision = false;
        QVERIFY(RolloutRules::check(rollout(RolloutPhase::RolledBack), RolloutAction::Retry, {}, context).error().message()
                    .contains(QStringLiteral("a newer revision")));
        context.isLatestRevision = true;
        context.otherUnfinished = true;
        context.otherUnfinishedId = QStringLiteral("r2");
        QVERIFY(RolloutRules::check(rollout(RolloutPhase::RolledBack), RolloutAction::Retry, {}, context).error().message()
                    .contains(QStringLiteral("rollout r2")));
    }

    void phaseFollowsArgosRules()
    {
        RolloutRecord r = rollout(RolloutPhase::Progressing);
        RolloutRules::refreshPhase(r);
        QCOMPARE(r.phase, RolloutPhase::Progressing);
        r.pauseConditions.append({PauseReason::Approval, 1, QStringLiteral("look first")});
        RolloutRules::refreshPhase(r);
        QCOMPARE(r.phase, RolloutPhase::Paused);
        QCOMPARE(r.message, QStringLiteral("Approval: look first"));
        r.userPaused = true;
        RolloutRules::refreshPhase(r);
        QCOMPARE(r.message, QStringLiteral("manually paused"));
        r.stepState.insert(QStringLiteral("degraded"), QStringLiteral("analysis failed"));
        RolloutRules::refreshPhase(r);
        QCOMPARE(r.phase, RolloutPhase::Degraded);
    }
};

QTEST_GUILESS_MAIN(tst_RolloutPlan)
#include "tst_rolloutplan.moc"
