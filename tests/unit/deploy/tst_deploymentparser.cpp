#include "backend/deploy/deploymentparser.h"
#include "testsupport.h"

#include <QFile>

using namespace shipdeck;

class tst_DeploymentParser : public QObject
{
    Q_OBJECT

    static QByteArray full()
    {
        return R"(apiVersion: shipdeck.io/v1
kind: Deployment
name: storefront-canary
environment: production
strategy: canary
replicas: 2
progressDeadline: 2m
components:
  - id: storefront
    version: 1.5.0
change:
  commit: 3f2a9c1
  createdAt: 2024-05-01T10:00:00Z
canary:
  maxWeight: 50
  headerRoute: {name: X-Canary, value: always}
  scaleDownDelay: 5s
  analysis:
    templates: [sequential-errors]
    startingStep: 1
  steps:
    - setWeight: 10
    - pause: {duration: 30s}
    - analysis: {templates: [judge]}
    - approval: {message: "Check the dashboards", required: 1}
    - setWeight: 50
    - pause: {}
analysis:
  templates:
    - name: sequential-errors
      metrics:
        - name: error-rate
          interval: 1s
          count: 120
          provider:
            sequential: {alpha: 0.01, effects: [2, 3, 5, 8]}
    - name: judge
      metrics:
        - name: canary-vs-baseline
          interval: 20s
          count: 1
          provider:
            judge:
              thresholds: {pass: 95, marginal: 75}
              metrics:
                - {name: error-rate, measure: error-rate, direction: increase, critical: true}
                - {name: latency-p99, measure: latency-p99, direction: increase, group: latency}
        - name: threshold
          interval: 5s
          count: 3
          successCondition: result < 0.02
          failureLimit: 1
          provider:
            proxy: {measure: error-rate}
        - name: prom
          provider:
            prometheus:
              address: http://127.0.0.1:9090
              query: sum(rate(x{version="{{canaryVersion}}"}[1m]))
              range: {duration: 1m, step: 5s}
webhooks:
  - name: smoke
    type: pre-rollout
    url: http://127.0.0.1:9000/smoke
    timeout: 5s
    metadata: {suite: smoke}
gates:
  interval: 2s
  failureThreshold: 2
validation:
  readyTimeout: 45s
rollback:
  automatic: true
  scaleDownDelay: 0s
  onProgressDeadline: pause
  window: 2
)";
    }

