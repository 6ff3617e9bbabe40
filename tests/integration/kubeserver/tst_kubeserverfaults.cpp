// Fault injection and scale features of shipdeck-test-apiserver: the behaviours Shipdeck's
// Kubernetes client must survive (429 with Retry-After, 5xx, slow answers, dropped and
// truncated watches, 410 storms) and the load it must carry (10,000 pods, N events/s).
#include "kubetestserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSslSocket>

using namespace shipdeck::test;
using Response = KubeTestServer::Response;

namespace {
QByteArray configMap(const QString &name)
{
    return QStringLiteral(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"%1"}})").arg(name).toUtf8();
}
QString describe(const Response &r) { return QStringLiteral("HTTP %1 %2 %3").arg(r.status).arg(QString::fromUtf8(r.body.left(400)), r.error); }
} // namespace

class tst_KubeServerFaults : public QObject
{
    Q_OBJECT

    KubeTestServer m_server;

    void createNamespace(const QString &ns)
    {
        const Response r = m_server.request("POST", QStringLiteral("/api/v1/namespaces"),
                                            QStringLiteral(R"({"metadata":{"name":"%1"}})").arg(ns).toUtf8());
        QVERIFY2(r.status == 201, qPrintable(describe(r)));
    }

    QString listVersion(const QString &path)
    {
        return m_server.request("GET", path).json().value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void init() { QVERIFY(m_server.clearFaults()); }

    void faultsFromTheCommandLine()
    {
        KubeTestServer other;
        QVERIFY2(other.start({QStringLiteral("--fault"), QStringLiteral("kind=status,code=503,retry-after=4,path=/version,count=1"),
                              QStringLiteral("--fault"), QStringLiteral("kind=status,code=429,resource=nodes,verb=list,count=1")}),
                 qPrintable(other.errorString()));
        const Response version = other.request("GET", QStringLiteral("/version"));
        QCOMPARE(version.status, 503);
        QCOMPARE(version.header("Retry-After"), QByteArray("4"));
        QCOMPARE(other.request("GET", QStringLiteral("/version")).status, 200);
        QCOMPARE(other.request("GET", QStringLiteral("/api/v1/nodes")).status, 429);
        QCOMPARE(other.request("GET", QStringLiteral("/api/v1/nodes")).status, 200);
    }

    void statusFaults_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("429") << 429 << QStringLiteral("TooManyRequests") << QByteArray("3");
        QTest::newRow("500") << 500 << QStringLiteral("InternalError") << QByteArray();
        QTest::newRow("503") << 503 << QStringLiteral("ServiceUnavailable") << QByteArray("3");
        QTest::newRow("504") << 504 << QStringLiteral("Timeout") << QByteArray();
    }

    void statusFaults()
    {
        QFETCH(int, code);
        QFETCH(QString, reason);
        QFETCH(QByteArray, retryAfter);
        QVERIFY(!m_server.addFault(QStringLiteral("kind=status,code=%1,retry-after=3,resource=pods,verb=list,count=2").arg(code)).isEmpty());
        for (int i = 0; i < 2; ++i) {
            const Response r = m_server.request("GET", QStringLiteral("/api/v1/namespaces/default/pods"));
            QCOMPARE(r.status, code);
            QCOMPARE(r.json().value(QLatin1String("kind")).toString(), QStringLiteral("Status"));
            QCOMPARE(r.json().value(QLatin1String("reason")).toString(), reason);
            QCOMPARE(r.header("Retry-After"), retryAfter);
        }
        // Other verbs and resources are not affected, and the rule is used up after count.
        QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/namespaces/default/configmaps")).status, 200);
        QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/namespaces/default/pods/none")).status, 404);
        QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/namespaces/default/pods")).status, 200);
    }

    void slowResponses()
    {
        QVERIFY(!m_server.addFault(QStringLiteral("kind=delay,delay-ms=700,resource=configmaps,verb=get")).isEmpty());
        QElapsedTimer clock;
        clock.start();
        const Response slow = m_server.request("GET", QStringLiteral("/api/v1/namespaces/default/configmaps/kube-root-ca.crt"));
        QCOMPARE(slow.status, 200);
        QVERIFY2(clock.elapsed() >= 700, qPrintable(QString::number(clock.elapsed())));
        clock.restart();
        QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/namespaces/default/configmaps")).status, 200);
        QVERIFY(clock.elapsed() < 700);
    }

