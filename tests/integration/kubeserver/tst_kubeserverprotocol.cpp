// The Kubernetes API semantics of shipdeck-test-apiserver checked with raw HTTP over TLS:
// resourceVersions, watch resumption, bookmarks, 410 Expired, paging, selectors, optimistic
// concurrency, subresources, finalizers, dry-run, discovery, authentication and bad input.
#include "kubetestserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QSslKey>
#include <QSslSocket>

using namespace shipdeck::test;
using Response = KubeTestServer::Response;

namespace {
QJsonObject configMap(const QString &name, const QJsonObject &labels = {}, const QJsonObject &data = {})
{
    QJsonObject meta{{QStringLiteral("name"), name}};
    if (!labels.isEmpty())
        meta.insert(QStringLiteral("labels"), labels);
    return {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
            {QStringLiteral("metadata"), meta},
            {QStringLiteral("data"), data}};
}

QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
QString rvOf(const QJsonObject &o) { return o.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString(); }
QString nameOf(const QJsonObject &o) { return o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(); }

QStringList names(const QJsonObject &list)
{
    QStringList result;
    for (const auto &item : list.value(QLatin1String("items")).toArray())
        result.append(nameOf(item.toObject()));
    return result;
}

QString describe(const Response &r) { return QStringLiteral("HTTP %1 %2 %3").arg(r.status).arg(QString::fromUtf8(r.body.left(600)), r.error); }
} // namespace

class tst_KubeServerProtocol : public QObject
{
    Q_OBJECT

    KubeTestServer m_server;

    Response post(const QString &path, const QJsonObject &body) { return m_server.request("POST", path, json(body)); }

