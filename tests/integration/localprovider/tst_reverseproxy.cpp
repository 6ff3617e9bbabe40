// The weighted reverse proxy against real upstream processes (shipdeck-demo-service) and an
// in-test upstream that records what reaches it. Real sockets, real HTTP.
#include "httptestclient.h"
#include "recordingupstream.h"
#include "testsupport.h"

#include "backend/providers/loadgenerator.h"
#include "backend/providers/proxymetrics.h"
#include "backend/providers/reverseproxy.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTimer>

#include <cmath>

using namespace shipdeck;
using namespace shipdeck::test;

class tst_ReverseProxy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoServiceProcess> m_v1, m_v2, m_slow, m_resetter;

    std::unique_ptr<ReverseProxy> makeProxy(const ProxyRoutes &routes, ProxyOptions options = {})
    {
        auto proxy = std::make_unique<ReverseProxy>(QStringLiteral("shop"), std::make_shared<ProxyMetrics>(QStringLiteral("shop")), options);
        proxy->setRoutes(routes);
        auto port = proxy->listen(0);
        if (!port)
            qFatal("proxy: %s", qPrintable(port.error().toString()));
        return proxy;
    }
    ProxyRoutes routes(const QString &stable, quint16 stablePort, const QString &canary = {}, quint16 canaryPort = 0, int weight = 0)
    {
        ProxyRoutes r;
        r.split.stableVersion = stable;
        r.split.canaryVersion = canary;
        r.split.canaryWeight = weight;
        r.readyPorts.insert(stable, {stablePort});
        if (!canary.isEmpty())
            r.readyPorts.insert(canary, {canaryPort});
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_v1 = std::make_unique<DemoServiceProcess>(QStringList{QStringLiteral("--version"), QStringLiteral("1.0.0")});
        m_v2 = std::make_unique<DemoServiceProcess>(QStringList{QStringLiteral("--version"), QStringLiteral("2.0.0")});
        m_slow = std::make_unique<DemoServiceProcess>(QStringList{QStringLiteral("--version"), QStringLiteral("slow"),
                                                                  QStringLiteral("--latency-ms"), QStringLiteral("3000")});
        m_resetter = std::make_unique<DemoServiceProcess>(QStringList{QStringLiteral("--version"), QStringLiteral("reset"),
                                                                      QStringLiteral("--reset-rate"), QStringLiteral("1")});
        QVERIFY(m_v1->start());
        QVERIFY(m_v2->start());
        QVERIFY(m_slow->start());
        QVERIFY(m_resetter->start());
    }

    void keepAliveOnBothSides()
    {
        auto proxy = makeProxy(routes(QStringLiteral("1.0.0"), m_v1->port()));
        HttpTestClient client(proxy->port());
        for (int i = 0; i < 20; ++i) {
            auto reply = client.request(HttpTestClient::get("/version"));
            QVERIFY_RESULT(reply);
            QCOMPARE(reply.value().status(), 200);
            QCOMPARE(reply.value().body, QByteArray("1.0.0\n"));
            QVERIFY(reply.value().head.keepAlive);
            QCOMPARE(reply.value().head.header("x-shipdeck-version"), QByteArray("1.0.0"));
        }
        QVERIFY(client.isOpen());
        QCOMPARE(proxy->openConnections(), 1);
        QCOMPARE(proxy->metrics().counters(QStringLiteral("1.0.0")).codeClass[1], quint64(20));
    }

    void upstreamConnectionsAreReused()
    {
        RecordingUpstream upstream;
        auto proxy = makeProxy(routes(QStringLiteral("1"), upstream.port()));
        HttpTestClient client(proxy->port());
        for (int i = 0; i < 10; ++i)
            QVERIFY_RESULT(client.request(HttpTestClient::get("/")));
        QCOMPARE(upstream.requests, 10);
        QCOMPARE(upstream.connections, 1);
    }

    void pipelinedRequestsAnswerInOrder()
    {
        auto proxy = makeProxy(routes(QStringLiteral("1.0.0"), m_v1->port()));
        HttpTestClient client(proxy->port());
        QVERIFY(client.connectToServer());
        client.send(HttpTestClient::get("/version") + HttpTestClient::get("/healthz") + HttpTestClient::get("/nope"));
        auto a = client.readReply();
        auto b = client.readReply();
        auto c = client.readReply();
        QVERIFY_RESULT(a);
        QVERIFY_RESULT(b);
        QVERIFY_RESULT(c);
        QCOMPARE(a.value().body, QByteArray("1.0.0\n"));
        QCOMPARE(b.value().body, QByteArray("ok\n"));
        QCOMPARE(c.value().status(), 404);
    }

    void chunkedRequestBody()
    {
        auto proxy = makeProxy(routes(QStringLiteral("1.0.0"), m_v1->port()));
        HttpTestClient client(proxy->port());
        const QByteArray parts[] = {"hello ", "chunked ", "world"};
        QByteArray raw = "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (const QByteArray &p : parts)
            raw += QByteArray::number(p.size(), 16) + "\r\n" + p + "\r\n";
        raw += "0\r\n\r\n";
        auto reply = client.request(raw);
        QVERIFY_RESULT(reply);
        const QByteArray sha = QCryptographicHash::hash("hello chunked world", QCryptographicHash::Sha256).toHex();
        QCOMPARE(reply.value().body, "{\"bytes\":19,\"sha256\":\"" + sha + "\"}\n");
        // The connection stays usable after a chunked request.
        QVERIFY_RESULT(client.request(HttpTestClient::get("/healthz")));
    }

    void chunkedResponseBody()
    {
        auto proxy = makeProxy(routes(QStringLiteral("1.0.0"), m_v1->port()));
        HttpTestClient client(proxy->port());
        auto reply = client.request(HttpTestClient::get("/stream?chunks=50&size=1000"));
        QVERIFY_RESULT(reply);
        QVERIFY(reply.value().head.chunked);
        QCOMPARE(reply.value().body.size(), 50'000);
        QVERIFY_RESULT(client.request(HttpTestClient::get("/healthz")));
    }

    void largeBodyIsStreamedNotBuffered()
    {
        RecordingUpstream upstream;
        auto proxy = makeProxy(routes(QStringLiteral("1"), upstream.port()));
        HttpTestClient client(proxy->port());
        QVERIFY(client.connectToServer());
        const qint64 total = 64LL * 1024 * 1024;
        client.send("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: " + QByteArray::number(total) + "\r\n\r\n");
        const QByteArray piece(1024 * 1024, 'a');
        client.send(piece);
        // The first megabyte reaches the upstream while the client has not sent the rest.
        QTRY_VERIFY_WITH_TIMEOUT(upstream.bodyBytes >= piece.size(), 10'000);
        qint64 sent = piece.size();
        // Send the rest as the socket drains (bounded memory on both sides).
        QVERIFY(QTest::qWaitFor([&] {
            while (sent < total && client.socket()->bytesToWrite() < 4 * piece.size()) {
                client.send(piece);
                sent += piece.size();
            }
            return sent >= total;
        }, 60'000));
        auto reply = client.readReply(60'000);
        QVERIFY_RESULT(reply);
        QCOMPARE(reply.value().status(), 200);
        QVERIFY2(reply.value().body.endsWith("bytes=" + QByteArray::number(total)), reply.value().body.constData());
    }

    void largeBodyThroughRealService()
    {
        auto proxy = makeProxy(routes(QStringLiteral("1.0.0"), m_v1->port()));
        HttpTestClient client(proxy->port());
        QByteArray body(8 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = char(i * 7 + (i >> 11));
        auto reply = client.request("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: " + QByteArray::number(body.size())
                                    + "\r\n\r\n" + body, 60'000);
        QVERIFY_RESULT(reply);
        QCOMPARE(reply.value().body, "{\"bytes\":" + QByteArray::number(body.size()) + ",\"sha256\":\""
                                         + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex() + "\"}\n");
    }

    void forwardedForIsAppended()
    {
        RecordingUpstream upstream;
        auto proxy = makeProxy(routes(QStringLiteral("1"), upstream.port()));
        HttpTestClient client(proxy->port());
        auto plain = client.request(HttpTestClient::get("/"));
        QVERIFY_RESULT(plain);
        QCOMPARE(plain.value().body, QByteArray("xff=127.0.0.1 bytes=0"));
        auto chained = client.request(HttpTestClient::get("/", "X-Forwarded-For: 10.1.2.3\r\n"));
        QVERIFY_RESULT(chained);
        QCOMPARE(chained.value().body, QByteArray("xff=10.1.2.3, 127.0.0.1 bytes=0"));
        QCOMPARE(upstream.lastHead.header("x-forwarded-proto"), QByteArray("http"));
        QCOMPARE(upstream.lastHead.header("x-forwarded-host"), QByteArray("test"));
    }

    void headRequestHasNoBody()
    {
        auto proxy = makeProxy(routes(QStringLiteral("1.0.0"), m_v1->port()));
        HttpTestClient client(proxy->port());
        auto head = client.request("HEAD / HTTP/1.1\r\nHost: t\r\n\r\n");
        QVERIFY_RESULT(head);
        QCOMPARE(head.value().status(), 200);
        QVERIFY(head.value().body.isEmpty());
        auto next = client.request(HttpTestClient::get("/version"));
        QVERIFY_RESULT(next);
        QCOMPARE(next.value().body, QByteArray("1.0.0\n"));
    }

    void deadUpstreamGives502()
    {
        quint16 deadPort = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost, 0));
            deadPort = s.serverPort();
        }
        auto proxy = makeProxy(routes(QStringLiteral("1"), deadPort));
        HttpTestClient client(proxy->port());
        auto reply = client.request(HttpTestClient::get("/"));
        QVERIFY_RESULT(reply);
        QCOMPARE(reply.value().status(), 502);
        QVERIFY(client.isOpen()); // the client connection survives an upstream failure
        const auto c = proxy->metrics().counters(QStringLiteral("1"));
        QVERIFY(c.upstreamErrors[size_t(ProxyMetrics::UpstreamError::Connect)] >= 1);
        QCOMPARE(c.codeClass[4], quint64(1));
    }

    void slowUpstreamGives504()
    {
        ProxyOptions options;
        options.responseTimeoutMs = 300;
        auto proxy = makeProxy(routes(QStringLiteral("slow"), m_slow->port()), options);
        HttpTestClient client(proxy->port());
        QElapsedTimer timer;
        timer.start();
        auto reply = client.request(HttpTestClient::get("/"));
        QVERIFY_RESULT(reply);
        QCOMPARE(reply.value().status(), 504);
        QVERIFY2(timer.elapsed() < 2'500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(proxy->metrics().counters(QStringLiteral("slow")).upstreamErrors[size_t(ProxyMetrics::UpstreamError::Timeout)], quint64(1));
        // The health endpoint of the same upstream is fast: the connection is still usable.
        auto fast = client.request(HttpTestClient::get("/healthz"));
        QVERIFY_RESULT(fast);
        QCOMPARE(fast.value().status(), 200);
    }

    void resettingUpstreamGives502()
    {
        auto proxy = makeProxy(routes(QStringLiteral("reset"), m_resetter->port()));
        HttpTestClient client(proxy->port());
        for (int i = 0; i < 3; ++i) {
            auto reply = client.request(HttpTestClient::get("/"));
            QVERIFY_RESULT(reply);
            QCOMPARE(reply.value().status(), 502);
        }
        QVERIFY(proxy->metrics().counters(QStringLiteral("reset")).upstreamErrors[size_t(ProxyMetrics::UpstreamError::Reset)] >= 3);
    }

    void noReadyInstanceGives503()
    {
        ProxyRoutes r;
        r.split.stableVersion = QStringLiteral("1");
        r.readyPorts.insert(QStringLiteral("1"), {});
        auto proxy = makeProxy(r);
        HttpTestClient client(proxy->port());
        auto reply = client.request(HttpTestClient::get("/"));
        QVERIFY_RESULT(reply);
        QCOMPARE(reply.value().status(), 503);
        QVERIFY(client.isOpen());
    }

    void malformedRequestGives400()
    {
        auto proxy = makeProxy(routes(QStringLiteral("1.0.0"), m_v1->port()));
        HttpTestClient client(proxy->port());
        auto reply = client.request("THIS IS NOT HTTP\r\n\r\n");
        QVERIFY_RESULT(reply);
        QCOMPARE(reply.value().status(), 400);
        QVERIFY(client.waitForClose());
    }

    void upgradesAreRefusedClearly()
    {
        RecordingUpstream upstream;
        auto proxy = makeProxy(routes(QStringLiteral("1"), upstream.port()));
        HttpTestClient client(proxy->port());
        auto reply = client.request(HttpTestClient::get("/ws", "Connection: Upgrade\r\nUpgrade: websocket\r\n"));
        QVERIFY_RESULT(reply);
        QCOMPARE(reply.value().status(), 501);
        QVERIFY(reply.value().body.contains("not supported"));
        QCOMPARE(upstream.requests, 0);
    }

    void headerRouting_data()
    {
        QTest::addColumn<QString>("configuredValue");
        QTest::addColumn<QByteArray>("requestHeader");
        QTest::addColumn<QByteArray>("expectedVersion");
        QTest::newRow("any value routes to canary") << QString() << QByteArray("X-Canary: always\r\n") << QByteArray("2.0.0");
        QTest::newRow("never forces stable") << QString() << QByteArray("X-Canary: never\r\n") << QByteArray("1.0.0");
        QTest::newRow("no header uses weights") << QString() << QByteArray() << QByteArray("1.0.0");
        QTest::newRow("matching value") << QStringLiteral("yes") << QByteArray("x-canary: yes\r\n") << QByteArray("2.0.0");
        QTest::newRow("other value uses weights") << QStringLiteral("yes") << QByteArray("X-Canary: no\r\n") << QByteArray("1.0.0");
    }

    void headerRouting()
    {
        QFETCH(QString, configuredValue);
        QFETCH(QByteArray, requestHeader);
        QFETCH(QByteArray, expectedVersion);
        ProxyRoutes r = routes(QStringLiteral("1.0.0"), m_v1->port(), QStringLiteral("2.0.0"), m_v2->port(), 0);
        r.split.headerName = QStringLiteral("X-Canary");
        r.split.headerValue = configuredValue;
        auto proxy = makeProxy(r);
        HttpTestClient client(proxy->port());
        for (int i = 0; i < 5; ++i) {
            auto reply = client.request(HttpTestClient::get("/version", requestHeader));
            QVERIFY_RESULT(reply);
            QCOMPARE(reply.value().body, expectedVersion + '\n');
        }
    }

    void weightsAreHonoured_data()
    {
        QTest::addColumn<int>("weight");
        QTest::newRow("0") << 0;
        QTest::newRow("10") << 10;
        QTest::newRow("30") << 30;
        QTest::newRow("100") << 100;
    }

    void weightsAreHonoured()
    {
        QFETCH(int, weight);
        auto proxy = makeProxy(routes(QStringLiteral("1.0.0"), m_v1->port(), QStringLiteral("2.0.0"), m_v2->port(), weight));
        LoadGenerator::Options options;
        options.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(proxy->port()));
        options.ratePerSecond = 2'000;
        options.maxRequests = 1'000;
        options.maxConnections = 32;
        LoadGenerator load(options);
        QSignalSpy finished(&load, &LoadGenerator::finished);
        QVERIFY_RESULT(load.start());
        QVERIFY(finished.wait(30'000));
        const auto &s = load.stats();
        QCOMPARE(s.failed, 0);
        const double n = double(s.completed);
        const double canary = double(s.byVersion.value(QStringLiteral("2.0.0")));
        QCOMPARE(canary + double(s.byVersion.value(QStringLiteral("1.0.0"))), n);
        const double p = weight / 100.0;
        const double sigma = std::sqrt(n * p * (1 - p));
        // Five standard deviations: a false failure about once in 1.7 million runs.
        QVERIFY2(std::fabs(canary - n * p) <= 5 * sigma + 0.5,
                 qPrintable(QStringLiteral("%1 of %2 to the canary at %3%").arg(canary).arg(n).arg(weight)));
    }

    void weightChangesUnderLoadDropNothing()
    {
        auto proxy = makeProxy(routes(QStringLiteral("1.0.0"), m_v1->port(), QStringLiteral("2.0.0"), m_v2->port(), 0));
        LoadGenerator::Options options;
        options.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(proxy->port()));
        options.ratePerSecond = 500;
        options.durationMs = 4'000;
        options.maxConnections = 32;
        LoadGenerator load(options);
        QSignalSpy finished(&load, &LoadGenerator::finished);
        // Every 40 ms a new split: weights sweep up and down, canary removed and re-added.
        int step = 0;
        QTimer changer;
        connect(&changer, &QTimer::timeout, this, [&] {
            ProxyRoutes r = routes(QStringLiteral("1.0.0"), m_v1->port(), QStringLiteral("2.0.0"), m_v2->port(), 0);
            const int phase = step++ % 25;
            r.split.canaryWeight = phase <= 10 ? phase * 10 : phase <= 20 ? (20 - phase) * 10 : 0;
            if (phase > 20)
                r.split.canaryVersion.clear();
            proxy->setRoutes(r);
        });
        changer.start(40);
        QVERIFY_RESULT(load.start());
        QVERIFY(finished.wait(30'000));
        changer.stop();
        const auto &s = load.stats();
        QVERIFY2(s.failed == 0, qPrintable(s.lastFailure));
        QCOMPARE(s.byClass[5], 0);
        QVERIFY(s.completed >= 1'500);
        QVERIFY(step >= 50);
        QVERIFY(s.byVersion.value(QStringLiteral("1.0.0")) > 0);
        QVERIFY(s.byVersion.value(QStringLiteral("2.0.0")) > 0);
    }
};

QTEST_GUILESS_MAIN(tst_ReverseProxy)
#include "tst_reverseproxy.moc"
