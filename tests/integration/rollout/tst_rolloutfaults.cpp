// Bad input and faults with the real local provider: a bad canary, a version that never becomes
// healthy, an upstream that resets connections, a hanging webhook, malformed and impossible
// deployments. Each ends in a clear error or a safe pause/rollback with the reason recorded,
// and the stable version keeps serving throughout.
#include "rolloutbed.h"
#include "testsupport.h"
#include "webhookserver.h"

#include "backend/deploy/rolloutsclient.h"
#include "backend/providers/localproviderclient.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace shipdeck;
using namespace shipdeck::test;

namespace {
QByteArray canary(const char *version, const QByteArray &steps, const QByteArray &extra = {})
{
    return "strategy: canary\ncomponents: [{id: storefront, version: '" + QByteArray(version)
         + "'}]\nreplicas: 2\nprogressDeadline: 30s\nvalidation: {readyTimeout: 4s}\nrollback: {scaleDownDelay: 1s}\n"
           "canary:\n  scaleDownDelay: 1s\n  steps:\n" + steps + extra;
}

const QByteArray kSequential =
    "  analysis: {templates: [errors], startingStep: 1}\n"
    "analysis:\n  templates:\n    - name: errors\n      metrics:\n        - name: error-rate-vs-stable\n"
    "          interval: 1s\n          provider: {sequential: {alpha: 0.01}}\n";
} // namespace

class tst_RolloutFaults : public QObject
{
    Q_OBJECT

    // The stable version served every request it got: no 5xx from it, no connection failures.
    static void checkStableServed(RolloutBed &bed, const QString &stable = QStringLiteral("1.4.2"))
    {
        QCOMPARE(bed.loadStats().value(QStringLiteral("failed")).toInt(), 0);
        auto counters = bed.proxyCounters();
        QVERIFY_RESULT(counters);
        QVERIFY(counters->value(stable).value(QStringLiteral("requests")).toDouble() > 0);
        QCOMPARE(counters->value(stable).value(QStringLiteral("errors5xx")).toDouble(), 0.0);
        QCOMPARE(counters->value(stable).value(QStringLiteral("upstreamErrors")).toDouble(), 0.0);
    }

private Q_SLOTS:
    void badCanaryIsRolledBack()
    {
        RolloutBed bed;
        QVERIFY_RESULT(bed.open(RolloutBed::storefront()));
        QVERIFY_RESULT(bed.startStable());
        QVERIFY_RESULT(bed.startLoad(100));
        auto deployed = bed.deploy(canary("1.5.1", "    - setWeight: 20\n    - pause: {duration: 60s}\n", kSequential));
        QVERIFY_RESULT(deployed);
        auto final = bed.waitSettled(deployed->first().id, 90'000);
        QVERIFY_RESULT(final);
        QCOMPARE(final->value(QStringLiteral("phase")).toString(), QStringLiteral("RolledBack"));
        const QString reason = final->value(QStringLiteral("abortReason")).toString();
        QVERIFY2(reason.startsWith(QStringLiteral("Background analysis phase failed")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("regression")), qPrintable(reason));
        // The verdict carries its numbers.
        bool found = false;
        for (const QJsonValue &v : final->value(QStringLiteral("verdicts")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("kind")).toString() == QLatin1String("sequential")) {
                found = true;
                const QJsonObject n = o.value(QStringLiteral("numbers")).toObject();
                QVERIFY(n.value(QStringLiteral("canaryErrors")).toDouble() > 0);
                QVERIFY(n.value(QStringLiteral("logLikelihoodRatio")).toDouble() >= n.value(QStringLiteral("bound")).toDouble());
                QVERIFY(n.value(QStringLiteral("alwaysValidPValue")).toDouble() <= 0.01);
            }
        }
        QVERIFY(found);
        QCOMPARE(bed.versionsServing(50).value(QStringLiteral("1.4.2")), 50);
        checkStableServed(bed);
    }

