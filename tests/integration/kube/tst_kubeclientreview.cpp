// What the cluster views ask before they act, against the test API server over TLS: access
// reviews (SelfSubjectAccessReview, cached), the server version, resource types, the preview of
// an edit (server-side dry run and diff), masked Secret YAML and the log-session signals.
#include "backend/facade/backend.h"
#include "backend/kube/kubeaccessreview.h"
#include "backend/kube/kubeclient.h"
#include "backend/kube/kubelogbuffer.h"
#include "backend/kube/kubeservice.h"
#include "kubetesthelpers.h"
#include "kubetestserver.h"

#include <QJsonArray>

using namespace shipdeck;
using namespace shipdeck::test;

class TestKubeClientReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({QStringLiteral("--pod-ready-delay-ms"), QStringLiteral("50")}), qPrintable(m_server.errorString()));
        qputenv("KUBECONFIG", m_server.kubeconfigPath().toUtf8());
        m_backend = std::make_unique<Backend>(BackendOptions{});
        Workspace::OpenOptions open;
        open.create = true;
        QVERIFY_RESULT(await(m_backend->openWorkspace(m_home.filePath(QStringLiteral("ws")), open)));
        m_client = std::make_unique<KubeClient>(m_backend.get());
        QVERIFY(m_server.apply(R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: default}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: "web:1"}]}
