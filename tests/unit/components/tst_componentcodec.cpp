// Component definitions in YAML and JSON: the full schema, round trips, and malformed input.
#include "testsupport.h"

#include "backend/components/componentcodec.h"

#include <QRegularExpression>

using namespace shipdeck;

namespace {

const QByteArray kFull = R"YAML(# a full definition
id: storefront
name: Storefront
version: 1.4.2
type: service
port: 18080
dependencies: [catalog, payments]
resources:
  cpu: 500m
  memory: 256Mi
scaling:
  minReplicas: 2
  maxReplicas: 4
run:
  command: shipdeck-demo-service
  args: [--port, "{port}", --version, "{version}"]
  env:
    MODE: "{component}-{instance}"
healthCheck:
  kind: http
  path: /healthz
  expectedStatus: 200-299
  initialDelay: 1s
  period: 500ms
  timeout: 250ms
  failureThreshold: 5
  successThreshold: 2
versions:
  "1.5.0": {}
  "1.5.1":
    extraArgs: [--error-rate, "0.05"]
    env: {FLAVOUR: bad}
  "2.0.0":
    command: /opt/storefront-2/bin/storefront
)YAML";

} // namespace

class tst_ComponentCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheFullSchema()
    {
        auto parsed = ComponentCodec::fromYaml(kFull, QStringLiteral("storefront.yaml"));
        QVERIFY_RESULT(parsed);
        QCOMPARE(parsed.value().size(), 1);
        const ComponentDefinition &c = parsed.value().first();
        QCOMPARE(c.id, QStringLiteral("storefront"));
        QCOMPARE(c.version, QStringLiteral("1.4.2"));
        QCOMPARE(c.port, 18080);
        QCOMPARE(c.dependencies, (QStringList{QStringLiteral("catalog"), QStringLiteral("payments")}));
        QCOMPARE(c.resources.cpuCores, 0.5);
        QCOMPARE(c.resources.memoryBytes, 256LL * 1024 * 1024);
        QCOMPARE(c.scaling.minReplicas, 2);
        QCOMPARE(c.scaling.maxReplicas, 4);
        QCOMPARE(c.run.args.at(1), QStringLiteral("{port}"));
        QCOMPARE(c.run.env.value(QStringLiteral("MODE")), QStringLiteral("{component}-{instance}"));
        QCOMPARE(c.healthCheck.kind, HealthCheck::Kind::Http);
        QCOMPARE(c.healthCheck.expectedStatusMin, 200);
        QCOMPARE(c.healthCheck.expectedStatusMax, 299);
        QCOMPARE(c.healthCheck.initialDelayMs, 1000);
        QCOMPARE(c.healthCheck.periodMs, 500);
        QCOMPARE(c.healthCheck.timeoutMs, 250);
        QCOMPARE(c.healthCheck.failureThreshold, 5);
        QCOMPARE(c.healthCheck.successThreshold, 2);
        QCOMPARE(c.versions.size(), 3);
        QCOMPARE(c.versions.value(QStringLiteral("1.5.1")).extraArgs, (QStringList{QStringLiteral("--error-rate"), QStringLiteral("0.05")}));
        QCOMPARE(c.versions.value(QStringLiteral("1.5.1")).env.value(QStringLiteral("FLAVOUR")), QStringLiteral("bad"));
        QCOMPARE(c.versions.value(QStringLiteral("2.0.0")).command, QStringLiteral("/opt/storefront-2/bin/storefront"));
    }

    void roundTripsThroughYamlAndJson()
    {
        const ComponentDefinition original = ComponentCodec::fromYaml(kFull).value().first();
        auto again = ComponentCodec::fromYaml(ComponentCodec::toYaml(original));
        QVERIFY_RESULT(again);
        QCOMPARE(ComponentCodec::toJson(again.value().first()), ComponentCodec::toJson(original));
        auto fromJson = ComponentCodec::fromJson(ComponentCodec::toJson(original));
        QVERIFY_RESULT(fromJson);
        QCOMPARE(ComponentCodec::toJson(fromJson.value()), ComponentCodec::toJson(original));
    }

    void readsSeveralDocuments()
    {
        const QByteArray yaml = "id: a\nversion: '1'\nrun: {command: /bin/true}\n---\nid: b\nversion: '2'\ntype: worker\n"
                                "dependencies: a\nrun: {command: /bin/true}\nhealthCheck: {kind: exec, command: [/bin/true]}\n";
        auto parsed = ComponentCodec::fromYaml(yaml);
        QVERIFY_RESULT(parsed);
        QCOMPARE(parsed.value().size(), 2);
        QCOMPARE(parsed.value().at(1).type, ComponentType::Worker);
        QCOMPARE(parsed.value().at(1).dependencies, QStringList{QStringLiteral("a")});
        QCOMPARE(parsed.value().at(1).healthCheck.command, QStringList{QStringLiteral("/bin/true")});
    }

    void rejectsMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QByteArray base = "id: web\nversion: 1.0.0\nrun:\n  command: /bin/true\n";
        QTest::newRow("yaml syntax") << QByteArray("id: web\nversion: [1.0\nrun: {command: x}\n") << 0 << "";
        QTest::newRow("tab indentation") << QByteArray("id: web\n\tversion: 1\n") << 0 << "";
        QTest::newRow("unknown key") << (base + "replicas: 3\n") << 5 << "unknown key \"replicas\" in the component";
        QTest::newRow("unknown nested key") << (base + "healthCheck:\n  kind: http\n  pth: /x\n") << 7 << "unknown key \"pth\" in healthCheck";
        QTest::newRow("bad type") << (base + "type: daemon\n") << 5 << "type must be service, function, worker or extension";
        QTest::newRow("bad probe kind") << (base + "healthCheck: {kind: grpc}\n") << 5 << "healthCheck.kind must be http, tcp, exec or none";
        QTest::newRow("bad duration") << (base + "healthCheck: {kind: tcp, period: soon}\n") << 5 << "healthCheck.period";
        QTest::newRow("bad status range") << (base + "healthCheck: {kind: http, expectedStatus: 300-200}\n") << 5 << "ascending range";
        QTest::newRow("exec without command") << (base + "healthCheck: {kind: exec}\n") << 5 << "exec healthCheck needs a command";
        QTest::newRow("threshold zero") << (base + "healthCheck: {kind: tcp, failureThreshold: 0}\n") << 5 << "failureThreshold must be a whole number from 1";
        QTest::newRow("port out of range") << (base + "port: 70000\n") << 5 << "port must be a whole number from 0 to 65535";
        QTest::newRow("bad memory") << (base + "resources: {memory: lots}\n") << 5 << "not a memory quantity";
        QTest::newRow("missing id") << QByteArray("version: 1\nrun: {command: x}\n") << 1 << "needs an id";
        QTest::newRow("missing version") << QByteArray("id: web\nrun: {command: x}\n") << 1 << "needs a version";
        QTest::newRow("bad id") << QByteArray("id: Web_1\nversion: 1\nrun: {command: x}\n") << 1 << "must be a DNS label";
        QTest::newRow("service without command") << QByteArray("id: web\nversion: 1\n") << 1 << "run.command is missing";
        QTest::newRow("depends on itself") << (base + "dependencies: [web]\n") << 1 << "cycle: web → web";
        QTest::newRow("min above max") << (base + "scaling: {minReplicas: 3, maxReplicas: 2}\n") << 1 << "maxReplicas (2) is below minReplicas (3)";
        QTest::newRow("list instead of map") << QByteArray("- id: web\n") << 1 << "must be a mapping";
        QTest::newRow("args not a list") << (base.left(base.size() - 1) + "\n  args: {a: b}\n") << 5 << "run.args must be a list";
        QTest::newRow("defined twice") << (base + "---\n" + base) << 6 << "defined twice";
    }

    void rejectsMalformedInput()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, message);
        auto parsed = ComponentCodec::fromYaml(yaml, QStringLiteral("web.yaml"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code(), ErrorCode::Parse);
        const QString text = parsed.error().message();
        // Line 0: a syntax error whose exact position is yaml-cpp's business; it must have one.
        const QRegularExpression where(line ? QStringLiteral("^web\\.yaml:%1:\\d+: ").arg(line) : QStringLiteral("^web\\.yaml:\\d+:\\d+: "));
        QVERIFY2(where.match(text).hasMatch(), qPrintable(text));
        QVERIFY2(text.contains(message), qPrintable(text));
        if (line)
            QCOMPARE(parsed.error().details().value(QStringLiteral("line")).toInt(), line);
    }

    void emptyInputIsAnError()
    {
        auto parsed = ComponentCodec::fromYaml("# nothing here\n", QStringLiteral("empty.yaml"));
        QVERIFY(!parsed);
        QVERIFY(parsed.error().message().contains(QStringLiteral("no component definition")));
    }

    void missingFileIsNotFound()
    {
        auto parsed = ComponentCodec::fromYamlFile(QStringLiteral("/nonexistent/components.yaml"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code(), ErrorCode::NotFound);
        QVERIFY(parsed.error().message().contains(QStringLiteral("/nonexistent/components.yaml")));
    }

    void parsesQuantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("ms");
        QTest::newRow("ms") << "250ms" << 250;
        QTest::newRow("s") << "2s" << 2000;
        QTest::newRow("fraction") << "1.5s" << 1500;
        QTest::newRow("m") << "1m" << 60'000;
        QTest::newRow("plain") << "700" << 700;
    }

    void parsesQuantities()
    {
        QFETCH(QString, text);
        QFETCH(int, ms);
        QCOMPARE(ComponentCodec::parseDurationMs(text).value(), ms);
        QCOMPARE(ComponentCodec::parseBytes(QStringLiteral("1Gi")).value(), 1024LL * 1024 * 1024);
        QCOMPARE(ComponentCodec::parseBytes(QStringLiteral("2M")).value(), 2'000'000LL);
        QCOMPARE(ComponentCodec::parseCpu(QStringLiteral("250m")).value(), 0.25);
        QVERIFY(!ComponentCodec::parseDurationMs(QStringLiteral("2 days")));
        QVERIFY(!ComponentCodec::parseDurationMs(QStringLiteral("48h")));
    }
};

QTEST_GUILESS_MAIN(tst_ComponentCodec)
#include "tst_componentcodec.moc"
