#include "backend/kube/jsonpath.h"
#include "backend/kube/kubeobjectstore.h"
#include "backend/kube/kuberesourcetype.h"
#include "backend/kube/kubestatus.h"
#include "backend/kube/kubesummarizer.h"
#include "backend/kube/watchdecoder.h"
#include "testsupport.h"

using namespace shipdeck;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

KubeObjectRow row(const QString &ns, const QString &name, const QString &cell = {})
{
    KubeObjectRow r;
    r.namespaceName = ns;
    r.name = name;
    r.cells = {cell};
    return r;
}

} // namespace

class TestKubeStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("field") << QStringLiteral(".status.phase") << QStringLiteral("Running");
        QTest::newRow("braces") << QStringLiteral("{.spec.replicas}") << QStringLiteral("3");
        QTest::newRow("index") << QStringLiteral(".spec.containers[0].image") << QStringLiteral("nginx:1");
        QTest::newRow("all") << QStringLiteral(".spec.containers[*].name") << QStringLiteral("web,sidecar");
        QTest::newRow("filter") << QStringLiteral(".status.conditions[?(@.type==\"Ready\")].status") << QStringLiteral("True");
        QTest::newRow("quoted key") << QStringLiteral(".metadata.labels['app.kubernetes.io/name']") << QStringLiteral("shop");
        QTest::newRow("missing") << QStringLiteral(".status.nothing") << QString();
        QTest::newRow("bool") << QStringLiteral(".spec.paused") << QStringLiteral("false");
    }

    void jsonPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const QJsonObject o = json(R"({"metadata":{"labels":{"app.kubernetes.io/name":"shop"}},
            "spec":{"replicas":3,"paused":false,"containers":[{"name":"web","image":"nginx:1"},{"name":"sidecar","image":"envoy"}]},
            "status":{"phase":"Running","conditions":[{"type":"Available","status":"False"},{"type":"Ready","status":"True"}]}})");
        auto compiled = JsonPath::compile(path);
        QVERIFY_RESULT(compiled);
        QCOMPARE(compiled->text(o), expected);
    }

    void jsonPathErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("unclosed") << QStringLiteral(".a[0");
        QTest::newRow("empty field") << QStringLiteral(".a..b");
        QTest::newRow("bad subscript") << QStringLiteral(".a[x]");
        QTest::newRow("bad filter") << QStringLiteral(".a[?(@.b>1)]");
        QTest::newRow("garbage") << QStringLiteral("a.b");
    }

    void jsonPathErrors()
    {
        QFETCH(QString, path);
        auto compiled = JsonPath::compile(path);
        QVERIFY(!compiled);
        QCOMPARE(compiled.error().code(), ErrorCode::Parse);
        QVERIFY(compiled.error().message().contains(path));
    }

    void watchDecoderFramesSplitEvents()
    {
        const QByteArray stream =
            R"({"type":"ADDED","object":{"metadata":{"name":"a","resourceVersion":"1"}}})" "\n"
            R"({"type":"BOOKMARK","object":{"metadata":{"resourceVersion":"7"}}})" "\n"
            R"({"type":"DELETED","object":{"metadata":{"name":"a","resourceVersion":"8"}}})" "\n";
        // Any split point must give the same events.
        for (int split = 1; split < stream.size(); split += 7) {
            WatchDecoder d;
            QList<WatchEvent> events;
            QVERIFY_RESULT(d.feed(stream.left(split), events));
            QVERIFY_RESULT(d.feed(stream.mid(split), events));
            QVERIFY_RESULT(d.finish());
            QCOMPARE(events.size(), 3);
            QCOMPARE(events.at(1).type, WatchEvent::Type::Bookmark);
            QCOMPARE(events.at(2).type, WatchEvent::Type::Deleted);
        }
    }

    void watchDecoderMalformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("goodEvents");
        QTest::addColumn<bool>("feedFails");
        const QByteArray good = R"({"type":"ADDED","object":{"metadata":{"name":"a"}}})" "\n";
        QTest::newRow("truncated frame at end") << good + "{\"type\":\"MODIFIED\",\"object\":{\"metad" << 1 << false;
        QTest::newRow("garbage line") << good + "this is not json\n" + good << 1 << true;
        QTest::newRow("unknown type") << QByteArray(R"({"type":"EXPLODED","object":{"metadata":{"name":"a"}}})" "\n") << 0 << true;
        QTest::newRow("no metadata") << QByteArray(R"({"type":"ADDED","object":{}})" "\n") << 0 << true;
        QTest::newRow("array") << QByteArray("[1,2]\n") << 0 << true;
    }

    void watchDecoderMalformed()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, goodEvents);
        QFETCH(bool, feedFails);
        WatchDecoder d;
        QList<WatchEvent> events;
        const Result<void> fed = d.feed(data, events);
        QCOMPARE(events.size(), goodEvents); // nothing before the bad frame is lost
        if (feedFails) {
            QVERIFY(!fed);
            QCOMPARE(fed.error().code(), ErrorCode::Parse);
        } else {
            QVERIFY_RESULT(fed);
            const Result<void> end = d.finish();
            QVERIFY(!end);
            QVERIFY(end.error().message().contains(QStringLiteral("truncated")));
        }
    }

    void storeBatchesChanges()
    {
        KubeObjectStore store({QStringLiteral("Status")});
        store.setBatchIntervalMs(50);
        QSignalSpy spy(&store, &KubeObjectStore::changed);
        for (int i = 0; i < 1000; ++i)
            store.upsert(row(QStringLiteral("ns"), QStringLiteral("pod-%1").arg(i), QStringLiteral("Pending")));
        store.remove(QStringLiteral("ns/pod-5"));
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.size(), 1); // one batch, not 1001 signals
        const auto delta = spy.takeFirst().at(0).value<KubeStoreDelta>();
        QCOMPARE(delta.upserted.size(), 999);
        QVERIFY(delta.removed.isEmpty()); // added and removed within one batch: never shown
        QCOMPARE(delta.sequence, quint64(1));

        // Unchanged content (only resourceVersion moved) is not republished.
        KubeObjectRow same = row(QStringLiteral("ns"), QStringLiteral("pod-1"), QStringLiteral("Pending"));
        same.resourceVersion = QStringLiteral("99");
        store.upsert(same);
        store.upsert(row(QStringLiteral("ns"), QStringLiteral("pod-2"), QStringLiteral("Running")));
        store.remove(QStringLiteral("ns/pod-3"));
        QVERIFY(spy.wait(2000));
        const auto second = spy.takeFirst().at(0).value<KubeStoreDelta>();
        QCOMPARE(second.upserted.size(), 1);
        QCOMPARE(second.upserted.first().cells.first(), QStringLiteral("Running"));
        QCOMPARE(second.removed, QStringList{QStringLiteral("ns/pod-3")});
        QCOMPARE(store.find(QStringLiteral("ns/pod-1"))->resourceVersion, QStringLiteral("99"));
    }

    void storeReplaceReportsDifferences()
    {
        KubeObjectStore store({QStringLiteral("Status")});
        store.upsert(row(QStringLiteral("a"), QStringLiteral("keep"), QStringLiteral("x")));
        store.upsert(row(QStringLiteral("a"), QStringLiteral("gone"), QStringLiteral("x")));
        store.upsert(row(QStringLiteral("a"), QStringLiteral("changed"), QStringLiteral("x")));
        store.flush();
        QSignalSpy spy(&store, &KubeObjectStore::changed);
        store.replace({row(QStringLiteral("a"), QStringLiteral("keep"), QStringLiteral("x")),
                       row(QStringLiteral("a"), QStringLiteral("changed"), QStringLiteral("y")),
                       row(QStringLiteral("a"), QStringLiteral("new"), QStringLiteral("z"))});
        store.flush();
        QCOMPARE(spy.size(), 1);
        const auto delta = spy.takeFirst().at(0).value<KubeStoreDelta>();
        QCOMPARE(delta.removed, QStringList{QStringLiteral("a/gone")});
        QCOMPARE(delta.upserted.size(), 2);
        QCOMPARE(store.size(), 3);
        const KubeStoreDelta snap = store.snapshot();
        QVERIFY(snap.reset);
        QCOMPARE(snap.upserted.size(), 3);
    }

    void podStatus_data()
    {
        QTest::addColumn<QByteArray>("pod");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("ready");
        QTest::addColumn<QString>("restarts");
        QTest::newRow("running") << QByteArray(R"({"spec":{"containers":[{"name":"a"},{"name":"b"}]},"status":{"phase":"Running",
            "containerStatuses":[{"name":"a","ready":true,"restartCount":2,"state":{"running":{}}},{"name":"b","ready":false,"restartCount":1,"state":{"running":{}}}]}})")
                                 << QStringLiteral("Running") << QStringLiteral("1/2") << QStringLiteral("3");
        QTest::newRow("crashloop") << QByteArray(R"({"spec":{"containers":[{"name":"a"}]},"status":{"phase":"Running",
            "containerStatuses":[{"name":"a","ready":false,"restartCount":7,"state":{"waiting":{"reason":"CrashLoopBackOff"}}}]}})")
                                   << QStringLiteral("CrashLoopBackOff") << QStringLiteral("0/1") << QStringLiteral("7");
        QTest::newRow("init") << QByteArray(R"({"spec":{"initContainers":[{"name":"i"}],"containers":[{"name":"a"}]},"status":{"phase":"Pending",
            "initContainerStatuses":[{"name":"i","state":{"running":{}}}]}})")
                              << QStringLiteral("Init:0/1") << QStringLiteral("0/1") << QStringLiteral("0");
        QTest::newRow("terminating") << QByteArray(R"({"metadata":{"deletionTimestamp":"2026-01-01T00:00:00Z"},"spec":{"containers":[{"name":"a"}]},"status":{"phase":"Running"}})")
                                     << QStringLiteral("Terminating") << QStringLiteral("0/1") << QStringLiteral("0");
        QTest::newRow("oom") << QByteArray(R"({"spec":{"containers":[{"name":"a"}]},"status":{"phase":"Running",
            "containerStatuses":[{"name":"a","restartCount":1,"state":{"terminated":{"reason":"OOMKilled","exitCode":137}}}]}})")
                             << QStringLiteral("OOMKilled") << QStringLiteral("0/1") << QStringLiteral("1");
    }

    void podStatus()
    {
        QFETCH(QByteArray, pod);
        QFETCH(QString, status);
        QFETCH(QString, ready);
        QFETCH(QString, restarts);
        KubeSummarizer s(*KubeResourceType::find(QStringLiteral("pods")));
        QCOMPARE(s.columns().mid(0, 3), (QStringList{QStringLiteral("Status"), QStringLiteral("Ready"), QStringLiteral("Restarts")}));
        const KubeObjectRow r = s.summarize(QJsonDocument::fromJson(pod).object());
        QCOMPARE(r.cells.at(0), status);
        QCOMPARE(r.cells.at(1), ready);
        QCOMPARE(r.cells.at(2), restarts);
    }

    void secretValuesNeverKept()
    {
        KubeSummarizer s(*KubeResourceType::find(QStringLiteral("secret")));
        const KubeObjectRow r = s.summarize(json(R"({"metadata":{"name":"db","namespace":"prod","labels":{"app":"db"}},
            "type":"Opaque","data":{"password":"c3VwZXJzZWNyZXQ="}})"));
        QCOMPARE(r.cells, (QStringList{QStringLiteral("Opaque"), QStringLiteral("1")}));
        QCOMPARE(r.key(), QStringLiteral("prod/db"));
        QCOMPARE(r.label(QStringLiteral("app")), QStringLiteral("db"));
        for (const QString &c : r.cells)
            QVERIFY(!c.contains(QStringLiteral("c3VwZXJ")));
    }

    void crdPrinterColumns()
    {
        const QJsonObject crd = json(R"({"spec":{"group":"example.com","scope":"Namespaced",
            "names":{"plural":"widgets","kind":"Widget","shortNames":["wd"]},
            "versions":[{"name":"v1beta1","served":true,"storage":false},
                        {"name":"v1","served":true,"storage":true,"additionalPrinterColumns":[
                            {"name":"Size","type":"integer","jsonPath":".spec.size"},
                            {"name":"Broken","type":"string","jsonPath":"no-dot"},
                            {"name":"Ready","type":"string","jsonPath":".status.conditions[?(@.type=='Ready')].status"}]}]}})");
        auto type = KubeResourceType::fromCrd(crd);
        QVERIFY(type);
        QCOMPARE(type->version, QStringLiteral("v1"));
        QCOMPARE(type->collectionPath(QStringLiteral("ns1")), QStringLiteral("/apis/example.com/v1/namespaces/ns1/widgets"));
        KubeSummarizer s(*type);
        QCOMPARE(s.columns(), (QStringList{QStringLiteral("Size"), QStringLiteral("Ready")}));
        const auto r = s.summarize(json(R"({"metadata":{"name":"w"},"spec":{"size":4},"status":{"conditions":[{"type":"Ready","status":"True"}]}})"));
        QCOMPARE(r.cells, (QStringList{QStringLiteral("4"), QStringLiteral("True")}));
        QVERIFY(!KubeResourceType::fromCrd(json(R"({"spec":{}})")));
    }

    void resourceLookup()
    {
        QCOMPARE(KubeResourceType::find(QStringLiteral("deploy"))->collectionPath(QStringLiteral("x")),
                 QStringLiteral("/apis/apps/v1/namespaces/x/deployments"));
        QCOMPARE(KubeResourceType::find(QStringLiteral("Pod"))->objectPath(QStringLiteral("d"), QStringLiteral("p"), QStringLiteral("log")),
                 QStringLiteral("/api/v1/namespaces/d/pods/p/log"));
        QCOMPARE(KubeResourceType::find(QStringLiteral("nodes"))->objectPath(QStringLiteral("ignored"), QStringLiteral("n1")),
                 QStringLiteral("/api/v1/nodes/n1"));
        QCOMPARE(KubeResourceType::find(QStringLiteral("rollouts.argoproj.io"))->kind, QStringLiteral("Rollout"));
        QVERIFY(!KubeResourceType::find(QStringLiteral("frobnicators")));
    }

    void statusErrors_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mustMention");
        QTest::newRow("not found") << 404 << QByteArray(R"({"kind":"Status","status":"Failure","message":"pods 'x' not found","reason":"NotFound","code":404})")
                                   << int(ErrorCode::NotFound) << QStringLiteral("pods 'x' not found");
        QTest::newRow("conflict") << 409 << QByteArray(R"({"kind":"Status","message":"the object has been modified","reason":"Conflict","code":409})")
                                  << int(ErrorCode::Conflict) << QStringLiteral("modified");
        QTest::newRow("exists") << 409 << QByteArray(R"({"kind":"Status","message":"already exists","reason":"AlreadyExists","code":409})")
                                << int(ErrorCode::AlreadyExists) << QStringLiteral("AlreadyExists");
        QTest::newRow("forbidden") << 403 << QByteArray(R"({"kind":"Status","message":"pods is forbidden: User 'bob' cannot list","reason":"Forbidden","code":403})")
                                   << int(ErrorCode::PermissionDenied) << QStringLiteral("cannot list");
        QTest::newRow("expired") << 410 << QByteArray(R"({"kind":"Status","message":"too old resource version","reason":"Expired","code":410})")
                                 << int(ErrorCode::FailedPrecondition) << QStringLiteral("too old");
        QTest::newRow("unauthorized plain") << 401 << QByteArray("Unauthorized") << int(ErrorCode::Unauthenticated) << QStringLiteral("rejected");
        QTest::newRow("html 502") << 502 << QByteArray("<html>bad gateway</html>") << int(ErrorCode::Unavailable) << QStringLiteral("bad gateway");
        QTest::newRow("empty 500") << 500 << QByteArray() << int(ErrorCode::Internal) << QStringLiteral("HTTP 500");
        QTest::newRow("truncated status") << 422 << QByteArray("{\"kind\":\"Status\",\"message\":\"x") << int(ErrorCode::Validation) << QStringLiteral("HTTP 422");
    }

    void statusErrors()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, mustMention);
        const Error e = kubeStatusError(http, body, QStringLiteral("GET /api/v1/pods"));
        QCOMPARE(int(e.code()), code);
        QVERIFY2(e.message().contains(mustMention), qPrintable(e.message()));
        QVERIFY(e.message().startsWith(QStringLiteral("GET /api/v1/pods")));
        QCOMPARE(kubeHttpStatus(e), http);
        QCOMPARE(isKubeGone(e), http == 410);
    }
};

QTEST_GUILESS_MAIN(TestKubeStore)
#include "tst_kubestore.moc"
