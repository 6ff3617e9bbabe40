// What the Components page drives through LocalProviderClient, with real demo-service processes:
// run status with probe results, scaling, restarting one instance, stopping a version, following
// an instance's output through "instance.log" events, checking a YAML file against the registry,
// and the audit records of every change.
#include "testsupport.h"

#include "backend/facade/backend.h"
#include "backend/providers/localproviderclient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace shipdeck;

namespace {

const QString kPayments = QStringLiteral("payments");
const QString kVersion = QStringLiteral("0.9.4");
const QString kInstance = QStringLiteral("payments-0.9.4-1");

ComponentRunStatus statusOf(LocalProviderClient &client, const QString &id)
{
    auto status = test::await(client.runStatus(id));
    return status && status.value().size() == 1 ? status.value().first() : ComponentRunStatus{};
}

const InstanceStatus *instance(const ComponentRunStatus &status, const QString &id)
{
    for (const VersionStatus &v : status.versions) {
        for (const InstanceStatus &i : v.instances) {
            if (i.id == id)
                return &i;
        }
    }
    return nullptr;
}

bool readyCount(LocalProviderClient &client, int ready)
{
    const ComponentRunStatus s = statusOf(client, kPayments);
    const VersionStatus *v = s.version(kVersion);
    return v && v->desiredReplicas == ready && v->readyReplicas == ready;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

} // namespace

class tst_LocalProviderControl : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Backend> m_backend;

private Q_SLOTS:
    void initTestCase()
    {
        BackendOptions options;
        options.fileLog = false;
        m_backend = std::make_unique<Backend>(options);
        Workspace::OpenOptions open;
        open.create = true;
        open.demo = true;
        QVERIFY_RESULT(test::await(m_backend->openWorkspace(m_dir.filePath(QStringLiteral("ws")), open)));
        QVERIFY_RESULT(test::await(m_backend->seedDemo(), 60'000));
    }

    void cleanupTestCase() { m_backend.reset(); }

    void statusBeforeAnythingRuns()
    {
        LocalProviderClient client(m_backend.get());
        auto all = test::await(client.runStatus());
        QVERIFY_RESULT(all);
        QStringList ids;
        for (const ComponentRunStatus &s : all.value()) {
            ids.append(s.componentId);
            QCOMPARE(s.health(), ComponentRunStatus::Health::NotRunning);
            QVERIFY(s.endpoint.isEmpty());
            QVERIFY(s.versions.isEmpty());
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("catalog"), kPayments, QStringLiteral("storefront")}));
        auto unknown = test::await(client.runStatus(QStringLiteral("nope")));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code(), ErrorCode::NotFound);
    }

    void deployShowsProbeResults()
    {
        LocalProviderClient client(m_backend.get());
        QVERIFY_RESULT(test::await(client.deployStable(kPayments, {QStringLiteral("alice"), QStringLiteral("smoke test")})));
        QTRY_VERIFY_WITH_TIMEOUT(readyCount(client, 1), 20'000);
        const ComponentRunStatus s = statusOf(client, kPayments);
        QCOMPARE(s.health(), ComponentRunStatus::Health::Healthy);
        QVERIFY(s.endpoint.startsWith(QLatin1String("http://127.0.0.1:")));
        QCOMPARE(s.traffic.stableVersion, kVersion);
        const InstanceStatus *i = instance(s, kInstance);
        QVERIFY(i);
        QCOMPARE(i->lastProbe, QStringLiteral("HTTP 200"));
        QVERIFY(i->lastProbeOk);
        QVERIFY(i->lastProbeAtMs >= i->startedAtMs);
    }

    void scalesUpAndDown()
    {
        LocalProviderClient client(m_backend.get());
        QVERIFY_RESULT(test::await(client.scaleVersion(kPayments, kVersion, 3, {QStringLiteral("alice"), {}})));
        QTRY_VERIFY_WITH_TIMEOUT(readyCount(client, 3), 20'000);
        QVERIFY_RESULT(test::await(client.scaleVersion(kPayments, kVersion, 2, {QStringLiteral("alice"), {}})));
        QTRY_VERIFY_WITH_TIMEOUT(readyCount(client, 2), 20'000);
        // The newest instance went away.
        const ComponentRunStatus s = statusOf(client, kPayments);
        QVERIFY(instance(s, QStringLiteral("payments-0.9.4-2")));
        QVERIFY(!instance(s, QStringLiteral("payments-0.9.4-3")));
    }

    void scaleRefusals_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("replicas");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown version") << kPayments << QStringLiteral("9.9.9") << 1 << int(ErrorCode::NotFound)
                                         << QStringLiteral("version 9.9.9 is neither the stable version (0.9.4)");
        QTest::newRow("unknown component") << QStringLiteral("nope") << kVersion << 1 << int(ErrorCode::NotFound)
                                           << QStringLiteral("component nope is not registered");
        QTest::newRow("too many") << kPayments << kVersion << 65 << int(ErrorCode::InvalidArgument)
                                  << QStringLiteral("65 replicas is outside 0–64");
        QTest::newRow("negative") << kPayments << kVersion << -1 << int(ErrorCode::InvalidArgument)
                                  << QStringLiteral("-1 replicas is outside 0–64");
    }
    void scaleRefusals()
    {
        QFETCH(QString, component);
        QFETCH(QString, version);
        QFETCH(int, replicas);
        QFETCH(int, code);
        QFETCH(QString, message);
        LocalProviderClient client(m_backend.get());
        auto refused = test::await(client.scaleVersion(component, version, replicas));
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().code()), code);
        QVERIFY2(refused.error().toString().contains(message), qPrintable(refused.error().toString()));
        QVERIFY(readyCount(client, 2)); // nothing changed
    }

    void followsOutputAcrossARestart()
    {
        LocalProviderClient client(m_backend.get());
        auto first = test::await(client.instanceLogSince(kInstance, 0));
        QVERIFY_RESULT(first);
        QStringList texts;
        for (const InstanceLogLine &line : first.value().lines)
            texts.append(line.text);
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(QStringLiteral("listening on http://127.0.0.1:")), qPrintable(texts.join('\n')));
        QCOMPARE(first.value().firstSeq, 0);
        QCOMPARE(first.value().missed, 0);
        const qint64 next = first.value().nextSeq;
        QCOMPARE(next, qint64(first.value().lines.size()));
        const qint64 oldPid = instance(statusOf(client, kPayments), kInstance)->pid;

        QSignalSpy events(m_backend.get(), &Backend::serviceEvent);
        QVERIFY_RESULT(test::await(client.restartInstance(kInstance, {QStringLiteral("alice"), QStringLiteral("stuck")})));
        // The backend announces new output of the instance (coalesced), and only the new lines come.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(), [](const QList<QVariant> &e) {
            return e.at(1).toString() == QLatin1String("instance.log")
                && e.at(2).toJsonObject().value(QStringLiteral("instances")).toArray().contains(kInstance);
        }), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(readyCount(client, 2) && instance(statusOf(client, kPayments), kInstance)->pid != oldPid, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            auto more = test::await(client.instanceLogSince(kInstance, next));
            if (!more || more.value().firstSeq != next)
                return false;
            QStringList lines;
            for (const InstanceLogLine &line : more.value().lines)
                lines.append(line.text);
            const QString text = lines.join(QLatin1Char('\n'));
            return text.contains(QStringLiteral("[shipdeck] restart requested")) && text.contains(QStringLiteral("[shipdeck] started pid"))
                && text.count(QStringLiteral("listening on")) == 1;
        }(), 20'000);
        const InstanceStatus *restarted = instance(statusOf(client, kPayments), kInstance);
        QCOMPARE(restarted->restarts, 0); // an operator's restart is not a crash
        QVERIFY(restarted->ready);

        auto missing = test::await(client.restartInstance(QStringLiteral("payments-0.9.4-9")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        auto noLog = test::await(client.instanceLogSince(QStringLiteral("payments-0.9.4-9"), 0));
        QVERIFY(!noLog);
        QCOMPARE(noLog.error().code(), ErrorCode::NotFound);
    }

    void stopsAVersion()
    {
        LocalProviderClient client(m_backend.get());
        QVERIFY_RESULT(test::await(client.stopVersion(kPayments, kVersion, {QStringLiteral("alice"), QStringLiteral("done")})));
        const ComponentRunStatus s = statusOf(client, kPayments);
        QVERIFY(s.versions.isEmpty());
        QCOMPARE(s.health(), ComponentRunStatus::Health::NotRunning);
        // Stopping what does not run changes nothing.
        QVERIFY_RESULT(test::await(client.stopVersion(kPayments, kVersion)));
    }

    void checksFiles_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("updates");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("line");
        const QByteArray web = "id: web\nversion: 1.0.0\nrun:\n  command: shipdeck-demo-service\ndependencies: [catalog]\n";
        QTest::newRow("new") << web << QStringList{QStringLiteral("web")} << QStringList{} << QString() << 0;
        QTest::newRow("update and new") << QByteArray(web + "---\nid: catalog\nversion: 2.4.0\nrun: {command: shipdeck-demo-service}\n")
                                        << QStringList{QStringLiteral("web"), QStringLiteral("catalog")}
                                        << QStringList{QStringLiteral("catalog")} << QString() << 0;
        QTest::newRow("unknown key") << QByteArray("id: web\nversion: 1.0.0\nreplica: 3\n") << QStringList{} << QStringList{}
                                     << QStringLiteral("web.yaml:3:1: unknown key") << 3;
        QTest::newRow("broken yaml") << QByteArray("id: web\nversion: [1.0\n") << QStringList{} << QStringList{}
                                     << QStringLiteral("web.yaml:") << 0;
        QTest::newRow("missing dependency") << QByteArray("id: web\nversion: 1.0.0\nrun: {command: x}\ndependencies: [api]\n")
                                            << QStringList{QStringLiteral("web")} << QStringList{}
                                            << QStringLiteral("missing dependency: web → api") << 0;
        QTest::newRow("empty") << QByteArray("# nothing\n") << QStringList{} << QStringList{}
                               << QStringLiteral("no component definition found") << 0;
    }
    void checksFiles()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, updates);
        QFETCH(QString, problem);
        QFETCH(int, line);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("web.yaml"), yaml);
        LocalProviderClient client(m_backend.get());
        auto check = test::await(client.checkFile(path));
        QVERIFY_RESULT(check);
        QCOMPARE(check.value().text, QString::fromUtf8(yaml));
        QStringList parsed;
        for (const ComponentDefinition &c : check.value().components)
            parsed.append(c.id);
        QCOMPARE(parsed, ids);
        QCOMPARE(check.value().updates, updates);
        QCOMPARE(check.value().problem.has_value(), !problem.isEmpty());
        if (check.value().problem) {
            const Error &e = *check.value().problem;
            QVERIFY2(e.toString().contains(problem), qPrintable(e.toString()));
            if (line > 0)
                QCOMPARE(e.details().value(QStringLiteral("line")).toInt(), line);
        }
        // Checking registers nothing.
        auto registered = test::await(client.components());
        QVERIFY_RESULT(registered);
        QCOMPARE(registered.value().size(), 3);
    }

    void checkRefusesUnreadableFiles()
    {
        QTemporaryDir dir;
        LocalProviderClient client(m_backend.get());
        auto missing = test::await(client.checkFile(dir.filePath(QStringLiteral("absent.yaml"))));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        QVERIFY(missing.error().toString().contains(QStringLiteral("absent.yaml")));
        const QString big = writeFile(dir, QStringLiteral("big.yaml"), QByteArray(1024 * 1024 + 1, '#'));
        auto tooBig = test::await(client.checkFile(big));
        QVERIFY(!tooBig);
        QCOMPARE(tooBig.error().code(), ErrorCode::InvalidArgument);
    }

    void addAndRemoveAnnounceAndAudit()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("web.yaml"),
                                       "id: web\nversion: 1.0.0\nrun: {command: shipdeck-demo-service}\ndependencies: [catalog]\n");
        LocalProviderClient client(m_backend.get());
        QSignalSpy events(m_backend.get(), &Backend::serviceEvent);
        auto added = test::await(client.addFromFile(path, {QStringLiteral("alice"), {}}));
        QVERIFY_RESULT(added);
        QCOMPARE(added.value(), QStringList{QStringLiteral("web")});
        auto refused = test::await(client.remove(QStringLiteral("catalog"), {QStringLiteral("alice"), {}}));
        QVERIFY(!refused);
        QVERIFY(refused.error().toString().contains(QStringLiteral("needed by storefront, web")));
        QVERIFY_RESULT(test::await(client.remove(QStringLiteral("web"), {QStringLiteral("alice"), QStringLiteral("trial over")})));
        QTRY_COMPARE(std::count_if(events.cbegin(), events.cend(), [](const QList<QVariant> &e) {
            return e.at(1).toString() == QLatin1String("components.changed")
                && e.at(2).toJsonObject().value(QStringLiteral("ids")).toArray() == QJsonArray{QStringLiteral("web")};
        }), 2);
    }

    // Runs last: every change above with an actor left an audit record.
    void zChangesAreAudited()
    {
        auto records = test::await(m_backend->auditLog(100));
        QVERIFY_RESULT(records);
        QStringList seen;
        for (const AuditRecord &r : records.value()) {
            if (!r.action.startsWith(QLatin1String("component.")))
                continue;
            QCOMPARE(r.actor, QStringLiteral("alice"));
            seen.prepend(QStringLiteral("%1 %2 %3").arg(r.action, r.target, r.detail));
        }
        const QStringList expected{
            QStringLiteral("component.deploy payments {\"reason\":\"smoke test\"}"),
            QStringLiteral("component.scale payments@0.9.4 {\"from\":1,\"to\":3}"),
            QStringLiteral("component.scale payments@0.9.4 {\"from\":3,\"to\":2}"),
            QStringLiteral("component.restart payments-0.9.4-1 {\"reason\":\"stuck\"}"),
            QStringLiteral("component.stop payments@0.9.4 {\"reason\":\"done\"}"),
        };
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(seen.value(i), expected.at(i));
        QVERIFY(seen.value(5).startsWith(QStringLiteral("component.add web {\"components\":[\"web 1.0.0\"]")));
        QCOMPARE(seen.value(6), QStringLiteral("component.remove web {\"reason\":\"trial over\"}"));
        QCOMPARE(seen.size(), 7);
    }
};

QTEST_GUILESS_MAIN(tst_LocalProviderControl)
#include "tst_localprovidercontrol.moc"
