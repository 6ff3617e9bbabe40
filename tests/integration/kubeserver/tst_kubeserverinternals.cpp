// White-box checks of the test API server's parsers and algorithms (linked from the
// shipdeck_kubeapiserver library): strategic merge patch, JSON/merge patch, selectors, fault
// rules, YAML, request routing, CRD schema validation, certificates, the store's history.
#include "apierror.h"
#include "apihandler.h"
#include "crdschema.h"
#include "faultinjector.h"
#include "httprequest.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "openapi.h"
#include "patcher.h"
#include "protobufdecoder.h"
#include "resourceregistry.h"
#include "schemaindex.h"
#include "selectors.h"
#include "strategicmerge.h"
#include "tableprinter.h"
#include "tlsauthority.h"
#include "yamljson.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QSslCertificate>

using namespace shipdeck;
using namespace shipdeck::kubetest;

namespace {
QJsonObject obj(const char *json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }

// A minimal protobuf writer for building request bodies.
QByteArray varint(quint64 v)
{
    QByteArray out;
    do {
        quint8 byte = v & 0x7f;
        v >>= 7;
        out += char(v ? byte | 0x80 : byte);
    } while (v);
    return out;
}
QByteArray field(int number, const QByteArray &bytes) { return varint(quint64(number) << 3 | 2) + varint(quint64(bytes.size())) + bytes; }
QByteArray field(int number, quint64 value) { return varint(quint64(number) << 3) + varint(value); }
QByteArray envelope(const QByteArray &apiVersion, const QByteArray &kind, const QByteArray &raw)
{
    return QByteArray("k8s\0", 4) + field(1, field(1, apiVersion) + field(2, kind)) + field(2, raw);
}
} // namespace

class tst_KubeServerInternals : public QObject
{
    Q_OBJECT

    SchemaIndex m_schemas;
    ResourceRegistry m_registry;

private Q_SLOTS:
    void initTestCase()
    {
        OpenApi openApi;
        QVERIFY_RESULT(openApi.loadBuiltins(test::fixturesDir() + QStringLiteral("/kubernetes"), m_schemas));
    }

