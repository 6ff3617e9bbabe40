// Native canary rollouts on a cluster: the real RolloutService / RolloutController of a backend
// drive the Kubernetes provider (registered as "kubernetes" from the selected kubeconfig
// context) against the test API server; two consoles share the rollout through its Lease.
#include "kubeconsole.h"
#include "kubetestserver.h"
#include "testsupport.h"

#include "backend/deploy/rolloutsclient.h"
#include "backend/kube/kubeconfig.h"
#include "backend/kube/kubeendpoint.h"
#include "backend/providers/kubernetes/kubernetesprovider.h"

#include <QJsonArray>

using namespace shipdeck;
using namespace shipdeck::test;

namespace {

QByteArray canaryYaml(const QString &component, const QString &version, const QByteArray &steps)
{
    return "strategy: canary\nenvironment: production\nprovider: kubernetes\ncomponents: [{id: " + component.toUtf8() + ", version: '"
         + version.toUtf8() + "'}]\nreplicas: 4\nprogressDeadline: 60s\nrollback: {scaleDownDelay: 1s}\n"
         + "canary:\n  scaleDownDelay: 1s\n  steps:\n" + steps;
}

} // namespace

class TestKubeRollout : public QObject
{
    Q_OBJECT

    // "stable/canary" weights of the component's HTTPRoute ("" when it has none yet).
    QString routeWeights(const QString &component)
    {
        const auto r = m_server.request("GET", QStringLiteral("/apis/gateway.networking.k8s.io/v1/namespaces/default/httproutes/") + component);
        if (r.status != 200)
            return {};
        const QJsonArray backends = r.json().value(QLatin1String("spec")).toObject().value(QLatin1String("rules")).toArray().last().toObject()
                                        .value(QLatin1String("backendRefs")).toArray();
        QStringList parts;
        for (const auto &b : backends)
            parts << QStringLiteral("%1=%2").arg(b.toObject().value(QLatin1String("name")).toString()).arg(b.toObject().value(QLatin1String("weight")).toInt());
        return parts.join(QLatin1Char(','));
    }

    // spec.replicas of a version's Deployment; -1 when it does not exist.
    int replicas(const QString &component, const QString &version)
    {
        const auto r = m_server.request("GET", QStringLiteral("/apis/apps/v1/namespaces/default/deployments/")
                                                   + KubernetesProvider::deploymentName(component, version));
        if (r.status == 404)
            return -1;
        return r.json().value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt(-2);
    }

    // The stable version runs on the cluster before the rollout (as a previous deploy left it).
    void seedStable(const ComponentDefinition &c)
    {
        KubeConfigSource source;
        source.explicitPath = m_server.kubeconfigPath();
        auto config = KubeConfig::load(source);
        QVERIFY_RESULT(config);
        auto endpoint = KubeEndpoint::resolve(config.value(), {});
        QVERIFY_RESULT(endpoint);
        KubernetesProvider::Options o;
        o.identity = QStringLiteral("seed");
        KubernetesProvider seed(endpoint.value(), o);
        QVERIFY_RESULT(seed.ensureVersion(c, c.version, 4));
        QVERIFY_RESULT(seed.setTraffic(c.id, {c.version, {}, 0, {}, {}}));
        QTRY_VERIFY_WITH_TIMEOUT(seed.status(c.id).ok() && !seed.status(c.id)->isEmpty() && seed.status(c.id)->first().readyReplicas == 4, 30000);
        QVERIFY_RESULT(seed.release(c.id));
    }