    void createNamespace(const QString &ns)
    {
        const Response r = post(QStringLiteral("/api/v1/namespaces"), QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), ns}}}});
        QVERIFY2(r.status == 201, qPrintable(describe(r)));
    }

    QJsonObject createConfigMap(const QString &ns, const QString &name, const QJsonObject &labels = {})
    {
        const Response r = post(QStringLiteral("/api/v1/namespaces/%1/configmaps").arg(ns), configMap(name, labels));
        if (r.status != 201)
            qWarning("create configmap %s: %s", qPrintable(name), qPrintable(describe(r)));
        return r.json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({QStringLiteral("--bookmark-interval-ms"), QStringLiteral("100"), QStringLiteral("--pod-ready-delay-ms"),
                                 QStringLiteral("50")}),
                 qPrintable(m_server.errorString()));
    }

    void listVersionIsWhereAWatchResumes()
    {
        createNamespace(QStringLiteral("resume"));
        const QJsonObject a = createConfigMap(QStringLiteral("resume"), QStringLiteral("a"));
        const Response list = m_server.request("GET", QStringLiteral("/api/v1/namespaces/resume/configmaps"));
        QCOMPARE(list.status, 200);
        const QString listRv = rvOf(list.json());
        QVERIFY(!listRv.isEmpty());
        QCOMPARE(list.json().value(QLatin1String("kind")).toString(), QStringLiteral("ConfigMapList"));
        createConfigMap(QStringLiteral("resume"), QStringLiteral("b"));
        QJsonObject changed = a;
        changed.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}});
        QCOMPARE(m_server.request("PUT", QStringLiteral("/api/v1/namespaces/resume/configmaps/a"), json(changed)).status, 200);
        QCOMPARE(m_server.request("DELETE", QStringLiteral("/api/v1/namespaces/resume/configmaps/b")).status, 200);

        std::unique_ptr<KubeStream> watch(m_server.stream(QStringLiteral("/api/v1/namespaces/resume/configmaps?watch=1&resourceVersion=") + listRv));
        QVERIFY(watch->waitForEvents(3));
        QCOMPARE(watch->status(), 200);
        QCOMPARE(watch->eventTypes(), (QStringList{QStringLiteral("ADDED"), QStringLiteral("MODIFIED"), QStringLiteral("DELETED")}));
        const auto events = watch->events();
        QCOMPARE(nameOf(events[0].value(QLatin1String("object")).toObject()), QStringLiteral("b"));
        QCOMPARE(nameOf(events[1].value(QLatin1String("object")).toObject()), QStringLiteral("a"));
        qint64 previous = listRv.toLongLong();
        for (const QJsonObject &e : events) {
            const qint64 rv = rvOf(e.value(QLatin1String("object")).toObject()).toLongLong();
            QVERIFY2(rv > previous, "resourceVersions grow along the stream");
            previous = rv;
        }
        QVERIFY(!watch->isFinished());
    }

    void watchWithoutVersionStartsWithTheCurrentState()
    {
        createNamespace(QStringLiteral("initial"));
        createConfigMap(QStringLiteral("initial"), QStringLiteral("one"));
        createConfigMap(QStringLiteral("initial"), QStringLiteral("two"));
        std::unique_ptr<KubeStream> watch(m_server.stream(QStringLiteral("/api/v1/namespaces/initial/configmaps?watch=true")));
        QVERIFY(watch->waitForEvents(3)); // kube-root-ca.crt, one, two
        QCOMPARE(watch->eventTypes(), (QStringList{QStringLiteral("ADDED"), QStringLiteral("ADDED"), QStringLiteral("ADDED")}));
        std::unique_ptr<KubeStream> initialEvents(m_server.stream(
            QStringLiteral("/api/v1/namespaces/initial/configmaps?watch=1&sendInitialEvents=true&allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan")));
        QVERIFY(initialEvents->waitForEvents(4));
        const QJsonObject end = initialEvents->events().at(3);
        QCOMPARE(end.value(QLatin1String("type")).toString(), QStringLiteral("BOOKMARK"));
        QCOMPARE(end.value(QLatin1String("object")).toObject().value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject()
                     .value(QLatin1String("k8s.io/initial-events-end")).toString(),
                 QStringLiteral("true"));
    }

    void bookmarksCarryNewerVersions()
    {
        createNamespace(QStringLiteral("bookmarks"));
        const QString rv = rvOf(m_server.request("GET", QStringLiteral("/api/v1/namespaces/bookmarks/configmaps")).json());
        std::unique_ptr<KubeStream> withBookmarks(m_server.stream(
            QStringLiteral("/api/v1/namespaces/bookmarks/configmaps?watch=1&allowWatchBookmarks=true&labelSelector=app%3Dnothing&resourceVersion=") + rv));
        std::unique_ptr<KubeStream> without(m_server.stream(
            QStringLiteral("/api/v1/namespaces/bookmarks/configmaps?watch=1&labelSelector=app%3Dnothing&resourceVersion=") + rv));
        const QJsonObject unrelated = createConfigMap(QStringLiteral("bookmarks"), QStringLiteral("unrelated"));
        QVERIFY(withBookmarks->waitForEvents(1));
        const QJsonObject bookmark = withBookmarks->events().first();
        QCOMPARE(bookmark.value(QLatin1String("type")).toString(), QStringLiteral("BOOKMARK"));
        const QJsonObject object = bookmark.value(QLatin1String("object")).toObject();
        QCOMPARE(object.value(QLatin1String("kind")).toString(), QStringLiteral("ConfigMap"));
        QVERIFY(rvOf(object).toLongLong() >= rvOf(unrelated).toLongLong());
        QVERIFY(!without->waitForEvents(1, 500)); // no bookmarks unless asked for, no filtered events
    }

    void tooOldVersionsAreGone()
    {
        const Response old = m_server.request("GET", QStringLiteral("/api/v1/configmaps?watch=1&resourceVersion=1"));
        QCOMPARE(old.status, 410);
        QCOMPARE(old.json().value(QLatin1String("kind")).toString(), QStringLiteral("Status"));
        QCOMPARE(old.json().value(QLatin1String("reason")).toString(), QStringLiteral("Expired"));
        QCOMPARE(old.json().value(QLatin1String("code")).toInt(), 410);
        const QString rv = rvOf(m_server.request("GET", QStringLiteral("/api/v1/configmaps")).json());
        createNamespace(QStringLiteral("compacted"));
        QVERIFY(m_server.compact());
        QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/configmaps?watch=1&resourceVersion=") + rv).status, 410);
        // Relist, then watch from the new version: the informer's recovery works.
        const QString fresh = rvOf(m_server.request("GET", QStringLiteral("/api/v1/configmaps")).json());
        std::unique_ptr<KubeStream> watch(m_server.stream(QStringLiteral("/api/v1/namespaces/compacted/configmaps?watch=1&resourceVersion=") + fresh));
        createConfigMap(QStringLiteral("compacted"), QStringLiteral("after"));
        QVERIFY(watch->waitForEvents(1));
        QCOMPARE(watch->status(), 200);
    }

    void limitAndContinuePageConsistently()
    {
        createNamespace(QStringLiteral("paging"));
        for (int i = 0; i < 25; ++i)
            createConfigMap(QStringLiteral("paging"), QStringLiteral("cm-%1").arg(i, 2, 10, QLatin1Char('0')));
        QStringList seen;
        QString token;
        QString firstRv;
        QList<int> pageSizes;
        QList<int> remaining;
        do {
            const Response page = m_server.request("GET", QStringLiteral("/api/v1/namespaces/paging/configmaps?limit=10")
                                                              + (token.isEmpty() ? QString() : QStringLiteral("&continue=") + token));
            QVERIFY2(page.status == 200, qPrintable(describe(page)));
            const QJsonObject meta = page.json().value(QLatin1String("metadata")).toObject();
            if (firstRv.isEmpty()) {
                firstRv = meta.value(QLatin1String("resourceVersion")).toString();
                createConfigMap(QStringLiteral("paging"), QStringLiteral("zz-created-while-paging"));
            }
            QCOMPARE(meta.value(QLatin1String("resourceVersion")).toString(), firstRv);
            pageSizes.append(int(page.json().value(QLatin1String("items")).toArray().size()));
            remaining.append(meta.value(QLatin1String("remainingItemCount")).toInt(-1));
            seen += names(page.json());
            token = meta.value(QLatin1String("continue")).toString();
        } while (!token.isEmpty() && pageSizes.size() < 10);
        QCOMPARE(pageSizes, (QList<int>{10, 10, 6}));
        QCOMPARE(remaining, (QList<int>{16, 6, -1}));
        QCOMPARE(seen.size(), 26);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 26);
        QVERIFY(!seen.contains(QStringLiteral("zz-created-while-paging")));
        const Response first = m_server.request("GET", QStringLiteral("/api/v1/namespaces/paging/configmaps?limit=5"));
        const QString next = first.json().value(QLatin1String("metadata")).toObject().value(QLatin1String("continue")).toString();
        QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/namespaces/paging/configmaps?limit=5&resourceVersion=5&continue=") + next).status, 400);
        QCOMPARE(m_server.admin("POST", QStringLiteral("/continue/expire")).status, 200);
        const Response expired = m_server.request("GET", QStringLiteral("/api/v1/namespaces/paging/configmaps?limit=5&continue=") + next);
        QCOMPARE(expired.status, 410);
        QCOMPARE(expired.json().value(QLatin1String("reason")).toString(), QStringLiteral("Expired"));
        QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/namespaces/paging/configmaps?limit=5&continue=bm90LWEtdG9rZW4")).status, 400);
    }

    void selectors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("equality") << QStringLiteral("labelSelector=tier%3Dweb") << 200 << QStringList{QStringLiteral("web-1"), QStringLiteral("web-2")};
        QTest::newRow("double-equals") << QStringLiteral("labelSelector=tier%3D%3Ddb") << 200 << QStringList{QStringLiteral("db-1")};
        QTest::newRow("inequality") << QStringLiteral("labelSelector=tier,tier!%3Dweb") << 200 << QStringList{QStringLiteral("db-1")};
        QTest::newRow("set-in") << QStringLiteral("labelSelector=tier+in+(web,+db)") << 200
                                << QStringList{QStringLiteral("db-1"), QStringLiteral("web-1"), QStringLiteral("web-2")};
        QTest::newRow("set-notin") << QStringLiteral("labelSelector=tier,tier+notin+(web)") << 200 << QStringList{QStringLiteral("db-1")};
        QTest::newRow("exists-and-not") << QStringLiteral("labelSelector=env,!canary") << 200 << QStringList{QStringLiteral("web-1")};
        QTest::newRow("field-name") << QStringLiteral("fieldSelector=metadata.name%3Dweb-2") << 200 << QStringList{QStringLiteral("web-2")};
        QTest::newRow("field-and-label") << QStringLiteral("fieldSelector=metadata.name!%3Dweb-2&labelSelector=tier%3Dweb") << 200
                                         << QStringList{QStringLiteral("web-1")};
        QTest::newRow("unsupported-field") << QStringLiteral("fieldSelector=data.x%3Dy") << 400 << QStringList{};
        QTest::newRow("bad-label-syntax") << QStringLiteral("labelSelector=tier+in+(web") << 400 << QStringList{};
        QTest::newRow("bad-label-value") << QStringLiteral("labelSelector=tier%3D%25%25") << 400 << QStringList{};
    }

    void selectors()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QStringList, expected);
        static bool created = false;
        if (!created) {
            createNamespace(QStringLiteral("selectors"));
            createConfigMap(QStringLiteral("selectors"), QStringLiteral("web-1"), {{QStringLiteral("tier"), QStringLiteral("web")}, {QStringLiteral("env"), QStringLiteral("prod")}});
            createConfigMap(QStringLiteral("selectors"), QStringLiteral("web-2"),
                            {{QStringLiteral("tier"), QStringLiteral("web")}, {QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("canary"), QStringLiteral("true")}});
            createConfigMap(QStringLiteral("selectors"), QStringLiteral("db-1"), {{QStringLiteral("tier"), QStringLiteral("db")}});
            created = true;
        }
        const Response r = m_server.request("GET", QStringLiteral("/api/v1/namespaces/selectors/configmaps?") + query);
        QVERIFY2(r.status == status, qPrintable(describe(r)));
        if (status == 200)
            QCOMPARE(names(r.json()), expected);
        else
            QCOMPARE(r.json().value(QLatin1String("reason")).toString(), QStringLiteral("BadRequest"));
    }

    void objectsLeavingASelectorAreDeletedForTheWatcher()
    {
        createNamespace(QStringLiteral("transitions"));
        QJsonObject cm = createConfigMap(QStringLiteral("transitions"), QStringLiteral("moving"), {{QStringLiteral("tier"), QStringLiteral("web")}});
        std::unique_ptr<KubeStream> watch(m_server.stream(QStringLiteral("/api/v1/namespaces/transitions/configmaps?watch=1&labelSelector=tier%3Dweb&resourceVersion=") + rvOf(cm)));
        const QString path = QStringLiteral("/api/v1/namespaces/transitions/configmaps/moving");
        QCOMPARE(m_server.request("PATCH", path, R"({"metadata":{"labels":{"tier":"db"}}})", "application/merge-patch+json").status, 200);
        QCOMPARE(m_server.request("PATCH", path, R"({"metadata":{"labels":{"tier":"web"}}})", "application/merge-patch+json").status, 200);
        QCOMPARE(m_server.request("PATCH", path, R"({"data":{"a":"b"}})", "application/merge-patch+json").status, 200);
        QVERIFY(watch->waitForEvents(3));
        QCOMPARE(watch->eventTypes(), (QStringList{QStringLiteral("DELETED"), QStringLiteral("ADDED"), QStringLiteral("MODIFIED")}));
    }

    void staleResourceVersionConflicts()
    {
        createNamespace(QStringLiteral("conflict"));
        const QJsonObject cm = createConfigMap(QStringLiteral("conflict"), QStringLiteral("shared"));
        const QString path = QStringLiteral("/api/v1/namespaces/conflict/configmaps/shared");
        QJsonObject first = cm;
        first.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("writer"), QStringLiteral("first")}});
        const Response won = m_server.request("PUT", path, json(first));
        QCOMPARE(won.status, 200);
        QVERIFY(rvOf(won.json()) != rvOf(cm));
        QJsonObject second = cm; // still carries the old resourceVersion
        second.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("writer"), QStringLiteral("second")}});
        const Response lost = m_server.request("PUT", path, json(second));
        QCOMPARE(lost.status, 409);
        QCOMPARE(lost.json().value(QLatin1String("reason")).toString(), QStringLiteral("Conflict"));
        QVERIFY(lost.json().value(QLatin1String("message")).toString().contains(QStringLiteral("the object has been modified")));
        QCOMPARE(m_server.request("GET", path).json().value(QLatin1String("data")).toObject().value(QLatin1String("writer")).toString(), QStringLiteral("first"));
        // A patch carrying a stale resourceVersion is a precondition too.
        const Response stalePatch = m_server.request("PATCH", path, json({{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("resourceVersion"), rvOf(cm)}}}}),
                                                     "application/merge-patch+json");
        QCOMPARE(stalePatch.status, 409);
    }

    void createErrorsAreStatusObjects_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate") << QStringLiteral("/api/v1/namespaces/errors/configmaps") << json(configMap(QStringLiteral("exists"))) << 409
                                   << QStringLiteral("AlreadyExists") << QStringLiteral("configmaps \"exists\" already exists");
        QTest::newRow("bad-name") << QStringLiteral("/api/v1/namespaces/errors/configmaps") << json(configMap(QStringLiteral("Not_Valid"))) << 422
                                  << QStringLiteral("Invalid") << QStringLiteral("metadata.name: Invalid value: \"Not_Valid\"");
        QTest::newRow("missing-namespace") << QStringLiteral("/api/v1/namespaces/nowhere/configmaps") << json(configMap(QStringLiteral("x"))) << 404
                                           << QStringLiteral("NotFound") << QStringLiteral("namespaces \"nowhere\" not found");
        QJsonObject otherNs = configMap(QStringLiteral("x"));
        otherNs.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("namespace"), QStringLiteral("other")}});
        QTest::newRow("namespace-mismatch") << QStringLiteral("/api/v1/namespaces/errors/configmaps") << json(otherNs) << 400 << QStringLiteral("BadRequest")
                                            << QStringLiteral("does not match the namespace");
        QTest::newRow("wrong-kind") << QStringLiteral("/api/v1/namespaces/errors/configmaps")
                                    << QByteArray(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"k"}})") << 400 << QStringLiteral("BadRequest")
                                    << QStringLiteral("does not match the expected kind");
        QTest::newRow("not-json") << QStringLiteral("/api/v1/namespaces/errors/configmaps") << QByteArray("{\"metadata\": {") << 400 << QStringLiteral("BadRequest")
                                  << QStringLiteral("json parse error");
        QTest::newRow("json-array") << QStringLiteral("/api/v1/namespaces/errors/configmaps") << QByteArray("[1,2]") << 400 << QStringLiteral("BadRequest")
                                    << QStringLiteral("must be a JSON object");
        QTest::newRow("pod-without-image") << QStringLiteral("/api/v1/namespaces/errors/pods")
                                           << QByteArray(R"({"metadata":{"name":"p"},"spec":{"containers":[{"name":"c"}]}})") << 422 << QStringLiteral("Invalid")
                                           << QStringLiteral("spec.containers[0].image: Required value");
        QTest::newRow("unknown-resource") << QStringLiteral("/api/v1/namespaces/errors/widgets") << json(configMap(QStringLiteral("w"))) << 404
                                          << QStringLiteral("NotFound") << QStringLiteral("could not find the requested resource");
        QTest::newRow("resource-version-set") << QStringLiteral("/api/v1/namespaces/errors/configmaps")
                                              << QByteArray(R"({"metadata":{"name":"r","resourceVersion":"5"}})") << 400 << QStringLiteral("BadRequest")
                                              << QStringLiteral("resourceVersion should not be set");
    }

    void createErrorsAreStatusObjects()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, reason);
        QFETCH(QString, message);
        static bool prepared = false;
        if (!prepared) {
            createNamespace(QStringLiteral("errors"));
            createConfigMap(QStringLiteral("errors"), QStringLiteral("exists"));
            prepared = true;
        }
        const Response r = m_server.request("POST", path, body);
        QVERIFY2(r.status == status, qPrintable(describe(r)));
        QCOMPARE(r.json().value(QLatin1String("kind")).toString(), QStringLiteral("Status"));
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("Failure"));
        QCOMPARE(r.json().value(QLatin1String("code")).toInt(), status);
        QCOMPARE(r.json().value(QLatin1String("reason")).toString(), reason);
        QVERIFY2(r.json().value(QLatin1String("message")).toString().contains(message), qPrintable(describe(r)));
        if (reason == QLatin1String("Invalid"))
            QVERIFY(!r.json().value(QLatin1String("details")).toObject().value(QLatin1String("causes")).toArray().isEmpty());
    }

    void malformedRequestsGetClearErrors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("patch-unknown-type") << QByteArray("PATCH") << QStringLiteral("/api/v1/namespaces/default/configmaps/kube-root-ca.crt")
                                            << QByteArray("{}") << QByteArray("text/plain") << 415;
        QTest::newRow("json-patch-not-array") << QByteArray("PATCH") << QStringLiteral("/api/v1/namespaces/default/configmaps/kube-root-ca.crt")
                                              << QByteArray(R"({"op":"add"})") << QByteArray("application/json-patch+json") << 400;
        QTest::newRow("json-patch-bad-path") << QByteArray("PATCH") << QStringLiteral("/api/v1/namespaces/default/configmaps/kube-root-ca.crt")
                                             << QByteArray(R"([{"op":"replace","path":"/nope/deeper","value":1}])") << QByteArray("application/json-patch+json") << 422;
        QTest::newRow("merge-patch-truncated") << QByteArray("PATCH") << QStringLiteral("/api/v1/namespaces/default/configmaps/kube-root-ca.crt")
                                               << QByteArray(R"({"data":{)") << QByteArray("application/merge-patch+json") << 400;
        QTest::newRow("strategic-missing-merge-key") << QByteArray("PATCH") << QStringLiteral("/api/v1/namespaces/default/services/kubernetes")
                                                     << QByteArray(R"({"spec":{"ports":[{"targetPort":1}]}})") << QByteArray("application/strategic-merge-patch+json") << 400;
        QTest::newRow("bad-resource-version") << QByteArray("GET") << QStringLiteral("/api/v1/configmaps?watch=1&resourceVersion=abc") << QByteArray()
                                              << QByteArray() << 400;
        QTest::newRow("future-resource-version") << QByteArray("GET") << QStringLiteral("/api/v1/configmaps?resourceVersion=999999999") << QByteArray()
                                                 << QByteArray() << 504;
        QTest::newRow("bad-dry-run") << QByteArray("POST") << QStringLiteral("/api/v1/namespaces/default/configmaps?dryRun=Maybe")
                                     << json(configMap(QStringLiteral("dry"))) << QByteArray("application/json") << 400;
        QTest::newRow("bad-field-validation") << QByteArray("POST") << QStringLiteral("/api/v1/namespaces/default/configmaps?fieldValidation=Loose")
                                              << json(configMap(QStringLiteral("fv"))) << QByteArray("application/json") << 400;
        QTest::newRow("protobuf-body") << QByteArray("POST") << QStringLiteral("/api/v1/namespaces/default/configmaps") << QByteArray("k8s\0x", 5)
                                       << QByteArray("application/vnd.kubernetes.protobuf") << 415;
        QTest::newRow("method-on-collection") << QByteArray("PUT") << QStringLiteral("/api/v1/namespaces/default/configmaps") << QByteArray("{}")
                                              << QByteArray("application/json") << 405;
    }

    void malformedRequestsGetClearErrors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const Response r = m_server.request(method, path, body, contentType);
        QVERIFY2(r.status == status, qPrintable(describe(r)));
        QCOMPARE(r.json().value(QLatin1String("kind")).toString(), QStringLiteral("Status"));
        QVERIFY(!r.json().value(QLatin1String("message")).toString().isEmpty());
        // Nothing was lost: the objects are unchanged.
        QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/namespaces/default/services/kubernetes")).json()
                     .value(QLatin1String("spec")).toObject().value(QLatin1String("ports")).toArray().first().toObject().value(QLatin1String("port")).toInt(),
                 443);
    }

    void garbageOnTheWireGets400()
    {
        QSslSocket socket;
        socket.setSslConfiguration(m_server.sslConfiguration());
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(m_server.url().port()));
        QVERIFY2(socket.waitForEncrypted(10'000), qPrintable(socket.errorString()));
        socket.write("THIS IS NOT HTTP\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n") || socket.state() != QAbstractSocket::ConnectedState, 10'000);
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 400 Bad Request"), answer.constData());
        QVERIFY(answer.contains("malformed HTTP request"));
        // The server is still serving.
        QCOMPARE(m_server.request("GET", QStringLiteral("/version")).status, 200);
    }

    void statusSubresourceIsSeparateFromSpec()
    {
        createNamespace(QStringLiteral("status"));
        const QByteArray deployment = R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},
            "spec":{"replicas":0,"selector":{"matchLabels":{"app":"d"}},
                    "template":{"metadata":{"labels":{"app":"d"}},"spec":{"containers":[{"name":"c","image":"i:1"}]}}}})";
        const Response created = m_server.request("POST", QStringLiteral("/apis/apps/v1/namespaces/status/deployments"), deployment);
        QVERIFY2(created.status == 201, qPrintable(describe(created)));
        QCOMPARE(created.json().value(QLatin1String("metadata")).toObject().value(QLatin1String("generation")).toInt(), 1);
        QCOMPARE(created.json().value(QLatin1String("spec")).toObject().value(QLatin1String("strategy")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("RollingUpdate")); // defaulted
        const QString path = QStringLiteral("/apis/apps/v1/namespaces/status/deployments/d");
        QTRY_VERIFY_WITH_TIMEOUT(m_server.request("GET", path).json().value(QLatin1String("status")).toObject().contains(QStringLiteral("observedGeneration")), 10'000);
        // Writing status through the main resource is ignored; metadata changes keep the generation.
        const Response labelled = m_server.request("PATCH", path, R"({"metadata":{"labels":{"x":"y"}},"status":{"replicas":42}})", "application/merge-patch+json");
        QCOMPARE(labelled.status, 200);
        QCOMPARE(labelled.json().value(QLatin1String("metadata")).toObject().value(QLatin1String("generation")).toInt(), 1);
        QVERIFY(labelled.json().value(QLatin1String("status")).toObject().value(QLatin1String("replicas")).toInt() != 42);
        const Response spec = m_server.request("PATCH", path, R"({"spec":{"paused":true}})", "application/merge-patch+json");
        QCOMPARE(spec.json().value(QLatin1String("metadata")).toObject().value(QLatin1String("generation")).toInt(), 2);
        const Response status = m_server.request("PATCH", path + QStringLiteral("/status"), R"({"spec":{"paused":false},"status":{"collisionCount":7}})",
                                                 "application/merge-patch+json");
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json().value(QLatin1String("status")).toObject().value(QLatin1String("collisionCount")).toInt(), 7);
        QCOMPARE(status.json().value(QLatin1String("spec")).toObject().value(QLatin1String("paused")).toBool(), true);
        // The scale subresource speaks autoscaling/v1 Scale.
        const Response scale = m_server.request("GET", path + QStringLiteral("/scale"));
        QCOMPARE(scale.json().value(QLatin1String("kind")).toString(), QStringLiteral("Scale"));
        QCOMPARE(scale.json().value(QLatin1String("apiVersion")).toString(), QStringLiteral("autoscaling/v1"));
        QCOMPARE(scale.json().value(QLatin1String("status")).toObject().value(QLatin1String("selector")).toString(), QStringLiteral("app=d"));
        QCOMPARE(m_server.request("PATCH", path + QStringLiteral("/scale"), R"({"spec":{"replicas":3}})", "application/merge-patch+json").status, 200);
        QCOMPARE(m_server.request("GET", path).json().value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt(), 3);
    }

    void dryRunPersistsNothing()
    {
        const Response created = m_server.request("POST", QStringLiteral("/api/v1/namespaces/default/configmaps?dryRun=All"), json(configMap(QStringLiteral("dry"))));
        QCOMPARE(created.status, 201);
        QVERIFY(!created.json().value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString().isEmpty());
        QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/namespaces/default/configmaps/dry")).status, 404);
        const QString before = rvOf(m_server.request("GET", QStringLiteral("/api/v1/namespaces/default/configmaps/kube-root-ca.crt")).json());
        QCOMPARE(m_server.request("PATCH", QStringLiteral("/api/v1/namespaces/default/configmaps/kube-root-ca.crt?dryRun=All"), R"({"data":{"x":"y"}})",
                                  "application/merge-patch+json")
                     .json().value(QLatin1String("data")).toObject().value(QLatin1String("x")).toString(),
                 QStringLiteral("y"));
        QCOMPARE(rvOf(m_server.request("GET", QStringLiteral("/api/v1/namespaces/default/configmaps/kube-root-ca.crt")).json()), before);
        QCOMPARE(m_server.request("DELETE", QStringLiteral("/api/v1/namespaces/default/configmaps/kube-root-ca.crt?dryRun=All")).status, 200);
        QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/namespaces/default/configmaps/kube-root-ca.crt")).status, 200);
    }

    void finalizersHoldDeletion()
    {
        createNamespace(QStringLiteral("finalizers"));
        QJsonObject cm = configMap(QStringLiteral("held"));
        QJsonObject meta = cm.value(QLatin1String("metadata")).toObject();
        meta.insert(QStringLiteral("finalizers"), QJsonArray{QStringLiteral("shipdeck.io/hold")});
        cm.insert(QStringLiteral("metadata"), meta);
        QCOMPARE(post(QStringLiteral("/api/v1/namespaces/finalizers/configmaps"), cm).status, 201);
        const QString path = QStringLiteral("/api/v1/namespaces/finalizers/configmaps/held");
        const Response deleting = m_server.request("DELETE", path);
        QCOMPARE(deleting.status, 200);
        QVERIFY(deleting.json().value(QLatin1String("metadata")).toObject().contains(QStringLiteral("deletionTimestamp")));
        QCOMPARE(m_server.request("GET", path).status, 200);
        QCOMPARE(m_server.request("PATCH", path, R"({"metadata":{"finalizers":null}})", "application/merge-patch+json").status, 200);
        QCOMPARE(m_server.request("GET", path).status, 404);
    }

    void deleteCollectionHonoursSelectors()
    {
        createNamespace(QStringLiteral("bulkdelete"));
        createConfigMap(QStringLiteral("bulkdelete"), QStringLiteral("drop-1"), {{QStringLiteral("drop"), QStringLiteral("yes")}});
        createConfigMap(QStringLiteral("bulkdelete"), QStringLiteral("drop-2"), {{QStringLiteral("drop"), QStringLiteral("yes")}});
        createConfigMap(QStringLiteral("bulkdelete"), QStringLiteral("keep"));
        const Response r = m_server.request("DELETE", QStringLiteral("/api/v1/namespaces/bulkdelete/configmaps?labelSelector=drop%3Dyes"));
        QCOMPARE(r.status, 200);
        QCOMPARE(names(r.json()), (QStringList{QStringLiteral("drop-1"), QStringLiteral("drop-2")}));
        QCOMPARE(names(m_server.request("GET", QStringLiteral("/api/v1/namespaces/bulkdelete/configmaps")).json()),
                 (QStringList{QStringLiteral("keep"), QStringLiteral("kube-root-ca.crt")}));
    }

    void discoveryLegacyAndAggregated()
    {
        const Response legacy = m_server.request("GET", QStringLiteral("/apis"));
        QCOMPARE(legacy.json().value(QLatin1String("kind")).toString(), QStringLiteral("APIGroupList"));
        const Response version = m_server.request("GET", QStringLiteral("/version"));
        QCOMPARE(version.json().value(QLatin1String("major")).toString(), QStringLiteral("1"));
        const Response resources = m_server.request("GET", QStringLiteral("/apis/argoproj.io/v1alpha1"));
        QStringList served;
        for (const auto &r : resources.json().value(QLatin1String("resources")).toArray())
            served.append(r.toObject().value(QLatin1String("name")).toString());
        QVERIFY2(served.contains(QStringLiteral("rollouts")) && served.contains(QStringLiteral("rollouts/status")) && served.contains(QStringLiteral("rollouts/scale"))
                     && served.contains(QStringLiteral("analysisruns")),
                 qPrintable(served.join(QLatin1Char(','))));
        std::unique_ptr<KubeStream> aggregated(m_server.stream(QStringLiteral("/apis"),
                                                               "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json"));
        QVERIFY(aggregated->waitForFinished());
        const QJsonObject list = QJsonDocument::fromJson(aggregated->data()).object();
        QCOMPARE(list.value(QLatin1String("kind")).toString(), QStringLiteral("APIGroupDiscoveryList"));
        bool foundApps = false;
        for (const auto &g : list.value(QLatin1String("items")).toArray()) {
            if (g.toObject().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString() != QLatin1String("apps"))
                continue;
            for (const auto &r : g.toObject().value(QLatin1String("versions")).toArray().first().toObject().value(QLatin1String("resources")).toArray()) {
                if (r.toObject().value(QLatin1String("resource")).toString() == QLatin1String("deployments")) {
                    foundApps = r.toObject().value(QLatin1String("scope")).toString() == QLatin1String("Namespaced");
                }
            }
        }
        QVERIFY(foundApps);
        const Response openapi = m_server.request("GET", QStringLiteral("/openapi/v3"));
        for (const char *gv : {"api/v1", "apis/apps/v1", "apis/batch/v1", "apis/argoproj.io/v1alpha1", "apis/gateway.networking.k8s.io/v1"})
            QVERIFY2(openapi.json().value(QLatin1String("paths")).toObject().contains(QLatin1String(gv)), gv);
    }

    void authenticationIsRequired()
    {
        const Response anonymous = m_server.request("GET", QStringLiteral("/api/v1/namespaces"), {}, {}, QStringLiteral("wrong-token"));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.json().value(QLatin1String("reason")).toString(), QStringLiteral("Unauthorized"));
        const Response viewer = m_server.request("DELETE", QStringLiteral("/api/v1/namespaces/default/configmaps/kube-root-ca.crt"), {}, {}, m_server.viewerToken());
        QCOMPARE(viewer.status, 403);
        QCOMPARE(viewer.json().value(QLatin1String("reason")).toString(), QStringLiteral("Forbidden"));
        QCOMPARE(viewer.json().value(QLatin1String("details")).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("configmaps"));
        const Response review = m_server.request("POST", QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"),
                                                 R"({"spec":{"resourceAttributes":{"verb":"delete","resource":"configmaps","namespace":"default"}}})",
                                                 "application/json", m_server.viewerToken());
        QCOMPARE(review.status, 201);
        QCOMPARE(review.json().value(QLatin1String("status")).toObject().value(QLatin1String("allowed")).toBool(), false);
        const Response allowed = m_server.request("POST", QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"),
                                                  R"({"spec":{"resourceAttributes":{"verb":"list","resource":"pods","namespace":"default"}}})",
                                                  "application/json", m_server.viewerToken());
        QCOMPARE(allowed.json().value(QLatin1String("status")).toObject().value(QLatin1String("allowed")).toBool(), true);
    }

    void clientCertificatesAreVerified_data()
    {
        QTest::addColumn<bool>("expired");
        QTest::addColumn<int>("status");
        QTest::newRow("valid") << false << 200;
        QTest::newRow("expired") << true << 401;
    }

    void clientCertificatesAreVerified()
    {
        QFETCH(bool, expired);
        QFETCH(int, status);
        const Response issued = m_server.admin("POST", QStringLiteral("/certificates"),
                                               QJsonObject{{QStringLiteral("user"), QStringLiteral("alice")},
                                                           {QStringLiteral("groups"), QJsonArray{QStringLiteral("system:masters")}},
                                                           {QStringLiteral("expired"), expired}});
        QCOMPARE(issued.status, 201);
        QSslSocket socket;
        QSslConfiguration config = m_server.sslConfiguration();
        config.setLocalCertificate(QSslCertificate(issued.json().value(QLatin1String("certificate")).toString().toLatin1(), QSsl::Pem));
        config.setPrivateKey(QSslKey(issued.json().value(QLatin1String("key")).toString().toLatin1(), QSsl::Ec, QSsl::Pem));
        socket.setSslConfiguration(config);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(m_server.url().port()));
        QVERIFY2(socket.waitForEncrypted(10'000), qPrintable(socket.errorString()));
        socket.write("GET /api/v1/namespaces HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 10'000);
        QVERIFY2(answer.startsWith("HTTP/1.1 " + QByteArray::number(status)), answer.left(200).constData());
    }

    void serverExitsWithItsParent()
    {
        // stdin EOF: the parent closed the pipe (or died).
        QProcess server;
        server.start(program(QStringLiteral("shipdeck-test-apiserver")), {QStringLiteral("--exit-on-stdin-eof")});
        QVERIFY(server.waitForStarted());
        QSignalSpy ready(&server, &QProcess::readyReadStandardOutput);
        QVERIFY(ready.wait(20'000));
        QVERIFY(server.readAllStandardOutput().startsWith("READY "));
        server.closeWriteChannel();
        QVERIFY(server.waitForFinished(10'000));
        QCOMPARE(server.exitCode(), 0);
        // --parent-pid naming a process that is not our parent: refused at once.
        QProcess orphan;
        orphan.start(program(QStringLiteral("shipdeck-test-apiserver")), {QStringLiteral("--parent-pid"), QStringLiteral("1")});
        QVERIFY(orphan.waitForFinished(10'000));
        QCOMPARE(orphan.exitCode(), 3);
        QVERIFY(orphan.readAllStandardError().contains("parent 1 is already gone"));
    }

    void badCommandLinesAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown-option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("Unknown option 'frobnicate'");
        QTest::newRow("bad-number") << QStringList{QStringLiteral("--nodes"), QStringLiteral("many")} << QStringLiteral("--nodes needs an integer");
        QTest::newRow("bad-fault") << QStringList{QStringLiteral("--fault"), QStringLiteral("kind=explode")} << QStringLiteral("fault kind \"explode\"");
        QTest::newRow("missing-fixtures") << QStringList{QStringLiteral("--fixtures"), QStringLiteral("/nonexistent")}
                                          << QStringLiteral("cannot read the OpenAPI document /nonexistent/api__v1_openapi.json");
    }

    void badCommandLinesAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess server;
        server.start(program(QStringLiteral("shipdeck-test-apiserver")), arguments);
        QVERIFY(server.waitForFinished(20'000));
        QVERIFY(server.exitCode() != 0);
        const QByteArray err = server.readAllStandardError();
        QVERIFY2(err.contains(message.toUtf8()), err.constData());
        QVERIFY(server.readAllStandardOutput().isEmpty());
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(tst_KubeServerProtocol)
#include "tst_kubeserverprotocol.moc"