    void resetConnections()
    {
        QVERIFY(!m_server.addFault(QStringLiteral("kind=reset,resource=secrets,count=1")).isEmpty());
        // A raw socket: HTTP clients such as QNetworkAccessManager quietly retry a reset GET.
        QSslSocket socket;
        socket.setSslConfiguration(m_server.sslConfiguration());
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(m_server.url().port()));
        QVERIFY2(socket.waitForEncrypted(10'000), qPrintable(socket.errorString()));
        socket.write("GET /api/v1/namespaces/default/secrets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                     + m_server.adminToken().toUtf8() + "\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 10'000);
        QVERIFY(socket.readAll().isEmpty());
        QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/namespaces/default/secrets")).status, 200);
    }

    void watchDroppedAfterEvents()
    {
        createNamespace(QStringLiteral("drop"));
        const QString rv = listVersion(QStringLiteral("/api/v1/namespaces/drop/configmaps"));
        QVERIFY(!m_server.addFault(QStringLiteral("kind=drop,after=2,resource=configmaps,namespace=drop,count=1")).isEmpty());
        std::unique_ptr<KubeStream> watch(m_server.stream(QStringLiteral("/api/v1/namespaces/drop/configmaps?watch=1&resourceVersion=") + rv));
        for (const char *name : {"a", "b", "c"})
            QCOMPARE(m_server.request("POST", QStringLiteral("/api/v1/namespaces/drop/configmaps"), configMap(QLatin1String(name))).status, 201);
        QVERIFY(watch->waitForFinished());
        QCOMPARE(watch->status(), 200);
        QCOMPARE(watch->events().size(), 2);
        QVERIFY(!watch->data().endsWith("0\r\n\r\n"));
        // The next watch (count=1 used up) resumes from the last version seen and gets the rest.
        const QString last = watch->events().last().value(QLatin1String("object")).toObject().value(QLatin1String("metadata")).toObject()
                                 .value(QLatin1String("resourceVersion")).toString();
        std::unique_ptr<KubeStream> resumed(m_server.stream(QStringLiteral("/api/v1/namespaces/drop/configmaps?watch=1&resourceVersion=") + last));
        QVERIFY(resumed->waitForEvents(1));
        QCOMPARE(resumed->events().first().value(QLatin1String("object")).toObject().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("c"));
    }

    void adminDropsOpenWatches()
    {
        std::unique_ptr<KubeStream> pods(m_server.stream(QStringLiteral("/api/v1/pods?watch=1")));
        std::unique_ptr<KubeStream> nodes(m_server.stream(QStringLiteral("/api/v1/nodes?watch=1")));
        QVERIFY(nodes->waitForEvents(3));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.state().value(QLatin1String("watches")).toInt(), 2, 10'000);
        QCOMPARE(m_server.dropWatches(QStringLiteral("nodes")), 1);
        QVERIFY(nodes->waitForFinished());
        QVERIFY(!pods->isFinished());
        QCOMPARE(m_server.dropWatches(), 1);
        QVERIFY(pods->waitForFinished());
    }

    void truncatedWatchFrames()
    {
        createNamespace(QStringLiteral("truncate"));
        const QString rv = listVersion(QStringLiteral("/api/v1/namespaces/truncate/configmaps"));
        QVERIFY(!m_server.addFault(QStringLiteral("kind=truncate,after=1,resource=configmaps,count=1")).isEmpty());
        std::unique_ptr<KubeStream> watch(m_server.stream(QStringLiteral("/api/v1/namespaces/truncate/configmaps?watch=1&resourceVersion=") + rv));
        QCOMPARE(m_server.request("POST", QStringLiteral("/api/v1/namespaces/truncate/configmaps"), configMap(QStringLiteral("whole"))).status, 201);
        QCOMPARE(m_server.request("POST", QStringLiteral("/api/v1/namespaces/truncate/configmaps"), configMap(QStringLiteral("broken"))).status, 201);
        QVERIFY(watch->waitForFinished());
        QCOMPARE(watch->events().size(), 1);
        const QByteArray tail = watch->data().mid(watch->data().lastIndexOf('\n') + 1);
        QVERIFY2(!tail.isEmpty() && tail.startsWith("{\"type\":\"ADDED\""), tail.constData());
        QCOMPARE(QJsonDocument::fromJson(tail).isNull(), true); // half a frame: not parseable
    }

    void goneStorms_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("asEvent");
        QTest::newRow("http-410") << QStringLiteral("kind=gone,resource=configmaps,verb=watch,count=3") << false;
        QTest::newRow("error-event") << QStringLiteral("kind=gone,as-event=true,resource=configmaps,count=3") << true;
    }

    void goneStorms()
    {
        QFETCH(QString, spec);
        QFETCH(bool, asEvent);
        QVERIFY(!m_server.addFault(spec).isEmpty());
        const QString rv = listVersion(QStringLiteral("/api/v1/configmaps"));
        for (int i = 0; i < 3; ++i) {
            std::unique_ptr<KubeStream> watch(m_server.stream(QStringLiteral("/api/v1/configmaps?watch=1&resourceVersion=") + rv));
            QVERIFY(watch->waitForFinished());
            if (asEvent) {
                QCOMPARE(watch->status(), 200);
                QCOMPARE(watch->eventTypes(), QStringList{QStringLiteral("ERROR")});
                const QJsonObject status = watch->events().first().value(QLatin1String("object")).toObject();
                QCOMPARE(status.value(QLatin1String("code")).toInt(), 410);
                QCOMPARE(status.value(QLatin1String("reason")).toString(), QStringLiteral("Expired"));
            } else {
                QCOMPARE(watch->status(), 410);
                QCOMPARE(QJsonDocument::fromJson(watch->data()).object().value(QLatin1String("reason")).toString(), QStringLiteral("Expired"));
            }
        }
        std::unique_ptr<KubeStream> recovered(m_server.stream(QStringLiteral("/api/v1/configmaps?watch=1&resourceVersion=") + rv));
        QVERIFY(!recovered->waitForFinished(500));
        QCOMPARE(recovered->status(), 200);
    }

    void expireSendsErrorEventsToOpenWatches()
    {
        std::unique_ptr<KubeStream> watch(m_server.stream(QStringLiteral("/api/v1/namespaces?watch=1")));
        QVERIFY(watch->waitForEvents(1));
        QCOMPARE(m_server.admin("POST", QStringLiteral("/watches/expire?resource=namespaces")).json().value(QLatin1String("expired")).toInt(), 1);
        QVERIFY(watch->waitForFinished());
        QCOMPARE(watch->eventTypes().last(), QStringLiteral("ERROR"));
    }

    void faultRulesAreValidated_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown-kind") << QStringLiteral("kind=meteor") << QStringLiteral("fault kind \"meteor\"");
        QTest::newRow("bad-code") << QStringLiteral("kind=status,code=200") << QStringLiteral("code between 400 and 599");
        QTest::newRow("not-a-number") << QStringLiteral("kind=delay,delay-ms=soon") << QStringLiteral("delay-ms needs an integer");
        QTest::newRow("unknown-option") << QStringLiteral("kind=drop,color=red") << QStringLiteral("unknown fault option \"color\"");
        QTest::newRow("no-equals") << QStringLiteral("kind=drop,oops") << QStringLiteral("is not key=value");
    }

    void faultRulesAreValidated()
    {
        QFETCH(QString, spec);
        QFETCH(QString, message);
        const Response r = m_server.admin("POST", QStringLiteral("/faults"), QJsonObject{{QStringLiteral("spec"), spec}});
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json().value(QLatin1String("error")).toString().contains(message), r.body.constData());
        QVERIFY(m_server.admin("GET", QStringLiteral("/faults")).json().value(QLatin1String("faults")).toArray().isEmpty());
    }

    void logFollowCanBeDropped()
    {
        createNamespace(QStringLiteral("logdrop"));
        const Response pod = m_server.request("POST", QStringLiteral("/api/v1/namespaces/logdrop/pods"), R"({"metadata":{"name":"chatty",
            "annotations":{"test.shipdeck.io/log-interval-ms":"50"}},"spec":{"containers":[{"name":"c","image":"chatty:1"}]}})");
        QCOMPARE(pod.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.request("GET", QStringLiteral("/api/v1/namespaces/logdrop/pods/chatty")).json().value(QLatin1String("status")).toObject()
                                      .value(QLatin1String("phase")).toString(),
                                  QStringLiteral("Running"), 10'000);
        QVERIFY(!m_server.addFault(QStringLiteral("kind=drop,verb=log,after=5,count=1")).isEmpty());
        std::unique_ptr<KubeStream> logs(m_server.stream(QStringLiteral("/api/v1/namespaces/logdrop/pods/chatty/log?follow=true"), "*/*"));
        QVERIFY(logs->waitForFinished(20'000));
        QCOMPARE(logs->status(), 200);
        QVERIFY2(logs->data().count("msg=\"request served\"") >= 5, logs->data().constData());
    }

    void tenThousandPodsAndSteadyEvents()
    {
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(m_server.bulkCreatePods(QStringLiteral("scale"), 10'000), 10'000);
        const qint64 createMs = clock.elapsed();
        qInfo("created 10,000 pods in %lld ms", createMs);
        QVERIFY2(createMs < 30'000, "bulk creation is meant to be quick");
        // Paged list, 500 per page, as client-go's pager does it.
        QStringList names;
        QString token;
        QString rv;
        do {
            const Response page = m_server.request("GET", QStringLiteral("/api/v1/namespaces/scale/pods?limit=500")
                                                              + (token.isEmpty() ? QString() : QStringLiteral("&continue=") + token), {}, {}, {}, 60'000);
            QCOMPARE(page.status, 200);
            const QJsonObject json = page.json();
            for (const auto &item : json.value(QLatin1String("items")).toArray()) {
                QCOMPARE(item.toObject().value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString(), QStringLiteral("Running"));
                names.append(item.toObject().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString());
            }
            token = json.value(QLatin1String("metadata")).toObject().value(QLatin1String("continue")).toString();
            rv = json.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
        } while (!token.isEmpty());
        QCOMPARE(names.size(), 10'000);
        // Watch from the list version while the generator modifies 500 pods per second.
        std::unique_ptr<KubeStream> watch(m_server.stream(QStringLiteral("/api/v1/namespaces/scale/pods?watch=1&allowWatchBookmarks=true&resourceVersion=") + rv));
        QVERIFY(m_server.startEventGenerator(QStringLiteral("scale"), 500));
        clock.restart();
        QVERIFY(watch->waitForEvents(500, 20'000));
        QVERIFY(m_server.stopEventGenerator());
        const qint64 elapsed = clock.elapsed();
        qInfo("500 MODIFIED events arrived in %lld ms", elapsed);
        QVERIFY2(elapsed >= 700, "the generator keeps its rate instead of bursting");
        for (const QJsonObject &e : watch->events())
            QVERIFY(e.value(QLatin1String("type")).toString() == QLatin1String("MODIFIED") || e.value(QLatin1String("type")).toString() == QLatin1String("BOOKMARK"));

        // Mode "restarts" changes what pod lists show: the first container's restartCount.
        const auto restartsOf = [this](const QString &pod) {
            const Response r = m_server.request("GET", QStringLiteral("/api/v1/namespaces/scale/pods/") + pod);
            return r.json().value(QLatin1String("status")).toObject().value(QLatin1String("containerStatuses")).toArray().at(0).toObject()
                .value(QLatin1String("restartCount")).toInt(-1);
        };
        const int before = restartsOf(names.first());
        QCOMPARE(before, 0);
        const qsizetype seen = watch->events().size();
        QVERIFY(m_server.startEventGenerator(QStringLiteral("scale"), 2000, QStringLiteral("restarts")));
        QVERIFY(watch->waitForEvents(int(seen) + 200, 20'000));
        QTRY_VERIFY_WITH_TIMEOUT(restartsOf(names.first()) > before, 30'000);
        QVERIFY(m_server.stopEventGenerator());
        QVERIFY(!m_server.startEventGenerator(QStringLiteral("scale"), 10, QStringLiteral("sideways")));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(tst_KubeServerFaults)
#include "tst_kubeserverfaults.moc"