private Q_SLOTS:
    void readsEverything()
    {
        auto parsed = DeploymentParser::parse(full(), QStringLiteral("canary.yaml"));
        QVERIFY_RESULT(parsed);
        const DeploymentSpec &s = parsed.value();
        QCOMPARE(s.name, QStringLiteral("storefront-canary"));
        QCOMPARE(s.strategy, DeployStrategy::Canary);
        QCOMPARE(s.environment, DeployEnvironment::Production);
        QCOMPARE(s.replicas, 2);
        QCOMPARE(s.progressDeadlineMs, 120'000);
        QCOMPARE(s.components.size(), 1);
        QCOMPARE(s.components.first().version, QStringLiteral("1.5.0"));
        QCOMPARE(s.components.first().location.line, 9);
        QCOMPARE(s.change.commit, QStringLiteral("3f2a9c1"));
        QCOMPARE(s.change.createdAtMs, QDateTime::fromString(QStringLiteral("2024-05-01T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
        QCOMPARE(s.canary.maxWeight, 50);
        QCOMPARE(s.canary.headerName, QStringLiteral("X-Canary"));
        QCOMPARE(s.canary.scaleDownDelayMs, 5000);
        QCOMPARE(s.canary.background.templates, QStringList{QStringLiteral("sequential-errors")});
        QCOMPARE(s.canary.background.startingStep, 1);
        QCOMPARE(s.canary.steps.size(), 6);
        QCOMPARE(s.canary.steps[0].weight, 10);
        QCOMPARE(s.canary.steps[1].pauseMs.value(), 30'000);
        QCOMPARE(s.canary.steps[2].analysis.templates, QStringList{QStringLiteral("judge")});
        QCOMPARE(s.canary.steps[3].kind, CanaryStep::Kind::Approval);
        QCOMPARE(s.canary.steps[3].approvalMessage, QStringLiteral("Check the dashboards"));
        QVERIFY(!s.canary.steps[5].pauseMs.has_value());
        QCOMPARE(s.analysisTemplates.size(), 2);
        const MetricSpec &seq = s.analysisTemplates[0].metrics[0];
        QCOMPARE(seq.kind, MetricSourceKind::Sequential);
        QCOMPARE(seq.count, 120);
        QCOMPARE(seq.sequential.effects, (QList<double>{2, 3, 5, 8}));
        const MetricSpec &judge = s.analysisTemplates[1].metrics[0];
        QCOMPARE(judge.kind, MetricSourceKind::Judge);
        QCOMPARE(judge.judge.metrics.size(), 2);
        QVERIFY(judge.judge.metrics[0].critical);
        QCOMPARE(judge.judge.metrics[1].group, QStringLiteral("latency"));
        const MetricSpec &threshold = s.analysisTemplates[1].metrics[1];
        QCOMPARE(threshold.successCondition, QStringLiteral("result < 0.02"));
        QCOMPARE(threshold.failureLimit, 1);
        QCOMPARE(threshold.proxy.measure, QStringLiteral("error-rate"));
        const MetricSpec &prom = s.analysisTemplates[1].metrics[2];
        QVERIFY(prom.prometheus.range);
        QCOMPARE(prom.prometheus.stepMs, 5000);
        QCOMPARE(prom.effectiveCount(), 1);
        QCOMPARE(s.webhooks.size(), 1);
        QCOMPARE(s.webhooks[0].type, WebhookType::PreRollout);
        QCOMPARE(s.webhooks[0].metadata.value(QStringLiteral("suite")).toString(), QStringLiteral("smoke"));
        QCOMPARE(s.webhookIntervalMs, 2000);
        QCOMPARE(s.failureThreshold, 2);
        QCOMPARE(s.readyTimeoutMs(), 45'000);
        QVERIFY(!s.rollback.abortOnProgressDeadline);
        QCOMPARE(s.rollback.abortScaleDownDelayMs, 0);
        QCOMPARE(s.rollback.window, 2);
    }

    void otherStrategies()
    {
        auto rolling = DeploymentParser::parse("strategy: rolling\ncomponent: api\nversion: '2'\nrolling: {batchSize: 25%, maxUnavailable: 1}\n", QStringLiteral("r.yaml"));
        QVERIFY_RESULT(rolling);
        QCOMPARE(rolling->rolling.batchPercent, 25);
        QCOMPARE(rolling->rolling.maxUnavailable, 1);
        QCOMPARE(rolling->name, QStringLiteral("api"));
        auto bg = DeploymentParser::parse("strategy: blue-green\ncomponents: [{id: api, version: '2'}]\n"
                                          "blueGreen: {autoPromotionEnabled: false, autoPromotionSeconds: 30, previewReplicas: 1}\n",
                                          QStringLiteral("bg.yaml"));
        QVERIFY_RESULT(bg);
        QVERIFY(!bg->blueGreen.autoPromotionEnabled);
        QCOMPARE(bg->blueGreen.autoPromotionMs, 30'000);
        QVERIFY_RESULT(DeploymentParser::parse("strategy: recreate\ncomponent: api\nversion: '2'\n", QStringLiteral("x")));
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<int>("code");
        const int V = int(ErrorCode::Validation);
        const int P = int(ErrorCode::Parse);
        QTest::newRow("syntax") << QByteArray("strategy: canary\ncomponents: [a\n") << 3 << QStringLiteral("YAML syntax error") << P;
        QTest::newRow("tab indentation") << QByteArray("strategy: canary\ncanary:\n\tsteps: []\n") << 3 << QStringLiteral("syntax") << P;
        QTest::newRow("duplicate key") << QByteArray("strategy: canary\nstrategy: rolling\n") << 2 << QStringLiteral("duplicate key 'strategy'") << P;
        QTest::newRow("empty file") << QByteArray("") << 0 << QStringLiteral("empty") << V;
        QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << 1 << QStringLiteral("expected a mapping") << V;
        QTest::newRow("unknown strategy") << QByteArray("strategy: canry\ncomponent: a\nversion: '1'\n") << 1
                                          << QStringLiteral("unknown strategy 'canry' (expected recreate, rolling, blue-green or canary)") << V;
        QTest::newRow("unknown environment") << QByteArray("strategy: recreate\nenvironment: prod\ncomponent: a\nversion: '1'\n") << 2
                                             << QStringLiteral("unknown environment 'prod'") << V;
        QTest::newRow("typo with suggestion") << QByteArray("strategy: recreate\ncomponent: a\nversion: '1'\nprogresDeadline: 1m\n") << 4
                                              << QStringLiteral("did you mean 'progressDeadline'") << V;
        QTest::newRow("weight above 100") << QByteArray("strategy: canary\ncomponent: a\nversion: '1'\ncanary:\n  steps:\n    - setWeight: 120\n") << 6
                                          << QStringLiteral("120 is out of range (allowed 0 to 100)") << V;
        QTest::newRow("negative weight") << QByteArray("strategy: canary\ncomponent: a\nversion: '1'\ncanary:\n  steps:\n    - setWeight: -5\n") << 6
                                         << QStringLiteral("-5 is out of range") << V;
        QTest::newRow("weight above maxWeight") << QByteArray("strategy: canary\ncomponent: a\nversion: '1'\ncanary:\n  maxWeight: 20\n  steps:\n    - setWeight: 30\n") << 7
                                                << QStringLiteral("above maxWeight 20") << V;
        QTest::newRow("weight not a number") << QByteArray("strategy: canary\ncomponent: a\nversion: '1'\ncanary:\n  steps:\n    - setWeight: ten\n") << 6
                                             << QStringLiteral("expected a whole number, found 'ten'") << V;
        QTest::newRow("two kinds in a step") << QByteArray("strategy: canary\ncomponent: a\nversion: '1'\ncanary:\n  steps:\n    - setWeight: 10\n      pause: {}\n") << 6
                                             << QStringLiteral("exactly one of") << V;
        QTest::newRow("no steps") << QByteArray("strategy: canary\ncomponent: a\nversion: '1'\ncanary:\n  steps: []\n") << 5
                                  << QStringLiteral("at least one step") << V;
        QTest::newRow("bad duration") << QByteArray("strategy: canary\ncomponent: a\nversion: '1'\ncanary:\n  steps:\n    - pause: {duration: soon}\n") << 6
                                      << QStringLiteral("'soon' is not a duration") << V;
        QTest::newRow("unknown template") << QByteArray("strategy: canary\ncomponent: a\nversion: '1'\ncanary:\n  steps:\n    - analysis: {templates: [nope]}\n") << 6
                                          << QStringLiteral("no analysis template named 'nope'") << V;
        QTest::newRow("section of another strategy") << QByteArray("strategy: rolling\ncomponent: a\nversion: '1'\ncanary:\n  steps: [{setWeight: 1}]\n") << 4
                                                     << QStringLiteral("does not apply to strategy rolling") << V;
        QTest::newRow("bad component id") << QByteArray("strategy: recreate\ncomponents:\n  - id: Store_Front\n    version: '1'\n") << 3
                                          << QStringLiteral("is not a component id") << V;
        QTest::newRow("missing version") << QByteArray("strategy: recreate\ncomponents:\n  - id: a\n") << 3 << QStringLiteral("'version' is required") << V;
        QTest::newRow("no components") << QByteArray("strategy: recreate\n") << 1 << QStringLiteral("name what to deploy") << V;
        QTest::newRow("bad condition") << QByteArray("strategy: recreate\ncomponent: a\nversion: '1'\nanalysis:\n  templates:\n    - name: t\n      metrics:\n"
                                                     "        - name: m\n          successCondition: result <\n          provider: {proxy: {measure: error-rate}}\n") << 9
                                       << QStringLiteral("expected a number") << V;
        QTest::newRow("count without interval") << QByteArray("strategy: recreate\ncomponent: a\nversion: '1'\nanalysis:\n  templates:\n    - name: t\n      metrics:\n"
                                                              "        - name: m\n          count: 3\n          provider: {proxy: {measure: error-rate}}\n") << 8
                                                << QStringLiteral("needs an interval") << V;
        QTest::newRow("failureLimit -1 alone") << QByteArray("strategy: recreate\ncomponent: a\nversion: '1'\nanalysis:\n  templates:\n    - name: t\n      metrics:\n"
                                                             "        - name: m\n          failureLimit: -1\n          provider: {proxy: {measure: error-rate}}\n") << 8
                                               << QStringLiteral("consecutiveSuccessLimit must be set") << V;
        QTest::newRow("unknown measure") << QByteArray("strategy: recreate\ncomponent: a\nversion: '1'\nanalysis:\n  templates:\n    - name: t\n      metrics:\n"
                                                       "        - name: m\n          provider: {proxy: {measure: errors-per-hour}}\n") << 9
                                         << QStringLiteral("unknown measure 'errors-per-hour'") << V;
        QTest::newRow("marginal above pass") << QByteArray("strategy: recreate\ncomponent: a\nversion: '1'\nanalysis:\n  templates:\n    - name: t\n      metrics:\n"
                                                           "        - name: m\n          provider:\n            judge:\n              thresholds: {pass: 70, marginal: 80}\n"
                                                           "              metrics: [{name: e, measure: error-rate}]\n") << 11
                                             << QStringLiteral("must not be above pass") << V;
        QTest::newRow("bad webhook type") << QByteArray("strategy: recreate\ncomponent: a\nversion: '1'\nwebhooks:\n  - {name: w, type: pre-deploy, url: 'http://x/'}\n") << 5
                                          << QStringLiteral("unknown webhook type 'pre-deploy'") << V;
        QTest::newRow("bad webhook url") << QByteArray("strategy: recreate\ncomponent: a\nversion: '1'\nwebhooks:\n  - {name: w, type: rollout, url: 'ftp://x/'}\n") << 5
                                         << QStringLiteral("not an http(s) URL") << V;
        QTest::newRow("deep nesting") << (QByteArray("a: ") + QByteArray(200, '[') + QByteArray(200, ']')) << 1 << QStringLiteral("deep") << P;
        QTest::newRow("binary junk") << QByteArray("strategy: canary\n\0\1\2", 20) << 0 << QStringLiteral("NUL") << P;
    }
    void problems()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        QFETCH(int, code);
        auto parsed = DeploymentParser::parse(yaml, QStringLiteral("deploy.yaml"));
        QVERIFY(!parsed.ok());
        const Error &e = parsed.error();
        QCOMPARE(int(e.code()), code);
        QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
        if (line > 0)
            QVERIFY2(e.message().contains(QStringLiteral("deploy.yaml:%1:").arg(line)), qPrintable(e.message()));
        if (code == int(ErrorCode::Validation))
            QVERIFY(!e.details().value(QStringLiteral("problems")).toList().isEmpty());
    }

    void allProblemsAtOnce()
    {
        auto parsed = DeploymentParser::parse("strategy: canry\nenvironment: qa\ncomponent: a\nversion: '1'\nreplicas: 0\n", QStringLiteral("d.yaml"));
        QVERIFY(!parsed.ok());
        const QVariantList problems = parsed.error().details().value(QStringLiteral("problems")).toList();
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems[0].toMap().value(QStringLiteral("line")).toInt(), 2);
        QVERIFY(parsed.error().message().startsWith(QStringLiteral("3 problems in d.yaml")));
    }

    void componentChecks()
    {
        ComponentDefinition storefront;
        storefront.id = QStringLiteral("storefront");
        storefront.version = QStringLiteral("1.4.2");
        storefront.run.command = QStringLiteral("/bin/sh");
        storefront.versions.insert(QStringLiteral("1.5.0"), VersionOverride{});
        VersionOverride broken;
        broken.command = QStringLiteral("/nonexistent/storefront-{version}");
        storefront.versions.insert(QStringLiteral("1.6.0"), broken);
        const auto lookup = [&](const QString &id) -> std::optional<ComponentDefinition> {
            if (id == storefront.id)
                return storefront;
            return std::nullopt;
        };
        auto spec = [](const char *id, const char *version) {
            return DeploymentParser::parse(QStringLiteral("strategy: recreate\ncomponents:\n  - id: %1\n    version: '%2'\n")
                                               .arg(QString::fromLatin1(id), QString::fromLatin1(version)).toUtf8(), QStringLiteral("c.yaml")).value();
        };
        QVERIFY_RESULT(DeploymentParser::checkComponents(spec("storefront", "1.5.0"), lookup, QStringLiteral("c.yaml")));
        auto unknown = DeploymentParser::checkComponents(spec("checkout", "1.0"), lookup, QStringLiteral("c.yaml"));
        QVERIFY(unknown.error().message().contains(QStringLiteral("c.yaml:3:")));
        QVERIFY(unknown.error().message().contains(QStringLiteral("unknown component 'checkout'")));
        auto version = DeploymentParser::checkComponents(spec("storefront", "9.9"), lookup, QStringLiteral("c.yaml"));
        QVERIFY(version.error().message().contains(QStringLiteral("no version 9.9 (known: 1.4.2, 1.5.0, 1.6.0)")));
        auto missing = DeploymentParser::checkComponents(spec("storefront", "1.6.0"), lookup, QStringLiteral("c.yaml"));
        QVERIFY2(missing.error().message().contains(QStringLiteral("/nonexistent/storefront-1.6.0")), qPrintable(missing.error().message()));
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << QStringLiteral("30s") << qint64(30'000);
        QTest::newRow("bare number") << QStringLiteral("10") << qint64(10'000);
        QTest::newRow("fraction") << QStringLiteral("1.5") << qint64(1'500);
        QTest::newRow("compound") << QStringLiteral("1h30m") << qint64(5'400'000);
        QTest::newRow("millis") << QStringLiteral("250ms") << qint64(250);
        QTest::newRow("invalid") << QStringLiteral("5 minutes") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5") << qint64(-1);
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(SpecReaderProxy::parse(text), ms);
    }

    void jsonView()
    {
        auto root = YamlDocumentProxy::json(full());
        QCOMPARE(root.value(QStringLiteral("replicas")).toDouble(), 2.0);
        QCOMPARE(root.value(QStringLiteral("canary")).toObject().value(QStringLiteral("steps")).toArray().size(), 6);
        QCOMPARE(root.value(QStringLiteral("components")).toArray().at(0).toObject().value(QStringLiteral("version")).toString(),
                 QStringLiteral("1.5.0"));
    }

private:
    struct SpecReaderProxy
    {
        static qint64 parse(const QString &t);
    };
    struct YamlDocumentProxy
    {
        static QJsonObject json(const QByteArray &yaml);
    };
};

#include "backend/deploy/specreader.h"
#include "backend/deploy/yamldocument.h"

qint64 tst_DeploymentParser::SpecReaderProxy::parse(const QString &t)
{
    return SpecReader::parseDuration(t).value_or(-1);
}

QJsonObject tst_DeploymentParser::YamlDocumentProxy::json(const QByteArray &yaml)
{
    return YamlDocument::parse(yaml, QStringLiteral("x")).value().toJson().toObject();
}

QTEST_GUILESS_MAIN(tst_DeploymentParser)
#include "tst_deploymentparser.moc"
