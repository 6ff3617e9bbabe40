#include "backend/kube/kubeinformer.h"
#include "backend/kube/kubeobjectstore.h"
#include "backend/kube/kubesummarizer.h"
#include "backend/kube/yamljson.h"
#include "kubetesthelpers.h"
#include "kubetestserver.h"

using namespace shipdeck;
using namespace shipdeck::test;

namespace {

// Rows of a fresh full list, compared by key and content (not resourceVersion).
QMap<QString, QStringList> freshList(KubeRestClient &client, const KubeResourceType &type, const QString &ns)
{
    KubeSummarizer s(type);
    auto list = await(client.getJson(type.collectionPath(ns)));
    if (!list)
        qFatal("fresh list: %s", qPrintable(list.error().toString()));
    QMap<QString, QStringList> out;
    for (const auto &item : list->value(QLatin1String("items")).toArray()) {
        const KubeObjectRow r = s.summarize(item.toObject());
        out.insert(r.key(), r.cells + r.labels);
    }
    return out;
}

QMap<QString, QStringList> storeContent(const KubeObjectStore &store)
{
    QMap<QString, QStringList> out;
    for (const auto &r : store.rows())
        out.insert(r.key(), r.cells + r.labels);
    return out;
}

KubeInformer::Options fastOptions(const QString &ns)
{
    KubeInformer::Options o;
    o.namespaceName = ns;
    o.pageSize = 7;
    o.batchIntervalMs = 20;
    o.backoffInitialMs = 50;
    o.backoffMaxMs = 400;
    return o;
}

} // namespace

