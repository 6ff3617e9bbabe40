#include "backend/providers/kubernetes/kubernetesprovider.h"
#include "backend/providers/kubernetes/kubesyncclient.h"
#include "kubetesthelpers.h"
#include "kubetestserver.h"

using namespace shipdeck;
using namespace shipdeck::test;

namespace {

ComponentDefinition storefront(const QString &id)
{
    ComponentDefinition c;
    c.id = id;
    c.name = QStringLiteral("Storefront");
    c.port = 8080;
    c.run.command = QStringLiteral("registry.example/storefront:{version}");
    c.run.args = {QStringLiteral("--version"), QStringLiteral("{version}")};
    c.scaling.minReplicas = 4;
    c.healthCheck.kind = HealthCheck::Kind::Http;
    c.healthCheck.path = QStringLiteral("/healthz");
    return c;
}

int readyOf(const Result<QList<VersionStatus>> &status, const QString &version)
{
    if (!status)
        return -1;
    for (const auto &v : status.value()) {
        if (v.version == version)
            return v.readyReplicas;
    }
    return 0;
}

} // namespace

class TestKubeProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_endpoint = kubeEndpoint(m_server.kubeconfigPath());
        m_cluster = std::make_unique<KubeSyncClient>(m_endpoint);
    }

    void canaryWithHttpRouteWeightsToCompletion()
    {
        KubernetesProvider::Options o;
        o.identity = QStringLiteral("alice-console");
        KubernetesProvider provider(m_endpoint, o);
        const ComponentDefinition c = storefront(QStringLiteral("storefront"));
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("1.4.2"), 4));
        QVERIFY_RESULT(provider.setTraffic(c.id, {QStringLiteral("1.4.2"), {}, 0, {}, {}}));
        QTRY_COMPARE_WITH_TIMEOUT(readyOf(provider.status(c.id), QStringLiteral("1.4.2")), 4, 20000);

        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("1.5.0"), 1));
        QTRY_COMPARE_WITH_TIMEOUT(readyOf(provider.status(c.id), QStringLiteral("1.5.0")), 1, 20000);
        for (int weight : {10, 50, 100}) {
            QVERIFY_RESULT(provider.setTraffic(c.id, {QStringLiteral("1.4.2"), QStringLiteral("1.5.0"), weight, {}, {}}));
            auto route = m_cluster->get(QStringLiteral("/apis/gateway.networking.k8s.io/v1/namespaces/default/httproutes/storefront"));
            QVERIFY_RESULT(route);
            const QJsonArray backends = route->value(QLatin1String("spec")).toObject().value(QLatin1String("rules")).toArray()
                                            .last().toObject().value(QLatin1String("backendRefs")).toArray();
            QCOMPARE(backends.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("storefront-stable"));
            QCOMPARE(backends.at(0).toObject().value(QLatin1String("weight")).toInt(), 100 - weight);
            QCOMPARE(backends.at(1).toObject().value(QLatin1String("weight")).toInt(), weight);
            QCOMPARE(provider.traffic(c.id)->canaryWeight, weight);
        }
        // The canary Service selects the canary version's pods.
        auto canarySvc = m_cluster->get(QStringLiteral("/api/v1/namespaces/default/services/storefront-canary"));
        QVERIFY_RESULT(canarySvc);
        QCOMPARE(canarySvc->value(QLatin1String("spec")).toObject().value(QLatin1String("selector")).toObject()
                     .value(QLatin1String("shipdeck.io/version")).toString(), QStringLiteral("1.5.0"));
        // Promote: 1.5.0 becomes stable, the old version goes away.
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("1.5.0"), 4));
        QVERIFY_RESULT(provider.setTraffic(c.id, {QStringLiteral("1.5.0"), {}, 0, {}, {}}));
        QVERIFY_RESULT(provider.removeVersion(c.id, QStringLiteral("1.4.2")));
        QTRY_COMPARE_WITH_TIMEOUT(readyOf(provider.status(c.id), QStringLiteral("1.5.0")), 4, 20000);
        QCOMPARE(readyOf(provider.status(c.id), QStringLiteral("1.4.2")), 0);
        auto state = provider.recordedState(c.id);
        QVERIFY_RESULT(state);
        QCOMPARE(state->value(QLatin1String("stableVersion")).toString(), QStringLiteral("1.5.0"));
        QCOMPARE(state->value(QLatin1String("updatedBy")).toString(), QStringLiteral("alice-console"));
        auto deployment = m_cluster->get(QStringLiteral("/apis/apps/v1/namespaces/default/deployments/storefront-1-5-0"));
        QVERIFY_RESULT(deployment);
        const QJsonObject container = deployment->value(QLatin1String("spec")).toObject().value(QLatin1String("template")).toObject()
                                          .value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray().at(0).toObject();
        QCOMPARE(container.value(QLatin1String("image")).toString(), QStringLiteral("registry.example/storefront:1.5.0"));
        QVERIFY(container.contains(QLatin1String("readinessProbe")));
        QVERIFY_RESULT(provider.release(c.id));
    }

    void secondConsoleObservesThenTakesOver()
    {
        KubernetesProvider::Options o;
        o.leaseSeconds = 2;
        o.identity = QStringLiteral("alice-console");
        auto alice = std::make_unique<KubernetesProvider>(m_endpoint, o);
        o.identity = QStringLiteral("bob-console");
        KubernetesProvider bob(m_endpoint, o);
        const ComponentDefinition c = storefront(QStringLiteral("checkout"));
        QVERIFY_RESULT(alice->ensureVersion(c, QStringLiteral("2.0"), 1));
        QVERIFY_RESULT(alice->setTraffic(c.id, {QStringLiteral("2.0"), {}, 0, {}, {}}));
        QCOMPARE(bob.leaseHolder(c.id).value(), QStringLiteral("alice-console"));

        // Bob observes: reads work, changes are refused and name the holder.
        QVERIFY_RESULT(bob.traffic(c.id));
        QCOMPARE(bob.traffic(c.id)->stableVersion, QStringLiteral("2.0"));
        auto refused = bob.setTraffic(c.id, {QStringLiteral("2.0"), QStringLiteral("2.1"), 20, {}, {}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::FailedPrecondition);
        QVERIFY2(refused.error().message().contains(QStringLiteral("alice-console")), qPrintable(refused.error().message()));
        QVERIFY(!bob.ensureVersion(c, QStringLiteral("2.1"), 1));

        // Alice keeps renewing while she runs (the lease outlives its 2 s duration).
        QTest::qWaitFor([] { return false; }, 3000); // allowed-sleep: lets the 2 s lease outlive its duration while alice renews
        QVERIFY(!bob.acquire(c.id));
        // Alice's console goes away without releasing: once the lease expires, Bob takes over.
        alice.reset();
        QTRY_VERIFY_WITH_TIMEOUT(bob.acquire(c.id).ok(), 10000);
        QCOMPARE(bob.leaseHolder(c.id).value(), QStringLiteral("bob-console"));
        QVERIFY_RESULT(bob.ensureVersion(c, QStringLiteral("2.1"), 1));
        QVERIFY_RESULT(bob.setTraffic(c.id, {QStringLiteral("2.0"), QStringLiteral("2.1"), 20, {}, {}}));
        QCOMPARE(bob.recordedState(c.id)->value(QLatin1String("updatedBy")).toString(), QStringLiteral("bob-console"));
        // Alice back: now she observes.
        o.identity = QStringLiteral("alice-console");
        KubernetesProvider aliceAgain(m_endpoint, o);
        QVERIFY(!aliceAgain.setTraffic(c.id, {QStringLiteral("2.0"), QStringLiteral("2.1"), 50, {}, {}}));
        QCOMPARE(aliceAgain.traffic(c.id)->canaryWeight, 20);
    }

    void otherTrafficModes()
    {
        KubernetesProvider::Options o;
        o.identity = QStringLiteral("modes");
        o.traffic = KubernetesProvider::TrafficMode::NginxIngress;
        o.host = QStringLiteral("shop.example");
        {
            KubernetesProvider nginx(m_endpoint, o);
            const ComponentDefinition c = storefront(QStringLiteral("web-nginx"));
            QVERIFY_RESULT(nginx.ensureVersion(c, QStringLiteral("1"), 1));
            QVERIFY_RESULT(nginx.ensureVersion(c, QStringLiteral("2"), 1));
            QVERIFY_RESULT(nginx.setTraffic(c.id, {QStringLiteral("1"), QStringLiteral("2"), 30, QStringLiteral("X-Canary"), QStringLiteral("always")}));
            auto ing = m_cluster->get(QStringLiteral("/apis/networking.k8s.io/v1/namespaces/default/ingresses/web-nginx-canary"));
            QVERIFY_RESULT(ing);
            const QJsonObject a = ing->value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject();
            QCOMPARE(a.value(QLatin1String("nginx.ingress.kubernetes.io/canary")).toString(), QStringLiteral("true"));
            QCOMPARE(a.value(QLatin1String("nginx.ingress.kubernetes.io/canary-weight")).toString(), QStringLiteral("30"));
            QCOMPARE(a.value(QLatin1String("nginx.ingress.kubernetes.io/canary-by-header")).toString(), QStringLiteral("X-Canary"));
            QCOMPARE(nginx.traffic(c.id)->canaryWeight, 30);
            QVERIFY_RESULT(nginx.setTraffic(c.id, {QStringLiteral("1"), QStringLiteral("2"), 60, {}, {}}));
            ing = m_cluster->get(QStringLiteral("/apis/networking.k8s.io/v1/namespaces/default/ingresses/web-nginx-canary"));
            QVERIFY(!ing->value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject()
                         .contains(QLatin1String("nginx.ingress.kubernetes.io/canary-by-header")));
            QVERIFY_RESULT(nginx.release(c.id));
        }
        o.traffic = KubernetesProvider::TrafficMode::BlueGreen;
        o.strategy = KubernetesProvider::UpdateStrategy::Recreate;
        {
            KubernetesProvider bg(m_endpoint, o);
            const ComponentDefinition c = storefront(QStringLiteral("web-bg"));
            QVERIFY_RESULT(bg.ensureVersion(c, QStringLiteral("blue"), 1));
            QVERIFY_RESULT(bg.ensureVersion(c, QStringLiteral("green"), 1));
            QCOMPARE(bg.setTraffic(c.id, {QStringLiteral("blue"), QStringLiteral("green"), 50, {}, {}}).error().code(), ErrorCode::Unsupported);
            QVERIFY_RESULT(bg.setTraffic(c.id, {QStringLiteral("blue"), QStringLiteral("green"), 0, {}, {}}));
            auto selectorOf = [this](const QString &svc) {
                return m_cluster->get(QStringLiteral("/api/v1/namespaces/default/services/") + svc)->value(QLatin1String("spec")).toObject()
                    .value(QLatin1String("selector")).toObject().value(QLatin1String("shipdeck.io/version")).toString();
            };
            QCOMPARE(selectorOf(QStringLiteral("web-bg")), QStringLiteral("blue"));
            QCOMPARE(selectorOf(QStringLiteral("web-bg-preview")), QStringLiteral("green"));
            QVERIFY_RESULT(bg.setTraffic(c.id, {QStringLiteral("blue"), QStringLiteral("green"), 100, {}, {}}));
            QCOMPARE(selectorOf(QStringLiteral("web-bg")), QStringLiteral("green"));
            auto d = m_cluster->get(QStringLiteral("/apis/apps/v1/namespaces/default/deployments/web-bg-green"));
            QCOMPARE(d->value(QLatin1String("spec")).toObject().value(QLatin1String("strategy")).toObject().value(QLatin1String("type")).toString(),
                     QStringLiteral("Recreate"));
            QVERIFY_RESULT(bg.release(c.id));
        }
        o.traffic = KubernetesProvider::TrafficMode::ReplicaRatio;
        o.strategy = KubernetesProvider::UpdateStrategy::RollingUpdate;
        {
            KubernetesProvider ratio(m_endpoint, o);
            const ComponentDefinition c = storefront(QStringLiteral("web-ratio"));
            QVERIFY_RESULT(ratio.ensureVersion(c, QStringLiteral("a"), 4));
            QVERIFY_RESULT(ratio.ensureVersion(c, QStringLiteral("b"), 0));
            QVERIFY_RESULT(ratio.setTraffic(c.id, {QStringLiteral("a"), QStringLiteral("b"), 25, {}, {}}));
            auto replicas = [this](const QString &name) {
                return m_cluster->get(QStringLiteral("/apis/apps/v1/namespaces/default/deployments/") + name)->value(QLatin1String("spec"))
                    .toObject().value(QLatin1String("replicas")).toInt();
            };
            QCOMPARE(replicas(QStringLiteral("web-ratio-a")), 3);
            QCOMPARE(replicas(QStringLiteral("web-ratio-b")), 1);
            QVERIFY_RESULT(ratio.release(c.id));
        }
    }

private:
    KubeTestServer m_server;
    KubeEndpoint m_endpoint;
    std::unique_ptr<KubeSyncClient> m_cluster;
};

QTEST_GUILESS_MAIN(TestKubeProvider)
#include "tst_kubeprovider.moc"