    void versionThatNeverBecomesHealthy()
    {
        RolloutBed bed;
        QVERIFY_RESULT(bed.open(RolloutBed::storefront()));
        QVERIFY_RESULT(bed.startStable());
        QVERIFY_RESULT(bed.startLoad(50));
        auto deployed = bed.deploy(canary("1.6.0", "    - setWeight: 50\n"));
        QVERIFY_RESULT(deployed);
        auto final = bed.waitSettled(deployed->first().id);
        QVERIFY_RESULT(final);
        QCOMPARE(final->value(QStringLiteral("phase")).toString(), QStringLiteral("RolledBack"));
        const QString reason = final->value(QStringLiteral("abortReason")).toString();
        QVERIFY2(reason.contains(QStringLiteral("ProgressDeadlineExceeded")) && reason.contains(QStringLiteral("0 of 2 instances ready")),
                 qPrintable(reason));
        // The canary never got traffic.
        for (const QJsonValue &t : final->value(QStringLiteral("transitions")).toArray()) {
            const QJsonObject split = t.toObject().value(QStringLiteral("intent")).toObject().value(QStringLiteral("split")).toObject();
            QCOMPARE(split.value(QStringLiteral("canaryWeight")).toInt(), 0);
        }
        QCOMPARE(bed.loadStats().value(QStringLiteral("byClass")).toObject().value(QStringLiteral("5xx")).toInt(), 0);
        checkStableServed(bed);
    }

    void upstreamThatResetsConnections()
    {
        RolloutBed bed;
        QVERIFY_RESULT(bed.open(RolloutBed::storefront()));
        QVERIFY_RESULT(bed.startStable());
        QVERIFY_RESULT(bed.startLoad(100));
        const QByteArray analysis = "analysis:\n  templates:\n    - name: errors\n      metrics:\n        - name: error-rate\n"
                                    "          interval: 2s\n          count: 3\n          successCondition: result < 0.05\n"
                                    "          provider: {proxy: {measure: error-rate}}\n";
        auto deployed = bed.deploy(canary("1.7.0", "    - setWeight: 20\n    - analysis: {templates: [errors]}\n", analysis));
        QVERIFY_RESULT(deployed);
        auto final = bed.waitSettled(deployed->first().id);
        QVERIFY_RESULT(final);
        QCOMPARE(final->value(QStringLiteral("phase")).toString(), QStringLiteral("RolledBack"));
        QVERIFY(final->value(QStringLiteral("abortReason")).toString().startsWith(QStringLiteral("Step-based analysis phase failed")));
        // The proxy answered the resets with 502 under the canary's name, not the stable's.
        auto counters = bed.proxyCounters();
        QVERIFY(counters->value(QStringLiteral("1.7.0")).value(QStringLiteral("upstreamErrors")).toDouble() > 0);
        checkStableServed(bed);
    }

