#include "backend/kube/argoactions.h"
#include "backend/kube/argorollout.h"
#include "kubetesthelpers.h"
#include "kubetestserver.h"
#include "recordingproxy.h"

using namespace shipdeck;
using namespace shipdeck::test;

namespace {

const QString kRollouts = QStringLiteral("/apis/argoproj.io/v1alpha1/namespaces/default/rollouts");

// kubectl does not send tokens over plain HTTP, so the Rollout is created with a POST.
const QByteArray kRollout = R"({"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout","metadata":{"name":"shop","namespace":"default"},
  "spec":{"replicas":2,"selector":{"matchLabels":{"app":"shop"}},
    "template":{"metadata":{"labels":{"app":"shop"}},"spec":{"containers":[{"name":"web","image":"shop:3"}]}},
    "strategy":{"canary":{"steps":[{"setWeight":20},{"pause":{}},{"setWeight":50},{"pause":{"duration":"10m"}}]}}}})";

} // namespace

class TestArgoInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({QStringLiteral("--plain-http")}), qPrintable(m_server.errorString()));
        m_direct = std::make_unique<KubeRestClient>(KubeEndpoint::direct(m_server.url(), m_server.adminToken()));
        m_proxy = std::make_unique<RecordingProxy>(quint16(m_server.url().port()));
        QVERIFY(m_proxy->listen());
        QUrl viaProxy = m_server.url();
        viaProxy.setPort(m_proxy->port());
        m_viaProxy = std::make_unique<KubeRestClient>(KubeEndpoint::direct(viaProxy, m_server.adminToken()));
        m_actions = std::make_unique<ArgoRolloutActions>(m_viaProxy.get());
        QVERIFY_RESULT(call(*m_direct, "POST", kRollouts, kRollout));
        auto ro = await(m_direct->getJson(kRollouts + QStringLiteral("/shop")));
        QVERIFY_RESULT(ro);
        m_uid = ro->value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString();
    }

    void init()
    {
        m_server.clearFaults();
        m_proxy->clear();
    }

    void promoteFromPauseStep()
    {
        setStatus(R"({"status":{"pauseConditions":[{"reason":"CanaryPauseStep","startTime":"2026-01-01T00:00:00Z"}],"controllerPause":true,
                     "currentStepIndex":1,"currentPodHash":"def","stableRS":"abc"}})");
        QCOMPARE(info().phase, QStringLiteral("Paused"));
        auto message = await(m_actions->promote(QStringLiteral("default"), QStringLiteral("shop"), false));
        QVERIFY_RESULT(message);
        QCOMPARE(message.value(), QStringLiteral("rollout 'shop' promoted"));
        const auto patches = m_proxy->requests("PATCH");
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches[0].path, (kRollouts + QStringLiteral("/shop/status")).toUtf8());
        QCOMPARE(patches[0].contentType, QByteArray("application/merge-patch+json"));
        QCOMPARE(patches[0].body, QByteArray(R"({"status":{"pauseConditions":null}})"));
        QVERIFY(info().pauseConditions.isEmpty());
    }

    void promoteWhenUserPausedSendsStatusThenSpec()
    {
        QVERIFY_RESULT(call(*m_direct, "PATCH", kRollouts + QStringLiteral("/shop"), R"({"spec":{"paused":true}})", "application/merge-patch+json"));
        setStatus(R"({"status":{"pauseConditions":null,"controllerPause":false,"currentStepIndex":2,"currentPodHash":"def","stableRS":"abc"}})");
        QCOMPARE(info().phase, QStringLiteral("Paused"));
        QVERIFY_RESULT(await(m_actions->promote(QStringLiteral("default"), QStringLiteral("shop"), false)));
        const auto patches = m_proxy->requests("PATCH");
        QCOMPARE(patches.size(), 2);
        QCOMPARE(patches[0].path, (kRollouts + QStringLiteral("/shop/status")).toUtf8());
        QCOMPARE(patches[0].body, QByteArray(R"({"status":{"pauseConditions":null, "currentStepIndex":3}})"));
        QCOMPARE(patches[1].path, (kRollouts + QStringLiteral("/shop")).toUtf8());
        QCOMPARE(patches[1].body, QByteArray(R"({"spec":{"paused":false}})"));
        QCOMPARE(info().currentStepIndex, 3);
        QVERIFY(!info().specPaused);
    }

    void abortRetryAndFullPromote()
    {
        QVERIFY_RESULT(await(m_actions->abort(QStringLiteral("default"), QStringLiteral("shop"))));
        QVERIFY(info().abort);
        // Promote is refused while aborted (retry first), as the Argo dashboard does.
        auto refused = await(m_actions->promote(QStringLiteral("default"), QStringLiteral("shop"), false));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::FailedPrecondition);
        QVERIFY_RESULT(await(m_actions->retry(QStringLiteral("default"), QStringLiteral("shop"))));
        QVERIFY(!info().abort);
        QVERIFY_RESULT(await(m_actions->promote(QStringLiteral("default"), QStringLiteral("shop"), true)));
        QVERIFY_RESULT(await(m_actions->pause(QStringLiteral("default"), QStringLiteral("shop"))));
        QVERIFY_RESULT(await(m_actions->restart(QStringLiteral("default"), QStringLiteral("shop"), 0)));
        const auto patches = m_proxy->requests("PATCH");
        QCOMPARE(patches.size(), 5);
        QCOMPARE(patches[0].path, (kRollouts + QStringLiteral("/shop/status")).toUtf8());
        QCOMPARE(patches[0].body, QByteArray(R"({"status":{"abort":true}})"));
        QCOMPARE(patches[1].path, (kRollouts + QStringLiteral("/shop/status")).toUtf8());
        QCOMPARE(patches[1].body, QByteArray(R"({"status":{"abort":false}})"));
        QCOMPARE(patches[2].path, (kRollouts + QStringLiteral("/shop/status")).toUtf8());
        QCOMPARE(patches[2].body, QByteArray(R"({"status":{"promoteFull":true}})"));
        QCOMPARE(patches[3].path, (kRollouts + QStringLiteral("/shop")).toUtf8());
        QCOMPARE(patches[3].body, QByteArray(R"({"spec":{"paused":true}})"));
        QCOMPARE(patches[4].path, (kRollouts + QStringLiteral("/shop")).toUtf8());
        QVERIFY(patches[4].body.startsWith(R"({"spec":{"restartAt":")"));
        QVERIFY(patches[4].body.endsWith(R"(Z"}})"));
        for (const auto &p : patches)
            QCOMPARE(p.contentType, QByteArray("application/merge-patch+json"));
        QVERIFY(info().promoteFull);
    }

    void statusSubresourceMissingFallsBackToMainResource()
    {
        // A controller without the status subresource (Argo Rollouts v0.9) answers 404 there.
        m_server.addFault(QStringLiteral("kind=status,code=404,resource=rollouts.argoproj.io,verb=patch,count=1"));
        QVERIFY_RESULT(await(m_actions->abort(QStringLiteral("default"), QStringLiteral("shop"))));
        const auto patches = m_proxy->requests("PATCH");
        QCOMPARE(patches.size(), 2);
        QCOMPARE(patches[0].path, (kRollouts + QStringLiteral("/shop/status")).toUtf8());
        QCOMPARE(patches[1].path, (kRollouts + QStringLiteral("/shop")).toUtf8());
        QCOMPARE(patches[1].body, QByteArray(R"({"status":{"abort":true}})"));
        QVERIFY_RESULT(await(m_actions->retry(QStringLiteral("default"), QStringLiteral("shop"))));
    }

    void undoToRevision()
    {
        auto rs = [this](int revision, const QString &image) {
            return QStringLiteral(R"({"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"shop-%1","namespace":"default",
                "labels":{"app":"shop","rollouts-pod-template-hash":"h%1"},"annotations":{"rollout.argoproj.io/revision":"%1"},
                "ownerReferences":[{"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout","name":"shop","uid":"%3","controller":true}]},
                "spec":{"replicas":0,"selector":{"matchLabels":{"app":"shop","rollouts-pod-template-hash":"h%1"}},
                "template":{"metadata":{"labels":{"app":"shop","rollouts-pod-template-hash":"h%1"}},
                "spec":{"containers":[{"name":"web","image":"%2"}]}}}})").arg(revision).arg(image, m_uid).toUtf8();
        };
        QVERIFY_RESULT(call(*m_direct, "POST", QStringLiteral("/apis/apps/v1/namespaces/default/replicasets"), rs(1, QStringLiteral("shop:1"))));
        QVERIFY_RESULT(call(*m_direct, "POST", QStringLiteral("/apis/apps/v1/namespaces/default/replicasets"), rs(2, QStringLiteral("shop:2"))));
        QVERIFY_RESULT(call(*m_direct, "POST", QStringLiteral("/apis/apps/v1/namespaces/default/replicasets"), rs(3, QStringLiteral("shop:3"))));
        auto undone = await(m_actions->undo(QStringLiteral("default"), QStringLiteral("shop"), 1));
        QVERIFY_RESULT(undone);
        QCOMPARE(undone.value(), QStringLiteral("rollout 'shop' undo"));
        auto patches = m_proxy->requests("PATCH");
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches[0].path, (kRollouts + QStringLiteral("/shop")).toUtf8());
        QCOMPARE(patches[0].contentType, QByteArray("application/json-patch+json"));
        QVERIFY(patches[0].body.startsWith(R"([{"op":"replace","path":"/spec/template","value":{)"));
        QVERIFY(!patches[0].body.contains("rollouts-pod-template-hash"));
        QCOMPARE(info().images, QStringList{QStringLiteral("shop:1")});

        // Without --to-revision: the previous revision (2); then revision 2 again is a no-op.
        m_proxy->clear();
        QVERIFY_RESULT(await(m_actions->undo(QStringLiteral("default"), QStringLiteral("shop"), 0)));
        QCOMPARE(info().images, QStringList{QStringLiteral("shop:2")});
        auto skipped = await(m_actions->undo(QStringLiteral("default"), QStringLiteral("shop"), 2));
        QVERIFY_RESULT(skipped);
        QVERIFY(skipped->startsWith(QStringLiteral("skipped rollback")));
        QCOMPARE(m_proxy->requests("PATCH").size(), 1);
        auto missing = await(m_actions->undo(QStringLiteral("default"), QStringLiteral("shop"), 9));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    }

    void analysisRunsShown()
    {
        const QByteArray run = R"({"apiVersion":"argoproj.io/v1alpha1","kind":"AnalysisRun","metadata":{"name":"shop-def-2","namespace":"default",
            "ownerReferences":[{"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout","name":"shop","uid":"x","controller":true}]},
            "spec":{"metrics":[{"name":"success-rate","successCondition":"result[0] >= 0.95","provider":{"prometheus":{"address":"http://prom","query":"q"}}}]}})";
        auto created = call(*m_direct, "POST", QStringLiteral("/apis/argoproj.io/v1alpha1/namespaces/default/analysisruns"), run);
        QVERIFY_RESULT(created);
        QVERIFY_RESULT(call(*m_direct, "PATCH", QStringLiteral("/apis/argoproj.io/v1alpha1/namespaces/default/analysisruns/shop-def-2"),
                            R"({"status":{"phase":"Failed","metricResults":[{"name":"success-rate","phase":"Failed","count":2,"successful":1,"failed":1,
                               "measurements":[{"phase":"Successful","value":"[0.97]"},{"phase":"Failed","value":"[0.80]"}]}]}})",
                            "application/merge-patch+json"));
        auto object = await(m_direct->getJson(QStringLiteral("/apis/argoproj.io/v1alpha1/namespaces/default/analysisruns/shop-def-2")));
        QVERIFY_RESULT(object);
        const auto info = ArgoAnalysisRunInfo::fromJson(object.value());
        QCOMPARE(info.phase, QStringLiteral("Failed"));
        QCOMPARE(info.rollout, QStringLiteral("shop"));
        QCOMPARE(info.metrics.first().measurements.at(1).value, QStringLiteral("[0.80]"));
    }

