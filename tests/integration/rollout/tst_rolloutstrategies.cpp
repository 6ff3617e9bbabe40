// All four strategies end to end: the real local provider (shipdeck-demo-service processes behind
// the weighted proxy), real HTTP traffic from a load generator, the rollout service driving.
#include "rolloutbed.h"
#include "testsupport.h"

#include "backend/deploy/rolloutsclient.h"
#include "backend/providers/localproviderclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

using namespace shipdeck;
using namespace shipdeck::test;

namespace {
QByteArray yaml(const char *strategy, const QByteArray &body, const char *version = "1.5.0", int replicas = 2)
{
    return "strategy: " + QByteArray(strategy) + "\nenvironment: production\ncomponents: [{id: storefront, version: '" + version
         + "'}]\nreplicas: " + QByteArray::number(replicas) + "\nprogressDeadline: 30s\nrollback: {scaleDownDelay: 1s}\n" + body;
}

// Waits (polling) until the rollout reaches a step and phase.
bool reach(RolloutBed &bed, const QString &id, int step, const QString &phase, int timeoutMs = 30'000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        auto d = bed.details(id);
        if (d && d->value(QStringLiteral("stepIndex")).toInt() == step && d->value(QStringLiteral("phase")).toString() == phase)
            return true;
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit); // allowed-sleep: polling the rollout's state
        loop.exec();
    }
    return false;
}

double share(const QHash<QString, int> &served, const QString &version)
{
    int total = 0;
    for (int n : served)
        total += n;
    return total ? double(served.value(version)) / total : 0;
}
} // namespace

class tst_RolloutStrategies : public QObject
{
    Q_OBJECT

