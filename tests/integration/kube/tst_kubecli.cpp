#include "kubetesthelpers.h"
#include "kubetestserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

using namespace shipdeck;
using namespace shipdeck::test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestKubeCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_workspace.isValid());
        QVERIFY(m_server.apply(R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: default}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata:
      labels: {app: web}
      annotations: {test.shipdeck.io/log-interval-ms: "100", test.shipdeck.io/log-backlog: "5"}
    spec:
      containers: [{name: web, image: "web:1"}]
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: shop, namespace: default}
spec:
  replicas: 1
  selector: {matchLabels: {app: shop}}
  template:
    metadata: {labels: {app: shop}}
    spec: {containers: [{name: web, image: "shop:1"}]}
  strategy: {canary: {steps: [{setWeight: 25}, {pause: {}}]}}
)"));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT(kubectl(m_server, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-l"), QStringLiteral("app=web"),
                                                   QStringLiteral("-o"), QStringLiteral("name")}, &out) == 0 && out.count('\n') == 2, 15000);
    }

    void contextsAndSwitchingNeverWriteTheKubeconfig()
    {
        const QByteArray before = fileHash(m_server.kubeconfigPath());
        Run r = ctl({QStringLiteral("--json"), QStringLiteral("kube"), QStringLiteral("contexts")});
        QCOMPARE(r.code, 0);
        const QJsonObject contexts = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(contexts.value(QLatin1String("current")).toString(), QStringLiteral("shipdeck-test"));
        QCOMPARE(contexts.value(QLatin1String("contexts")).toArray().size(), 3);
        r = ctl({QStringLiteral("kube"), QStringLiteral("use-context"), QStringLiteral("shipdeck-test-viewer")});
        QCOMPARE(r.code, 0);
        r = ctl({QStringLiteral("kube"), QStringLiteral("contexts")});
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\*\\s+shipdeck-test-viewer"))));
        QCOMPARE(ctl({QStringLiteral("kube"), QStringLiteral("use-context"), QStringLiteral("shipdeck-test")}).code, 0);
        QCOMPARE(fileHash(m_server.kubeconfigPath()), before);
        r = ctl({QStringLiteral("kube"), QStringLiteral("use-context"), QStringLiteral("nope")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("context \"nope\" is not defined")), qPrintable(r.err));
    }

    void rolloutSettingsAreCheckedAndStored()
    {
        Run r = ctl({QStringLiteral("--json"), QStringLiteral("kube"), QStringLiteral("rollout-settings")});
        QCOMPARE(r.code, 0);
        auto settingOf = [](const Run &run, const QString &key) {
            for (const auto &v : QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("settings")).toArray()) {
                if (v.toObject().value(QLatin1String("key")).toString() == key)
                    return v.toObject();
            }
            return QJsonObject();
        };
        QCOMPARE(settingOf(r, QStringLiteral("kube.rollout.traffic")).value(QLatin1String("default")).toString(), QStringLiteral("httproute"));
        QCOMPARE(settingOf(r, QStringLiteral("kube.rollout.traffic")).value(QLatin1String("value")).toString(), QString());

        // A good value is stored (short or full key); a bad one is refused naming the setting
        // and leaves the stored value alone.
        QCOMPARE(ctl({QStringLiteral("kube"), QStringLiteral("rollout-settings"), QStringLiteral("traffic"), QStringLiteral("replicas")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("kube"), QStringLiteral("rollout-settings"), QStringLiteral("kube.rollout.leaseSeconds"), QStringLiteral("30")}).code, 0);
        r = ctl({QStringLiteral("kube"), QStringLiteral("rollout-settings"), QStringLiteral("traffic"), QStringLiteral("sideways")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("kube.rollout.traffic")) && r.err.contains(QStringLiteral("sideways")), qPrintable(r.err));
        r = ctl({QStringLiteral("kube"), QStringLiteral("rollout-settings"), QStringLiteral("leaseSeconds"), QStringLiteral("0")});
        QCOMPARE(r.code, 1);
        r = ctl({QStringLiteral("kube"), QStringLiteral("rollout-settings"), QStringLiteral("colour"), QStringLiteral("blue")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("unknown setting \"colour\"")), qPrintable(r.err));
        QCOMPARE(ctl({QStringLiteral("kube"), QStringLiteral("rollout-settings"), QStringLiteral("traffic")}).code, 2);
        r = ctl({QStringLiteral("--json"), QStringLiteral("kube"), QStringLiteral("rollout-settings")});
        QCOMPARE(settingOf(r, QStringLiteral("kube.rollout.traffic")).value(QLatin1String("value")).toString(), QStringLiteral("replicas"));
        QCOMPARE(settingOf(r, QStringLiteral("kube.rollout.leaseSeconds")).value(QLatin1String("value")).toString(), QStringLiteral("30"));
        QCOMPARE(ctl({QStringLiteral("kube"), QStringLiteral("rollout-settings"), QStringLiteral("traffic"), QStringLiteral("--unset")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("kube"), QStringLiteral("rollout-settings"), QStringLiteral("leaseSeconds"), QStringLiteral("--unset")}).code, 0);
        r = ctl({QStringLiteral("kube"), QStringLiteral("rollout-settings")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("SETTING")) && r.out.contains(QStringLiteral("kube.rollout.strategy")), qPrintable(r.out));
        r = ctl({QStringLiteral("--json"), QStringLiteral("kube"), QStringLiteral("rollout-settings")});
        QCOMPARE(settingOf(r, QStringLiteral("kube.rollout.traffic")).value(QLatin1String("value")).toString(), QString());
    }

    void getDescribeScaleRestart()
    {
        Run r = ctl({QStringLiteral("kube"), QStringLiteral("get"), QStringLiteral("pods")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("NAME")) && r.out.contains(QStringLiteral("STATUS")) && r.out.contains(QStringLiteral("Running")), qPrintable(r.out));
        r = ctl({QStringLiteral("kube"), QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("-A")});
        QVERIFY2(r.out.contains(QStringLiteral("NAMESPACE")) && r.out.contains(QStringLiteral("web")), qPrintable(r.out));
        r = ctl({QStringLiteral("kube"), QStringLiteral("describe"), QStringLiteral("deploy"), QStringLiteral("web")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("kind: Deployment")) && r.out.contains(QStringLiteral("replicas: 2")), qPrintable(r.out));
        r = ctl({QStringLiteral("kube"), QStringLiteral("scale"), QStringLiteral("deploy/web"), QStringLiteral("--replicas"), QStringLiteral("3")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("deployment.apps/web scaled"));
        QByteArray out;
        QCOMPARE(kubectl(m_server, {QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("web"), QStringLiteral("-o"), QStringLiteral("jsonpath={.spec.replicas}")}, &out), 0);
        QCOMPARE(out, QByteArray("3"));
        r = ctl({QStringLiteral("kube"), QStringLiteral("restart"), QStringLiteral("deploy/web")});
        QCOMPARE(r.code, 0);
        QCOMPARE(kubectl(m_server, {QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("web"), QStringLiteral("-o"),
                                   QStringLiteral("jsonpath={.spec.template.metadata.annotations.kubectl\\.kubernetes\\.io/restartedAt}")}, &out), 0);
        QVERIFY(!out.isEmpty());
        r = ctl({QStringLiteral("--json"), QStringLiteral("kube"), QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-l"), QStringLiteral("app=web")});
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("rows")).toArray().size() >= 2);
    }

    void logsOfAWorkload()
    {
        Run r = ctl({QStringLiteral("kube"), QStringLiteral("logs"), QStringLiteral("deploy/web"), QStringLiteral("--tail"), QStringLiteral("2")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 4, qPrintable(r.out)); // two lines of every pod
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(QStringLiteral("[web-")), qPrintable(line));
    }

    void argoCommands()
    {
        Run r = ctl({QStringLiteral("kube"), QStringLiteral("argo"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("shop")) && r.out.contains(QStringLiteral("Canary")), qPrintable(r.out));
        r = ctl({QStringLiteral("kube"), QStringLiteral("argo"), QStringLiteral("get"), QStringLiteral("shop")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("setWeight: 25")), qPrintable(r.out));
        r = ctl({QStringLiteral("kube"), QStringLiteral("argo"), QStringLiteral("abort"), QStringLiteral("shop")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("rollout 'shop' aborted"));
        r = ctl({QStringLiteral("kube"), QStringLiteral("argo"), QStringLiteral("promote"), QStringLiteral("shop")});
        QCOMPARE(r.code, 5); // refused while aborted
        QCOMPARE(ctl({QStringLiteral("kube"), QStringLiteral("argo"), QStringLiteral("retry"), QStringLiteral("shop")}).code, 0);
        r = ctl({QStringLiteral("kube"), QStringLiteral("argo"), QStringLiteral("promote"), QStringLiteral("shop"), QStringLiteral("--full")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("rollout 'shop' fully promoted"));
    }

    void errorsLikeKubectl_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("kube"), QStringLiteral("get"), QStringLiteral("frobnicators")}
                                      << 3 << QStringLiteral("doesn't have a resource type \"frobnicators\"");
        QTest::newRow("missing object") << QStringList{QStringLiteral("kube"), QStringLiteral("get"), QStringLiteral("pod"), QStringLiteral("ghost")}
                                        << 3 << QStringLiteral("\"ghost\" not found");
        QTest::newRow("delete needs --yes") << QStringList{QStringLiteral("kube"), QStringLiteral("delete"), QStringLiteral("deploy"), QStringLiteral("web")}
                                            << 5 << QStringLiteral("--yes");
        QTest::newRow("viewer may not scale") << QStringList{QStringLiteral("kube"), QStringLiteral("--context"), QStringLiteral("shipdeck-test-viewer"),
                                                             QStringLiteral("scale"), QStringLiteral("deploy/web"), QStringLiteral("--replicas"), QStringLiteral("1")}
                                              << 4 << QStringLiteral("forbidden");
        QTest::newRow("bad flag") << QStringList{QStringLiteral("kube"), QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("--frob")}
                                  << 2 << QStringLiteral("unknown flag");
    }

    void errorsLikeKubectl()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = ctl(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void badKubeconfigs_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed") << QByteArray("clusters: [\n  - {name: x\n") << QStringLiteral("not a valid kubeconfig");
        QTest::newRow("missing cert file") << QByteArray("current-context: c\ncontexts: [{name: c, context: {cluster: k, user: u}}]\n"
                                                         "clusters: [{name: k, cluster: {server: 'https://127.0.0.1:1', certificate-authority: nope/ca.crt}}]\n"
                                                         "users: [{name: u, user: {token: t}}]\n")
                                           << QStringLiteral("certificate-authority: file");
        QTest::newRow("plugin not found") << QByteArray("current-context: c\ncontexts: [{name: c, context: {cluster: k, user: u}}]\n"
                                                        "clusters: [{name: k, cluster: {server: 'https://127.0.0.1:1'}}]\n"
                                                        "users: [{name: u, user: {exec: {apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never, "
                                                        "command: shipdeck-missing-plugin, installHint: 'install shipdeck-missing-plugin'}}}]\n")
                                          << QStringLiteral("install shipdeck-missing-plugin");
        QTest::newRow("server unreachable") << QByteArray("current-context: c\ncontexts: [{name: c, context: {cluster: k}}]\n"
                                                          "clusters: [{name: k, cluster: {server: 'http://127.0.0.1:1'}}]\n")
                                            << QStringLiteral("connection refused");
    }

    void badKubeconfigs()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        const QString path = m_workspace.filePath(QStringLiteral("bad-kubeconfig"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(yaml);
        f.close();
        const Run r = ctl({QStringLiteral("kube"), QStringLiteral("--kubeconfig"), path, QStringLiteral("get"), QStringLiteral("pods")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

private:
    Run ctl(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), m_server.kubeconfigPath());
        env.insert(QStringLiteral("SHIPDECK_WORKSPACE"), m_workspace.filePath(QStringLiteral("ws")));
        p.setProcessEnvironment(env);
        p.start(program(QStringLiteral("shipdeckctl")), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    KubeTestServer m_server;
    QTemporaryDir m_workspace;
};

QTEST_GUILESS_MAIN(TestKubeCli)
#include "tst_kubecli.moc"