private:
    void setStatus(const QByteArray &patch)
    {
        // The controller's part: it has observed the current generation.
        auto ro = await(m_direct->getJson(kRollouts + QStringLiteral("/shop")));
        QVERIFY_RESULT(ro);
        QJsonObject body = QJsonDocument::fromJson(patch).object();
        QJsonObject status = body.value(QLatin1String("status")).toObject();
        status.insert(QStringLiteral("observedGeneration"),
                      QString::number(ro->value(QLatin1String("metadata")).toObject().value(QLatin1String("generation")).toInteger()));
        body.insert(QStringLiteral("status"), status);
        QVERIFY_RESULT(call(*m_direct, "PATCH", kRollouts + QStringLiteral("/shop/status"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                            "application/merge-patch+json"));
        m_proxy->clear();
    }

    ArgoRolloutInfo info()
    {
        auto ro = await(m_direct->getJson(kRollouts + QStringLiteral("/shop")));
        return ro ? ArgoRolloutInfo::fromJson(ro.value()) : ArgoRolloutInfo{};
    }

    KubeTestServer m_server;
    std::unique_ptr<KubeRestClient> m_direct;
    std::unique_ptr<RecordingProxy> m_proxy;
    std::unique_ptr<KubeRestClient> m_viaProxy;
    std::unique_ptr<ArgoRolloutActions> m_actions;
    QString m_uid;
};

QTEST_GUILESS_MAIN(TestArgoInterop)
#include "tst_argointerop.moc"