    // No request may fail because of the rollout: no connection failures, and no 5xx from the
    // stable version or from the proxy (upstream errors).
    static void checkNothingFailed(RolloutBed &bed)
    {
        const QJsonObject load = bed.loadStats();
        QVERIFY2(load.value(QStringLiteral("completed")).toInt() > 20, QJsonDocument(load).toJson().constData());
        QCOMPARE(load.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(load.value(QStringLiteral("byClass")).toObject().value(QStringLiteral("5xx")).toInt(), 0);
        auto counters = bed.proxyCounters();
        QVERIFY_RESULT(counters);
        for (auto it = counters->begin(); it != counters->end(); ++it) {
            QCOMPARE(it.value().value(QStringLiteral("errors5xx")).toDouble(), 0.0);
            QCOMPARE(it.value().value(QStringLiteral("upstreamErrors")).toDouble(), 0.0);
        }
    }

private Q_SLOTS:
    void canary()
    {
        RolloutBed bed;
        QVERIFY_RESULT(bed.open(RolloutBed::storefront()));
        QVERIFY_RESULT(bed.startStable());
        QVERIFY_RESULT(bed.startLoad(80));
        auto deployed = bed.deploy(yaml("canary", "canary:\n  scaleDownDelay: 1s\n  headerRoute: {name: X-Canary, value: always}\n"
                                                  "  steps:\n    - setWeight: 25\n    - pause: {}\n    - setWeight: 75\n    - pause: {}\n"));
        QVERIFY_RESULT(deployed);
        const QString id = deployed->first().id;
        QVERIFY(reach(bed, id, 2, QStringLiteral("Paused")));
        // 25 % of the traffic goes to the canary; the header always reaches it.
        const auto served = bed.versionsServing(400);
        QVERIFY2(qAbs(share(served, QStringLiteral("1.5.0")) - 0.25) < 0.08, qPrintable(QString::number(share(served, QStringLiteral("1.5.0")))));
        QCOMPARE(bed.versionsServing(20, "X-Canary", "always").value(QStringLiteral("1.5.0")), 20);
        QCOMPARE(bed.proxyCounters()->value(QStringLiteral("1.5.0")).value(QStringLiteral("weight")).toDouble(), 25.0);
        QVERIFY_RESULT(test::await(bed.rollouts->act(id, RolloutAction::Promote, QStringLiteral("tester"), QStringLiteral("25 % looks good"))));
        QVERIFY(reach(bed, id, 4, QStringLiteral("Paused")));
        QVERIFY(qAbs(share(bed.versionsServing(400), QStringLiteral("1.5.0")) - 0.75) < 0.08);
        QVERIFY_RESULT(test::await(bed.rollouts->act(id, RolloutAction::Promote, QStringLiteral("tester"), QStringLiteral("75 % fine"))));
        auto final = bed.waitSettled(id);
        QVERIFY_RESULT(final);
        QCOMPARE(final->value(QStringLiteral("phase")).toString(), QStringLiteral("Healthy"));
        QCOMPARE(bed.versionsServing(50).value(QStringLiteral("1.5.0")), 50);
        checkNothingFailed(bed);
        if (QTest::currentTestFailed())
            return;
    }

    void blueGreen()
    {
        RolloutBed bed;
        QVERIFY_RESULT(bed.open(RolloutBed::storefront()));
        QVERIFY_RESULT(bed.startStable());
        QVERIFY_RESULT(bed.startLoad(80));
        auto deployed = bed.deploy(yaml("blue-green", "blueGreen:\n  previewReplicas: 1\n  autoPromotionEnabled: false\n  scaleDownDelay: 1s\n"));
        QVERIFY_RESULT(deployed);
        const QString id = deployed->first().id;
        // The preview runs one instance, reachable only with the preview header.
        QVERIFY(reach(bed, id, 1, QStringLiteral("Paused")));
        QCOMPARE(bed.versionsServing(100).value(QStringLiteral("1.4.2")), 100);
        QCOMPARE(bed.versionsServing(20, "X-Shipdeck-Preview", "true").value(QStringLiteral("1.5.0")), 20);
        QVERIFY_RESULT(test::await(bed.rollouts->act(id, RolloutAction::Promote, QStringLiteral("tester"), QStringLiteral("preview ok"))));
        auto final = bed.waitSettled(id);
        QVERIFY_RESULT(final);
        QCOMPARE(final->value(QStringLiteral("phase")).toString(), QStringLiteral("Healthy"));
        QCOMPARE(bed.versionsServing(100).value(QStringLiteral("1.5.0")), 100);
        checkNothingFailed(bed);
        if (QTest::currentTestFailed())
            return;
    }

    void rolling()
    {
        RolloutBed bed;
        QVERIFY_RESULT(bed.open(RolloutBed::storefront(0, 3)));
        QVERIFY_RESULT(bed.startStable());
        QVERIFY_RESULT(bed.startLoad(80));
        auto deployed = bed.deploy(yaml("rolling", "rolling: {batchSize: 1, maxUnavailable: 0}\n", "1.5.0", 3));
        QVERIFY_RESULT(deployed);
        const QString id = deployed->first().id;
        QCOMPARE(deployed->first().plan.size(), 4); // three batches and the promotion
        auto final = bed.waitSettled(id);
        QVERIFY_RESULT(final);
        QCOMPARE(final->value(QStringLiteral("phase")).toString(), QStringLiteral("Healthy"));
        // The batches moved traffic in thirds, each after the new instances were ready.
        QStringList weights;
        for (const QJsonValue &t : final->value(QStringLiteral("transitions")).toArray()) {
            const QJsonObject o = t.toObject();
            if (o.value(QStringLiteral("action")).toString() == QLatin1String("set-traffic"))
                weights.append(QString::number(o.value(QStringLiteral("intent")).toObject().value(QStringLiteral("split")).toObject()
                                                   .value(QStringLiteral("canaryWeight")).toInt()));
        }
        QCOMPARE(weights, (QStringList{QStringLiteral("33"), QStringLiteral("67"), QStringLiteral("100"), QStringLiteral("0")}));
        QCOMPARE(bed.versionsServing(60).value(QStringLiteral("1.5.0")), 60);
        checkNothingFailed(bed);
        if (QTest::currentTestFailed())
            return;
        auto health = test::await(bed.components->health(QStringLiteral("storefront")));
        const QJsonArray versions = health->value(QStringLiteral("components")).toArray().at(0).toObject().value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 1); // the old version is gone
    }

    void recreate()
    {
        RolloutBed bed;
        QVERIFY_RESULT(bed.open(RolloutBed::storefront()));
        QVERIFY_RESULT(bed.startStable());
        auto deployed = bed.deploy(yaml("recreate", QByteArray()));
        QVERIFY_RESULT(deployed);
        auto final = bed.waitSettled(deployed->first().id);
        QVERIFY_RESULT(final);
        QCOMPARE(final->value(QStringLiteral("phase")).toString(), QStringLiteral("Healthy"));
        QCOMPARE(bed.versionsServing(30).value(QStringLiteral("1.5.0")), 30);
        QStringList actions;
        for (const QJsonValue &t : final->value(QStringLiteral("transitions")).toArray())
            actions.append(t.toObject().value(QStringLiteral("action")).toString());
        // The old version stops before the new one starts (recreate means downtime).
        QCOMPARE(actions.mid(0, 2), (QStringList{QStringLiteral("remove-version"), QStringLiteral("ensure-version")}));
    }
};

QTEST_GUILESS_MAIN(tst_RolloutStrategies)
#include "tst_rolloutstrategies.moc"
