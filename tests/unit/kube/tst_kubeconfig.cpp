#include "backend/kube/kubeconfig.h"
#include "backend/kube/kubeendpoint.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

using namespace shipdeck;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

const QByteArray kFirst = R"(apiVersion: v1
kind: Config
clusters:
- name: shared
  cluster:
    server: https://first.example:6443
    certificate-authority: pki/ca.crt
- name: only-first
  cluster:
    server: https://one.example
users:
- name: alice
  user:
    token: first-token
contexts:
- name: shared-ctx
  context:
    cluster: shared
    user: alice
    namespace: team-a
)";

const QByteArray kSecond = R"(apiVersion: v1
kind: Config
current-context: shared-ctx
clusters:
- name: shared
  cluster:
    server: https://second.example:6443
    tls-server-name: ignored.example
- name: only-second
  cluster:
    server: https://two.example
users:
- name: alice
  user:
    token: second-token
- name: bob
  user:
    client-certificate: certs/bob.crt
    client-key: certs/bob.key
contexts:
- name: bob-ctx
  context:
    cluster: only-second
    user: bob
)";

} // namespace

class TestKubeConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void mergeFirstDefinitionWins()
    {
        write(m_dir.filePath(QStringLiteral("a/config")), kFirst);
        write(m_dir.filePath(QStringLiteral("b/config")), kSecond);
        KubeConfigSource source;
        source.kubeconfigEnv = m_dir.filePath(QStringLiteral("a/config")) + QLatin1Char(':') + m_dir.filePath(QStringLiteral("b/config"));
        auto config = KubeConfig::load(source);
        QVERIFY_RESULT(config);
        // The whole entry comes from the first file: no tls-server-name leaks in from the second.
        const KubeCluster *shared = config->cluster(QStringLiteral("shared"));
        QVERIFY(shared);
        QCOMPARE(shared->server, QStringLiteral("https://first.example:6443"));
        QVERIFY(shared->tlsServerName.isEmpty());
        QCOMPARE(shared->certificateAuthority, m_dir.filePath(QStringLiteral("a/pki/ca.crt")));
        QCOMPARE(config->user(QStringLiteral("alice"))->token, QStringLiteral("first-token"));
        QVERIFY(config->cluster(QStringLiteral("only-first")));
        QVERIFY(config->cluster(QStringLiteral("only-second")));
        // current-context from the first file that sets it (the second here).
        QCOMPARE(config->currentContext(), QStringLiteral("shared-ctx"));
        // Relative paths resolve against the file that defined them.
        QCOMPARE(config->user(QStringLiteral("bob"))->clientCertificate, m_dir.filePath(QStringLiteral("b/certs/bob.crt")));
        QCOMPARE(config->files().size(), 2);
    }

    void currentContextFromFirstFileThatSetsIt()
    {
        write(m_dir.filePath(QStringLiteral("x")), "current-context: from-x\n");
        write(m_dir.filePath(QStringLiteral("y")), "current-context: from-y\n");
        KubeConfigSource source;
        source.kubeconfigEnv = m_dir.filePath(QStringLiteral("y")) + QLatin1Char(':') + m_dir.filePath(QStringLiteral("x"));
        QCOMPARE(KubeConfig::load(source)->currentContext(), QStringLiteral("from-y"));
    }

    void missingFilesInListAreSkipped()
    {
        write(m_dir.filePath(QStringLiteral("b/config")), kSecond);
        KubeConfigSource source;
        source.kubeconfigEnv = m_dir.filePath(QStringLiteral("nope")) + QLatin1Char(':') + m_dir.filePath(QStringLiteral("b/config"));
        auto config = KubeConfig::load(source);
        QVERIFY_RESULT(config);
        QVERIFY(config->warnings().isEmpty());
        QVERIFY(config->cluster(QStringLiteral("only-second")));

        source.kubeconfigEnv = m_dir.filePath(QStringLiteral("nope")) + QLatin1Char(':') + m_dir.filePath(QStringLiteral("nope2"));
        auto none = KubeConfig::load(source);
        QVERIFY_RESULT(none);
        QCOMPARE(none->warnings().size(), 1);
        QVERIFY(none->warnings().first().contains(QStringLiteral("no kubeconfig found")));
    }

    void explicitPathMustExist()
    {
        KubeConfigSource source;
        source.explicitPath = m_dir.filePath(QStringLiteral("missing.yaml"));
        auto config = KubeConfig::load(source);
        QVERIFY(!config);
        QCOMPARE(config.error().code(), ErrorCode::NotFound);
        QVERIFY(config.error().message().contains(QStringLiteral("missing.yaml")));
    }

    void defaultsToHomeKubeConfig()
    {
        write(m_dir.filePath(QStringLiteral(".kube/config")), kFirst);
        KubeConfigSource source;
        source.kubeconfigEnv = QString();
        source.homeDir = m_dir.path();
        auto config = KubeConfig::load(source);
        QVERIFY_RESULT(config);
        QCOMPARE(config->files(), QStringList{m_dir.filePath(QStringLiteral(".kube/config"))});
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("mustMention");
        QTest::newRow("not yaml") << QByteArray("clusters: [\n  - name: a\n   bad") << QStringLiteral("line");
        QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << QStringLiteral("not a kubeconfig");
        QTest::newRow("clusters not a list") << QByteArray("clusters: {a: 1}\n") << QStringLiteral("clusters: expected a list");
        QTest::newRow("entry without name") << QByteArray("users:\n- user: {token: x}\n") << QStringLiteral("users[0].name");
        QTest::newRow("duplicate name") << QByteArray("contexts:\n- name: a\n  context: {}\n- name: a\n  context: {}\n")
                                        << QStringLiteral("duplicate name \"a\"");
        QTest::newRow("bad base64") << QByteArray("clusters:\n- name: c\n  cluster:\n    server: https://x\n    certificate-authority-data: '!!!'\n")
                                    << QStringLiteral("clusters[0].cluster.certificate-authority-data");
        QTest::newRow("bad bool") << QByteArray("clusters:\n- name: c\n  cluster:\n    insecure-skip-tls-verify: maybe\n")
                                  << QStringLiteral("insecure-skip-tls-verify");
        QTest::newRow("exec without apiVersion") << QByteArray("users:\n- name: u\n  user:\n    exec:\n      command: aws\n")
                                                 << QStringLiteral("users[0].user.exec.apiVersion");
        QTest::newRow("exec v1alpha1") << QByteArray("users:\n- name: u\n  user:\n    exec:\n      command: aws\n      apiVersion: client.authentication.k8s.io/v1alpha1\n")
                                       << QStringLiteral("unsupported exec plugin apiVersion");
        QTest::newRow("exec v1 without interactiveMode")
            << QByteArray("users:\n- name: u\n  user:\n    exec:\n      command: aws\n      apiVersion: client.authentication.k8s.io/v1\n")
            << QStringLiteral("interactiveMode");
        QTest::newRow("exec env not a list")
            << QByteArray("users:\n- name: u\n  user:\n    exec:\n      command: aws\n      apiVersion: client.authentication.k8s.io/v1beta1\n      env: {A: b}\n")
            << QStringLiteral("exec.env");
        QTest::newRow("wrong kind") << QByteArray("kind: Pod\n") << QStringLiteral("expected Config");
    }

    void badInput()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, mustMention);
        const QString path = m_dir.filePath(QStringLiteral("bad.yaml"));
        write(path, yaml);
        KubeConfigSource source;
        source.explicitPath = path;
        auto config = KubeConfig::load(source);
        QVERIFY(!config);
        QVERIFY2(config.error().message().contains(path), qPrintable(config.error().message()));
        QVERIFY2(config.error().message().contains(mustMention), qPrintable(config.error().message()));
    }

    void emptyFileIsEmptyConfig()
    {
        auto config = KubeConfig::parse(QByteArray(), QStringLiteral("/x/empty"));
        QVERIFY_RESULT(config);
        QVERIFY(config->contexts().isEmpty());
    }

    void execDefaultsForV1beta1()
    {
        auto config = KubeConfig::parse("users:\n- name: u\n  user:\n    exec:\n      command: ./bin/plugin\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
                                        "      args: [get-token]\n      env: [{name: A, value: b}]\n",
                                        QStringLiteral("/etc/kube/config"));
        QVERIFY_RESULT(config);
        const auto &exec = *config->user(QStringLiteral("u"))->exec;
        QCOMPARE(exec.interactiveMode, QStringLiteral("IfAvailable"));
        QCOMPARE(exec.command, QStringLiteral("/etc/kube/bin/plugin")); // contains '/': resolved
        QCOMPARE(exec.args, QStringList{QStringLiteral("get-token")});
        QCOMPARE(exec.env.size(), 1);
    }

    void endpointDataOverridesPath()
    {
        const QByteArray pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        const QString path = m_dir.filePath(QStringLiteral("cfg"));
        write(path, "current-context: c\ncontexts:\n- name: c\n  context: {cluster: k, user: u}\nclusters:\n- name: k\n  cluster:\n"
                    "    server: https://k.example\n    certificate-authority: /does/not/exist.crt\n    certificate-authority-data: "
                        + pem.toBase64() + "\nusers:\n- name: u\n  user: {token: t}\n");
        KubeConfigSource source;
        source.explicitPath = path;
        auto config = KubeConfig::load(source);
        QVERIFY_RESULT(config);
        auto endpoint = KubeEndpoint::resolve(config.value());
        QVERIFY_RESULT(endpoint);
        QCOMPARE(endpoint->caPem, pem);
        QCOMPARE(endpoint->warnings.size(), 1);
        QCOMPARE(endpoint->namespaceName, QStringLiteral("default"));
    }

    void endpointErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("mustMention");
        const QByteArray ctx = "current-context: c\ncontexts:\n- name: c\n  context: {cluster: k, user: u}\n";
        const QByteArray cluster = "clusters:\n- name: k\n  cluster: {server: 'https://k.example'}\n";
        QTest::newRow("missing ca file") << ctx + "clusters:\n- name: k\n  cluster: {server: 'https://k', certificate-authority: missing-ca.crt}\nusers:\n- name: u\n  user: {}\n"
                                         << QStringLiteral("clusters[k].cluster.certificate-authority: file");
        QTest::newRow("missing client cert") << ctx + cluster + "users:\n- name: u\n  user: {client-certificate: nope.crt, client-key: nope.key}\n"
                                             << QStringLiteral("users[u].user.client-certificate");
        QTest::newRow("cert without key") << ctx + cluster + "users:\n- name: u\n  user: {client-certificate-data: " + QByteArray("abc").toBase64() + "}\n"
                                          << QStringLiteral("client-key is missing");
        QTest::newRow("token and basic") << ctx + cluster + "users:\n- name: u\n  user: {token: t, username: a, password: b}\n"
                                         << QStringLiteral("more than one authentication method");
        QTest::newRow("insecure with ca") << ctx + "clusters:\n- name: k\n  cluster: {server: 'https://k', insecure-skip-tls-verify: true, certificate-authority-data: "
                                                 + QByteArray("x").toBase64() + "}\nusers:\n- name: u\n  user: {}\n"
                                          << QStringLiteral("insecure flag is not allowed");
        QTest::newRow("no server") << ctx + "clusters:\n- name: k\n  cluster: {}\nusers:\n- name: u\n  user: {}\n" << QStringLiteral("no server");
        QTest::newRow("bad server") << ctx + "clusters:\n- name: k\n  cluster: {server: 'ftp://k'}\nusers:\n- name: u\n  user: {}\n"
                                    << QStringLiteral("not an http(s) URL");
        QTest::newRow("unknown cluster") << ctx + "users:\n- name: u\n  user: {}\n" << QStringLiteral("cluster \"k\" is not defined");
        QTest::newRow("unknown user") << ctx + cluster << QStringLiteral("user \"u\" is not defined");
        QTest::newRow("unreadable token file") << ctx + cluster + "users:\n- name: u\n  user: {tokenFile: no-such-token}\n"
                                               << QStringLiteral("tokenFile");
        QTest::newRow("bad proxy") << ctx + "clusters:\n- name: k\n  cluster: {server: 'https://k', proxy-url: 'gopher://p'}\nusers:\n- name: u\n  user: {}\n"
                                   << QStringLiteral("proxy-url");
        QTest::newRow("gcp auth-provider") << ctx + cluster + "users:\n- name: u\n  user:\n    auth-provider: {name: gcp}\n"
                                           << QStringLiteral("auth-provider");
        QTest::newRow("no current context") << QByteArray("contexts: []\n") << QStringLiteral("no current context");
    }

    void endpointErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, mustMention);
        const QString path = m_dir.filePath(QStringLiteral("ctx.yaml"));
        write(path, yaml);
        KubeConfigSource source;
        source.explicitPath = path;
        auto config = KubeConfig::load(source);
        QVERIFY_RESULT(config);
        auto endpoint = KubeEndpoint::resolve(config.value());
        QVERIFY(!endpoint);
        QVERIFY2(endpoint.error().message().contains(mustMention), qPrintable(endpoint.error().message()));
        QVERIFY2(endpoint.error().message().contains(path) || mustMention == QLatin1String("no current context"),
                 qPrintable(endpoint.error().message()));
    }

    void insecureIsReportedAsWarning()
    {
        auto config = KubeConfig::parse("current-context: c\ncontexts:\n- name: c\n  context: {cluster: k}\nclusters:\n- name: k\n"
                                        "  cluster: {server: 'https://k', insecure-skip-tls-verify: true, tls-server-name: api.internal, proxy-url: 'socks5://127.0.0.1:1080'}\n",
                                        QStringLiteral("/tmp/c"));
        QVERIFY_RESULT(config);
        auto e = KubeEndpoint::resolve(config.value());
        QVERIFY_RESULT(e);
        QVERIFY(e->insecureSkipTlsVerify);
        QCOMPARE(e->tlsServerName, QStringLiteral("api.internal"));
        QCOMPARE(e->proxyUrl, QStringLiteral("socks5://127.0.0.1:1080"));
        QCOMPARE(e->warnings.size(), 1);
        QVERIFY(e->warnings.first().contains(QStringLiteral("insecure-skip-tls-verify")));
    }

    void switchContext()
    {
        write(m_dir.filePath(QStringLiteral("b/certs/bob.crt")), "CERT");
        write(m_dir.filePath(QStringLiteral("b/certs/bob.key")), "KEY");
        write(m_dir.filePath(QStringLiteral("b/config")), kSecond);
        KubeConfigSource source;
        source.explicitPath = m_dir.filePath(QStringLiteral("b/config"));
        auto config = KubeConfig::load(source);
        QVERIFY_RESULT(config);
        auto bob = KubeEndpoint::resolve(config.value(), QStringLiteral("bob-ctx"));
        QVERIFY_RESULT(bob);
        QCOMPARE(bob->clientCertPem, QByteArray("CERT"));
        QCOMPARE(bob->clientKeyPem, QByteArray("KEY"));
        QCOMPARE(bob->server.host(), QStringLiteral("two.example"));
        auto missing = KubeEndpoint::resolve(config.value(), QStringLiteral("nope"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestKubeConfig)
#include "tst_kubeconfig.moc"
