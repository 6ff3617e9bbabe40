#include "backend/kube/kubecredentials.h"
#include "backend/kube/kubestatus.h"
#include "backend/kube/kubestream.h"
#include "backend/kube/loginshellenvironment.h"
#include "kubetesthelpers.h"
#include "kubetestserver.h"

#include <QFile>
#include <QTcpServer>

using namespace shipdeck;
using namespace shipdeck::test;

class TestKubeRestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void init() { m_server.clearFaults(); }

    void tlsWithClientCertificateOrToken_data()
    {
        QTest::addColumn<QString>("context");
        QTest::newRow("client certificate") << QStringLiteral("shipdeck-test");
        QTest::newRow("bearer token") << QStringLiteral("shipdeck-test-token");
    }

    void tlsWithClientCertificateOrToken()
    {
        QFETCH(QString, context);
        KubeRestClient client(kubeEndpoint(m_server.kubeconfigPath(), context));
        auto ns = call(client, "GET", QStringLiteral("/api/v1/namespaces/default"));
        QVERIFY_RESULT(ns);
        QCOMPARE(ns->json().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("default"));
    }

    void statusErrorsBecomeErrors()
    {
        KubeRestClient client(kubeEndpoint(m_server.kubeconfigPath()));
        auto missing = call(client, "GET", QStringLiteral("/api/v1/namespaces/default/pods/no-such-pod"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        QVERIFY2(missing.error().message().contains(QStringLiteral("no-such-pod")), qPrintable(missing.error().message()));
        QCOMPARE(kubeReason(missing.error()), QStringLiteral("NotFound"));

        QVERIFY_RESULT(call(client, "POST", QStringLiteral("/api/v1/namespaces/default/pods"), podJson(QStringLiteral("twice"))));
        auto again = call(client, "POST", QStringLiteral("/api/v1/namespaces/default/pods"), podJson(QStringLiteral("twice")));
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::AlreadyExists);
    }

    void rejectedTokenIsClear()
    {
        KubeEndpoint e = kubeEndpoint(m_server.kubeconfigPath(), QStringLiteral("shipdeck-test-token"));
        e.token = QStringLiteral("expired-or-revoked");
        KubeRestClient client(e);
        auto r = call(client, "GET", QStringLiteral("/api/v1/namespaces"));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::Unauthenticated);
        QVERIFY2(r.error().message().contains(QStringLiteral("rejected")), qPrintable(r.error().message()));
    }

    void retryAfterIsHonoured()
    {
        m_server.addFault(QStringLiteral("kind=status,code=429,retry-after=1,resource=namespaces,verb=get,count=2"));
        KubeRestClient client(kubeEndpoint(m_server.kubeconfigPath()));
        QElapsedTimer clock;
        clock.start();
        auto r = call(client, "GET", QStringLiteral("/api/v1/namespaces/default"));
        QVERIFY_RESULT(r);
        QCOMPARE(r->attempts, 3);
        QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));
    }

    void serverErrorsRetriedForIdempotentRequestsOnly()
    {
        KubeRestClient client(kubeEndpoint(m_server.kubeconfigPath()));
        client.setRetryBaseDelayMs(20);
        m_server.addFault(QStringLiteral("kind=status,code=500,resource=namespaces,verb=get,count=2"));
        auto get = call(client, "GET", QStringLiteral("/api/v1/namespaces/default"));
        QVERIFY_RESULT(get);
        QCOMPARE(get->attempts, 3);

        m_server.addFault(QStringLiteral("kind=status,code=503,resource=configmaps,verb=create,count=1"));
        const QByteArray cm = R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"once"},"data":{"a":"b"}})";
        auto post = call(client, "POST", QStringLiteral("/api/v1/namespaces/default/configmaps"), cm);
        QVERIFY(!post);
        QCOMPARE(post.error().code(), ErrorCode::Unavailable);
        QCOMPARE(post.error().details().value(QStringLiteral("attempts")).toInt(), 1);
        // The 429 case is safe for every verb: the server did not act on the request.
        m_server.addFault(QStringLiteral("kind=status,code=429,retry-after=1,resource=configmaps,verb=create,count=1"));
        auto throttled = call(client, "POST", QStringLiteral("/api/v1/namespaces/default/configmaps"), cm);
        QVERIFY_RESULT(throttled);
        QCOMPARE(throttled->attempts, 2);
    }

    void requestTimesOut()
    {
        m_server.addFault(QStringLiteral("kind=delay,delay-ms=3000,resource=namespaces,verb=get,count=1"));
        KubeEndpoint e = kubeEndpoint(m_server.kubeconfigPath());
        KubeRestClient client(e);
        KubeRequest r;
        r.path = QStringLiteral("/api/v1/namespaces/default");
        r.timeoutMs = 400;
        r.maxRetries = 0;
        auto answer = await(client.send(r));
        QVERIFY(!answer);
        QCOMPARE(answer.error().code(), ErrorCode::Timeout);
    }

    void unreachableServer()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        KubeEndpoint e = kubeEndpoint(m_server.kubeconfigPath());
        e.server.setPort(port);
        KubeRestClient client(e);
        client.setRetryBaseDelayMs(10);
        auto r = call(client, "GET", QStringLiteral("/version"));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::Unavailable);
        QVERIFY2(r.error().message().contains(QStringLiteral("connection refused")), qPrintable(r.error().message()));
    }

    void tlsMismatch_data()
    {
        QTest::addColumn<bool>("dropCa");
        QTest::addColumn<QString>("serverName");
        QTest::addColumn<bool>("works");
        QTest::newRow("system roots only") << true << QString() << false;
        QTest::newRow("wrong tls-server-name") << false << QStringLiteral("wrong.example") << false;
        QTest::newRow("tls-server-name localhost") << false << QStringLiteral("localhost") << true;
    }

    void tlsMismatch()
    {
        QFETCH(bool, dropCa);
        QFETCH(QString, serverName);
        QFETCH(bool, works);
        KubeEndpoint e = kubeEndpoint(m_server.kubeconfigPath());
        if (dropCa)
            e.caPem.clear();
        e.tlsServerName = serverName;
        KubeRestClient client(e);
        auto r = call(client, "GET", QStringLiteral("/version"));
        QCOMPARE(r.ok(), works);
        if (!works) {
            QCOMPARE(r.error().code(), ErrorCode::Unauthenticated);
            QVERIFY2(r.error().message().contains(QStringLiteral("TLS handshake failed")), qPrintable(r.error().message()));
        }
    }

    void execPluginRerunsAfter401()
    {
        // First run prints a token the server does not know; after the 401 the plugin runs
        // again and prints the admin token.
        const QString dir = m_server.dataDir();
        const QString plugin = dir + QStringLiteral("/token-plugin");
        QFile f(plugin);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("#!/bin/sh\ndir=$(dirname \"$0\")\necho x >> \"$dir/plugin-runs\"\n"
                               "if [ $(wc -l < \"$dir/plugin-runs\") -eq 1 ]; then t=stale-token; else t=%1; fi\n"
                               "printf '{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1\",\"status\":{\"token\":\"%s\"}}' \"$t\"\n")
                    .arg(m_server.adminToken()).toUtf8());
        f.close();
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        QFile config(dir + QStringLiteral("/exec-kubeconfig"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: exec\nclusters:\n- name: c\n  cluster:\n"
                                    "    server: %1\n    certificate-authority: data/ca.crt\nusers:\n- name: u\n  user:\n    exec:\n"
                                    "      apiVersion: client.authentication.k8s.io/v1\n      interactiveMode: Never\n      command: ./token-plugin\n"
                                    "contexts:\n- name: exec\n  context: {cluster: c, user: u}\n").arg(m_server.url().toString()).toUtf8());
        config.close();
        QDir(dir).mkpath(QStringLiteral("data"));
        QVERIFY(QFile::copy(m_server.caFile(), dir + QStringLiteral("/data/ca.crt")));
        KubeCredentials::clearExecCache();
        const KubeEndpoint e = kubeEndpoint(config.fileName());
        KubeRestClient client(e);
        auto r = call(client, "GET", QStringLiteral("/api/v1/namespaces/default"));
        QVERIFY_RESULT(r);
        QCOMPARE(KubeCredentials::execRuns(e), 2);
        QVERIFY_RESULT(call(client, "GET", QStringLiteral("/api/v1/namespaces/kube-system")));
        QCOMPARE(KubeCredentials::execRuns(e), 2); // cached since
    }

    void streamsNeverStarveCalls()
    {
        KubeRestClient client(kubeEndpoint(m_server.kubeconfigPath()));
        QVERIFY_RESULT(call(client, "POST", QStringLiteral("/api/v1/namespaces/default/pods"), podJson(QStringLiteral("starve-probe"))));
        const QStringList collections{
            QStringLiteral("/api/v1/pods"), QStringLiteral("/api/v1/services"), QStringLiteral("/api/v1/configmaps"),
            QStringLiteral("/api/v1/secrets"), QStringLiteral("/api/v1/events"), QStringLiteral("/api/v1/namespaces"),
            QStringLiteral("/api/v1/nodes"), QStringLiteral("/apis/apps/v1/deployments"), QStringLiteral("/apis/apps/v1/replicasets"),
            QStringLiteral("/apis/apps/v1/statefulsets"), QStringLiteral("/apis/apps/v1/daemonsets"), QStringLiteral("/apis/batch/v1/jobs"),
            QStringLiteral("/apis/networking.k8s.io/v1/ingresses"), QStringLiteral("/apis/coordination.k8s.io/v1/leases")};
        QList<shipdeck::KubeStream *> streams;
        for (const QString &path : collections) {
            KubeRequest r;
            r.path = path;
            r.query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
            r.timeoutMs = 120'000;
            auto *s = client.openStream(r);
            streams.append(s);
        }
        // Every watch is really open (headers received), none queued behind another.
        for (shipdeck::KubeStream *s : std::as_const(streams))
            QTRY_VERIFY_WITH_TIMEOUT(s->httpStatus() == 200, 10000);
        QVERIFY(client.streamManagerCount() >= 3);
        QElapsedTimer clock;
        clock.start();
        auto pod = call(client, "GET", QStringLiteral("/api/v1/namespaces/default/pods/starve-probe"));
        QVERIFY_RESULT(pod);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        for (shipdeck::KubeStream *s : std::as_const(streams))
            s->abort();
    }

private:
    KubeTestServer m_server;
};

QTEST_GUILESS_MAIN(TestKubeRestClient)
#include "tst_kuberestclient.moc"