    // After promotion: the new version takes all traffic and becomes stable, the old one's
    // Deployment goes, the stable Service selects the new version and the cluster's record says
    // who finished it.
    void verifyCompleted(KubeConsole &console, const QString &component, const QString &oldVersion, const QString &newVersion,
                         const QString &updatedBy)
    {
        QTRY_COMPARE_WITH_TIMEOUT(routeWeights(component).section(QLatin1Char(','), 0, 0), component + QStringLiteral("-stable=100"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(replicas(component, oldVersion), -1, 30000);
        QCOMPARE(replicas(component, newVersion), 4);
        const auto stableSvc = m_server.request("GET", QStringLiteral("/api/v1/namespaces/default/services/%1-stable").arg(component));
        QCOMPARE(stableSvc.json().value(QLatin1String("spec")).toObject().value(QLatin1String("selector")).toObject()
                     .value(QLatin1String("shipdeck.io/version")).toString(), newVersion);
        auto state = console.recordedState(component);
        QVERIFY_RESULT(state);
        QCOMPARE(state->value(QLatin1String("stableVersion")).toString(), newVersion);
        QCOMPARE(state->value(QLatin1String("canaryWeight")).toString(), QStringLiteral("0"));
        QCOMPARE(state->value(QLatin1String("updatedBy")).toString(), updatedBy);
        QVERIFY2(!state->value(QLatin1String("versions")).toString().contains(oldVersion), qPrintable(state->value(QLatin1String("versions")).toString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        qputenv("KUBECONFIG", m_server.kubeconfigPath().toUtf8());
    }

    void canaryWithHttpRouteWeightsToCompletion()
    {
        const ComponentDefinition c = KubeConsole::component(QStringLiteral("storefront"), QStringLiteral("1.4.2"), {QStringLiteral("1.5.0")}, 4);
        seedStable(c);
        if (QTest::currentTestFailed())
            return;
        KubeConsole console;
        QVERIFY_RESULT(console.open(QStringLiteral("alice-console"), 15, c));
        auto deployed = console.deploy(canaryYaml(c.id, QStringLiteral("1.5.0"),
                                                  "    - setWeight: 20\n    - pause: {duration: 4s}\n    - setWeight: 50\n"
                                                  "    - approval: {message: \"50 % looks right?\"}\n"));
        QVERIFY_RESULT(deployed);
        const QString id = deployed->first().id;
        QCOMPARE(deployed->first().provider, QStringLiteral("kubernetes"));

        // 20 %: the canary Deployment runs next to the stable one at full size.
        QTRY_COMPARE_WITH_TIMEOUT(routeWeights(c.id), QStringLiteral("storefront-stable=80,storefront-canary=20"), 60000);
        QCOMPARE(replicas(c.id, QStringLiteral("1.4.2")), 4);
        QCOMPARE(replicas(c.id, QStringLiteral("1.5.0")), 4);
        auto state = console.recordedState(c.id);
        QVERIFY_RESULT(state);
        QCOMPARE(state->value(QLatin1String("canaryVersion")).toString(), QStringLiteral("1.5.0"));
        QCOMPARE(state->value(QLatin1String("canaryWeight")).toString(), QStringLiteral("20"));
        QCOMPARE(console.leaseHolder(c.id).value(), QStringLiteral("alice-console"));
        QVERIFY(console.details(id)->value(QStringLiteral("stepIndex")).toInt() <= 2); // the timed pause has not ended yet

        // The pause ends by itself; 50 %, then the approval gate waits for a person.
        QTRY_COMPARE_WITH_TIMEOUT(routeWeights(c.id), QStringLiteral("storefront-stable=50,storefront-canary=50"), 30000);
        QVERIFY(console.reach(id, 4, QStringLiteral("Paused")));
        QCOMPARE(routeWeights(c.id), QStringLiteral("storefront-stable=50,storefront-canary=50"));
        QCOMPARE(console.recordedState(c.id)->value(QLatin1String("canaryWeight")).toString(), QStringLiteral("50"));
        QVERIFY_RESULT(await(console.rollouts->act(id, RolloutAction::Promote, QStringLiteral("alice"), QStringLiteral("50 % error-free for 10 minutes"))));

        // Promotion: 1.5.0 takes all traffic and becomes stable; 1.4.2 goes after scaleDownDelay.
        QVERIFY(console.reach(id, -1, QStringLiteral("Healthy")));
        verifyCompleted(console, c.id, QStringLiteral("1.4.2"), QStringLiteral("1.5.0"), QStringLiteral("alice-console"));
        if (QTest::currentTestFailed())
            return;
        const QJsonObject d = console.details(id).value();
        QCOMPARE(d.value(QStringLiteral("phase")).toString(), QStringLiteral("Healthy"));
    }

    void secondConsoleObservesThenTakesOverTheLease()
    {
        const ComponentDefinition c = KubeConsole::component(QStringLiteral("checkout"), QStringLiteral("2.0"), {QStringLiteral("2.1")}, 4);
        seedStable(c);
        if (QTest::currentTestFailed())
            return;
        KubeConsole alice;
        KubeConsole bob;
        QVERIFY_RESULT(alice.open(QStringLiteral("alice-console"), 3, c));
        QVERIFY_RESULT(bob.open(QStringLiteral("bob-console"), 3, c));
        auto started = alice.deploy(canaryYaml(c.id, QStringLiteral("2.1"), "    - setWeight: 20\n    - pause: {}\n    - setWeight: 60\n"));
        QVERIFY_RESULT(started);
        QVERIFY(alice.reach(started->first().id, 2, QStringLiteral("Paused")));
        QCOMPARE(routeWeights(c.id), QStringLiteral("checkout-stable=80,checkout-canary=20"));

        // Bob observes the rollout on the cluster but cannot act while Alice's console renews
        // her lease (it outlives its 3 s duration).
        (void)QTest::qWaitFor([] { return false; }, 4000); // allowed-sleep: lets the 3 s lease outlive its duration while alice renews
        QCOMPARE(bob.leaseHolder(c.id).value(), QStringLiteral("alice-console"));
        auto observed = bob.recordedState(c.id);
        QVERIFY_RESULT(observed);
        QCOMPARE(observed->value(QLatin1String("canaryVersion")).toString(), QStringLiteral("2.1"));
        QCOMPARE(observed->value(QLatin1String("canaryWeight")).toString(), QStringLiteral("20"));
        QCOMPARE(observed->value(QLatin1String("updatedBy")).toString(), QStringLiteral("alice-console"));
        auto refused = bob.setTraffic(c.id, {QStringLiteral("2.0"), QStringLiteral("2.1"), 60, {}, {}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::FailedPrecondition);
        QVERIFY2(refused.error().message().contains(QStringLiteral("alice-console")), qPrintable(refused.error().message()));
        QCOMPARE(routeWeights(c.id), QStringLiteral("checkout-stable=80,checkout-canary=20"));

        // Alice's console goes away without releasing; once her lease expires Bob takes over
        // and completes the rollout from his own console.
        alice.stop();
        QTRY_COMPARE_WITH_TIMEOUT(bob.leaseHolder(c.id).valueOr(QStringLiteral("?")), QString(), 15000);
        // Bob's console (same wiring and settings as his rollout service) now acts.
        QVERIFY_RESULT(bob.setTraffic(c.id, {QStringLiteral("2.0"), QStringLiteral("2.1"), 60, {}, {}}));
        QCOMPARE(routeWeights(c.id), QStringLiteral("checkout-stable=40,checkout-canary=60"));
        auto state = bob.recordedState(c.id);
        QVERIFY_RESULT(state);
        QCOMPARE(state->value(QLatin1String("canaryWeight")).toString(), QStringLiteral("60"));
        QCOMPARE(state->value(QLatin1String("updatedBy")).toString(), QStringLiteral("bob-console"));
        QCOMPARE(bob.leaseHolder(c.id).value(), QStringLiteral("bob-console"));
    }

    void secondConsoleCompletesTheRolloutItTookOver()
    {
        const ComponentDefinition c = KubeConsole::component(QStringLiteral("payments"), QStringLiteral("3.0"), {QStringLiteral("3.1")}, 4);
        seedStable(c);
        if (QTest::currentTestFailed())
            return;
        KubeConsole alice;
        KubeConsole bob;
        QVERIFY_RESULT(alice.open(QStringLiteral("alice-console"), 3, c));
        QVERIFY_RESULT(bob.open(QStringLiteral("bob-console"), 3, c));
        const QByteArray yaml = canaryYaml(c.id, QStringLiteral("3.1"), "    - setWeight: 20\n    - pause: {}\n    - setWeight: 60\n");
        auto started = alice.deploy(yaml);
        QVERIFY_RESULT(started);
        QVERIFY(alice.reach(started->first().id, 2, QStringLiteral("Paused")));
        QCOMPARE(routeWeights(c.id), QStringLiteral("payments-stable=80,payments-canary=20"));

        // Alice's console goes away half-way (20 %, waiting at the pause) without releasing.
        alice.stop();
        QTRY_COMPARE_WITH_TIMEOUT(bob.leaseHolder(c.id).valueOr(QStringLiteral("?")), QString(), 15000);

        // Every change of the route from here on: Bob's rollout must never send less than the
        // 20 % the cluster already routes to 3.1 (no return to 0 % and climb again).
        const QString routeRv = m_server.request("GET", QStringLiteral("/apis/gateway.networking.k8s.io/v1/namespaces/default/httproutes/payments"))
                                    .json().value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
        QVERIFY(!routeRv.isEmpty());
        std::unique_ptr<KubeStream> routeChanges(m_server.stream(
            QStringLiteral("/apis/gateway.networking.k8s.io/v1/namespaces/default/httproutes?watch=1&resourceVersion=") + routeRv));

        // Bob deploys the same version from his own workspace: his rollout adopts the cluster's
        // state and waits at the pause Alice's rollout was waiting at.
        auto deployed = bob.deploy(yaml);
        QVERIFY_RESULT(deployed);
        const QString id = deployed->first().id;
        QVERIFY(bob.reach(id, 2, QStringLiteral("Paused")));
        QCOMPARE(routeWeights(c.id), QStringLiteral("payments-stable=80,payments-canary=20"));
        QCOMPARE(bob.leaseHolder(c.id).value(), QStringLiteral("bob-console"));
        auto state = bob.recordedState(c.id);
        QVERIFY_RESULT(state);
        QCOMPARE(state->value(QLatin1String("canaryVersion")).toString(), QStringLiteral("3.1"));
        QCOMPARE(state->value(QLatin1String("canaryWeight")).toString(), QStringLiteral("20"));
        QCOMPARE(state->value(QLatin1String("updatedBy")).toString(), QStringLiteral("bob-console"));
        auto adopted = bob.details(id);
        QVERIFY_RESULT(adopted);
        bool adoptedEvent = false;
        for (const auto &e : adopted->value(QStringLiteral("events")).toArray())
            adoptedEvent = adoptedEvent || e.toObject().value(QStringLiteral("reason")).toString() == QLatin1String("RolloutAdopted");
        QVERIFY2(adoptedEvent, "the rollout says that it adopted the cluster's state");

        // Bob's console keeps the lease while his rollout waits (longer than its 3 s duration).
        (void)QTest::qWaitFor([] { return false; }, 4000); // allowed-sleep: lets the 3 s lease outlive its duration while bob renews
        QCOMPARE(bob.leaseHolder(c.id).value(), QStringLiteral("bob-console"));

        // Bob promotes past the pause: 60 %, then 3.1 takes all traffic and 3.0 goes.
        QVERIFY_RESULT(await(bob.rollouts->act(id, RolloutAction::Promote, QStringLiteral("bob"), QStringLiteral("20 % looked right"))));
        QVERIFY(bob.reach(id, -1, QStringLiteral("Healthy")));
        verifyCompleted(bob, c.id, QStringLiteral("3.0"), QStringLiteral("3.1"), QStringLiteral("bob-console"));
        if (QTest::currentTestFailed())
            return;

        // The finished rollout lets the lease go: a third console could drive the next one.
        QTRY_COMPARE_WITH_TIMEOUT(bob.leaseHolder(c.id).valueOr(QStringLiteral("?")), QString(), 15000);

        // The canary weight the route carried, change by change: never below 20 % until 3.1
        // became the stable version.
        QStringList weights;
        for (const QJsonObject &e : routeChanges->events()) {
            const QJsonObject route = e.value(QLatin1String("object")).toObject();
            if (route.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString() != c.id)
                continue;
            const QJsonArray backends = route.value(QLatin1String("spec")).toObject().value(QLatin1String("rules")).toArray().last().toObject()
                                            .value(QLatin1String("backendRefs")).toArray();
            weights << QString::number(backends.last().toObject().value(QLatin1String("weight")).toInt());
        }
        QVERIFY2(!weights.isEmpty(), "the route changed during Bob's rollout");
        QVERIFY2(weights.contains(QStringLiteral("60")), qPrintable(weights.join(QLatin1Char(' '))));
        QCOMPARE(weights.last(), QStringLiteral("0")); // 3.1 is the stable version now
        for (qsizetype i = 0; i + 1 < weights.size(); ++i)
            QVERIFY2(weights.at(i).toInt() >= 20, qPrintable(weights.join(QLatin1Char(' '))));
    }

    void badProviderOptionsAreNamed_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("traffic mode") << QStringLiteral("kubernetes") << QStringLiteral("kube.rollout.traffic") << QStringLiteral("sideways")
                                      << QStringLiteral("kube.rollout.traffic");
        QTest::newRow("lease seconds") << QStringLiteral("kubernetes") << QStringLiteral("kube.rollout.leaseSeconds") << QStringLiteral("-4")
                                       << QStringLiteral("kube.rollout.leaseSeconds");
        QTest::newRow("strategy") << QStringLiteral("kubernetes") << QStringLiteral("kube.rollout.strategy") << QStringLiteral("blue")
                                  << QStringLiteral("kube.rollout.strategy");
        QTest::newRow("unknown context") << QStringLiteral("kubernetes:no-such-cluster") << QString() << QString()
                                         << QStringLiteral("no-such-cluster");
    }

    void badProviderOptionsAreNamed()
    {
        QFETCH(QString, provider);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const ComponentDefinition c = KubeConsole::component(QStringLiteral("badopts"), QStringLiteral("1"), {QStringLiteral("2")}, 1);
        KubeConsole console;
        QVERIFY_RESULT(console.open(QStringLiteral("carol-console"), 15, c));
        if (!key.isEmpty())
            QVERIFY_RESULT(console.setSetting(key, value));
        QByteArray yaml = canaryYaml(c.id, QStringLiteral("2"), "    - setWeight: 50\n");
        yaml.replace("provider: kubernetes\n", "provider: " + provider.toUtf8() + "\n");
        auto refused = console.deploy(yaml);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(expected), qPrintable(refused.error().toString()));
        QVERIFY2(refused.error().message().contains(provider), qPrintable(refused.error().toString()));
        // Nothing was created on the cluster.
        QCOMPARE(replicas(c.id, QStringLiteral("2")), -1);
    }

private:
    KubeTestServer m_server;
};

QTEST_GUILESS_MAIN(TestKubeRollout)
#include "tst_kuberollout.moc"
