// The local provider's supervisor, readiness gating, traffic and metrics endpoint with real
// child processes.
#include "httptestclient.h"
#include "testsupport.h"

#include "backend/providers/loadgenerator.h"
#include "backend/providers/localprovider.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <csignal>

using namespace shipdeck;
using namespace shipdeck::test;

namespace {

ComponentDefinition demoComponent(const QString &id = QStringLiteral("web"))
{
    ComponentDefinition c;
    c.id = id;
    c.name = id;
    c.version = QStringLiteral("1.0.0");
    c.run.command = program(QStringLiteral("shipdeck-demo-service"));
    c.run.args = {QStringLiteral("--port"), QStringLiteral("{port}"), QStringLiteral("--version"), QStringLiteral("{version}"),
                  QStringLiteral("--name"), QStringLiteral("{component}")};
    c.healthCheck.kind = HealthCheck::Kind::Http;
    c.healthCheck.periodMs = 100;
    c.healthCheck.timeoutMs = 500;
    c.versions.insert(QStringLiteral("bad"), {{QStringLiteral("--unhealthy")}, {}, {}});
    return c;
}

ComponentDefinition shellComponent(const QString &script)
{
    ComponentDefinition c;
    c.id = QStringLiteral("sh");
    c.version = QStringLiteral("1");
    c.run.command = QStringLiteral("/bin/sh");
    c.run.args = {QStringLiteral("-c"), script};
    c.healthCheck.kind = HealthCheck::Kind::None;
    return c;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

int readyReplicas(LocalProvider &p, const QString &component, const QString &version)
{
    const auto status = p.status(component);
    if (!status)
        return -1;
    for (const VersionStatus &v : status.value()) {
        if (v.version == version)
            return v.readyReplicas;
    }
    return 0;
}

QStringList logText(LocalProvider &p, const QString &instance)
{
    QStringList out;
    const auto lines = p.instanceLog(instance);
    if (lines) {
        for (const InstanceLogLine &l : lines.value())
            out.append(l.text);
    }
    return out;
}

} // namespace

class tst_LocalProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsReadyInstancesAndRoutesToThem()
    {
        LocalProvider provider;
        QVERIFY_RESULT(provider.start());
        const ComponentDefinition c = demoComponent();
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("1.0.0"), 2));
        QTRY_COMPARE_WITH_TIMEOUT(readyReplicas(provider, QStringLiteral("web"), QStringLiteral("1.0.0")), 2, 15'000);
        const auto status = provider.status(QStringLiteral("web")).value();
        QCOMPARE(status.size(), 1);
        const auto instances = status.first().instances;
        QCOMPARE(instances.size(), 2);
        QVERIFY(instances.at(0).port != instances.at(1).port);
        QCOMPARE(instances.at(0).id, QStringLiteral("web-1.0.0-1"));
        QVERIFY(processAlive(instances.at(0).pid));

        // Idempotent: the same call again leaves the running instances alone.
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("1.0.0"), 2));
        QCOMPARE(provider.status(QStringLiteral("web")).value().first().instances.at(0).pid, instances.at(0).pid);

        QCOMPARE(provider.traffic(QStringLiteral("web")).value().stableVersion, QStringLiteral("1.0.0"));
        HttpTestClient client(provider.proxyPort(QStringLiteral("web")));
        auto reply = client.request(HttpTestClient::get("/"));
        QVERIFY_RESULT(reply);
        QVERIFY2(reply.value().body.contains("\"service\":\"web\",\"version\":\"1.0.0\""), reply.value().body.constData());
        QVERIFY(provider.endpoint(QStringLiteral("web")).startsWith(QStringLiteral("http://127.0.0.1:")));

        // Scale down and back up.
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("1.0.0"), 1));
        QCOMPARE(provider.status(QStringLiteral("web")).value().first().instances.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(instances.at(1).pid), 10'000);
        QVERIFY(processAlive(instances.at(0).pid));
    }

    void expandsTemplatesAndCapturesOutput()
    {
        QTemporaryDir logs;
        LocalProviderOptions options;
        options.logsDir = logs.path();
        LocalProvider provider(options);
        ComponentDefinition c = shellComponent(QStringLiteral(
            "echo \"port={port} version={version} component={component} instance={instance} env=$GREETING\"; "
            "echo oops >&2; exec sleep 60"));
        c.run.env.insert(QStringLiteral("GREETING"), QStringLiteral("hello-{version}-{port}"));
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("7.1"), 1));
        QTRY_VERIFY_WITH_TIMEOUT(logText(provider, QStringLiteral("sh-7.1-1")).join(QLatin1Char('\n')).contains(QStringLiteral("oops")), 10'000);
        const int port = provider.status(QStringLiteral("sh")).value().first().instances.first().port;
        const QStringList lines = logText(provider, QStringLiteral("sh-7.1-1"));
        QVERIFY2(lines.contains(QStringLiteral("port=%1 version=7.1 component=sh instance=sh-7.1-1 env=hello-7.1-%1").arg(port)),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        const auto captured = provider.instanceLog(QStringLiteral("sh-7.1-1")).value();
        const bool stderrSeen = std::any_of(captured.cbegin(), captured.cend(),
                                            [](const InstanceLogLine &l) { return l.isStderr && l.text == QLatin1String("oops"); });
        QVERIFY(stderrSeen);
        QFile file(provider.instanceLogPath(QStringLiteral("sh-7.1-1")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(" stdout port="));
        QVERIFY(text.contains(" stderr oops"));
    }

    void rotatesInstanceLogs()
    {
        QTemporaryDir logs;
        LocalProviderOptions options;
        options.logsDir = logs.path();
        options.logLimits.maxLines = 100;
        options.logLimits.maxFileBytes = 20'000;
        options.logLimits.keepFiles = 2;
        LocalProvider provider(options);
        const ComponentDefinition c = shellComponent(QStringLiteral(
            "i=1; while [ $i -le 3000 ]; do echo \"line $i of the output of a chatty service\"; i=$((i+1)); done; exec sleep 60"));
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("1"), 1));
        const QString id = QStringLiteral("sh-1-1");
        QTRY_VERIFY_WITH_TIMEOUT(logText(provider, id).contains(QStringLiteral("line 3000 of the output of a chatty service")), 15'000);
        const QStringList lines = logText(provider, id);
        QCOMPARE(lines.size(), 100); // the in-memory ring keeps the newest lines
        QCOMPARE(lines.last(), QStringLiteral("line 3000 of the output of a chatty service"));
        const QString path = provider.instanceLogPath(id);
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".1")));
        QVERIFY(QFile::exists(path + QStringLiteral(".2")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".3")));
        QVERIFY(QFileInfo(path + QStringLiteral(".1")).size() <= 20'000);
    }

    void restartsCrashedInstancesWithBackoff()
    {
        LocalProviderOptions options;
        options.restartPolicy = {1'000'000, 100, 10'000, 2.0, 0.0};
        LocalProvider provider(options);
        const ComponentDefinition c = shellComponent(QStringLiteral("echo started; exit 3"));
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("1"), 1));
        QTRY_VERIFY_WITH_TIMEOUT(provider.status(QStringLiteral("sh")).value().first().instances.first().restarts >= 4, 15'000);
        const QStringList lines = logText(provider, QStringLiteral("sh-1-1"));
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("restarting in 100 ms (crash 1 in a row)")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("restarting in 200 ms (crash 2 in a row)")));
        QVERIFY(all.contains(QStringLiteral("restarting in 400 ms (crash 3 in a row)")));
        QVERIFY(all.contains(QStringLiteral("process exited with code 3")));
        QVERIFY(provider.status(QStringLiteral("sh")).value().first().instances.first().lastError.contains(QStringLiteral("code 3")));
    }

    void crashedServiceComesBackReady()
    {
        LocalProviderOptions options;
        options.restartPolicy = {1'000'000, 100, 1'000, 2.0, 0.0};
        LocalProvider provider(options);
        ComponentDefinition c = demoComponent();
        c.run.args += {QStringLiteral("--crash-after-ms"), QStringLiteral("700")};
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("1.0.0"), 1));
        QTRY_VERIFY_WITH_TIMEOUT(provider.status(QStringLiteral("web")).value().first().instances.first().restarts >= 1, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(readyReplicas(provider, QStringLiteral("web"), QStringLiteral("1.0.0")), 1, 15'000);
    }

    void gracefulStopThenForcedKill_data()
    {
        QTest::addColumn<bool>("ignoresTerm");
        QTest::newRow("exits on SIGTERM") << false;
        QTest::newRow("ignores SIGTERM") << true;
    }

    void gracefulStopThenForcedKill()
    {
        QFETCH(bool, ignoresTerm);
        LocalProviderOptions options;
        options.graceMs = 700;
        LocalProvider provider(options);
        ComponentDefinition c = demoComponent();
        if (ignoresTerm)
            c.run.args.append(QStringLiteral("--ignore-sigterm"));
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("1.0.0"), 1));
        QTRY_COMPARE_WITH_TIMEOUT(readyReplicas(provider, QStringLiteral("web"), QStringLiteral("1.0.0")), 1, 15'000);
        const qint64 pid = provider.status(QStringLiteral("web")).value().first().instances.first().pid;
        QElapsedTimer timer;
        timer.start();
        QVERIFY_RESULT(provider.removeVersion(QStringLiteral("web"), QStringLiteral("1.0.0")));
        QVERIFY(provider.status(QStringLiteral("web")).value().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 10'000);
        if (ignoresTerm)
            QVERIFY2(timer.elapsed() >= 600, qPrintable(QString::number(timer.elapsed())));
        else
            QVERIFY2(timer.elapsed() < 600, qPrintable(QString::number(timer.elapsed())));
        // Idempotent: removing it again is fine.
        QVERIFY_RESULT(provider.removeVersion(QStringLiteral("web"), QStringLiteral("1.0.0")));
    }

    void missingProgramIsAClearError()
    {
        LocalProvider provider;
        ComponentDefinition c = demoComponent();
        c.versions.insert(QStringLiteral("9.9.9"), {{}, {}, QStringLiteral("/opt/nowhere/storefront-9.9.9")});
        auto result = provider.ensureVersion(c, QStringLiteral("9.9.9"), 1);
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::NotFound);
        const QString text = result.error().toString();
        QVERIFY2(text.contains(QStringLiteral("/opt/nowhere/storefront-9.9.9")) && text.contains(QStringLiteral("web version 9.9.9")),
                 qPrintable(text));
        c.run.command = QStringLiteral("no-such-program-anywhere");
        auto onPath = provider.ensureVersion(c, QStringLiteral("1.0.0"), 1);
        QVERIFY(!onPath);
        QVERIFY(onPath.error().toString().contains(QStringLiteral("no-such-program-anywhere")));
    }

    void readinessGatesTraffic()
    {
        LocalProvider provider;
        const ComponentDefinition c = demoComponent();
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("1.0.0"), 1));
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("bad"), 1));
        TrafficSplit split;
        split.stableVersion = QStringLiteral("1.0.0");
        split.canaryVersion = QStringLiteral("bad");
        split.canaryWeight = 100;
        QVERIFY_RESULT(provider.setTraffic(QStringLiteral("web"), split));
        QTRY_COMPARE_WITH_TIMEOUT(readyReplicas(provider, QStringLiteral("web"), QStringLiteral("1.0.0")), 1, 15'000);
        // The bad version runs but never passes its probe: it gets no request.
        const auto bad = provider.status(QStringLiteral("web")).value();
        HttpTestClient client(provider.proxyPort(QStringLiteral("web")));
        for (int i = 0; i < 10; ++i) {
            auto reply = client.request(HttpTestClient::get("/version"));
            QVERIFY_RESULT(reply);
            QCOMPARE(reply.value().body, QByteArray("1.0.0\n"));
        }
        QCOMPARE(readyReplicas(provider, QStringLiteral("web"), QStringLiteral("bad")), 0);
        const auto statuses = provider.status(QStringLiteral("web")).value();
        for (const VersionStatus &v : statuses) {
            if (v.version == QLatin1String("bad")) {
                QVERIFY(v.instances.first().running);
                QVERIFY2(v.instances.first().lastError.contains(QStringLiteral("HTTP 503")), qPrintable(v.instances.first().lastError));
            }
        }
    }

    void rejectsInvalidTraffic_data()
    {
        QTest::addColumn<QString>("stable");
        QTest::addColumn<QString>("canary");
        QTest::addColumn<int>("weight");
        QTest::addColumn<QString>("message");
        QTest::newRow("weight above 100") << "1.0.0" << "bad" << 101 << "outside 0–100";
        QTest::newRow("negative weight") << "1.0.0" << "bad" << -1 << "outside 0–100";
        QTest::newRow("no stable") << "" << "bad" << 10 << "no stable version";
        QTest::newRow("unknown canary") << "1.0.0" << "3.0.0" << 10 << "version 3.0.0 is not deployed";
        QTest::newRow("canary is stable") << "1.0.0" << "1.0.0" << 10 << "the canary is the stable version";
        QTest::newRow("weight without canary") << "1.0.0" << "" << 10 << "without a canary version";
    }

    void rejectsInvalidTraffic()
    {
        QFETCH(QString, stable);
        QFETCH(QString, canary);
        QFETCH(int, weight);
        QFETCH(QString, message);
        LocalProvider provider;
        const ComponentDefinition c = demoComponent();
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("1.0.0"), 1));
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("bad"), 1));
        const TrafficSplit before = provider.traffic(QStringLiteral("web")).value();
        auto result = provider.setTraffic(QStringLiteral("web"), {stable, canary, weight, {}, {}});
        QVERIFY(!result);
        QVERIFY2(result.error().message().contains(message), qPrintable(result.error().message()));
        QCOMPARE(provider.traffic(QStringLiteral("web")).value(), before);
        QCOMPARE(provider.setTraffic(QStringLiteral("nope"), before).error().code(), ErrorCode::NotFound);
    }

    void canaryLifecycleUnderLoadDropsNothing()
    {
        // What a rollout does to the provider, under continuous load: start a canary, shift
        // weight step by step, abort (weight 0, canary removed), start again, promote (the
        // canary becomes stable, the old stable version is removed). No request may fail.
        LocalProviderOptions options;
        options.graceMs = 2'000;
        LocalProvider provider(options);
        ComponentDefinition c = demoComponent();
        c.versions.insert(QStringLiteral("2.0.0"), {});
        const QString web = QStringLiteral("web");
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("1.0.0"), 2));
        QTRY_COMPARE_WITH_TIMEOUT(readyReplicas(provider, web, QStringLiteral("1.0.0")), 2, 15'000);

        LoadGenerator::Options load;
        load.url = QUrl(provider.endpoint(web) + QStringLiteral("/"));
        load.ratePerSecond = 300;
        load.durationMs = 60'000;
        load.maxConnections = 32;
        LoadGenerator generator(load);
        QSignalSpy finished(&generator, &LoadGenerator::finished);
        QVERIFY_RESULT(generator.start());
        auto split = [](const QString &stable, const QString &canary, int weight) {
            return TrafficSplit{stable, canary, weight, {}, {}};
        };
        auto served = [&](const QString &version) { return generator.stats().byVersion.value(version); };
        auto settle = [&](qint64 moreRequests) {
            const qint64 target = generator.stats().completed + moreRequests;
            return QTest::qWaitFor([&] { return generator.stats().completed >= target; }, 15'000);
        };

        QVERIFY(settle(100));
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("2.0.0"), 1));
        QTRY_COMPARE_WITH_TIMEOUT(readyReplicas(provider, web, QStringLiteral("2.0.0")), 1, 15'000);
        for (int weight : {10, 50, 100}) {
            QVERIFY_RESULT(provider.setTraffic(web, split(QStringLiteral("1.0.0"), QStringLiteral("2.0.0"), weight)));
            QVERIFY(settle(150));
        }
        QVERIFY(served(QStringLiteral("2.0.0")) > 0);
        // Abort.
        QVERIFY_RESULT(provider.setTraffic(web, split(QStringLiteral("1.0.0"), {}, 0)));
        QVERIFY_RESULT(provider.removeVersion(web, QStringLiteral("2.0.0")));
        QVERIFY(settle(100)); // requests that chose the canary before the switch finish there
        const qint64 canaryBefore = served(QStringLiteral("2.0.0"));
        QVERIFY(settle(150));
        QCOMPARE(served(QStringLiteral("2.0.0")), canaryBefore);
        // Again, then promote.
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("2.0.0"), 2));
        QTRY_COMPARE_WITH_TIMEOUT(readyReplicas(provider, web, QStringLiteral("2.0.0")), 2, 15'000);
        QVERIFY_RESULT(provider.setTraffic(web, split(QStringLiteral("1.0.0"), QStringLiteral("2.0.0"), 50)));
        QVERIFY(settle(150));
        QVERIFY_RESULT(provider.setTraffic(web, split(QStringLiteral("2.0.0"), {}, 0)));
        QVERIFY_RESULT(provider.removeVersion(web, QStringLiteral("1.0.0")));
        QVERIFY(settle(100));
        const qint64 oldBefore = served(QStringLiteral("1.0.0"));
        QVERIFY(settle(300));
        QCOMPARE(served(QStringLiteral("1.0.0")), oldBefore);
        generator.stop();
        QVERIFY(finished.wait(15'000));
        const auto &s = generator.stats();
        QVERIFY2(s.failed == 0, qPrintable(s.lastFailure));
        QCOMPARE(s.byClass[5], 0);
        QVERIFY(s.completed >= 1'000);
        QCOMPARE(provider.status(web).value().size(), 1);
    }

    void servesMetricsOnTheAdminListener()
    {
        LocalProvider provider;
        QVERIFY_RESULT(provider.start());
        const ComponentDefinition c = demoComponent();
        QVERIFY_RESULT(provider.ensureVersion(c, QStringLiteral("1.0.0"), 2));
        QTRY_COMPARE_WITH_TIMEOUT(readyReplicas(provider, QStringLiteral("web"), QStringLiteral("1.0.0")), 2, 15'000);
        HttpTestClient client(provider.proxyPort(QStringLiteral("web")));
        for (int i = 0; i < 7; ++i)
            QVERIFY_RESULT(client.request(HttpTestClient::get("/")));
        QVERIFY_RESULT(client.request(HttpTestClient::get("/missing")));
        const QUrl url(provider.metricsUrl(QStringLiteral("web")));
        QCOMPARE(url.path(), QStringLiteral("/metrics/web"));
        HttpTestClient admin(quint16(url.port()));
        auto reply = admin.request(HttpTestClient::get(url.path().toUtf8()));
        QVERIFY_RESULT(reply);
        QCOMPARE(reply.value().status(), 200);
        QCOMPARE(reply.value().head.header("content-type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const QByteArray text = reply.value().body;
        QVERIFY2(text.contains("shipdeck_proxy_requests_total{component=\"web\",version=\"1.0.0\",code_class=\"2xx\"} 7\n"), text.constData());
        QVERIFY(text.contains("shipdeck_proxy_requests_total{component=\"web\",version=\"1.0.0\",code_class=\"4xx\"} 1\n"));
        QVERIFY(text.contains("shipdeck_proxy_request_duration_seconds_count{component=\"web\",version=\"1.0.0\"} 8\n"));
        QVERIFY(text.contains("shipdeck_proxy_request_duration_seconds_bucket{component=\"web\",version=\"1.0.0\",le=\"+Inf\"} 8\n"));
        QVERIFY(text.contains("shipdeck_proxy_traffic_weight{component=\"web\",version=\"1.0.0\"} 100\n"));
        QVERIFY(text.contains("shipdeck_instances_ready{component=\"web\",version=\"1.0.0\"} 2\n"));
        QVERIFY(text.contains("shipdeck_proxy_upstream_errors_total{component=\"web\",version=\"1.0.0\",kind=\"reset\"} 0\n"));
        // The application's own /metrics path is not shadowed: the admin listener is separate.
        QVERIFY(url.port() != provider.proxyPort(QStringLiteral("web")));
        auto unknown = admin.request(HttpTestClient::get("/metrics/nope"));
        QVERIFY_RESULT(unknown);
        QCOMPARE(unknown.value().status(), 404);
    }
};

QTEST_GUILESS_MAIN(tst_LocalProvider)
#include "tst_localprovider.moc"