    void hangingWebhooks()
    {
        WebhookServer hooks;
        QVERIFY(hooks.listen());
        hooks.hang(QStringLiteral("/smoke"));
        hooks.answer(QStringLiteral("/promotion"), 403);
        RolloutBed bed;
        QVERIFY_RESULT(bed.open(RolloutBed::storefront()));
        QVERIFY_RESULT(bed.startStable());
        QVERIFY_RESULT(bed.startLoad(50));
        const QByteArray gates = QStringLiteral("webhooks:\n  - {name: smoke, type: pre-rollout, url: '%1', timeout: 1s}\n"
                                                "  - {name: promotion, type: confirm-promotion, url: '%2', timeout: 1s}\n"
                                                "gates: {interval: 1s, failureThreshold: 3}\n")
                                     .arg(hooks.url(QStringLiteral("/smoke")), hooks.url(QStringLiteral("/promotion"))).toUtf8();
        // A pre-rollout gate that hangs: halted, retried, rolled back after three timeouts.
        auto deployed = bed.deploy(canary("1.5.0", "    - setWeight: 30\n", gates));
        QVERIFY_RESULT(deployed);
        auto final = bed.waitSettled(deployed->first().id);
        QVERIFY_RESULT(final);
        QCOMPARE(final->value(QStringLiteral("phase")).toString(), QStringLiteral("RolledBack"));
        const QString reason = final->value(QStringLiteral("abortReason")).toString();
        QVERIFY2(reason.contains(QStringLiteral("pre-rollout webhook 'smoke' failed (3 of 3")) && reason.contains(QStringLiteral("did not answer within 1000 ms")),
                 qPrintable(reason));
        QCOMPARE(hooks.count(QStringLiteral("/smoke")), 3);
        const QJsonObject body = hooks.requests.first().body;
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("storefront"));
        QCOMPARE(body.value(QStringLiteral("namespace")).toString(), QStringLiteral("production"));
        QVERIFY(!body.value(QStringLiteral("checksum")).toString().isEmpty());
        QVERIFY(body.value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("rolloutId")));
        QCOMPARE(bed.versionsServing(30).value(QStringLiteral("1.4.2")), 30);

        // A confirm-promotion gate that says no: the rollout waits (WaitingPromotion) with the
        // reason, and continues when the gate opens.
        hooks.answer(QStringLiteral("/smoke"), 200);
        auto second = bed.deploy(canary("1.5.0", "    - setWeight: 30\n", gates));
        QVERIFY_RESULT(second);
        const QString id = second->first().id;
        QTRY_VERIFY_WITH_TIMEOUT(bed.details(id)->value(QStringLiteral("message")).toString().contains(QStringLiteral("WaitingPromotion")), 20'000);
        QVERIFY(bed.details(id)->value(QStringLiteral("message")).toString().contains(QStringLiteral("answered HTTP 403")));
        hooks.answer(QStringLiteral("/promotion"), 200);
        auto promoted = bed.waitSettled(id);
        QVERIFY_RESULT(promoted);
        QVERIFY2(promoted->value(QStringLiteral("phase")).toString() == QLatin1String("Healthy"),
                 qPrintable(promoted->value(QStringLiteral("message")).toString()));
        checkStableServed(bed);
    }

    void badInputIsRefusedWithTheLine_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("malformed") << QByteArray("strategy: canary\ncomponents: [{id: storefront, version: '1.5.0'}\n")
                                   << QStringLiteral("test.yaml:3:");
        QTest::newRow("unknown strategy") << QByteArray("strategy: big-bang\ncomponents: [{id: storefront, version: '1.5.0'}]\n")
                                          << QStringLiteral("test.yaml:1:11: strategy: unknown strategy 'big-bang'");
        QTest::newRow("weight out of range") << canary("1.5.0", "    - setWeight: 150\n") << QStringLiteral("150 is out of range");
        QTest::newRow("unknown component") << QByteArray("strategy: recreate\ncomponents: [{id: checkout, version: '1'}]\n")
                                           << QStringLiteral("unknown component 'checkout'");
        QTest::newRow("unknown version") << canary("9.9.9", "    - setWeight: 10\n") << QStringLiteral("no version 9.9.9");
        QTest::newRow("missing program") << canary("1.8.0", "    - setWeight: 10\n")
                                         << QStringLiteral("/nonexistent/storefront-1.8.0");
    }
    void badInputIsRefusedWithTheLine()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, mentions);
        RolloutBed bed;
        QVERIFY_RESULT(bed.open(RolloutBed::storefront()));
        auto deployed = bed.deploy(yaml);
        QVERIFY(!deployed.ok());
        QVERIFY2(deployed.error().toString().contains(mentions), qPrintable(deployed.error().toString()));
        auto history = test::await(bed.rollouts->history(QString(), QString()));
        QVERIFY(history->isEmpty()); // nothing was recorded or started
    }

    void impossibleActionsAreRefused()
    {
        RolloutBed bed;
        QVERIFY_RESULT(bed.open(RolloutBed::storefront()));
        QVERIFY_RESULT(bed.startStable());
        auto deployed = bed.deploy(canary("1.5.0", "    - setWeight: 10\n    - pause: {}\n"));
        QVERIFY_RESULT(deployed);
        const QString id = deployed->first().id;
        QVERIFY_RESULT(bed.waitSettled(id));
        QVERIFY_RESULT(test::await(bed.rollouts->act(id, RolloutAction::Abort, QStringLiteral("tester"), QStringLiteral("stop"))));
        auto refused = test::await(bed.rollouts->act(id, RolloutAction::Promote, QStringLiteral("tester"), QStringLiteral("go")));
        QCOMPARE(refused.error().code(), ErrorCode::FailedPrecondition);
        QVERIFY(refused.error().message().contains(QStringLiteral("retry it first")));
        // A second rollout of the same component is refused while the first one runs.
        QVERIFY_RESULT(test::await(bed.rollouts->act(id, RolloutAction::Retry, QStringLiteral("tester"), QStringLiteral("again"))));
        auto second = bed.deploy(canary("1.5.1", "    - setWeight: 10\n"));
        QCOMPARE(second.error().code(), ErrorCode::FailedPrecondition);
        QVERIFY(second.error().message().contains(id));
    }
};

QTEST_GUILESS_MAIN(tst_RolloutFaults)
#include "tst_rolloutfaults.moc"
