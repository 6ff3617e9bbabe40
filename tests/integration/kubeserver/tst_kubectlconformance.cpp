// The real kubectl against shipdeck-test-apiserver over TLS: if kubectl accepts the server, the
// server speaks the Kubernetes protocol and not a private dialect.
#include "kubetestserver.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>

using namespace shipdeck::test;

namespace {
QByteArray deployment(const QString &name, const QString &image, int replicas, const QString &extraTemplateAnnotations = {})
{
    return QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: %1
  labels: {app: %1}
spec:
  replicas: %3
  selector:
    matchLabels: {app: %1}
  template:
    metadata:
      labels: {app: %1}
      annotations: {%4}
    spec:
      containers:
      - name: app
        image: %2
        ports:
        - containerPort: 8080
        env:
        - name: MODE
          value: blue
)").arg(name, image).arg(replicas).arg(extraTemplateAnnotations).toUtf8();
}
} // namespace

class tst_KubectlConformance : public QObject
{
    Q_OBJECT

    KubeTestServer m_server;

    KubeTestServer::KubectlResult kubectl(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60'000)
    {
        return m_server.kubectl(args, timeoutMs, input);
    }

    // Runs kubectl and fails the test with its stderr when it does not succeed.
    QByteArray ok(const QStringList &args, const QByteArray &input = {})
    {
        const auto r = kubectl(args, input);
        if (r.exitCode != 0)
            qWarning("kubectl %s failed (%d): %s", qPrintable(args.join(QLatin1Char(' '))), r.exitCode, r.err.constData());
        return r.exitCode == 0 ? r.out : QByteArray("<kubectl failed>");
    }

    QJsonObject getJson(const QStringList &args)
    {
        return QJsonDocument::fromJson(ok(args + QStringList{QStringLiteral("-o"), QStringLiteral("json")})).object();
    }

    void createNamespace(const QString &ns)
    {
        ok({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
           QStringLiteral("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: %1\n").arg(ns).toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (KubeTestServer::kubectlPath().isEmpty())
            QFAIL("kubectl is not on PATH: run scripts/setup.sh (Debian package kubernetes-client)");
        QVERIFY2(m_server.start({QStringLiteral("--pod-ready-delay-ms"), QStringLiteral("100"), QStringLiteral("--log-interval-ms"),
                                 QStringLiteral("200")}),
                 qPrintable(m_server.errorString()));
    }

    void getPrintsServerSideTables()
    {
        const QByteArray nodes = ok({QStringLiteral("get"), QStringLiteral("nodes")});
        QVERIFY2(QRegularExpression(QStringLiteral("^NAME +STATUS +ROLES +AGE +VERSION\\n")).match(QString::fromUtf8(nodes)).hasMatch(), nodes.constData());
        QVERIFY2(QRegularExpression(QStringLiteral("node-1 +Ready +control-plane +\\d+s +v1\\.32")).match(QString::fromUtf8(nodes)).hasMatch(), nodes.constData());
        const QByteArray wide = ok({QStringLiteral("get"), QStringLiteral("services"), QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("-o"), QStringLiteral("wide")});
        QVERIFY2(wide.contains("kubernetes") && wide.contains("10.96.0.1") && wide.contains("443/TCP") && wide.contains("SELECTOR"), wide.constData());
    }

    void getJsonAndYaml()
    {
        const QJsonObject list = getJson({QStringLiteral("get"), QStringLiteral("namespaces")});
        QCOMPARE(list.value(QLatin1String("kind")).toString(), QStringLiteral("List"));
        QStringList names;
        for (const auto &item : list.value(QLatin1String("items")).toArray())
            names.append(item.toObject().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString());
        QVERIFY2(names.contains(QStringLiteral("default")) && names.contains(QStringLiteral("kube-system")), qPrintable(names.join(QLatin1Char(','))));
        const QByteArray yaml = ok({QStringLiteral("get"), QStringLiteral("namespace"), QStringLiteral("default"), QStringLiteral("-o"), QStringLiteral("yaml")});
        QVERIFY2(yaml.contains("kind: Namespace") && yaml.contains("resourceVersion: \"") && yaml.contains("uid: "), yaml.constData());
        const QByteArray jsonpath = ok({QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("-o"), QStringLiteral("jsonpath={.items[*].metadata.name}")});
        QCOMPARE(jsonpath, QByteArray("node-1 node-2 node-3"));
    }

    void applyCreatesThenUpdates()
    {
        createNamespace(QStringLiteral("apply"));
        const QStringList apply{QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")};
        QVERIFY(ok(apply, deployment(QStringLiteral("web"), QStringLiteral("nginx:1.25"), 2)).contains("deployment.apps/web created"));
        QVERIFY(ok(apply, deployment(QStringLiteral("web"), QStringLiteral("nginx:1.25"), 2)).contains("deployment.apps/web unchanged"));
        QVERIFY(ok(apply, deployment(QStringLiteral("web"), QStringLiteral("nginx:1.26"), 2)).contains("deployment.apps/web configured"));
        const QJsonObject web = getJson({QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("web"), QStringLiteral("-n"), QStringLiteral("apply")});
        QCOMPARE(web.value(QLatin1String("spec")).toObject().value(QLatin1String("template")).toObject().value(QLatin1String("spec")).toObject()
                     .value(QLatin1String("containers")).toArray().first().toObject().value(QLatin1String("image")).toString(),
                 QStringLiteral("nginx:1.26"));
        QVERIFY(web.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject()
                    .contains(QStringLiteral("kubectl.kubernetes.io/last-applied-configuration")));
        QCOMPARE(web.value(QLatin1String("metadata")).toObject().value(QLatin1String("generation")).toInt(), 2);
        // A field dropped from the manifest is removed by the three-way patch.
        QByteArray withoutEnv = deployment(QStringLiteral("web"), QStringLiteral("nginx:1.26"), 2);
        withoutEnv.replace("        env:\n        - name: MODE\n          value: blue\n", "");
        QVERIFY(ok(apply, withoutEnv).contains("configured"));
        const QByteArray env = ok({QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("web"), QStringLiteral("-n"), QStringLiteral("apply"),
                                   QStringLiteral("-o"), QStringLiteral("jsonpath={.spec.template.spec.containers[0].env}")});
        QVERIFY2(env.isEmpty(), env.constData());
        // Strict field validation: kubectl sends fieldValidation=Strict, unknown fields are refused.
        QByteArray unknownField = deployment(QStringLiteral("web"), QStringLiteral("nginx:1.26"), 2);
        unknownField.replace("  replicas: 2\n", "  replicas: 2\n  replicaz: 3\n");
        const auto refused = kubectl(apply, unknownField);
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("unknown field \"spec.replicaz\""), refused.err.constData());
    }

    void scaleChangesReplicasAndPods()
    {
        createNamespace(QStringLiteral("scale"));
        ok({QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("scale"), QStringLiteral("-f"), QStringLiteral("-")},
           deployment(QStringLiteral("api"), QStringLiteral("api:1"), 1));
        QVERIFY(ok({QStringLiteral("scale"), QStringLiteral("-n"), QStringLiteral("scale"), QStringLiteral("deployment/api"), QStringLiteral("--replicas=4")})
                    .contains("deployment.apps/api scaled"));
        QTRY_COMPARE_WITH_TIMEOUT(ok({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("scale"), QStringLiteral("-l"),
                                      QStringLiteral("app=api"), QStringLiteral("--field-selector=status.phase=Running"), QStringLiteral("-o"), QStringLiteral("name")})
                                      .count('\n'),
                                  qsizetype(4), 20'000);
        // --current-replicas is a precondition the server checks through the scale subresource.
        const auto stale = kubectl({QStringLiteral("scale"), QStringLiteral("-n"), QStringLiteral("scale"), QStringLiteral("deployment/api"),
                                    QStringLiteral("--current-replicas=2"), QStringLiteral("--replicas=1")});
        QVERIFY(stale.exitCode != 0);
        QVERIFY2(stale.err.contains("Expected replicas to be 2, was 4"), stale.err.constData());
    }

    void patch_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("jsonpath");
        QTest::addColumn<QString>("expected");
        QTest::newRow("merge") << QStringLiteral("merge") << QStringLiteral(R"({"metadata":{"labels":{"tier":"front"}}})")
                               << QStringLiteral("{.metadata.labels.tier}") << QStringLiteral("front");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral(R"([{"op":"replace","path":"/spec/replicas","value":3}])")
                              << QStringLiteral("{.spec.replicas}") << QStringLiteral("3");
        QTest::newRow("json-add-annotation") << QStringLiteral("json")
                                             << QStringLiteral(R"([{"op":"add","path":"/metadata/annotations","value":{"owner":"ops"}}])")
                                             << QStringLiteral("{.metadata.annotations.owner}") << QStringLiteral("ops");
        QTest::newRow("strategic-merges-env-by-name")
            << QStringLiteral("strategic")
            << QStringLiteral(R"({"spec":{"template":{"spec":{"containers":[{"name":"app","env":[{"name":"EXTRA","value":"1"}]}]}}}})")
            << QStringLiteral("{.spec.template.spec.containers[0].env[*].name}") << QStringLiteral("MODE EXTRA");
        QTest::newRow("strategic-delete-directive")
            << QStringLiteral("strategic")
            << QStringLiteral(R"({"spec":{"template":{"spec":{"containers":[{"name":"app","env":[{"name":"MODE","$patch":"delete"}]}]}}}})")
            << QStringLiteral("{.spec.template.spec.containers[0].image}/{.spec.template.spec.containers[0].env}") << QStringLiteral("app:1/");
    }

    void patch()
    {
        QFETCH(QString, type);
        QFETCH(QString, patch);
        QFETCH(QString, jsonpath);
        QFETCH(QString, expected);
        static int n = 0;
        const QString ns = QStringLiteral("patch-%1").arg(++n);
        createNamespace(ns);
        ok({QStringLiteral("apply"), QStringLiteral("-n"), ns, QStringLiteral("-f"), QStringLiteral("-")},
           deployment(QStringLiteral("app"), QStringLiteral("app:1"), 1));
        const QByteArray out = ok({QStringLiteral("patch"), QStringLiteral("-n"), ns, QStringLiteral("deployment"), QStringLiteral("app"),
                                   QStringLiteral("--type"), type, QStringLiteral("-p"), patch});
        QVERIFY2(out.contains("deployment.apps/app patched"), out.constData());
        QCOMPARE(QString::fromUtf8(ok({QStringLiteral("get"), QStringLiteral("-n"), ns, QStringLiteral("deployment"), QStringLiteral("app"),
                                       QStringLiteral("-o"), QStringLiteral("jsonpath=") + jsonpath})),
                 expected);
    }

    void patchErrorsComeBackAsStatus()
    {
        createNamespace(QStringLiteral("patch-errors"));
        ok({QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("patch-errors"), QStringLiteral("-f"), QStringLiteral("-")},
           deployment(QStringLiteral("app"), QStringLiteral("app:1"), 1));
        const auto missingPath = kubectl({QStringLiteral("patch"), QStringLiteral("-n"), QStringLiteral("patch-errors"), QStringLiteral("deployment"),
                                          QStringLiteral("app"), QStringLiteral("--type"), QStringLiteral("json"), QStringLiteral("-p"),
                                          QStringLiteral(R"([{"op":"remove","path":"/spec/nothing/here"}])")});
        QVERIFY(missingPath.exitCode != 0);
        QVERIFY2(missingPath.err.contains("Error from server (Invalid)") || missingPath.err.contains("invalid"), missingPath.err.constData());
        const auto invalidValue = kubectl({QStringLiteral("patch"), QStringLiteral("-n"), QStringLiteral("patch-errors"), QStringLiteral("deployment"),
                                           QStringLiteral("app"), QStringLiteral("--type"), QStringLiteral("merge"), QStringLiteral("-p"),
                                           QStringLiteral(R"({"spec":{"replicas":-2}})")});
        QVERIFY(invalidValue.exitCode != 0);
        QVERIFY2(invalidValue.err.contains("spec.replicas") && invalidValue.err.contains("greater than or equal to 0"), invalidValue.err.constData());
        const auto missing = kubectl({QStringLiteral("patch"), QStringLiteral("-n"), QStringLiteral("patch-errors"), QStringLiteral("deployment"),
                                      QStringLiteral("ghost"), QStringLiteral("--type"), QStringLiteral("merge"), QStringLiteral("-p"), QStringLiteral("{}")});
        QVERIFY2(missing.err.contains("Error from server (NotFound): deployments.apps \"ghost\" not found"), missing.err.constData());
    }

    void rolloutStatusCompletesAcrossAnUpdate()
    {
        createNamespace(QStringLiteral("rollout"));
        const QStringList apply{QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("rollout"), QStringLiteral("-f"), QStringLiteral("-")};
        ok(apply, deployment(QStringLiteral("shop"), QStringLiteral("shop:1.4"), 4));
        const QStringList status{QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("-n"), QStringLiteral("rollout"),
                                 QStringLiteral("deployment/shop"), QStringLiteral("--timeout=60s")};
        QVERIFY(ok(status).contains("deployment \"shop\" successfully rolled out"));
        // The new pods take 1.5 s to become ready, so that kubectl sees the rollout in progress.
        ok(apply, deployment(QStringLiteral("shop"), QStringLiteral("shop:1.5"), 4, QStringLiteral("test.shipdeck.io/ready-delay-ms: \"1500\"")));
        const QByteArray progress = ok(status);
        QVERIFY2(progress.contains("successfully rolled out"), progress.constData());
        QVERIFY2(progress.contains("Waiting for deployment \"shop\" rollout to finish"), progress.constData());
        // Two ReplicaSets, the old one scaled to zero, revisions 1 and 2.
        const QByteArray rs = ok({QStringLiteral("get"), QStringLiteral("rs"), QStringLiteral("-n"), QStringLiteral("rollout"), QStringLiteral("-o"),
                                  QStringLiteral("jsonpath={range .items[*]}{.spec.replicas}:{.metadata.annotations.deployment\\.kubernetes\\.io/revision} {end}")});
        QVERIFY2(rs.split(' ').contains("0:1") && rs.split(' ').contains("4:2"), rs.constData());
        const QByteArray history = ok({QStringLiteral("rollout"), QStringLiteral("history"), QStringLiteral("-n"), QStringLiteral("rollout"), QStringLiteral("deployment/shop")});
        QVERIFY2(history.contains("1 ") && history.contains("2 "), history.constData());
        // Undo goes back to the first template.
        ok({QStringLiteral("rollout"), QStringLiteral("undo"), QStringLiteral("-n"), QStringLiteral("rollout"), QStringLiteral("deployment/shop")});
        QVERIFY(ok(status).contains("successfully rolled out"));
        QCOMPARE(ok({QStringLiteral("get"), QStringLiteral("-n"), QStringLiteral("rollout"), QStringLiteral("deployment"), QStringLiteral("shop"),
                     QStringLiteral("-o"), QStringLiteral("jsonpath={.spec.template.spec.containers[0].image}")}),
                 QByteArray("shop:1.4"));
        const QByteArray events = ok({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("-n"), QStringLiteral("rollout")});
        QVERIFY2(events.contains("ScalingReplicaSet") && events.contains("SuccessfulCreate") && events.contains("Started"), events.constData());
    }

    void rolloutStatusFailsWhenTheDeadlinePasses()
    {
        createNamespace(QStringLiteral("stuck"));
        QByteArray manifest = deployment(QStringLiteral("stuck"), QStringLiteral("stuck:1"), 2, QStringLiteral("test.shipdeck.io/never-ready: \"true\""));
        manifest.replace("  replicas: 2\n", "  replicas: 2\n  progressDeadlineSeconds: 2\n");
        ok({QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("stuck"), QStringLiteral("-f"), QStringLiteral("-")}, manifest);
        const auto status = kubectl({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("-n"), QStringLiteral("stuck"),
                                     QStringLiteral("deployment/stuck"), QStringLiteral("--timeout=30s")});
        QVERIFY(status.exitCode != 0);
        QVERIFY2(status.err.contains("exceeded its progress deadline"), status.err.constData());
    }

    void rolloutRestartReplacesPods()
    {
        createNamespace(QStringLiteral("restart"));
        ok({QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("restart"), QStringLiteral("-f"), QStringLiteral("-")},
           deployment(QStringLiteral("svc"), QStringLiteral("svc:1"), 2));
        const QStringList status{QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("-n"), QStringLiteral("restart"),
                                 QStringLiteral("deployment/svc"), QStringLiteral("--timeout=60s")};
        ok(status);
        const QByteArray before = ok({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("restart"), QStringLiteral("-o"), QStringLiteral("name")});
        QVERIFY(ok({QStringLiteral("rollout"), QStringLiteral("restart"), QStringLiteral("-n"), QStringLiteral("restart"), QStringLiteral("deployment/svc")})
                    .contains("deployment.apps/svc restarted"));
        QVERIFY(ok(status).contains("successfully rolled out"));
        QVERIFY(!ok({QStringLiteral("get"), QStringLiteral("-n"), QStringLiteral("restart"), QStringLiteral("deployment"), QStringLiteral("svc"), QStringLiteral("-o"),
                     QStringLiteral("jsonpath={.spec.template.metadata.annotations.kubectl\\.kubernetes\\.io/restartedAt}")})
                     .isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!ok({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("restart"), QStringLiteral("-o"), QStringLiteral("name")})
                                      .contains(before.split('\n').first()),
                                 20'000);
    }

    void logsFollowStreamsLines()
    {
        createNamespace(QStringLiteral("logs"));
        ok({QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("logs"), QStringLiteral("-f"), QStringLiteral("-")},
           deployment(QStringLiteral("talker"), QStringLiteral("talker:1"), 1));
        ok({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("-n"), QStringLiteral("logs"), QStringLiteral("deployment/talker")});
        const QString pod = QString::fromUtf8(ok({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("logs"), QStringLiteral("-o"),
                                                  QStringLiteral("jsonpath={.items[0].metadata.name}")}));
        QVERIFY(!pod.isEmpty());
        std::unique_ptr<QProcess> follow(m_server.startKubectl({QStringLiteral("logs"), QStringLiteral("-f"), QStringLiteral("-n"), QStringLiteral("logs"), pod}));
        QByteArray streamed;
        QTRY_VERIFY_WITH_TIMEOUT((streamed += follow->readAllStandardOutput()).count("msg=\"request served\"") >= 3, 20'000);
        QVERIFY2(streamed.startsWith("starting container app"), streamed.constData());
        // Sequence numbers grow while the stream stays open.
        const QRegularExpression seq(QStringLiteral("seq=(\\d+)"));
        QList<int> numbers;
        for (auto it = seq.globalMatch(QString::fromUtf8(streamed)); it.hasNext();)
            numbers.append(it.next().captured(1).toInt());
        QVERIFY(std::is_sorted(numbers.begin(), numbers.end()) && numbers.size() >= 3);
        QVERIFY(m_server.appendLogLines(QStringLiteral("logs"), pod, QString(), {QStringLiteral("payment accepted order=42")}));
        QTRY_VERIFY_WITH_TIMEOUT((streamed += follow->readAllStandardOutput()).contains("payment accepted order=42"), 10'000);
        QCOMPARE(follow->state(), QProcess::Running);
        follow->kill();
        follow->waitForFinished(5000);

        const QByteArray tail = ok({QStringLiteral("logs"), QStringLiteral("-n"), QStringLiteral("logs"), pod, QStringLiteral("--tail=2"), QStringLiteral("--timestamps")});
        QCOMPARE(tail.count('\n'), 2);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z ")).match(QString::fromUtf8(tail)).hasMatch(), tail.constData());
        const auto noPrevious = kubectl({QStringLiteral("logs"), QStringLiteral("-n"), QStringLiteral("logs"), pod, QStringLiteral("--previous")});
        QVERIFY2(noPrevious.err.contains("previous terminated container \"app\" in pod \"" + pod.toUtf8() + "\" not found"), noPrevious.err.constData());
        QVERIFY(m_server.restartPod(QStringLiteral("logs"), pod));
        const QByteArray previous = ok({QStringLiteral("logs"), QStringLiteral("-n"), QStringLiteral("logs"), pod, QStringLiteral("--previous")});
        QVERIFY2(previous.contains("payment accepted order=42"), previous.constData());
        QVERIFY2(ok({QStringLiteral("get"), QStringLiteral("pod"), QStringLiteral("-n"), QStringLiteral("logs"), pod}).contains("   1 "), "restart count is shown");
    }

    void getWatchReceivesEvents()
    {
        createNamespace(QStringLiteral("watch"));
        std::unique_ptr<QProcess> watch(m_server.startKubectl({QStringLiteral("get"), QStringLiteral("configmaps"), QStringLiteral("-n"), QStringLiteral("watch"),
                                                               QStringLiteral("--watch"), QStringLiteral("--output-watch-events")}));
        QByteArray seen;
        // The initial state arrives first: every namespace holds the cluster CA.
        QTRY_VERIFY_WITH_TIMEOUT((seen += watch->readAllStandardOutput()).contains("kube-root-ca.crt"), 15'000);
        ok({QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("watch"), QStringLiteral("-f"), QStringLiteral("-")},
           "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n");
        QTRY_VERIFY_WITH_TIMEOUT((seen += watch->readAllStandardOutput()).contains("ADDED") && seen.contains("settings"), 15'000);
        ok({QStringLiteral("patch"), QStringLiteral("-n"), QStringLiteral("watch"), QStringLiteral("configmap"), QStringLiteral("settings"), QStringLiteral("-p"),
            QStringLiteral(R"({"data":{"mode":"slow"}})")});
        QTRY_VERIFY_WITH_TIMEOUT((seen += watch->readAllStandardOutput()).contains("MODIFIED"), 15'000);
        ok({QStringLiteral("delete"), QStringLiteral("-n"), QStringLiteral("watch"), QStringLiteral("configmap"), QStringLiteral("settings")});
        QTRY_VERIFY_WITH_TIMEOUT((seen += watch->readAllStandardOutput()).contains("DELETED"), 15'000);
        QCOMPARE(watch->state(), QProcess::Running);
        watch->kill();
        watch->waitForFinished(5000);
    }

    void deleteCascadesToReplicaSetsAndPods()
    {
        createNamespace(QStringLiteral("delete"));
        ok({QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("delete"), QStringLiteral("-f"), QStringLiteral("-")},
           deployment(QStringLiteral("gone"), QStringLiteral("gone:1"), 2));
        ok({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("-n"), QStringLiteral("delete"), QStringLiteral("deployment/gone")});
        QVERIFY(ok({QStringLiteral("delete"), QStringLiteral("-n"), QStringLiteral("delete"), QStringLiteral("deployment"), QStringLiteral("gone")})
                    .contains("deployment.apps \"gone\" deleted"));
        QTRY_VERIFY_WITH_TIMEOUT(ok({QStringLiteral("get"), QStringLiteral("rs,pods"), QStringLiteral("-n"), QStringLiteral("delete"), QStringLiteral("-o"), QStringLiteral("name")})
                                     .trimmed()
                                     .isEmpty(),
                                 15'000);
        const auto again = kubectl({QStringLiteral("delete"), QStringLiteral("-n"), QStringLiteral("delete"), QStringLiteral("deployment"), QStringLiteral("gone")});
        QVERIFY2(again.err.contains("Error from server (NotFound): deployments.apps \"gone\" not found"), again.err.constData());
        // Deleting a namespace removes what is in it, then the namespace itself.
        ok({QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("delete"), QStringLiteral("-f"), QStringLiteral("-")},
           "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leftover\n");
        QVERIFY(ok({QStringLiteral("delete"), QStringLiteral("namespace"), QStringLiteral("delete"), QStringLiteral("--timeout=30s")}).contains("deleted"));
        const auto ns = kubectl({QStringLiteral("get"), QStringLiteral("namespace"), QStringLiteral("delete")});
        QVERIFY2(ns.err.contains("NotFound"), ns.err.constData());
    }

    void serverSideDryRunChangesNothing()
    {
        createNamespace(QStringLiteral("dryrun"));
        const QByteArray created = ok({QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("dryrun"), QStringLiteral("--dry-run=server"), QStringLiteral("-f"), QStringLiteral("-")},
                                      deployment(QStringLiteral("maybe"), QStringLiteral("maybe:1"), 1));
        QVERIFY2(created.contains("deployment.apps/maybe created (server dry run)"), created.constData());
        const auto missing = kubectl({QStringLiteral("get"), QStringLiteral("-n"), QStringLiteral("dryrun"), QStringLiteral("deployment"), QStringLiteral("maybe")});
        QVERIFY(missing.err.contains("NotFound"));
        // Server-side dry run still validates.
        QByteArray invalid = deployment(QStringLiteral("maybe"), QStringLiteral(""), 1);
        const auto refused = kubectl({QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("dryrun"), QStringLiteral("--dry-run=server"),
                                      QStringLiteral("-f"), QStringLiteral("-")},
                                     invalid);
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("spec.template.spec.containers[0].image: Required value"), refused.err.constData());
        ok({QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("dryrun"), QStringLiteral("-f"), QStringLiteral("-")},
           deployment(QStringLiteral("real"), QStringLiteral("real:1"), 1));
        QVERIFY(ok({QStringLiteral("delete"), QStringLiteral("-n"), QStringLiteral("dryrun"), QStringLiteral("deployment"), QStringLiteral("real"), QStringLiteral("--dry-run=server")})
                    .contains("(server dry run)"));
        QVERIFY(ok({QStringLiteral("get"), QStringLiteral("-n"), QStringLiteral("dryrun"), QStringLiteral("deployment"), QStringLiteral("real")}).contains("real"));
        const QByteArray diff = kubectl({QStringLiteral("diff"), QStringLiteral("-n"), QStringLiteral("dryrun"), QStringLiteral("-f"), QStringLiteral("-")},
                                        deployment(QStringLiteral("real"), QStringLiteral("real:2"), 1))
                                    .out;
        QVERIFY2(diff.contains("-        image: real:1") && diff.contains("+        image: real:2"), diff.constData());
    }

    void authenticationAndAuthorizationFailures()
    {
        const auto wrongToken = kubectl({QStringLiteral("--context"), QStringLiteral("shipdeck-test-token"), QStringLiteral("--token"), QStringLiteral("not-a-valid-token"),
                                         QStringLiteral("get"), QStringLiteral("pods")});
        QVERIFY(wrongToken.exitCode != 0);
        QVERIFY2(wrongToken.err.contains("error: You must be logged in to the server (Unauthorized)"), wrongToken.err.constData());
        const auto viewerDelete = kubectl({QStringLiteral("--context"), QStringLiteral("shipdeck-test-viewer"), QStringLiteral("delete"), QStringLiteral("namespace"),
                                           QStringLiteral("default")});
        QVERIFY2(viewerDelete.err.contains("Error from server (Forbidden): namespaces \"default\" is forbidden: User \"viewer\" cannot delete resource \"namespaces\""),
                 viewerDelete.err.constData());
        QVERIFY(ok({QStringLiteral("--context"), QStringLiteral("shipdeck-test-viewer"), QStringLiteral("get"), QStringLiteral("nodes")}).contains("node-1"));
        const auto viewerSecrets = kubectl({QStringLiteral("--context"), QStringLiteral("shipdeck-test-viewer"), QStringLiteral("get"), QStringLiteral("secrets")});
        QVERIFY2(viewerSecrets.err.contains("Forbidden"), viewerSecrets.err.constData());
    }

    void execCredentialPluginSuppliesTheToken()
    {
        QTemporaryDir dir;
        const QString token = QStringLiteral("exec-plugin-token-7f3a");
        QVERIFY(m_server.addToken(token, QStringLiteral("exec-user"), {QStringLiteral("system:masters")}));
        const QString plugin = dir.filePath(QStringLiteral("credential-plugin.sh"));
        QFile script(plugin);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "# Records what kubectl passed, then answers with an ExecCredential.\n"
                     "printf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$(dirname \"$0\")/exec-info.json\"\n"
                     "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"%s\"}}\\n' \"$PLUGIN_TOKEN\"\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        auto kubeconfig = [&](const QString &pluginToken) {
            const QString path = dir.filePath(QStringLiteral("kubeconfig-%1").arg(pluginToken));
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write(QStringLiteral(R"(apiVersion: v1
kind: Config
clusters:
- name: test
  cluster:
    server: %1
    certificate-authority: %2
users:
- name: exec
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: %3
      interactiveMode: Never
      provideClusterInfo: true
      env:
      - name: PLUGIN_TOKEN
        value: %4
contexts:
- name: test
  context: {cluster: test, user: exec}
current-context: test
)").arg(m_server.url().toString(), m_server.caFile(), plugin, pluginToken).toUtf8());
            return path;
        };
        const auto good = m_server.kubectl({QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-"), QStringLiteral("-o"),
                                            QStringLiteral("jsonpath={.status.userInfo.username}")},
                                           60'000, "apiVersion: authentication.k8s.io/v1\nkind: SelfSubjectReview\n", kubeconfig(token));
        QVERIFY2(good.exitCode == 0, good.err.constData());
        QCOMPARE(good.out, QByteArray("exec-user"));
        QFile info(dir.filePath(QStringLiteral("exec-info.json")));
        QVERIFY(info.open(QIODevice::ReadOnly));
        const QJsonObject execInfo = QJsonDocument::fromJson(info.readAll()).object();
        QCOMPARE(execInfo.value(QLatin1String("kind")).toString(), QStringLiteral("ExecCredential"));
        QCOMPARE(execInfo.value(QLatin1String("spec")).toObject().value(QLatin1String("cluster")).toObject().value(QLatin1String("server")).toString(),
                 m_server.url().toString());
        const auto bad = m_server.kubectl({QStringLiteral("get"), QStringLiteral("pods")}, 60'000, {}, kubeconfig(QStringLiteral("revoked-token")));
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains("Unauthorized"), bad.err.constData());
    }

    void typedCommandsSendProtobuf()
    {
        // kubectl's generator and auth commands send protobuf bodies; the server decodes them.
        createNamespace(QStringLiteral("typed"));
        const QStringList ns{QStringLiteral("-n"), QStringLiteral("typed")};
        QVERIFY(ok(QStringList{QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("settings"), QStringLiteral("--from-literal=mode=fast")} + ns)
                    .contains("configmap/settings created"));
        QCOMPARE(ok(QStringList{QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("settings"), QStringLiteral("-o"), QStringLiteral("jsonpath={.data.mode}")} + ns),
                 QByteArray("fast"));
        QVERIFY(ok(QStringList{QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("generic"), QStringLiteral("token"), QStringLiteral("--from-literal=key=s3cr3t")} + ns)
                    .contains("secret/token created"));
        QCOMPARE(QByteArray::fromBase64(ok(QStringList{QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("token"), QStringLiteral("-o"),
                                                       QStringLiteral("jsonpath={.data.key}")} + ns)),
                 QByteArray("s3cr3t"));
        QVERIFY(ok(QStringList{QStringLiteral("create"), QStringLiteral("deployment"), QStringLiteral("typed-web"), QStringLiteral("--image=web:2"),
                               QStringLiteral("--replicas=2"), QStringLiteral("--port=8080")} + ns)
                    .contains("deployment.apps/typed-web created"));
        QVERIFY(ok(QStringList{QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment/typed-web"), QStringLiteral("--timeout=60s")} + ns)
                    .contains("successfully rolled out"));
        // Zero values of non-pointer fields are "unset", so the server's defaults apply.
        QCOMPARE(ok(QStringList{QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("typed-web"), QStringLiteral("-o"),
                                QStringLiteral("jsonpath={.spec.template.spec.restartPolicy}/{.spec.template.spec.containers[0].ports[0].protocol}")} + ns),
                 QByteArray("Always/TCP"));
        QVERIFY(ok(QStringList{QStringLiteral("expose"), QStringLiteral("deployment"), QStringLiteral("typed-web"), QStringLiteral("--port=80"),
                               QStringLiteral("--target-port=8080")} + ns)
                    .contains("service/typed-web exposed"));
        QVERIFY(ok(QStringList{QStringLiteral("run"), QStringLiteral("once"), QStringLiteral("--image=busybox"), QStringLiteral("--restart=Never")} + ns)
                    .contains("pod/once created"));
        QCOMPARE(ok({QStringLiteral("auth"), QStringLiteral("can-i"), QStringLiteral("delete"), QStringLiteral("pods")}), QByteArray("yes\n"));
        const auto viewer = kubectl({QStringLiteral("--context"), QStringLiteral("shipdeck-test-viewer"), QStringLiteral("auth"), QStringLiteral("can-i"),
                                     QStringLiteral("delete"), QStringLiteral("pods")});
        QCOMPARE(viewer.out, QByteArray("no\n"));
        QVERIFY2(ok({QStringLiteral("--context"), QStringLiteral("shipdeck-test-viewer"), QStringLiteral("auth"), QStringLiteral("whoami")}).contains("viewer"),
                 "auth whoami");
    }

    void otherWorkloadsRollOut()
    {
        createNamespace(QStringLiteral("workloads"));
        const QByteArray manifests = R"(apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  replicas: 3
  serviceName: db
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
      - name: db
        image: db:1
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels: {app: agent}
  template:
    metadata:
      labels: {app: agent}
    spec:
      containers:
      - name: agent
        image: agent:1
---
apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  completions: 2
  template:
    metadata:
      annotations: {test.shipdeck.io/run-ms: "200"}
    spec:
      restartPolicy: Never
      containers:
      - name: migrate
        image: migrate:1
)";
        ok({QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("workloads"), QStringLiteral("-f"), QStringLiteral("-")}, manifests);
        for (const char *workload : {"statefulset/db", "daemonset/agent"}) {
            const QByteArray out = ok({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("-n"), QStringLiteral("workloads"),
                                       QLatin1String(workload), QStringLiteral("--timeout=60s")});
            QVERIFY2(out.contains("complete") || out.contains("successfully rolled out"), out.constData());
        }
        QCOMPARE(ok({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("workloads"), QStringLiteral("-l"), QStringLiteral("app=db"),
                     QStringLiteral("-o"), QStringLiteral("jsonpath={.items[*].metadata.name}")}),
                 QByteArray("db-0 db-1 db-2"));
        QCOMPARE(ok({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("workloads"), QStringLiteral("-l"), QStringLiteral("app=agent"),
                     QStringLiteral("-o"), QStringLiteral("name")}).count('\n'),
                 3); // one per node
        QVERIFY(ok({QStringLiteral("wait"), QStringLiteral("-n"), QStringLiteral("workloads"), QStringLiteral("--for=condition=complete"), QStringLiteral("job/migrate"),
                    QStringLiteral("--timeout=60s")})
                    .contains("condition met"));
        // A template change rolls the StatefulSet from the highest ordinal down.
        ok({QStringLiteral("set"), QStringLiteral("image"), QStringLiteral("-n"), QStringLiteral("workloads"), QStringLiteral("statefulset/db"), QStringLiteral("db=db:2")});
        QVERIFY(ok({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("-n"), QStringLiteral("workloads"), QStringLiteral("statefulset/db"),
                    QStringLiteral("--timeout=60s")})
                    .contains("complete"));
        QCOMPARE(ok({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("workloads"), QStringLiteral("-l"), QStringLiteral("app=db"),
                     QStringLiteral("-o"), QStringLiteral("jsonpath={.items[*].spec.containers[0].image}")}),
                 QByteArray("db:2 db:2 db:2"));
    }

    void trafficAndCoordinationKinds()
    {
        createNamespace(QStringLiteral("traffic"));
        const QByteArray manifests = R"(apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: shop
spec:
  hostnames: [shop.example.com]
  parentRefs:
  - name: edge
  rules:
  - backendRefs:
    - name: shop-stable
      port: 80
      weight: 90
    - name: shop-canary
      port: 80
      weight: 10
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  ingressClassName: nginx
  rules:
  - host: shop.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service: {name: shop-stable, port: {number: 80}}
---
apiVersion: coordination.k8s.io/v1
kind: Lease
metadata:
  name: rollout-shop
spec:
  holderIdentity: console-alice
  leaseDurationSeconds: 15
)";
        ok({QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("traffic"), QStringLiteral("-f"), QStringLiteral("-")}, manifests);
        QVERIFY2(ok({QStringLiteral("get"), QStringLiteral("httproutes"), QStringLiteral("-n"), QStringLiteral("traffic")}).contains("[\"shop.example.com\"]"), "hostnames column");
        const QByteArray ingress = ok({QStringLiteral("get"), QStringLiteral("ingress"), QStringLiteral("-n"), QStringLiteral("traffic")});
        QVERIFY2(ingress.contains("nginx") && ingress.contains("shop.example.com"), ingress.constData());
        QVERIFY2(ok({QStringLiteral("get"), QStringLiteral("leases"), QStringLiteral("-n"), QStringLiteral("traffic")}).contains("console-alice"), "holder column");
        // Shift traffic with a JSON patch on the weights, as a canary step does.
        ok({QStringLiteral("patch"), QStringLiteral("-n"), QStringLiteral("traffic"), QStringLiteral("httproute"), QStringLiteral("shop"), QStringLiteral("--type"),
            QStringLiteral("json"), QStringLiteral("-p"),
            QStringLiteral(R"([{"op":"replace","path":"/spec/rules/0/backendRefs/0/weight","value":50},{"op":"replace","path":"/spec/rules/0/backendRefs/1/weight","value":50}])")});
        QCOMPARE(ok({QStringLiteral("get"), QStringLiteral("-n"), QStringLiteral("traffic"), QStringLiteral("httproute"), QStringLiteral("shop"), QStringLiteral("-o"),
                     QStringLiteral("jsonpath={.spec.rules[0].backendRefs[*].weight}")}),
                 QByteArray("50 50"));
        // Taking over a lease with a stale resourceVersion is refused (optimistic concurrency).
        const QJsonObject lease = getJson({QStringLiteral("get"), QStringLiteral("lease"), QStringLiteral("rollout-shop"), QStringLiteral("-n"), QStringLiteral("traffic")});
        ok({QStringLiteral("patch"), QStringLiteral("-n"), QStringLiteral("traffic"), QStringLiteral("lease"), QStringLiteral("rollout-shop"), QStringLiteral("--type"),
            QStringLiteral("merge"), QStringLiteral("-p"), QStringLiteral(R"({"spec":{"leaseTransitions":1}})")});
        QJsonObject stale = lease;
        QJsonObject spec = stale.value(QLatin1String("spec")).toObject();
        spec.insert(QStringLiteral("holderIdentity"), QStringLiteral("console-bob"));
        stale.insert(QStringLiteral("spec"), spec);
        const auto replaced = kubectl({QStringLiteral("replace"), QStringLiteral("-n"), QStringLiteral("traffic"), QStringLiteral("-f"), QStringLiteral("-")},
                                      QJsonDocument(stale).toJson());
        QVERIFY(replaced.exitCode != 0);
        QVERIFY2(replaced.err.contains("the object has been modified"), replaced.err.constData());
    }

    void explainReadsOpenApi()
    {
        const QByteArray out = ok({QStringLiteral("explain"), QStringLiteral("deployment.spec.strategy.rollingUpdate")});
        QVERIFY2(out.contains("maxSurge") && out.contains("maxUnavailable"), out.constData());
        const QByteArray crd = ok({QStringLiteral("explain"), QStringLiteral("rollouts.spec.strategy.canary")});
        QVERIFY2(crd.contains("GROUP:      argoproj.io") && crd.contains("steps"), crd.constData());
    }

    void customResourcesWithStatusSubresource()
    {
        createNamespace(QStringLiteral("argo"));
        const QByteArray rollout = R"(apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: storefront
spec:
  replicas: 3
  selector:
    matchLabels: {app: storefront}
  template:
    metadata:
      labels: {app: storefront}
    spec:
      containers:
      - name: app
        image: storefront:1.5
  strategy:
    canary:
      steps:
      - setWeight: 10
      - pause: {}
)";
        QVERIFY(ok({QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("argo"), QStringLiteral("-f"), QStringLiteral("-")}, rollout)
                    .contains("rollout.argoproj.io/storefront created"));
        const QByteArray table = ok({QStringLiteral("get"), QStringLiteral("rollouts"), QStringLiteral("-n"), QStringLiteral("argo")});
        QVERIFY2(QRegularExpression(QStringLiteral("NAME +DESIRED +CURRENT +UP-TO-DATE +AVAILABLE +AGE\\nstorefront +3 ")).match(QString::fromUtf8(table)).hasMatch(),
                 table.constData());
        // The Argo CLI's abort is a merge patch to /status; a main-resource write cannot change status.
        QVERIFY(ok({QStringLiteral("patch"), QStringLiteral("-n"), QStringLiteral("argo"), QStringLiteral("rollout"), QStringLiteral("storefront"),
                    QStringLiteral("--subresource=status"), QStringLiteral("--type"), QStringLiteral("merge"), QStringLiteral("-p"),
                    QStringLiteral(R"({"status":{"abort":true}})")})
                    .contains("patched"));
        ok({QStringLiteral("patch"), QStringLiteral("-n"), QStringLiteral("argo"), QStringLiteral("rollout"), QStringLiteral("storefront"), QStringLiteral("--type"),
            QStringLiteral("merge"), QStringLiteral("-p"), QStringLiteral(R"({"spec":{"paused":true},"status":{"abort":false}})")});
        QCOMPARE(ok({QStringLiteral("get"), QStringLiteral("-n"), QStringLiteral("argo"), QStringLiteral("rollout"), QStringLiteral("storefront"), QStringLiteral("-o"),
                     QStringLiteral("jsonpath={.spec.paused}/{.status.abort}")}),
                 QByteArray("true/true"));
        // Strategic merge patch is refused for custom resources, as on a real cluster.
        const auto smp = kubectl({QStringLiteral("patch"), QStringLiteral("-n"), QStringLiteral("argo"), QStringLiteral("rollout"), QStringLiteral("storefront"),
                                  QStringLiteral("--type"), QStringLiteral("strategic"), QStringLiteral("-p"), QStringLiteral(R"({"spec":{"replicas":2}})")});
        QVERIFY(smp.exitCode != 0);
        QVERIFY2(smp.err.contains("UnsupportedMediaType") || smp.err.contains("unknown format"), smp.err.constData());
        // Schema validation of the CRD.
        QByteArray wrongType = rollout;
        wrongType.replace("replicas: 3", "replicas: three");
        const auto invalid = kubectl({QStringLiteral("apply"), QStringLiteral("-n"), QStringLiteral("argo"), QStringLiteral("-f"), QStringLiteral("-")}, wrongType);
        QVERIFY(invalid.exitCode != 0);
        QVERIFY2(invalid.err.contains("spec.replicas") && invalid.err.contains("must be of type integer"), invalid.err.constData());
    }

    void apiResourcesListsEveryGroup()
    {
        const QByteArray out = ok({QStringLiteral("api-resources")});
        for (const char *needle : {"rollouts", "analysisruns", "httproutes", "leases", "ingresses", "cronjobs", "selfsubjectaccessreviews", "customresourcedefinitions"})
            QVERIFY2(out.contains(needle), needle);
        QVERIFY(ok({QStringLiteral("api-versions")}).contains("gateway.networking.k8s.io/v1"));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(tst_KubectlConformance)
#include "tst_kubectlconformance.moc"
