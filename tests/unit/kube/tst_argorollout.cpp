#include "backend/kube/argoactions.h"
#include "backend/kube/argorollout.h"
#include "testsupport.h"

using namespace shipdeck;

namespace {

QJsonObject parse(const QByteArray &text)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(text, &e);
    if (d.isNull())
        qFatal("bad test JSON: %s", qPrintable(e.errorString()));
    return d.object();
}

// A canary Rollout with 4 steps; `status` is merged over a healthy, promoted status.
QJsonObject canary(const QByteArray &specExtra, const QByteArray &statusExtra)
{
    QJsonObject ro = parse(R"({"metadata":{"name":"shop","namespace":"prod","generation":3,"uid":"u1"},
        "spec":{"replicas":4,"selector":{"matchLabels":{"app":"shop"}},
                "template":{"metadata":{"labels":{"app":"shop"}},"spec":{"containers":[{"name":"web","image":"shop:2"}]}},
                "strategy":{"canary":{"steps":[{"setWeight":20},{"pause":{}},{"setWeight":50},{"pause":{"duration":"10m"}}]}}},
        "status":{"observedGeneration":"3","replicas":4,"updatedReplicas":4,"readyReplicas":4,"availableReplicas":4,
                  "currentPodHash":"abc","stableRS":"abc","currentStepIndex":4}})");
    QJsonObject spec = ro.value(QLatin1String("spec")).toObject();
    const QJsonObject se = parse(specExtra.isEmpty() ? QByteArray("{}") : specExtra);
    for (auto it = se.begin(); it != se.end(); ++it)
        spec.insert(it.key(), it.value());
    QJsonObject status = ro.value(QLatin1String("status")).toObject();
    const QJsonObject st = parse(statusExtra.isEmpty() ? QByteArray("{}") : statusExtra);
    for (auto it = st.begin(); it != st.end(); ++it) {
        if (it.value().isNull())
            status.remove(it.key());
        else
            status.insert(it.key(), it.value());
    }
    ro.insert(QStringLiteral("spec"), spec);
    ro.insert(QStringLiteral("status"), status);
    return ro;
}

} // namespace