class TestKubeInformer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<KubeRestClient>(kubeEndpoint(m_server.kubeconfigPath()));
        m_client->setRetryBaseDelayMs(20);
    }

    void init() { m_server.clearFaults(); }

    void pagedListThenWatch()
    {
        QVERIFY_RESULT(call(*m_client, "POST", QStringLiteral("/api/v1/namespaces"), R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"paging"}})"));
        for (int i = 0; i < 30; ++i)
            QVERIFY_RESULT(call(*m_client, "POST", QStringLiteral("/api/v1/namespaces/paging/pods"), podJson(QStringLiteral("p%1").arg(i), QStringLiteral("paging"))));
        KubeInformer informer(m_client.get(), *KubeResourceType::find(QStringLiteral("pods")), fastOptions(QStringLiteral("paging")));
        QSignalSpy synced(&informer, &KubeInformer::synced);
        informer.start();
        QVERIFY(synced.wait(10000));
        QCOMPARE(informer.store()->size(), 30);
        QCOMPARE(informer.state(), KubeInformer::State::Watching);

        // Changes arrive through the watch, in batches.
        QSignalSpy changed(informer.store(), &KubeObjectStore::changed);
        QVERIFY_RESULT(call(*m_client, "DELETE", QStringLiteral("/api/v1/namespaces/paging/pods/p3")));
        QVERIFY_RESULT(call(*m_client, "POST", QStringLiteral("/api/v1/namespaces/paging/pods"), podJson(QStringLiteral("late"), QStringLiteral("paging"))));
        QTRY_VERIFY_WITH_TIMEOUT(informer.store()->find(QStringLiteral("paging/late")) && !informer.store()->find(QStringLiteral("paging/p3")), 10000);
        // The mini controller makes pods Running and Ready; the row follows.
        QTRY_COMPARE_WITH_TIMEOUT(informer.store()->find(QStringLiteral("paging/late"))->cells.at(0), QStringLiteral("Running"), 10000);
        QCOMPARE(informer.listsCompleted(), 1);
        QVERIFY(!changed.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(storeContent(*informer.store()), freshList(*m_client, informer.type(), QStringLiteral("paging")), 10000);
    }

    void convergesAfterFaults_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<QString>("adminAction");
        QTest::newRow("dropped watches") << QStringList{QStringLiteral("kind=drop,resource=pods,verb=watch,after=2,count=3")} << QStringLiteral("/watches/drop?resource=pods");
        QTest::newRow("410 as event") << QStringList{} << QStringLiteral("/watches/expire?resource=pods");
        QTest::newRow("410 storm") << QStringList{QStringLiteral("kind=gone,resource=pods,verb=watch,count=5")} << QStringLiteral("/watches/drop?resource=pods");
        QTest::newRow("410 storm as events") << QStringList{QStringLiteral("kind=gone,as-event=true,resource=pods,verb=watch,count=5")} << QStringLiteral("/watches/drop?resource=pods");
        QTest::newRow("truncated frames") << QStringList{QStringLiteral("kind=truncate,resource=pods,verb=watch,after=1,count=3")} << QStringLiteral("/watches/drop?resource=pods");
        QTest::newRow("500s on list and watch") << QStringList{QStringLiteral("kind=status,code=500,resource=pods,verb=list,count=3"),
                                                               QStringLiteral("kind=status,code=500,resource=pods,verb=watch,count=3")}
                                                << QStringLiteral("/watches/expire?resource=pods");
        // Connections reset without an answer while the informer relists and re-watches.
        QTest::newRow("reset connections") << QStringList{QStringLiteral("kind=reset,resource=pods,count=4")} << QStringLiteral("/watches/expire?resource=pods");
        // History compacted while the watch is down: the resume from the old version gets 410.
        QTest::newRow("compacted history") << QStringList{QStringLiteral("kind=status,code=503,resource=pods,verb=list,count=2")}
                                           << QStringLiteral("/compact;/watches/expire?resource=pods");
    }

    void convergesAfterFaults()
    {
        QFETCH(QStringList, faults);
        QFETCH(QString, adminAction);
        static int round = 0;
        const QString ns = QStringLiteral("faults%1").arg(++round);
        QVERIFY_RESULT(call(*m_client, "POST", QStringLiteral("/api/v1/namespaces"),
                            QStringLiteral(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"%1"}})").arg(ns).toUtf8()));
        for (int i = 0; i < 12; ++i)
            QVERIFY_RESULT(call(*m_client, "POST", QStringLiteral("/api/v1/namespaces/%1/pods").arg(ns), podJson(QStringLiteral("a%1").arg(i), ns)));
        KubeInformer informer(m_client.get(), *KubeResourceType::find(QStringLiteral("pods")), fastOptions(ns));
        QSignalSpy synced(&informer, &KubeInformer::synced);
        informer.start();
        QVERIFY(synced.wait(10000));
        for (const QString &f : faults)
            m_server.addFault(f);
        // Changes while the faults fire: creates, deletes, label updates.
        for (int i = 0; i < 12; ++i) {
            QVERIFY_RESULT(call(*m_client, "POST", QStringLiteral("/api/v1/namespaces/%1/pods").arg(ns), podJson(QStringLiteral("b%1").arg(i), ns)));
            if (i % 3 == 0)
                QVERIFY_RESULT(call(*m_client, "DELETE", QStringLiteral("/api/v1/namespaces/%1/pods/a%2").arg(ns).arg(i)));
            if (i % 4 == 1 && i % 3 != 0)
                QVERIFY_RESULT(call(*m_client, "PATCH", QStringLiteral("/api/v1/namespaces/%1/pods/a%2").arg(ns).arg(i),
                                    R"({"metadata":{"labels":{"tier":"changed"}}})", "application/merge-patch+json"));
            if (i == 5 && !adminAction.isEmpty()) {
                for (const QString &action : adminAction.split(QLatin1Char(';'))) {
                    // The informer's watch may still be on its way to the server: repeat
                    // until the action hit it.
                    auto hit = [&] {
                        const QJsonObject r = m_server.admin("POST", action).json();
                        return !r.contains(QLatin1String("expired")) && !r.contains(QLatin1String("dropped"))
                               ? !r.isEmpty() : r.value(QLatin1String("expired")).toInt() + r.value(QLatin1String("dropped")).toInt() > 0;
                    };
                    bool done = false; // QTRY_ evaluates once more at the end: remember the hit
                    QTRY_VERIFY_WITH_TIMEOUT(done || (done = hit()), 10000);
                }
            }
        }
        m_server.clearFaults();
        // Events after the faults stopped must also arrive.
        QVERIFY_RESULT(call(*m_client, "POST", QStringLiteral("/api/v1/namespaces/%1/pods").arg(ns), podJson(QStringLiteral("final"), ns)));
        QTRY_VERIFY_WITH_TIMEOUT(informer.store()->find(ns + QStringLiteral("/final")), 20000);
        bool converged = false;
        QTRY_VERIFY_WITH_TIMEOUT(converged || (converged = storeContent(*informer.store()) == freshList(*m_client, informer.type(), ns)), 20000);
        qInfo("failures recovered: %d, relists after 410: %d, watches opened: %d", informer.failures(), informer.goneRelists(), informer.watchesOpened());
        if (!faults.isEmpty() || !adminAction.isEmpty())
            QVERIFY(informer.failures() > 0 || informer.watchesOpened() > 1);
    }

    void twelveKindsWatchedPodYamlStillFast()
    {
        QVERIFY_RESULT(call(*m_client, "POST", QStringLiteral("/api/v1/namespaces/default/pods"), podJson(QStringLiteral("yaml-probe"))));
        const QStringList kinds{QStringLiteral("pods"), QStringLiteral("services"), QStringLiteral("configmaps"), QStringLiteral("secrets"),
                                QStringLiteral("events"), QStringLiteral("namespaces"), QStringLiteral("nodes"), QStringLiteral("deployments"),
                                QStringLiteral("replicasets"), QStringLiteral("statefulsets"), QStringLiteral("daemonsets"), QStringLiteral("jobs"),
                                QStringLiteral("cronjobs"), QStringLiteral("ingresses"), QStringLiteral("leases"), QStringLiteral("rollouts")};
        std::vector<std::unique_ptr<KubeInformer>> informers;
        for (const QString &kind : kinds) {
            informers.push_back(std::make_unique<KubeInformer>(m_client.get(), *KubeResourceType::find(kind), KubeInformer::Options{}));
            informers.back()->start();
        }
        for (const auto &i : informers)
            QTRY_COMPARE_WITH_TIMEOUT(i->state(), KubeInformer::State::Watching, 15000);
        QVERIFY(informers.size() >= 12);
        QElapsedTimer clock;
        clock.start();
        auto pod = await(m_client->getJson(QStringLiteral("/api/v1/namespaces/default/pods/yaml-probe")));
        QVERIFY_RESULT(pod);
        const QByteArray yaml = jsonToYaml(pod.value());
        const qint64 elapsed = clock.elapsed();
        QVERIFY(yaml.contains("name: yaml-probe"));
        qInfo("pod YAML with %d watches open: %lld ms", int(informers.size()), elapsed);
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    }

    void customResourceWithPrinterColumns()
    {
        const QByteArray crd = R"(apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: {plural: widgets, singular: widget, kind: Widget, shortNames: [wd]}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        x-kubernetes-preserve-unknown-fields: true
    additionalPrinterColumns:
    - {name: Size, type: integer, jsonPath: .spec.size}
    - {name: Color, type: string, jsonPath: .spec.color}
)";
        QVERIFY(m_server.apply(crd));
        QTRY_VERIFY_WITH_TIMEOUT(call(*m_client, "GET", QStringLiteral("/apis/example.com/v1/widgets")).ok(), 10000);
        auto crdObject = await(m_client->getJson(QStringLiteral("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com")));
        QVERIFY_RESULT(crdObject);
        auto type = KubeResourceType::fromCrd(crdObject.value());
        QVERIFY(type);
        QVERIFY(m_server.apply("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w1, namespace: default}\nspec: {size: 3, color: red}\n"));
        KubeInformer informer(m_client.get(), *type, fastOptions(QStringLiteral("default")));
        QSignalSpy synced(&informer, &KubeInformer::synced);
        informer.start();
        QVERIFY(synced.wait(10000));
        QCOMPARE(informer.store()->columns(), (QStringList{QStringLiteral("Size"), QStringLiteral("Color")}));
        QCOMPARE(informer.store()->find(QStringLiteral("default/w1"))->cells, (QStringList{QStringLiteral("3"), QStringLiteral("red")}));
    }

private:
    KubeTestServer m_server;
    std::unique_ptr<KubeRestClient> m_client;
};

QTEST_GUILESS_MAIN(TestKubeInformer)
#include "tst_kubeinformer.moc"