    void strategicMerge_data()
    {
        QTest::addColumn<bool>("deploymentSchema");
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray base = R"({"spec":{"template":{"spec":{"containers":[{"name":"a","image":"a:1","env":[{"name":"X","value":"1"}]},{"name":"b","image":"b:1"}]}}}})";
        QTest::newRow("merge-by-name") << true << base << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"b","image":"b:2"}]}}}})")
                                       << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"a","image":"a:1","env":[{"name":"X","value":"1"}]},{"name":"b","image":"b:2"}]}}}})");
        QTest::newRow("append-new-key") << true << base << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"c","image":"c:1"}]}}}})")
                                        << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"a","image":"a:1","env":[{"name":"X","value":"1"}]},{"name":"b","image":"b:1"},{"name":"c","image":"c:1"}]}}}})");
        QTest::newRow("delete-element") << true << base << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"a","$patch":"delete"}]}}}})")
                                        << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"b","image":"b:1"}]}}}})");
        QTest::newRow("replace-list") << true << base << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"z","image":"z:1"},{"$patch":"replace"}]}}}})")
                                      << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"z","image":"z:1"}]}}}})");
        QTest::newRow("set-element-order") << true << base
                                           << QByteArray(R"({"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"b"},{"name":"a"}],"containers":[{"name":"a","image":"a:2"}]}}}})")
                                           << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"b","image":"b:1"},{"name":"a","image":"a:2","env":[{"name":"X","value":"1"}]}]}}}})");
        QTest::newRow("null-deletes-field") << true << base << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"a","env":null}]}}}})")
                                            << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"a","image":"a:1"},{"name":"b","image":"b:1"}]}}}})");
        QTest::newRow("replace-map") << true << QByteArray(R"({"metadata":{"labels":{"a":"1","b":"2"}}})")
                                     << QByteArray(R"({"metadata":{"labels":{"$patch":"replace","c":"3"}}})") << QByteArray(R"({"metadata":{"labels":{"c":"3"}}})");
        QTest::newRow("retain-keys") << true << QByteArray(R"({"spec":{"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":1}}}})")
                                     << QByteArray(R"({"spec":{"strategy":{"$retainKeys":["type"],"type":"Recreate"}}})")
                                     << QByteArray(R"({"spec":{"strategy":{"type":"Recreate"}}})");
        QTest::newRow("finalizers-union") << true << QByteArray(R"({"metadata":{"finalizers":["a","b"]}})")
                                          << QByteArray(R"({"metadata":{"finalizers":["b","c"]}})") << QByteArray(R"({"metadata":{"finalizers":["a","b","c"]}})");
        QTest::newRow("delete-from-primitive-list") << true << QByteArray(R"({"metadata":{"finalizers":["a","b","c"]}})")
                                                    << QByteArray(R"({"metadata":{"$deleteFromPrimitiveList/finalizers":["b"]}})")
                                                    << QByteArray(R"({"metadata":{"finalizers":["a","c"]}})");
        QTest::newRow("list-without-strategy-replaced") << true << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"a","args":["x","y"]}]}}}})")
                                                        << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"a","args":["z"]}]}}}})")
                                                        << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"a","args":["z"]}]}}}})");
        QTest::newRow("fallback-keys-without-schema") << false << base << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"b","image":"b:3"}]}}}})")
                                                      << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"name":"a","image":"a:1","env":[{"name":"X","value":"1"}]},{"name":"b","image":"b:3"}]}}}})");
    }

    void strategicMerge()
    {
        QFETCH(bool, deploymentSchema);
        QFETCH(QByteArray, original);
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, expected);
        const SchemaNode schema = deploymentSchema ? m_schemas.forKind(QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("Deployment")) : SchemaNode();
        QVERIFY(!deploymentSchema || !schema.isNull());
        auto result = StrategicMerge::apply(obj(original), obj(patch), schema);
        QVERIFY_RESULT(result);
        QCOMPARE(toCompactJson(result.value()), toCompactJson(obj(expected)));
    }

    void strategicMergeErrors_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<int>("httpCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing-merge-key") << QByteArray(R"({"spec":{"template":{"spec":{"containers":[{"image":"x"}]}}}})") << 400
                                           << QStringLiteral("does not contain declared merge key: name");
        QTest::newRow("element-not-object") << QByteArray(R"({"spec":{"template":{"spec":{"containers":["x"]}}}})") << 422 << QStringLiteral("not an object");
        QTest::newRow("unknown-directive") << QByteArray(R"({"spec":{"$patch":"explode"}})") << 400 << QStringLiteral("unknown patch type: explode");
        QTest::newRow("delete-everything") << QByteArray(R"({"$patch":"delete"})") << 400 << QStringLiteral("may not delete the whole object");
    }

    void strategicMergeErrors()
    {
        QFETCH(QByteArray, patch);
        QFETCH(int, httpCode);
        QFETCH(QString, message);
        const SchemaNode schema = m_schemas.forKind(QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("Deployment"));
        auto result = StrategicMerge::apply(obj(R"({"spec":{"replicas":1}})"), obj(patch), schema);
        QVERIFY(!result.ok());
        QCOMPARE(httpCodeOf(result.error()), httpCode);
        QVERIFY2(result.error().message().contains(message), qPrintable(result.error().toString()));
    }

    void jsonAndMergePatches_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("expected"); // empty: an error
        QTest::addColumn<int>("httpCode");
        const QByteArray original = R"({"a":{"b":1,"c":[1,2]}})";
        QTest::newRow("merge-null-removes") << int(PatchType::Merge) << QByteArray(R"({"a":{"b":null,"d":true}})") << QByteArray(R"({"a":{"c":[1,2],"d":true}})") << 200;
        QTest::newRow("merge-replaces-lists") << int(PatchType::Merge) << QByteArray(R"({"a":{"c":[3]}})") << QByteArray(R"({"a":{"b":1,"c":[3]}})") << 200;
        QTest::newRow("json-add-append") << int(PatchType::Json) << QByteArray(R"([{"op":"add","path":"/a/c/-","value":3}])") << QByteArray(R"({"a":{"b":1,"c":[1,2,3]}})") << 200;
        QTest::newRow("json-move") << int(PatchType::Json) << QByteArray(R"([{"op":"move","from":"/a/b","path":"/z"}])") << QByteArray(R"({"a":{"c":[1,2]},"z":1})") << 200;
        QTest::newRow("json-test-fails") << int(PatchType::Json) << QByteArray(R"([{"op":"test","path":"/a/b","value":2}])") << QByteArray() << 422;
        QTest::newRow("json-missing-path") << int(PatchType::Json) << QByteArray(R"([{"op":"remove","path":"/nope"}])") << QByteArray() << 422;
        QTest::newRow("json-bad-op") << int(PatchType::Json) << QByteArray(R"([{"op":"explode","path":"/a"}])") << QByteArray() << 422;
        QTest::newRow("json-not-array") << int(PatchType::Json) << QByteArray(R"({"op":"add"})") << QByteArray() << 400;
        QTest::newRow("truncated") << int(PatchType::Merge) << QByteArray(R"({"a":)") << QByteArray() << 400;
        Q_UNUSED(original);
    }

    void jsonAndMergePatches()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, expected);
        QFETCH(int, httpCode);
        auto result = Patcher::apply(PatchType(type), obj(R"({"a":{"b":1,"c":[1,2]}})"), patch, SchemaNode());
        if (expected.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(httpCodeOf(result.error()), httpCode);
            QVERIFY(!result.error().message().isEmpty());
        } else {
            QVERIFY_RESULT(result);
            QCOMPARE(toCompactJson(result.value()), toCompactJson(obj(expected)));
        }
    }

    void patchTypes()
    {
        const ResourceTypePtr pods = m_registry.find(QString(), QStringLiteral("v1"), QStringLiteral("pods"));
        QCOMPARE(Patcher::typeFor("application/strategic-merge-patch+json; charset=utf-8", *pods).value(), PatchType::Strategic);
        QCOMPARE(httpCodeOf(Patcher::typeFor("application/json", *pods).error()), 415);
        ResourceType custom = *pods;
        custom.custom = true;
        QCOMPARE(httpCodeOf(Patcher::typeFor("application/strategic-merge-patch+json", custom).error()), 415);
    }

    void labelSelectors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("matches"); // against {app: web, tier: front, version: "3"}
        QTest::newRow("empty") << QString() << true << true;
        QTest::newRow("eq") << QStringLiteral("app=web") << true << true;
        QTest::newRow("eq-mismatch") << QStringLiteral("app=db") << true << false;
        QTest::newRow("neq-missing-key") << QStringLiteral("zone!=a") << true << true;
        QTest::newRow("in") << QStringLiteral("tier in (back, front)") << true << true;
        QTest::newRow("notin") << QStringLiteral("tier notin (front)") << true << false;
        QTest::newRow("exists") << QStringLiteral("app,tier") << true << true;
        QTest::newRow("not-exists") << QStringLiteral("!canary") << true << true;
        QTest::newRow("gt") << QStringLiteral("version>2") << true << true;
        QTest::newRow("lt") << QStringLiteral("version<3") << true << false;
        QTest::newRow("prefixed-key") << QStringLiteral("app.kubernetes.io/name!=x") << true << true;
        QTest::newRow("unbalanced") << QStringLiteral("tier in (a") << false << false;
        QTest::newRow("empty-set") << QStringLiteral("tier in ()") << false << false;
        QTest::newRow("bad-key") << QStringLiteral("-bad=1") << false << false;
        QTest::newRow("bad-value") << QStringLiteral("app=a b") << false << false;
        QTest::newRow("gt-not-number") << QStringLiteral("version>x") << false << false;
        QTest::newRow("dangling-comma") << QStringLiteral("app=web,") << false << false;
    }

    void labelSelectors()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(bool, matches);
        auto selector = LabelSelector::parse(text);
        QCOMPARE(selector.ok(), valid);
        if (!valid) {
            QCOMPARE(httpCodeOf(selector.error()), 400);
            QVERIFY(selector.error().message().contains(QStringLiteral("unable to parse requirement")));
            return;
        }
        QCOMPARE(selector->matches(obj(R"({"app":"web","tier":"front","version":"3"})")), matches);
        // The canonical text parses to the same selector.
        auto again = LabelSelector::parse(selector->toString());
        QVERIFY_RESULT(again);
        QCOMPARE(again->toString(), selector->toString());
    }

    void fieldSelectors()
    {
        const ResourceTypePtr pods = m_registry.find(QString(), QStringLiteral("v1"), QStringLiteral("pods"));
        auto selector = FieldSelector::parse(QStringLiteral("spec.nodeName=node-1,status.phase!=Failed"), *pods);
        QVERIFY_RESULT(selector);
        QVERIFY(selector->matches(obj(R"({"spec":{"nodeName":"node-1"},"status":{"phase":"Running"}})")));
        QVERIFY(!selector->matches(obj(R"({"spec":{"nodeName":"node-2"},"status":{"phase":"Running"}})")));
        const ResourceTypePtr cms = m_registry.find(QString(), QStringLiteral("v1"), QStringLiteral("configmaps"));
        auto unsupported = FieldSelector::parse(QStringLiteral("spec.nodeName=x"), *cms);
        QVERIFY(!unsupported.ok());
        QCOMPARE(unsupported.error().message(), QStringLiteral("field label not supported: spec.nodeName"));
        QVERIFY(!FieldSelector::parse(QStringLiteral("metadata.name"), *cms).ok());
        QCOMPARE(FieldSelector::parse(QStringLiteral("metadata.name==web"), *cms)->exactName(), QStringLiteral("web"));
    }

    void faultRules_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("status") << QStringLiteral("kind=status,code=429,retry-after=2,resource=pods,verb=list,count=3") << true;
        QTest::newRow("gone-event") << QStringLiteral("kind=gone,as-event=true") << true;
        QTest::newRow("probability") << QStringLiteral("kind=reset,probability=0.5") << true;
        QTest::newRow("bad-probability") << QStringLiteral("kind=reset,probability=2") << false;
        QTest::newRow("delay-without-ms") << QStringLiteral("kind=delay") << false;
        QTest::newRow("no-kind") << QStringLiteral("code=500") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void faultRules()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        auto rule = FaultRule::parse(spec);
        QCOMPARE(rule.ok(), valid);
        if (!valid)
            QVERIFY(rule.error().toString().contains(QStringLiteral("parsing fault")));
    }

    void faultMatching()
    {
        FaultInjector faults;
        QVERIFY_RESULT(faults.add(FaultRule::parse(QStringLiteral("kind=status,code=500,resource=deployments.apps,verb=patch,count=1")).value()));
        QVERIFY(!faults.onRequest(QStringLiteral("patch"), QStringLiteral("replicasets.apps"), QStringLiteral("default"), {}));
        QVERIFY(!faults.onRequest(QStringLiteral("get"), QStringLiteral("deployments.apps"), QStringLiteral("default"), {}));
        QVERIFY(faults.onRequest(QStringLiteral("patch"), QStringLiteral("deployments.apps"), QStringLiteral("default"), {}));
        QVERIFY(!faults.onRequest(QStringLiteral("patch"), QStringLiteral("deployments.apps"), QStringLiteral("default"), {})); // used up
        QCOMPARE(faults.rules().first().fired, 1);
    }

    void yamlDocuments_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("json"); // empty: an error
        QTest::newRow("scalars") << QByteArray("a: 1\nb: \"1\"\nc: true\nd: 'true'\ne: ~\nf: 1.5\ng: 0x1F\nh: [x, 2]\n")
                                 << QByteArray(R"({"a":1,"b":"1","c":true,"d":"true","e":null,"f":1.5,"g":"0x1F","h":["x",2]})");
        QTest::newRow("nested") << QByteArray("metadata:\n  name: web\n  labels: {app: web}\n") << QByteArray(R"({"metadata":{"labels":{"app":"web"},"name":"web"}})");
        QTest::newRow("bad-indent") << QByteArray("a:\n  b: 1\n c: 2\n") << QByteArray();
        QTest::newRow("unclosed") << QByteArray("a: [1, 2\n") << QByteArray();
        QTest::newRow("not-a-map") << QByteArray("- 1\n- 2\n") << QByteArray();
    }

    void yamlDocuments()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, json);
        auto parsed = yamlToJsonObject(yaml);
        if (json.isEmpty()) {
            QVERIFY(!parsed.ok());
            QCOMPARE(httpCodeOf(parsed.error()), 400);
            return;
        }
        QVERIFY_RESULT(parsed);
        QCOMPARE(toCompactJson(parsed.value()), json);
    }

    void requestInfo_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("watch");
        QTest::addColumn<QString>("expected"); // verb group version ns resource name sub
        QTest::newRow("core-list") << QByteArray("GET") << QStringLiteral("/api/v1/namespaces/default/pods") << false << QStringLiteral("list||v1|default|pods||");
        QTest::newRow("core-get-log") << QByteArray("GET") << QStringLiteral("/api/v1/namespaces/a/pods/p/log") << false << QStringLiteral("get||v1|a|pods|p|log");
        QTest::newRow("namespace-itself") << QByteArray("GET") << QStringLiteral("/api/v1/namespaces/a") << false << QStringLiteral("get||v1|a|namespaces|a|");
        QTest::newRow("namespace-status") << QByteArray("PUT") << QStringLiteral("/api/v1/namespaces/a/status") << false << QStringLiteral("update||v1|a|namespaces|a|status");
        QTest::newRow("group-watch") << QByteArray("GET") << QStringLiteral("/apis/apps/v1/deployments") << true << QStringLiteral("watch|apps|v1||deployments||");
        QTest::newRow("legacy-watch") << QByteArray("GET") << QStringLiteral("/api/v1/watch/namespaces/x/configmaps/c") << false << QStringLiteral("watch||v1|x|configmaps|c|");
        QTest::newRow("deletecollection") << QByteArray("DELETE") << QStringLiteral("/apis/batch/v1/namespaces/b/jobs") << false << QStringLiteral("deletecollection|batch|v1|b|jobs||");
        QTest::newRow("scale-patch") << QByteArray("PATCH") << QStringLiteral("/apis/apps/v1/namespaces/n/deployments/d/scale") << false << QStringLiteral("patch|apps|v1|n|deployments|d|scale");
    }

    void requestInfo()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(bool, watch);
        QFETCH(QString, expected);
        const RequestInfo info = RequestInfo::parse(method, path, watch);
        QVERIFY(info.isResource);
        QCOMPARE(QStringList({info.verb, info.group, info.version, info.ns, info.resource, info.name, info.subresource}).join(QLatin1Char('|')), expected);
        QVERIFY(!RequestInfo::parse("GET", QStringLiteral("/apis/apps"), false).isResource);
        QVERIFY(!RequestInfo::parse("GET", QStringLiteral("/version"), false).isResource);
    }

    void requestTargets()
    {
        HttpRequest request;
        request.setTarget("/api/v1/pods?labelSelector=tier+in+(a,+b)&fieldSelector=spec.nodeName%3Dn%2B1&watch");
        QCOMPARE(request.path, QStringLiteral("/api/v1/pods"));
        QCOMPARE(request.queryValue(QStringLiteral("labelSelector")), QStringLiteral("tier in (a, b)"));
        QCOMPARE(request.queryValue(QStringLiteral("fieldSelector")), QStringLiteral("spec.nodeName=n+1"));
        QVERIFY(request.queryFlag(QStringLiteral("watch")));
        QVERIFY(!request.queryFlag(QStringLiteral("follow")));
    }

    void crdSchemaValidatesAndPrunes()
    {
        const QJsonObject schema = obj(R"({"type":"object","properties":{
            "spec":{"type":"object","required":["replicas"],"properties":{
                "replicas":{"type":"integer","minimum":0},
                "mode":{"type":"string","enum":["a","b"]},
                "maxSurge":{"x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}]},
                "free":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
                "labels":{"type":"object","additionalProperties":{"type":"string"}}}}}})");
        QJsonObject good = obj(R"({"apiVersion":"x/v1","kind":"K","metadata":{"name":"n","anything":1},
            "spec":{"replicas":2,"mode":"a","maxSurge":"25%","free":{"x":{"y":1}},"labels":{"k":"v"},"unknown":true},"status":{"s":1}})");
        QCOMPARE(CrdSchema::validate(schema, good).size(), 0);
        QVERIFY(!good.value(QLatin1String("spec")).toObject().contains(QStringLiteral("unknown"))); // pruned
        QVERIFY(!good.contains(QStringLiteral("status")));                                            // not in the schema: pruned
        QVERIFY(good.value(QLatin1String("spec")).toObject().value(QLatin1String("free")).toObject().contains(QStringLiteral("x")));
        QCOMPARE(good.value(QLatin1String("metadata")).toObject().value(QLatin1String("anything")).toInt(), 1);

        QJsonObject bad = obj(R"({"spec":{"replicas":"two","mode":"c","maxSurge":[1],"labels":{"k":5}}})");
        const QJsonArray causes = CrdSchema::validate(schema, bad);
        QStringList fields;
        for (const auto &c : causes)
            fields.append(c.toObject().value(QLatin1String("field")).toString());
        QCOMPARE(fields, (QStringList{QStringLiteral("spec.labels.k"), QStringLiteral("spec.maxSurge"), QStringLiteral("spec.mode"), QStringLiteral("spec.replicas")}));
        QJsonObject missing = obj(R"({"spec":{"mode":"a"}})");
        QCOMPARE(CrdSchema::validate(schema, missing).first().toObject().value(QLatin1String("message")).toString(), QStringLiteral("Required value"));
        QJsonObject negative = obj(R"({"spec":{"replicas":-1}})");
        QVERIFY(CrdSchema::validate(schema, negative).first().toObject().value(QLatin1String("message")).toString().contains(QStringLiteral("greater than or equal to 0")));
    }

    void protobufBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("json");  // expected object, or empty for an error
        QTest::addColumn<int>("httpCode");
        const QByteArray meta = field(1, QByteArray("cfg")) + field(11, field(1, QByteArray("app")) + field(2, QByteArray("web")));
        QTest::newRow("configmap") << envelope("v1", "ConfigMap", field(1, meta) + field(2, field(1, QByteArray("k")) + field(2, QByteArray("v"))))
                                   << QByteArray(R"({"apiVersion":"v1","data":{"k":"v"},"kind":"ConfigMap","metadata":{"labels":{"app":"web"},"name":"cfg"}})") << 0;
        QTest::newRow("zero-values-dropped-pointers-kept")
            << envelope("apps/v1", "Deployment", field(1, field(1, QByteArray("d")) + field(7, quint64(0)))
                                                      + field(2, field(1, quint64(0)) + field(5, quint64(0)) + field(7, quint64(0))))
            << QByteArray(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"replicas":0}})") << 0;
        QTest::newRow("bytes-become-base64") << envelope("v1", "Secret", field(1, field(1, QByteArray("s"))) + field(2, field(1, QByteArray("k")) + field(2, QByteArray("\x01\x02"))))
                                             << QByteArray(R"({"apiVersion":"v1","data":{"k":"AQI="},"kind":"Secret","metadata":{"name":"s"}})") << 0;
        QTest::newRow("no-envelope") << QByteArray("{\"kind\":\"ConfigMap\"}") << QByteArray() << 400;
        QTest::newRow("unknown-kind") << envelope("v1", "Widget", field(1, meta)) << QByteArray() << 415;
        QTest::newRow("unknown-field") << envelope("v1", "ConfigMap", field(1, meta) + field(99, QByteArray("x"))) << QByteArray() << 415;
        QTest::newRow("truncated-length") << envelope("v1", "ConfigMap", field(1, meta)).chopped(2) << QByteArray() << 400;
        QTest::newRow("truncated-varint") << envelope("v1", "ConfigMap", field(1, meta) + QByteArray("\x10\xff", 2)) << QByteArray() << 400;
        QTest::newRow("wrong-wire-type") << envelope("v1", "ConfigMap", field(1, quint64(5))) << QByteArray() << 400;
    }

    void protobufBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, json);
        QFETCH(int, httpCode);
        QVERIFY(ProtobufDecoder::isProtobuf("application/vnd.kubernetes.protobuf"));
        auto decoded = ProtobufDecoder::decode(body);
        if (json.isEmpty()) {
            QVERIFY(!decoded.ok());
            QCOMPARE(httpCodeOf(decoded.error()), httpCode);
            QVERIFY(decoded.error().message().contains(QStringLiteral("protobuf")));
            return;
        }
        QVERIFY_RESULT(decoded);
        QCOMPARE(toCompactJson(decoded.value()), json);
    }

    void humanDurations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(59) << QStringLiteral("59s");
        QTest::newRow("under-two-minutes") << qint64(119) << QStringLiteral("119s");
        QTest::newRow("minutes-seconds") << qint64(5 * 60 + 3) << QStringLiteral("5m3s");
        QTest::newRow("minutes") << qint64(42 * 60) << QStringLiteral("42m");
        QTest::newRow("hours-minutes") << qint64(4 * 3600 + 5 * 60) << QStringLiteral("4h5m");
        QTest::newRow("hours") << qint64(30 * 3600) << QStringLiteral("30h");
        QTest::newRow("days-hours") << qint64(3 * 86400 + 2 * 3600) << QStringLiteral("3d2h");
        QTest::newRow("days") << qint64(40 * 86400) << QStringLiteral("40d");
        QTest::newRow("years") << qint64(3 * 365 * 86400) << QStringLiteral("3y");
        QTest::newRow("clock-skew") << qint64(-5) << QStringLiteral("<invalid>");
    }

    void humanDurations()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(TablePrinter::humanDuration(seconds), text);
    }

    void intOrPercent_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("roundUp");
        QTest::addColumn<int>("expected");
        QTest::newRow("surge-rounds-up") << QJsonValue(QStringLiteral("25%")) << true << 3;
        QTest::newRow("unavailable-rounds-down") << QJsonValue(QStringLiteral("25%")) << false << 2;
        QTest::newRow("integer") << QJsonValue(2) << false << 2;
        QTest::newRow("string-integer") << QJsonValue(QStringLiteral("4")) << true << 4;
        QTest::newRow("garbage") << QJsonValue(QStringLiteral("lots")) << true << -1;
    }

    void intOrPercent()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, roundUp);
        QFETCH(int, expected);
        QCOMPARE(kubetest::intOrPercent(value, 10, roundUp, -1), expected);
    }

    void storeHistoryAndIndexes()
    {
        ObjectStore store;
        store.setHistoryLimit(3);
        const quint64 start = store.currentResourceVersion();
        const ObjectPtr owner = store.put(0, obj(R"({"metadata":{"name":"owner","namespace":"n","uid":"u-1"}})"));
        store.put(0, obj(R"({"metadata":{"name":"child","namespace":"n","uid":"u-2","ownerReferences":[{"uid":"u-1"}]}})"));
        QCOMPARE(store.dependents(QStringLiteral("u-1")).size(), 1);
        QCOMPARE(store.byUid(QStringLiteral("u-2"))->name, QStringLiteral("child"));
        QCOMPARE(store.oldestWatchableVersion(), start); // nothing dropped yet
        store.put(0, obj(R"({"metadata":{"name":"owner","namespace":"n","uid":"u-1"},"data":{"x":"1"}})"));
        store.remove(0, QStringLiteral("n"), QStringLiteral("child"));
        QCOMPARE(store.history().size(), size_t(3));
        QCOMPARE(store.oldestWatchableVersion(), owner->resourceVersion);
        QCOMPARE(store.history().back().type, EventType::Deleted);
        QCOMPARE(store.history().back().object->resourceVersion, store.currentResourceVersion());
        QVERIFY(store.dependents(QStringLiteral("u-1")).isEmpty());
        QCOMPARE(store.historyIndexAfter(store.currentResourceVersion()), size_t(3));
        const QString snapshot = store.saveSnapshot(store.list(0), store.currentResourceVersion());
        QVERIFY(store.snapshot(snapshot));
        store.setSnapshotLifetimeSeconds(-1);
        QVERIFY(!store.snapshot(snapshot));
        store.compact();
        QCOMPARE(store.oldestWatchableVersion(), store.currentResourceVersion());
    }

    void certificatesAreCheckedAgainstTheCa()
    {
        auto ca = TlsAuthority::create(QStringLiteral("test-ca"));
        auto other = TlsAuthority::create(QStringLiteral("other-ca"));
        QVERIFY_RESULT(ca);
        QVERIFY_RESULT(other);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto check = [&](const IssuedCertificate &cert) {
            PeerIdentity identity;
            ca.value()->verifyClient(QSslCertificate(cert.certificatePem, QSsl::Pem).toDer(), &identity);
            return identity;
        };
        const PeerIdentity good = check(ca.value()->issueClient(QStringLiteral("alice"), {QStringLiteral("dev"), QStringLiteral("ops")}, now.addSecs(-60), now.addDays(1)).value());
        QVERIFY(good.certificateVerified);
        QCOMPARE(good.certificateUser, QStringLiteral("alice"));
        QStringList groups = good.certificateGroups;
        groups.sort();
        QCOMPARE(groups, (QStringList{QStringLiteral("dev"), QStringLiteral("ops")}));
        const PeerIdentity foreign = check(other.value()->issueClient(QStringLiteral("mallory"), {}, now.addSecs(-60), now.addDays(1)).value());
        QVERIFY(!foreign.certificateVerified);
        QCOMPARE(foreign.certificateProblem, QStringLiteral("the client certificate is not signed by the cluster CA"));
        const PeerIdentity expired = check(ca.value()->issueClient(QStringLiteral("bob"), {}, now.addDays(-3), now.addDays(-1)).value());
        QCOMPARE(expired.certificateProblem, QStringLiteral("the client certificate has expired"));
        PeerIdentity garbage;
        ca.value()->verifyClient("not a certificate", &garbage);
        QCOMPARE(garbage.certificateProblem, QStringLiteral("the client certificate could not be decoded"));
        QVERIFY(!ca.value()->issueClient(QString(), {}, now, now.addDays(1)).ok());
    }
};

QTEST_GUILESS_MAIN(tst_KubeServerInternals)
#include "tst_kubeserverinternals.moc"
