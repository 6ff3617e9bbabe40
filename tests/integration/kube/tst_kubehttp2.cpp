#include "backend/kube/kubeinformer.h"
#include "backend/kube/kubeobjectstore.h"
#include "backend/kube/kubestatus.h"
#include "backend/kube/kubestream.h"
#include "backend/kube/yamljson.h"
#include "http2frontend.h"
#include "kubetesthelpers.h"
#include "kubetestserver.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace shipdeck;
using namespace shipdeck::test;

// Shipdeck's Kubernetes client over real HTTP/2: nghttpx (TLS, ALPN h2, cluster CA) in front of
// the test API server, which speaks HTTP/1.1 only. Proves that h2 is negotiated, that watches on
// many kinds share one multiplexed connection without starving an interactive call, that watch
// events stream through, and that Kubernetes Status errors read the same as over HTTP/1.1.
class TestKubeHttp2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (Http2Frontend::programPath().isEmpty())
            QSKIP("nghttpx is not installed (Debian package nghttp2-proxy, installed by scripts/setup.sh): no HTTP/2 server to test against");
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(m_frontend.start(m_server), qPrintable(m_frontend.errorString()));
        QVERIFY(m_dir.isValid());
        m_kubeconfig = m_frontend.writeKubeconfig(m_server, m_dir.filePath(QStringLiteral("kubeconfig-h2")));
        QVERIFY2(!m_kubeconfig.isEmpty(), qPrintable(m_frontend.errorString()));
        QVERIFY2(m_http1Frontend.start(m_server, Http2Frontend::Protocols::Http1Only), qPrintable(m_http1Frontend.errorString()));
        m_http1Kubeconfig = m_http1Frontend.writeKubeconfig(m_server, m_dir.filePath(QStringLiteral("kubeconfig-h1")));
        QVERIFY2(!m_http1Kubeconfig.isEmpty(), qPrintable(m_http1Frontend.errorString()));
    }

    void cleanupTestCase()
    {
        m_frontend.stop();
        m_http1Frontend.stop();
    }

    void negotiatesHttp2()
    {
        KubeRestClient client(kubeEndpoint(m_kubeconfig));
        QVERIFY(!client.http2Seen());
        auto ns = call(client, "GET", QStringLiteral("/api/v1/namespaces/default"));
        QVERIFY_RESULT(ns);
        QCOMPARE(ns->json().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("default"));
        QVERIFY2(ns->http2, "the answer through the HTTP/2 front end did not come over HTTP/2 (ALPN)");
        QVERIFY(client.http2Seen());
        QCOMPARE(client.http2Replies(), 1);

        // The same client code straight at the test API server stays on HTTP/1.1.
        KubeRestClient direct(kubeEndpoint(m_server.kubeconfigPath(), QStringLiteral("shipdeck-test-token")));
        auto plain = call(direct, "GET", QStringLiteral("/api/v1/namespaces/default"));
        QVERIFY_RESULT(plain);
        QVERIFY(!plain->http2);
        QVERIFY(!direct.http2Seen());

        // And through the proxy when it offers only http/1.1: ALPN decides, not the port.
        KubeRestClient viaHttp1(kubeEndpoint(m_http1Kubeconfig));
        auto proxied = call(viaHttp1, "GET", QStringLiteral("/api/v1/namespaces/default"));
        QVERIFY_RESULT(proxied);
        QVERIFY(!proxied->http2);
    }

    void statusErrorsSameAsHttp1()
    {
        KubeRestClient h2(kubeEndpoint(m_kubeconfig));
        KubeRestClient h1(kubeEndpoint(m_server.kubeconfigPath(), QStringLiteral("shipdeck-test-token")));
        const QString missing = QStringLiteral("/api/v1/namespaces/default/pods/no-such-pod-h2");
        auto over2 = call(h2, "GET", missing);
        auto over1 = call(h1, "GET", missing);
        QVERIFY(!over2);
        QVERIFY(!over1);
        QCOMPARE(h2.http2Replies(), 1); // the 404 itself came over HTTP/2
        QVERIFY(!h1.http2Seen());
        QCOMPARE(over2.error().code(), ErrorCode::NotFound);
        QCOMPARE(over2.error().code(), over1.error().code());
        QCOMPARE(over2.error().message(), over1.error().message());
        QCOMPARE(kubeReason(over2.error()), QStringLiteral("NotFound"));
        QCOMPARE(kubeReason(over2.error()), kubeReason(over1.error()));

        // A conflict on create, too.
        QVERIFY_RESULT(call(h2, "POST", QStringLiteral("/api/v1/namespaces/default/pods"), podJson(QStringLiteral("h2-twice"))));
        auto again2 = call(h2, "POST", QStringLiteral("/api/v1/namespaces/default/pods"), podJson(QStringLiteral("h2-twice")));
        auto again1 = call(h1, "POST", QStringLiteral("/api/v1/namespaces/default/pods"), podJson(QStringLiteral("h2-twice")));
        QVERIFY(!again2);
        QVERIFY(!again1);
        QCOMPARE(again2.error().code(), ErrorCode::AlreadyExists);
        QCOMPARE(again2.error().code(), again1.error().code());
        QCOMPARE(again2.error().message(), again1.error().message());
        QCOMPARE(kubeReason(again2.error()), kubeReason(again1.error()));
    }

    // The same load three ways: HTTP/2 through the proxy, HTTP/1.1 through the same proxy (the
    // hop costs the same), HTTP/1.1 straight at the test API server (as tst_kubeinformer does).
    void watchesOnManyKinds_data()
    {
        QTest::addColumn<QString>("kubeconfig");
        QTest::addColumn<QString>("context");
        QTest::addColumn<bool>("http2");
        QTest::newRow("HTTP/2 via nghttpx") << m_kubeconfig << QString() << true;
        QTest::newRow("HTTP/1.1 via nghttpx") << m_http1Kubeconfig << QString() << false;
        QTest::newRow("HTTP/1.1 direct") << m_server.kubeconfigPath() << QStringLiteral("shipdeck-test-token") << false;
    }

    // With informers on 16 kinds (and one more raw watch) open, fetching one pod's YAML stays
    // well under a second, and a pod created meanwhile reaches the informer and the raw watch.
    void watchesOnManyKinds()
    {
        QFETCH(QString, kubeconfig);
        QFETCH(QString, context);
        QFETCH(bool, http2);
        const QString tag = http2 ? QStringLiteral("h2") : context.isEmpty() ? QStringLiteral("h1p") : QStringLiteral("h1d");
        KubeRestClient client(kubeEndpoint(kubeconfig, context));
        const QString probe = tag + QStringLiteral("-yaml-probe");
        QVERIFY_RESULT(call(client, "POST", QStringLiteral("/api/v1/namespaces/default/pods"), podJson(probe)));
        QCOMPARE(client.http2Seen(), http2);
        const QStringList kinds{QStringLiteral("pods"), QStringLiteral("services"), QStringLiteral("configmaps"), QStringLiteral("secrets"),
                                QStringLiteral("events"), QStringLiteral("namespaces"), QStringLiteral("nodes"), QStringLiteral("deployments"),
                                QStringLiteral("replicasets"), QStringLiteral("statefulsets"), QStringLiteral("daemonsets"), QStringLiteral("jobs"),
                                QStringLiteral("cronjobs"), QStringLiteral("ingresses"), QStringLiteral("leases"), QStringLiteral("rollouts")};
        std::vector<std::unique_ptr<KubeInformer>> informers;
        for (const QString &kind : kinds) {
            const auto type = KubeResourceType::find(kind);
            QVERIFY2(type, qPrintable(kind));
            informers.push_back(std::make_unique<KubeInformer>(&client, *type, KubeInformer::Options{}));
            informers.back()->start();
        }
        for (const auto &i : informers)
            QTRY_COMPARE_WITH_TIMEOUT(i->state(), KubeInformer::State::Watching, 15000);
        QVERIFY(informers.size() >= 12);

        // A raw watch too, to see the per-stream protocol.
        KubeRequest watch;
        watch.path = QStringLiteral("/api/v1/namespaces/default/pods");
        watch.query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
        watch.timeoutMs = 120'000;
        QByteArray received;
        shipdeck::KubeStream *stream = client.openStream(watch);
        connect(stream, &shipdeck::KubeStream::dataReceived, this, [&received](const QByteArray &data) { received += data; });
        QTRY_COMPARE_WITH_TIMEOUT(stream->httpStatus(), 200, 10000);
        QCOMPARE(stream->http2(), http2);
        const int watches = int(informers.size()) + 1;
        if (http2) {
            // One stream manager, hence one multiplexed connection, carries every watch; the
            // create, every list and every opened watch answered over HTTP/2.
            QCOMPARE(client.streamManagerCount(), 1);
            QVERIFY2(client.http2Replies() >= 1 + int(informers.size()) + watches, qPrintable(QString::number(client.http2Replies())));
        } else {
            // HTTP/1.1: a connection per watch, spread over managers so that calls never queue.
            QVERIFY(client.streamManagerCount() >= (watches + KubeRestClient::streamsPerManager() - 1) / KubeRestClient::streamsPerManager());
            QCOMPARE(client.http2Replies(), 0);
        }

        // Pod YAML as the console fetches it: the first fetch is asserted, five more give a median.
        QList<qint64> times;
        for (int i = 0; i < 6; ++i) {
            QElapsedTimer clock;
            clock.start();
            auto pod = await(client.getJson(QStringLiteral("/api/v1/namespaces/default/pods/") + probe));
            QVERIFY_RESULT(pod);
            const QByteArray yaml = jsonToYaml(pod.value());
            times.append(clock.nsecsElapsed() / 1000);
            QVERIFY(yaml.contains("name: " + probe.toUtf8()));
        }
        QVERIFY2(times.first() < 1'000'000, qPrintable(QStringLiteral("%1 µs").arg(times.first())));
        QList<qint64> sorted = times;
        std::sort(sorted.begin(), sorted.end());
        qInfo("%s: pod YAML with %d watches open: first %lld µs, median of 6 %lld µs, max %lld µs", QTest::currentDataTag(), watches,
              times.first(), (sorted.at(2) + sorted.at(3)) / 2, sorted.last());
        QVERIFY2(sorted.last() < 1'000'000, qPrintable(QStringLiteral("%1 µs").arg(sorted.last())));

        // A pod created behind the client's back (straight at the test API server) reaches the
        // informer and the raw watch over the same connection(s).
        const QString created = tag + QStringLiteral("-watched");
        const KubeTestServer::Response answer = m_server.request("POST", QStringLiteral("/api/v1/namespaces/default/pods"), podJson(created));
        QCOMPARE(answer.status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("\"name\":\"" + created.toUtf8() + '"'), 10000);
        QVERIFY(received.contains("\"type\":\"ADDED\""));
        KubeInformer *pods = informers.front().get();
        QTRY_VERIFY_WITH_TIMEOUT(pods->store()->find(QStringLiteral("default/") + created) != nullptr, 10000);
        QCOMPARE(pods->watchesOpened(), 1); // the watch was not reopened on the way
        stream->abort();
    }

private:
    KubeTestServer m_server;
    Http2Frontend m_frontend;
    Http2Frontend m_http1Frontend; // the same proxy offering only http/1.1
    QTemporaryDir m_dir;
    QString m_kubeconfig;
    QString m_http1Kubeconfig;
};

QTEST_GUILESS_MAIN(TestKubeHttp2)
#include "tst_kubehttp2.moc"
