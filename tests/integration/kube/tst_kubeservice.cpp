#include "backend/facade/backend.h"
#include "backend/kube/kubeclient.h"
#include "backend/kube/kubelogbuffer.h"
#include "backend/kube/kubeservice.h"
#include "kubetesthelpers.h"
#include "kubetestserver.h"

#include <QDirIterator>
#include <QFile>

using namespace shipdeck;
using namespace shipdeck::test;

class TestKubeService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        qputenv("KUBECONFIG", m_server.kubeconfigPath().toUtf8());
        m_backend = std::make_unique<Backend>(BackendOptions{});
        Workspace::OpenOptions open;
        open.create = true;
        QVERIFY_RESULT(await(m_backend->openWorkspace(m_home.filePath(QStringLiteral("ws")), open)));
        m_client = std::make_unique<KubeClient>(m_backend.get());
    }

    void sharedWatchesDeliverBatchedDeltasToTheGuiThread()
    {
        KubeRestClient direct(kubeEndpoint(m_server.kubeconfigPath()));
        for (int i = 0; i < 20; ++i)
            QVERIFY_RESULT(call(direct, "POST", QStringLiteral("/api/v1/namespaces/default/pods"), podJson(QStringLiteral("svc-%1").arg(i))));
        QHash<quint64, QHash<QString, KubeObjectRow>> models;
        int deltas = 0;
        connect(m_client.get(), &KubeClient::storeChanged, this, [&](quint64 id, const KubeStoreDelta &d) {
            QVERIFY(QThread::currentThread() == thread()); // applied on the GUI thread
            ++deltas;
            auto &model = models[id];
            if (d.reset)
                model.clear();
            for (const auto &row : d.upserted)
                model.insert(row.key(), row);
            for (const auto &key : d.removed)
                model.remove(key);
        });
        KubeWatchSpec spec;
        spec.resource = QStringLiteral("pods");
        spec.namespaceName = QStringLiteral("default");
        auto first = await(m_client->watch(spec));
        QVERIFY_RESULT(first);
        QTRY_COMPARE_WITH_TIMEOUT(models.value(first.value()).size(), 20, 15000);
        auto second = await(m_client->watch(spec));
        QVERIFY_RESULT(second);
        QTRY_COMPARE_WITH_TIMEOUT(models.value(second.value()).size(), 20, 15000); // the late view starts from a snapshot
        QCOMPARE(await(m_backend->post([](BackendCore &core) { return core.service<KubeService>()->sharedInformerCount(); })), 1);
        const int before = deltas;
        for (int i = 0; i < 10; ++i)
            QVERIFY_RESULT(call(direct, "DELETE", QStringLiteral("/api/v1/namespaces/default/pods/svc-%1").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(models.value(first.value()).size(), 10, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(models.value(second.value()).size(), 10, 15000);
        QVERIFY2(deltas - before < 20, qPrintable(QString::number(deltas - before))); // batches, not one per event
        m_client->unwatch(first.value());
        m_client->unwatch(second.value());
        QTRY_COMPARE_WITH_TIMEOUT(await(m_backend->post([](BackendCore &core) { return core.service<KubeService>()->sharedInformerCount(); })), 0, 5000);
    }

    void logsAndYamlThroughTheClient()
    {
        QVERIFY(m_server.apply("apiVersion: v1\nkind: Pod\nmetadata: {name: talker, namespace: default, annotations: {test.shipdeck.io/log-interval-ms: \"50\"}}\n"
                               "spec: {containers: [{name: main, image: talk:1}]}\n"));
        KubeLogOptions options;
        QTRY_VERIFY_WITH_TIMEOUT(await(m_client->get(QStringLiteral("pods"), {}, QStringLiteral("talker")))->value(QLatin1String("status")).toObject()
                                     .value(QLatin1String("phase")).toString() == QLatin1String("Running"), 15000);
        auto handle = await(m_client->openLogs({}, QStringLiteral("talker"), {}, {}, options));
        QVERIFY_RESULT(handle);
        QSignalSpy changed(m_client.get(), &KubeClient::logsChanged);
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(handle->buffer->size() > 5, 10000); // read from the GUI thread
        m_client->closeLogs(handle->id);
        auto yaml = await(m_client->getYaml(QStringLiteral("pods"), {}, QStringLiteral("talker")));
        QVERIFY_RESULT(yaml);
        QVERIFY(yaml->contains("name: talker"));
    }

    void credentialsNeverReachDisk()
    {
        // The workspace and everything below HOME hold no token or key that came from the kubeconfig.
        const QByteArray token = m_server.adminToken().toUtf8();
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY2(!content.contains(token), qPrintable(f.fileName()));
            QVERIFY2(!content.contains("PRIVATE KEY"), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files > 0); // the workspace database is there
    }

private:
    KubeTestServer m_server;
    QTemporaryDir m_home;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<KubeClient> m_client;
};

QTEST_GUILESS_MAIN(TestKubeService)
#include "tst_kubeservice.moc"