---
apiVersion: v1
kind: Secret
metadata: {name: creds, namespace: default}
data: {password: c2VjcmV0}
)"));
    }

    void init() { QVERIFY_RESULT(await(m_client->useContext(QStringLiteral("shipdeck-test")))); }

    void serverVersionProvesTheConnection()
    {
        auto version = await(m_client->serverVersion());
        QVERIFY_RESULT(version);
        QCOMPARE(version->value(QLatin1String("gitVersion")).toString(), QStringLiteral("v1.32.4"));
    }

    void accessReviewsPerUser_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("subresource");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("admin deletes pods") << "shipdeck-test" << "delete" << "pods" << "" << true;
        QTest::newRow("admin reads logs") << "shipdeck-test" << "get" << "pods" << "log" << true;
        QTest::newRow("viewer lists pods") << "shipdeck-test-viewer" << "list" << "pods" << "" << true;
        QTest::newRow("viewer may not delete pods") << "shipdeck-test-viewer" << "delete" << "pods" << "" << false;
        QTest::newRow("viewer may not patch") << "shipdeck-test-viewer" << "patch" << "pods" << "" << false;
        QTest::newRow("viewer may not read secrets") << "shipdeck-test-viewer" << "get" << "secrets" << "" << false;
    }

    void accessReviewsPerUser()
    {
        QFETCH(QString, context);
        QFETCH(QString, verb);
        QFETCH(QString, resource);
        QFETCH(QString, subresource);
        QFETCH(bool, allowed);
        QVERIFY_RESULT(await(m_client->useContext(context)));
        KubeAccessCheck check{verb, {}, resource, subresource, QStringLiteral("default"), {}};
        auto answer = await(m_client->accessAllowed(check));
        QVERIFY_RESULT(answer);
        QCOMPARE(answer.value(), allowed);
    }

    void accessAnswersAreCachedAndShared()
    {
        KubeRestClient rest(kubeEndpoint(m_server.kubeconfigPath(), QStringLiteral("shipdeck-test-viewer")));
        KubeAccessReview review(&rest);
        const KubeAccessCheck check{QStringLiteral("delete"), QStringLiteral("apps"), QStringLiteral("deployments"), {}, QStringLiteral("default"), {}};
        // Three views asking at once share one request.
        auto a = review.allowed(check);
        auto b = review.allowed(check);
        auto c = review.allowed(check);
        QCOMPARE(review.requestsSent(), 1);
        QCOMPARE(await(a).value(), false);
        QCOMPARE(await(b).value(), false);
        QCOMPARE(await(c).value(), false);
        QVERIFY(review.allowed(check).isFinished()); // answered from the cache
        QCOMPARE(review.requestsSent(), 1);
        // Another namespace is another question.
        KubeAccessCheck other = check;
        other.namespaceName = QStringLiteral("kube-system");
        QCOMPARE(await(review.allowed(other)).value(), false);
        QCOMPARE(review.requestsSent(), 2);
        // The rules change (the admin grants the viewer deletes); a cleared cache asks again.
        QVERIFY(m_server.admin("PUT", QStringLiteral("/users/viewer/rules"),
                               {{QStringLiteral("rules"), QJsonArray{QJsonObject{{QStringLiteral("verbs"), QJsonArray{QStringLiteral("*")}},
                                                                                {QStringLiteral("apiGroups"), QJsonArray{QStringLiteral("*")}},
                                                                                {QStringLiteral("resources"), QJsonArray{QStringLiteral("deployments")}}}}}})
                    .status < 300);
        QCOMPARE(await(review.allowed(check)).value(), false); // still the cached answer
        review.clear();
        QCOMPARE(await(review.allowed(check)).value(), true);
        QCOMPARE(review.requestsSent(), 3);
    }

    void accessReviewErrorsNameTheQuestion()
    {
        KubeEndpoint e = kubeEndpoint(m_server.kubeconfigPath(), QStringLiteral("shipdeck-test-token"));
        e.token = QStringLiteral("not-a-token");
        KubeRestClient refused(e);
        KubeAccessReview review(&refused);
        auto answer = await(review.allowed({QStringLiteral("get"), {}, QStringLiteral("pods"), {}, QStringLiteral("default"), {}}), 60'000);
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error().toString().contains(QLatin1String("asking whether you may get pods in namespace default")),
                 qPrintable(answer.error().toString()));
        QCOMPARE(answer.error().code(), ErrorCode::Unauthenticated);
    }

    void resolvesCustomResourceTypes()
    {
        auto builtin = await(m_client->resolveType(QStringLiteral("deploy")));
        QVERIFY_RESULT(builtin);
        QCOMPARE(builtin->kind, QStringLiteral("Deployment"));
        auto argo = await(m_client->resolveType(QStringLiteral("rollouts.argoproj.io")));
        QVERIFY_RESULT(argo);
        QCOMPARE(argo->group, QStringLiteral("argoproj.io"));
        auto missing = await(m_client->resolveType(QStringLiteral("gadgets.example.com")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    }

    void editPreviewDryRunsAndDiffs()
    {
        auto yaml = await(m_client->getYaml(QStringLiteral("deployments"), QStringLiteral("default"), QStringLiteral("web")));
        QVERIFY_RESULT(yaml);
        QByteArray edited = yaml.value();
        QVERIFY(edited.contains("replicas: 1\n"));
        edited.replace("replicas: 1\n", "replicas: 4\n");
        auto preview = await(m_client->previewEdit(QStringLiteral("deployments"), QStringLiteral("default"), QStringLiteral("web"), edited));
        QVERIFY_RESULT(preview);
        QVERIFY(preview->serverDryRun);
        QVERIFY(preview->changed);
        QVERIFY2(preview->diff.contains(QLatin1String("-  replicas: 1")) && preview->diff.contains(QLatin1String("+  replicas: 4")),
                 qPrintable(preview->diff));
        QVERIFY(preview->diff.startsWith(QLatin1String("--- deployment.apps/web (on the cluster)")));
        QVERIFY(!preview->diff.contains(QLatin1String("resourceVersion")));
        // The dry run stored nothing.
        auto live = await(m_client->get(QStringLiteral("deployments"), QStringLiteral("default"), QStringLiteral("web")));
        QCOMPARE(live->value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt(), 1);
        // Applying sends exactly the previewed object.
        QVERIFY_RESULT(await(m_client->replace(QStringLiteral("deployments"), QStringLiteral("default"), preview->object, false)));
        live = await(m_client->get(QStringLiteral("deployments"), QStringLiteral("default"), QStringLiteral("web")));
        QCOMPARE(live->value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt(), 4);
        // The old text is now stale: the server's conflict, in its words.
        auto stale = await(m_client->previewEdit(QStringLiteral("deployments"), QStringLiteral("default"), QStringLiteral("web"), edited));
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().toString().contains(QLatin1String("dry run")) && stale.error().code() == ErrorCode::Conflict,
                 qPrintable(stale.error().toString()));
        // Unchanged text changes nothing.
        auto fresh = await(m_client->getYaml(QStringLiteral("deployments"), QStringLiteral("default"), QStringLiteral("web")));
        auto same = await(m_client->previewEdit(QStringLiteral("deployments"), QStringLiteral("default"), QStringLiteral("web"), fresh.value()));
        QVERIFY_RESULT(same);
        QVERIFY2(!same->changed, qPrintable(same->diff));
    }

    void editPreviewRefusesBadEdits_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed") << QByteArray("kind: Deployment\n") << QByteArray("kind: [Deployment\n") << QStringLiteral("line");
        QTest::newRow("renamed") << QByteArray("name: web\n") << QByteArray("name: web2\n") << QStringLiteral("names cannot be changed");
        QTest::newRow("other kind") << QByteArray("kind: Deployment\n") << QByteArray("kind: StatefulSet\n") << QStringLiteral("the kind cannot be changed");
        QTest::newRow("other namespace") << QByteArray("namespace: default\n") << QByteArray("namespace: prod\n") << QStringLiteral("namespaces cannot be changed");
        QTest::newRow("invalid for the server") << QByteArray("image: web:1\n") << QByteArray("image: \"\"\n") << QStringLiteral("Invalid");
    }

    void editPreviewRefusesBadEdits()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        // The server's controllers still write the Deployment's status after the scale above; a
        // 409 only says the text went stale meanwhile, so fetch again (as a user would).
        Result<KubeEditPreview> preview = Error(ErrorCode::Conflict, QStringLiteral("not tried"));
        for (int attempt = 0; attempt < 5 && !preview.ok() && preview.error().code() == ErrorCode::Conflict; ++attempt) {
            auto yaml = await(m_client->getYaml(QStringLiteral("deployments"), QStringLiteral("default"), QStringLiteral("web")));
            QVERIFY_RESULT(yaml);
            QByteArray edited = yaml.value();
            QVERIFY2(edited.contains(from), edited.constData());
            edited.replace(from, to);
            preview = await(m_client->previewEdit(QStringLiteral("deployments"), QStringLiteral("default"), QStringLiteral("web"), edited));
        }
        QVERIFY(!preview.ok());
        QVERIFY2(preview.error().toString().contains(message), qPrintable(preview.error().toString()));
    }

    void secretValuesAreMasked()
    {
        auto masked = await(m_client->getYaml(QStringLiteral("secrets"), QStringLiteral("default"), QStringLiteral("creds"), true));
        QVERIFY_RESULT(masked);
        QVERIFY2(masked->contains("password: \"<hidden: 6 bytes>\"") || masked->contains("password: <hidden: 6 bytes>"), masked->constData());
        QVERIFY(!masked->contains("c2VjcmV0"));
        auto plain = await(m_client->getYaml(QStringLiteral("secrets"), QStringLiteral("default"), QStringLiteral("creds")));
        QVERIFY(plain->contains("c2VjcmV0")); // kubectl -o yaml shows the data; only views mask it
    }

    void logSessionsTellWhyAStreamEnded()
    {
        QVERIFY(m_server.apply("apiVersion: v1\nkind: Pod\nmetadata: {name: fresh, namespace: default}\nspec: {containers: [{name: main, image: a:1}]}\n"));
        QTRY_VERIFY_WITH_TIMEOUT(await(m_client->get(QStringLiteral("pods"), QStringLiteral("default"), QStringLiteral("fresh")))
                                     ->value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString() == QLatin1String("Running"),
                                 15000);
        KubeLogOptions options;
        options.follow = false;
        options.previous = true; // it never restarted
        QSignalSpy ended(m_client.get(), &KubeClient::logStreamEnded);
        auto handle = await(m_client->openLogs(QStringLiteral("default"), QStringLiteral("fresh"), {}, {}, options));
        QVERIFY_RESULT(handle);
        QVERIFY(ended.wait(15000));
        QCOMPARE(ended.first().at(0).toULongLong(), handle->id);
        QCOMPARE(ended.first().at(1).toString(), QStringLiteral("fresh/main"));
        QVERIFY2(ended.first().at(2).toString().contains(QLatin1String("previous terminated container")), qPrintable(ended.first().at(2).toString()));
        m_client->closeLogs(handle->id);
    }

    void watchesReportWhenTheyAreHealthy()
    {
        QSignalSpy healthy(m_client.get(), &KubeClient::watchHealthy);
        KubeWatchSpec spec;
        spec.resource = QStringLiteral("configmaps");
        spec.namespaceName = QStringLiteral("default");
        auto sub = await(m_client->watch(spec));
        QVERIFY_RESULT(sub);
        QTRY_VERIFY_WITH_TIMEOUT(!healthy.isEmpty() && healthy.last().at(0).toULongLong() == sub.value(), 15000);
        // A second view of the same kind shares the informer and hears that it is healthy too.
        auto second = await(m_client->watch(spec));
        QVERIFY_RESULT(second);
        QTRY_VERIFY_WITH_TIMEOUT(healthy.last().at(0).toULongLong() == second.value(), 15000);
        m_client->unwatch(sub.value());
        m_client->unwatch(second.value());
    }

private:
    KubeTestServer m_server;
    QTemporaryDir m_home;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<KubeClient> m_client;
};

QTEST_GUILESS_MAIN(TestKubeClientReview)
#include "tst_kubeclientreview.moc"