class TestArgoRollout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phase_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QString>("phase");
        QTest::addColumn<QString>("message");
        QTest::newRow("healthy") << QByteArray() << QByteArray() << QStringLiteral("Healthy") << QString();
        QTest::newRow("generation not observed") << QByteArray() << QByteArray(R"({"observedGeneration":"2"})")
                                                 << QStringLiteral("Progressing") << QStringLiteral("waiting for rollout spec update to be observed");
        QTest::newRow("unpausing") << QByteArray() << QByteArray(R"({"controllerPause":true})")
                                   << QStringLiteral("Progressing") << QStringLiteral("waiting for rollout to unpause");
        QTest::newRow("aborted") << QByteArray()
                                 << QByteArray(R"({"abort":true,"conditions":[{"type":"Progressing","reason":"RolloutAborted","message":"Rollout aborted update to revision 2"}]})")
                                 << QStringLiteral("Degraded") << QStringLiteral("RolloutAborted: Rollout aborted update to revision 2");
        QTest::newRow("invalid spec") << QByteArray() << QByteArray(R"({"conditions":[{"type":"InvalidSpec","message":"bad selector"}]})")
                                      << QStringLiteral("Degraded") << QStringLiteral("InvalidSpec: bad selector");
        QTest::newRow("deadline") << QByteArray() << QByteArray(R"({"conditions":[{"type":"Progressing","reason":"ProgressDeadlineExceeded","message":"too slow"}]})")
                                  << QStringLiteral("Degraded") << QStringLiteral("ProgressDeadlineExceeded: too slow");
        QTest::newRow("manually paused") << QByteArray(R"({"paused":true})") << QByteArray(R"({"pauseConditions":[{"reason":"CanaryPauseStep"}]})")
                                         << QStringLiteral("Paused") << QStringLiteral("manually paused");
        QTest::newRow("pause step") << QByteArray()
                                    << QByteArray(R"({"controllerPause":true,"pauseConditions":[{"reason":"CanaryPauseStep","startTime":"2026-01-01T00:00:00Z"}],"currentPodHash":"def","currentStepIndex":1})")
                                    << QStringLiteral("Paused") << QStringLiteral("CanaryPauseStep");
        QTest::newRow("restart pending") << QByteArray(R"({"restartAt":"2020-01-01T00:00:00Z"})") << QByteArray()
                                         << QStringLiteral("Progressing") << QStringLiteral("rollout is restarting");
        QTest::newRow("restart done") << QByteArray(R"({"restartAt":"2020-01-01T00:00:00Z"})") << QByteArray(R"({"restartedAt":"2020-01-01T00:00:05Z"})")
                                      << QStringLiteral("Healthy") << QString();
        QTest::newRow("updating") << QByteArray() << QByteArray(R"({"updatedReplicas":2})")
                                  << QStringLiteral("Progressing") << QStringLiteral("more replicas need to be updated");
        QTest::newRow("becoming available") << QByteArray() << QByteArray(R"({"availableReplicas":3})")
                                            << QStringLiteral("Progressing") << QStringLiteral("updated replicas are still becoming available");
        QTest::newRow("old replicas") << QByteArray() << QByteArray(R"({"replicas":5})")
                                      << QStringLiteral("Progressing") << QStringLiteral("old replicas are pending termination");
        QTest::newRow("steps left") << QByteArray() << QByteArray(R"({"currentPodHash":"def","currentStepIndex":2})")
                                    << QStringLiteral("Progressing") << QStringLiteral("waiting for all steps to complete");
        QTest::newRow("bluegreen cutover") << QByteArray(R"({"strategy":{"blueGreen":{"activeService":"a"}}})")
                                           << QByteArray(R"({"blueGreen":{"activeSelector":"old"}})")
                                           << QStringLiteral("Progressing") << QStringLiteral("active service cutover pending");
        QTest::newRow("bluegreen verify") << QByteArray(R"({"strategy":{"blueGreen":{"activeService":"a","postPromotionAnalysis":{}}}})")
                                          << QByteArray(R"({"blueGreen":{"activeSelector":"def"},"currentPodHash":"def"})")
                                          << QStringLiteral("Progressing") << QStringLiteral("waiting for post-promotion verification to complete");
        QTest::newRow("bluegreen healthy") << QByteArray(R"({"strategy":{"blueGreen":{"activeService":"a"}}})")
                                           << QByteArray(R"({"blueGreen":{"activeSelector":"abc"}})") << QStringLiteral("Healthy") << QString();
    }

    void phase()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QByteArray, status);
        QFETCH(QString, phase);
        QFETCH(QString, message);
        const auto [p, m] = argoRolloutPhase(canary(spec, status));
        QCOMPARE(p, phase);
        QCOMPARE(m, message);
    }

    void info()
    {
        const auto i = ArgoRolloutInfo::fromJson(canary({}, R"({"currentPodHash":"def","currentStepIndex":2,
            "canary":{"weights":{"canary":{"weight":20}},"currentStepAnalysisRunStatus":{"name":"shop-abc-2","status":"Running"}}})"));
        QCOMPARE(i.stepCount, 4);
        QCOMPARE(i.setWeight, 50);
        QCOMPARE(i.actualWeight, 20);
        QCOMPARE(i.steps.at(1).summary, QStringLiteral("pause (until promoted)"));
        QCOMPARE(i.steps.at(3).summary, QStringLiteral("pause: 10m"));
        QCOMPARE(i.stepAnalysisRun, QStringLiteral("shop-abc-2"));
        QCOMPARE(i.images, QStringList{QStringLiteral("shop:2")});
        QCOMPARE(i.toJson().value(QLatin1String("steps")).toArray().at(2).toObject().value(QLatin1String("state")).toString(), QStringLiteral("current"));
        QCOMPARE(ArgoRolloutInfo::fromJson(canary({}, {})).setWeight, 100);
    }

    void promotePatches_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<bool>("full");
        QTest::addColumn<QByteArray>("statusPatch");
        QTest::addColumn<QByteArray>("specPatch");
        QTest::addColumn<QByteArray>("unifiedPatch");
        const QByteArray none;
        QTest::newRow("pause step") << none << QByteArray(R"({"pauseConditions":[{"reason":"CanaryPauseStep"}],"controllerPause":true,"currentStepIndex":1,"currentPodHash":"def"})")
                                    << false << QByteArray(R"({"status":{"pauseConditions":null}})") << none
                                    << QByteArray(R"({"spec":{"paused":false},"status":{"pauseConditions":null}})");
        QTest::newRow("user paused") << QByteArray(R"({"paused":true})") << QByteArray(R"({"pauseConditions":[{"reason":"CanaryPauseStep"}],"currentStepIndex":1,"currentPodHash":"def"})")
                                     << false << QByteArray(R"({"status":{"pauseConditions":null}})") << QByteArray(R"({"spec":{"paused":false}})")
                                     << QByteArray(R"({"spec":{"paused":false},"status":{"pauseConditions":null}})");
        QTest::newRow("mid analysis") << none << QByteArray(R"({"currentStepIndex":2,"currentPodHash":"def"})") << false
                                      << QByteArray(R"({"status":{"pauseConditions":null, "currentStepIndex":3}})") << none
                                      << QByteArray(R"({"spec":{"paused":false},"status":{"pauseConditions":null, "currentStepIndex":3}})");
        QTest::newRow("index unset") << none << QByteArray(R"({"currentStepIndex":null,"currentPodHash":"def"})") << false
                                     << QByteArray(R"({"status":{"pauseConditions":null, "currentStepIndex":1}})") << none
                                     << QByteArray(R"({"spec":{"paused":false},"status":{"pauseConditions":null, "currentStepIndex":1}})");
        QTest::newRow("index at end") << none << QByteArray(R"({"currentStepIndex":4,"currentPodHash":"def"})") << false
                                      << QByteArray(R"({"status":{"pauseConditions":null, "currentStepIndex":4}})") << none
                                      << QByteArray(R"({"spec":{"paused":false},"status":{"pauseConditions":null, "currentStepIndex":4}})");
        QTest::newRow("inconclusive") << none
                                      << QByteArray(R"({"pauseConditions":[{"reason":"InconclusiveAnalysisRun"}],"controllerPause":true,"currentStepIndex":2,
                                                        "canary":{"currentStepAnalysisRunStatus":{"name":"a","status":"Inconclusive"}}})")
                                      << false << QByteArray(R"({"status":{"pauseConditions":null, "controllerPause":false, "currentStepIndex":3}})") << none
                                      << QByteArray(R"({"spec":{"paused":false},"status":{"pauseConditions":null}})");
        QTest::newRow("bluegreen pause") << QByteArray(R"({"strategy":{"blueGreen":{"activeService":"a"}}})")
                                         << QByteArray(R"({"pauseConditions":[{"reason":"BlueGreenPause"}]})") << false
                                         << QByteArray(R"({"status":{"pauseConditions":null}})") << none
                                         << QByteArray(R"({"spec":{"paused":false},"status":{"pauseConditions":null}})");
        QTest::newRow("full") << none << QByteArray(R"({"currentPodHash":"def","currentStepIndex":1})") << true
                              << QByteArray(R"({"status":{"promoteFull":true}})") << none << none;
        QTest::newRow("full paused") << QByteArray(R"({"paused":true})") << QByteArray(R"({"currentPodHash":"def"})") << true
                                     << QByteArray(R"({"status":{"promoteFull":true}})") << QByteArray(R"({"spec":{"paused":false}})")
                                     << QByteArray(R"({"spec":{"paused":false},"status":{"promoteFull":true}})");
        QTest::newRow("full already promoted") << none << QByteArray() << true << none << none << none;
    }

    void promotePatches()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QByteArray, status);
        QFETCH(bool, full);
        QFETCH(QByteArray, statusPatch);
        QFETCH(QByteArray, specPatch);
        QFETCH(QByteArray, unifiedPatch);
        QJsonObject ro = canary(spec, status);
        if (spec.contains("blueGreen")) {
            QJsonObject s = ro.value(QLatin1String("spec")).toObject();
            s.insert(QStringLiteral("strategy"), parse(spec).value(QLatin1String("strategy")));
            ro.insert(QStringLiteral("spec"), s);
        }
        const ArgoPromotePlan plan = ArgoPatches::promote(ro, full);
        QCOMPARE(plan.statusPatch.value_or(QByteArray()), statusPatch);
        QCOMPARE(plan.specPatch.value_or(QByteArray()), specPatch);
        QCOMPARE(plan.unifiedPatch.value_or(QByteArray()), unifiedPatch);
    }

    void simplePatches()
    {
        QCOMPARE(ArgoPatches::abort(), QByteArray(R"({"status":{"abort":true}})"));
        QCOMPARE(ArgoPatches::retry(), QByteArray(R"({"status":{"abort":false}})"));
        QCOMPARE(ArgoPatches::pause(), QByteArray(R"({"spec":{"paused":true}})"));
        QCOMPARE(ArgoPatches::restart(QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC)),
                 QByteArray(R"({"spec":{"restartAt":"2026-03-04T05:06:07Z"}})"));
    }

    void undoPatch()
    {
        const QJsonObject ro = canary({}, {});
        auto rs = [](int revision, const char *image, const char *owner) {
            return parse(QStringLiteral(R"({"metadata":{"name":"shop-%1","annotations":{"rollout.argoproj.io/revision":"%1"},
                "ownerReferences":[{"kind":"Rollout","name":"shop","uid":"%3","controller":true}]},
                "spec":{"template":{"metadata":{"labels":{"app":"shop","rollouts-pod-template-hash":"h%1"}},
                "spec":{"containers":[{"name":"web","image":"%2"}]}}}})").arg(revision).arg(QLatin1String(image), QLatin1String(owner)).toUtf8());
        };
        const QList<QJsonObject> sets{rs(1, "shop:1", "u1"), rs(3, "shop:2", "u1"), rs(2, "shop:1.5", "u1"), rs(9, "other:9", "someone-else")};
        QString skipped;
        auto previous = ArgoPatches::undo(ro, sets, 0, &skipped);
        QVERIFY_RESULT(previous);
        QVERIFY(previous->startsWith(R"([{"op":"replace","path":"/spec/template","value":)"));
        const QJsonObject value = QJsonDocument::fromJson(previous.value()).array().at(0).toObject().value(QLatin1String("value")).toObject();
        QCOMPARE(value.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray().at(0).toObject()
                     .value(QLatin1String("image")).toString(), QStringLiteral("shop:1.5"));
        QVERIFY(!value.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject().contains(QLatin1String("rollouts-pod-template-hash")));

        auto toOne = ArgoPatches::undo(ro, sets, 1, &skipped);
        QVERIFY_RESULT(toOne);
        QVERIFY(toOne->contains("shop:1\""));
        auto same = ArgoPatches::undo(ro, sets, 3, &skipped);
        QVERIFY_RESULT(same);
        QVERIFY(same->isEmpty());
        QVERIFY(skipped.startsWith(QStringLiteral("skipped rollback")));
        auto missing = ArgoPatches::undo(ro, sets, 7, &skipped);
        QVERIFY(!missing);
        QVERIFY(missing.error().message().contains(QStringLiteral("revision 7")));
        auto foreignOnly = ArgoPatches::undo(ro, {rs(9, "x", "zz")}, 0, &skipped);
        QVERIFY(!foreignOnly);
    }

    void analysisRun()
    {
        const auto run = ArgoAnalysisRunInfo::fromJson(parse(R"({"metadata":{"name":"shop-abc-2","namespace":"prod",
            "labels":{"rollout.argoproj.io/revision":"2"},"ownerReferences":[{"kind":"Rollout","name":"shop"}]},
            "spec":{"metrics":[{"name":"success-rate","successCondition":"result[0] >= 0.95","provider":{"prometheus":{"query":"q"}}}]},
            "status":{"phase":"Failed","message":"metric success-rate assessed Failed",
                "metricResults":[{"name":"success-rate","phase":"Failed","count":3,"successful":1,"failed":2,
                    "measurements":[{"phase":"Successful","value":"[0.97]","startedAt":"t1","finishedAt":"t2"},
                                    {"phase":"Failed","value":"[0.81]"},{"phase":"Failed","value":"[0.79]"}]}]}})"));
        QCOMPARE(run.rollout, QStringLiteral("shop"));
        QCOMPARE(run.revision, QStringLiteral("2"));
        QCOMPARE(run.metrics.size(), 1);
        QCOMPARE(run.metrics.first().provider, QStringLiteral("prometheus"));
        QCOMPARE(run.metrics.first().measurements.size(), 3);
        QCOMPARE(run.metrics.first().measurements.at(1).value, QStringLiteral("[0.81]"));
        QCOMPARE(run.toJson().value(QLatin1String("metrics")).toArray().at(0).toObject().value(QLatin1String("failed")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestArgoRollout)
#include "tst_argorollout.moc"
