// Webhook gates with Flagger's semantics, on the in-memory provider and a local HTTP receiver.
#include "rollouttestharness.h"
#include "testsupport.h"
#include "webhookserver.h"

using namespace shipdeck;
using namespace shipdeck::test;

namespace {
QByteArray hooks(const WebhookServer &server, const QList<std::pair<const char *, const char *>> &list, int threshold = 2)
{
    QByteArray out = "webhooks:\n";
    for (const auto &[name, type] : list) {
        out += QStringLiteral("  - {name: %1, type: %2, url: '%3', timeout: 2s, metadata: {team: web}}\n")
                   .arg(QString::fromLatin1(name), QString::fromLatin1(type), server.url(QLatin1Char('/') + QString::fromLatin1(name))).toUtf8();
    }
    return out + "gates: {interval: 5s, failureThreshold: " + QByteArray::number(threshold) + "}\n";
}
} // namespace

class tst_RolloutGates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confirmRolloutHoldsTheCanaryBack()
    {
        WebhookServer server;
        QVERIFY(server.listen());
        server.answer(QStringLiteral("/confirm"), 412);
        RolloutHarness h;
        const QString id = h.deploy(canaryYaml("    - setWeight: 10\n", hooks(server, {{"confirm", "confirm-rollout"}}))).value().id;
        QTRY_VERIFY(h.rollout(id).hasPause(PauseReason::ConfirmRollout));
        QVERIFY(h.rollout(id).message.contains(QStringLiteral("answered HTTP 412")));
        QVERIFY(!h.provider->runs(QStringLiteral("1.5.0"))); // nothing scaled up
        h.advance(3'000);
        QCOMPARE(server.count(QStringLiteral("/confirm")), 1); // retried only after the interval
        server.answer(QStringLiteral("/confirm"), 200);
        h.advance(2'500);
        QTRY_COMPARE(h.phase(id), RolloutPhase::Healthy);
        QCOMPARE(server.count(QStringLiteral("/confirm")), 2);
        const QJsonObject body = server.requests.first().body;
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("storefront"));
        QCOMPARE(body.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("team")).toString(), QStringLiteral("web"));
    }

    void haltingGatesCountFailedChecks()
    {
        WebhookServer server;
        QVERIFY(server.listen());
        server.answer(QStringLiteral("/smoke"), 500);
        RolloutHarness h;
        const QString id = h.deploy(canaryYaml("    - setWeight: 10\n", hooks(server, {{"smoke", "rollout"}}, 3))).value().id;
        QTRY_VERIFY(h.rollout(id).message.contains(QStringLiteral("halted: rollout webhook 'smoke' failed (1 of 3")));
        QCOMPARE(h.phase(id), RolloutPhase::Progressing); // halted, not paused
        h.advance(5'100);
        QTRY_VERIFY(h.rollout(id).message.contains(QStringLiteral("(2 of 3")));
        h.advance(5'100);
        QTRY_COMPARE(h.phase(id), RolloutPhase::RolledBack);
        QVERIFY(h.rollout(id).abortReason.contains(QStringLiteral("rollout webhook 'smoke' failed (3 of 3 allowed checks)")));
        for (const TrafficSplit &s : std::as_const(h.provider->trafficHistory))
            QCOMPARE(s.canaryWeight, 0);
    }

    void confirmTrafficIncreaseAndPromotion()
    {
        WebhookServer server;
        QVERIFY(server.listen());
        server.answer(QStringLiteral("/more"), 200);
        server.answer(QStringLiteral("/final"), 403);
        RolloutHarness h;
        const QString id = h.deploy(canaryYaml("    - setWeight: 10\n    - setWeight: 40\n",
                                               hooks(server, {{"more", "confirm-traffic-increase"}, {"final", "confirm-promotion"}}))).value().id;
        QTRY_VERIFY(h.rollout(id).hasPause(PauseReason::ConfirmPromotion));
        QCOMPARE(server.count(QStringLiteral("/more")), 2); // before 10 % and before 40 %
        QCOMPARE(h.provider->trafficHistory.last().canaryWeight, 40);
        // A person opens the gate: the override is recorded in the gate's state.
        QVERIFY_RESULT(h.act(id, RolloutAction::Promote, QStringLiteral("kim"), QStringLiteral("gate is flaky, numbers are fine")));
        QTRY_COMPARE(h.phase(id), RolloutPhase::Healthy);
        QVERIFY(h.audit.join(QLatin1Char('\n')).contains(QStringLiteral("kim rollout.promote")));
    }

    void rollbackHookAndPostRollout()
    {
        WebhookServer server;
        QVERIFY(server.listen());
        server.answer(QStringLiteral("/abort-switch"), 404);
        server.answer(QStringLiteral("/notify"), 200);
        RolloutHarness h;
        const QString id = h.deploy(canaryYaml("    - setWeight: 20\n    - pause: {}\n",
                                               hooks(server, {{"abort-switch", "rollback"}, {"notify", "post-rollout"}}))).value().id;
        QTRY_COMPARE(h.phase(id), RolloutPhase::Paused);
        QTRY_VERIFY(server.count(QStringLiteral("/abort-switch")) >= 1);
        QCOMPARE(h.phase(id), RolloutPhase::Paused); // 404: no rollback asked
        server.answer(QStringLiteral("/abort-switch"), 200); // Flagger: 2xx means roll back
        h.advance(5'100);
        QTRY_COMPARE(h.phase(id), RolloutPhase::RolledBack);
        QVERIFY(h.rollout(id).abortReason.contains(QStringLiteral("rollback webhook 'abort-switch' asked for a rollback")));
        QTRY_COMPARE(server.count(QStringLiteral("/notify")), 1); // post-rollout, after the end
        QCOMPARE(h.provider->trafficHistory.last(), (TrafficSplit{QStringLiteral("1.4.2"), QString(), 0, {}, {}}));
    }

    void hangingGateTimesOut()
    {
        WebhookServer server;
        QVERIFY(server.listen());
        server.hang(QStringLiteral("/slow"));
        RolloutHarness h;
        QByteArray gates = hooks(server, {{"slow", "confirm-promotion"}});
        gates.replace("timeout: 2s", "timeout: 300ms");
        const QString id = h.deploy(canaryYaml("    - setWeight: 10\n", gates)).value().id;
        QTRY_VERIFY(h.rollout(id).hasPause(PauseReason::ConfirmPromotion));
        QVERIFY(h.rollout(id).message.contains(QStringLiteral("did not answer within 300 ms")));
        QCOMPARE(h.provider->trafficHistory.last().canaryWeight, 10); // held where it was
    }
};

QTEST_GUILESS_MAIN(tst_RolloutGates)
#include "tst_rolloutgates.moc"
