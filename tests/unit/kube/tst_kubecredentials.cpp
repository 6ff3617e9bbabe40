#include "backend/kube/kubeconfig.h"
#include "backend/kube/kubecredentials.h"
#include "backend/kube/kubeendpoint.h"
#include "backend/kube/loginshellenvironment.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace shipdeck;

namespace {

void writeFile(const QString &path, const QByteArray &text, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
}

Result<KubeAuth> fetch(KubeCredentials &credentials)
{
    std::optional<Result<KubeAuth>> out;
    credentials.get([&out](const Result<KubeAuth> &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 15000))
        return Error(ErrorCode::Timeout, QStringLiteral("no credentials within 15 s"));
    return *out;
}

} // namespace

class TestKubeCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pluginDir = m_dir.filePath(QStringLiteral("login-only-bin"));
        // The plugin lives in a folder that only the login shell puts on PATH, like
        // /usr/local/bin or ~/.krew/bin for a program started from a desktop launcher.
        writeFile(m_pluginDir + QStringLiteral("/shipdeck-test-auth"), "#!/bin/sh\n"
            "dir=$(dirname \"$0\")\n"
            "echo run >> \"$dir/runs\"\n"
            "printf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$dir/exec-info.json\"\n"
            "printf '%s' \"$PLUGIN_GREETING\" > \"$dir/env-seen\"\n"
            "read ignored_stdin\n"
            "version=$(printf '%s' \"$KUBERNETES_EXEC_INFO\" | sed -n 's/.*\"apiVersion\":\"\\([^\"]*\\)\".*/\\1/p')\n"
            "printf '{\"kind\":\"ExecCredential\",\"apiVersion\":\"%s\",\"status\":{\"token\":\"tok-%s\",\"expirationTimestamp\":\"%s\"}}' \"$version\" \"$(wc -l < \"$dir/runs\" | tr -d ' ')\" \"${EXPIRES:-2999-01-01T00:00:00Z}\"\n", true);
        writeFile(m_dir.filePath(QStringLiteral("fake-login-shell")),
                  QStringLiteral("#!/bin/sh\n[ \"$1\" = -l ] && shift\nPATH=\"%1:$PATH\" exec /bin/sh \"$@\"\n").arg(m_pluginDir).toUtf8(), true);
        qputenv("SHELL", m_dir.filePath(QStringLiteral("fake-login-shell")).toUtf8());
        LoginShellEnvironment::reset();
    }

    void init()
    {
        KubeCredentials::clearExecCache();
        QFile::remove(m_pluginDir + QStringLiteral("/runs"));
        qunsetenv("EXPIRES");
    }

    void loginShellPathIsMerged()
    {
        QVERIFY(!qEnvironmentVariable("PATH").contains(m_pluginDir));
        QString path;
        QObject context;
        LoginShellEnvironment::path(&context, [&path](const QString &p) { path = p; });
        QTRY_VERIFY_WITH_TIMEOUT(!path.isEmpty(), 10000);
        QVERIFY(path.startsWith(m_pluginDir));
        QVERIFY(path.contains(QStringLiteral("/usr/bin")));
        QCOMPARE(LoginShellEnvironment::mergePaths(QStringLiteral("/a:/b"), QStringLiteral("/b:/c")), QStringLiteral("/a:/b:/c"));
    }

    void execPluginRunsWithLoginPathAndIsCached_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::newRow("v1") << QStringLiteral("client.authentication.k8s.io/v1");
        QTest::newRow("v1beta1") << QStringLiteral("client.authentication.k8s.io/v1beta1");
    }

    void execPluginRunsWithLoginPathAndIsCached()
    {
        QFETCH(QString, apiVersion);
        KubeEndpoint e = endpoint(apiVersion, QStringLiteral("Never"), true);
        KubeCredentials credentials(e);
        auto first = fetch(credentials);
        QVERIFY_RESULT(first);
        QCOMPARE(first->authorization, QByteArray("Bearer tok-1"));
        QCOMPARE(first->expires.date().year(), 2999);
        auto second = fetch(credentials);
        QVERIFY_RESULT(second);
        QCOMPARE(second->authorization, QByteArray("Bearer tok-1"));
        QCOMPARE(KubeCredentials::execRuns(e), 1);

        // env from the kubeconfig and the cluster info reach the plugin.
        QCOMPARE(readFile(QStringLiteral("env-seen")), QByteArray("hello"));
        const QJsonObject info = QJsonDocument::fromJson(readFile(QStringLiteral("exec-info.json"))).object();
        QCOMPARE(info.value(QLatin1String("apiVersion")).toString(), apiVersion);
        const QJsonObject spec = info.value(QLatin1String("spec")).toObject();
        QCOMPARE(spec.value(QLatin1String("interactive")).toBool(true), false);
        QCOMPARE(spec.value(QLatin1String("cluster")).toObject().value(QLatin1String("server")).toString(), QStringLiteral("https://api.example:6443"));
        QCOMPARE(spec.value(QLatin1String("cluster")).toObject().value(QLatin1String("config")).toObject().value(QLatin1String("audience")).toString(),
                 QStringLiteral("shipdeck"));

        // A 401 drops the cached credential: the plugin runs again.
        QVERIFY(credentials.invalidate());
        auto third = fetch(credentials);
        QVERIFY_RESULT(third);
        QCOMPARE(third->authorization, QByteArray("Bearer tok-2"));
        QCOMPARE(KubeCredentials::execRuns(e), 2);
    }

    void expiredCredentialsRunThePluginAgain()
    {
        qputenv("EXPIRES", "2001-01-01T00:00:00Z");
        KubeEndpoint e = endpoint(QStringLiteral("client.authentication.k8s.io/v1"), QStringLiteral("IfAvailable"), false);
        KubeCredentials credentials(e);
        QVERIFY_RESULT(fetch(credentials));
        QVERIFY_RESULT(fetch(credentials));
        QCOMPARE(KubeCredentials::execRuns(e), 2);
        // Without provideClusterInfo the plugin gets no cluster.
        const QJsonObject info = QJsonDocument::fromJson(readFile(QStringLiteral("exec-info.json"))).object();
        QVERIFY(!info.value(QLatin1String("spec")).toObject().contains(QLatin1String("cluster")));
    }

    void concurrentRequestsShareOneRun()
    {
        KubeEndpoint e = endpoint(QStringLiteral("client.authentication.k8s.io/v1"), QStringLiteral("Never"), false);
        KubeCredentials credentials(e);
        int answers = 0;
        for (int i = 0; i < 5; ++i)
            credentials.get([&answers](const Result<KubeAuth> &r) { answers += r.ok() ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 5, 10000);
        QCOMPARE(KubeCredentials::execRuns(e), 1);
    }

    void pluginFailures_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("interactiveMode");
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("mustMention");
        QTest::newRow("not found") << QStringLiteral("no-such-auth-plugin") << QStringLiteral("Never") << QByteArray()
                                   << QStringLiteral("install it with: apt install no-such-auth-plugin");
        QTest::newRow("always interactive") << QStringLiteral("shipdeck-test-auth") << QStringLiteral("Always") << QByteArray()
                                            << QStringLiteral("interactive terminal");
        QTest::newRow("exit code") << QStringLiteral("failing-plugin") << QStringLiteral("Never")
                                   << QByteArray("#!/bin/sh\necho 'token expired, run aws sso login' >&2\nexit 3\n") << QStringLiteral("exit code 3: token expired");
        QTest::newRow("garbage") << QStringLiteral("garbage-plugin") << QStringLiteral("Never") << QByteArray("#!/bin/sh\necho hello\n")
                                 << QStringLiteral("no ExecCredential JSON");
        QTest::newRow("wrong version") << QStringLiteral("old-plugin") << QStringLiteral("Never")
                                       << QByteArray("#!/bin/sh\necho '{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1alpha1\",\"status\":{\"token\":\"x\"}}'\n")
                                       << QStringLiteral("v1alpha1");
        QTest::newRow("cert without key") << QStringLiteral("half-plugin") << QStringLiteral("Never")
                                          << QByteArray("#!/bin/sh\necho '{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1\",\"status\":{\"clientCertificateData\":\"x\"}}'\n")
                                          << QStringLiteral("without clientKeyData");
    }

    void pluginFailures()
    {
        QFETCH(QString, command);
        QFETCH(QString, interactiveMode);
        QFETCH(QByteArray, script);
        QFETCH(QString, mustMention);
        if (!script.isEmpty())
            writeFile(m_pluginDir + QLatin1Char('/') + command, script, true);
        KubeEndpoint e = endpoint(QStringLiteral("client.authentication.k8s.io/v1"), interactiveMode, false);
        e.exec->command = command;
        e.exec->installHint = QStringLiteral("install it with: apt install no-such-auth-plugin");
        KubeCredentials credentials(e);
        auto auth = fetch(credentials);
        QVERIFY(!auth);
        QVERIFY2(auth.error().message().contains(mustMention), qPrintable(auth.error().message()));
        QVERIFY2(auth.error().message().contains(QStringLiteral("/etc/kube/config")), qPrintable(auth.error().message()));
    }

    void hangingPluginTimesOut()
    {
        writeFile(m_pluginDir + QStringLiteral("/hanging-plugin"), "#!/bin/sh\nexec sleep 30\n", true);
        KubeEndpoint e = endpoint(QStringLiteral("client.authentication.k8s.io/v1"), QStringLiteral("Never"), false);
        e.exec->command = QStringLiteral("hanging-plugin");
        KubeCredentials credentials(e);
        credentials.setExecTimeoutMs(300);
        auto auth = fetch(credentials);
        QVERIFY(!auth);
        QCOMPARE(auth.error().code(), ErrorCode::Timeout);
    }

    void tokenFileIsReread()
    {
        const QString tokenPath = m_dir.filePath(QStringLiteral("token"));
        writeFile(tokenPath, "first\n");
        KubeEndpoint e = KubeEndpoint::direct(QUrl(QStringLiteral("https://k.example")));
        e.tokenFile = tokenPath;
        KubeCredentials credentials(e);
        QCOMPARE(fetch(credentials)->authorization, QByteArray("Bearer first"));
        writeFile(tokenPath, "second\n");
        // Within the minute the cached value is used; after a 401 the file is read again.
        QCOMPARE(fetch(credentials)->authorization, QByteArray("Bearer first"));
        QVERIFY(credentials.invalidate());
        QCOMPARE(fetch(credentials)->authorization, QByteArray("Bearer second"));
        // An unreadable file keeps the last good token.
        QFile::remove(tokenPath);
        QVERIFY(credentials.invalidate());
        QCOMPARE(fetch(credentials)->authorization, QByteArray("Bearer second"));
    }

    void basicAndStaticToken()
    {
        KubeEndpoint e = KubeEndpoint::direct(QUrl(QStringLiteral("https://k.example")));
        e.username = QStringLiteral("admin");
        e.password = QStringLiteral("secret");
        KubeCredentials basic(e);
        QCOMPARE(fetch(basic)->authorization, QByteArray("Basic ") + QByteArray("admin:secret").toBase64());
        QVERIFY(!basic.invalidate());
    }

    void credentialsNeverReachDisk()
    {
        // Everything Shipdeck could write goes below these folders; the token must appear
        // nowhere in them after a plugin run and repeated use.
        QTemporaryDir home;
        qputenv("HOME", home.path().toUtf8());
        qputenv("TMPDIR", home.filePath(QStringLiteral("tmp")).toUtf8());
        qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        QDir().mkpath(home.filePath(QStringLiteral("tmp")));
        KubeEndpoint e = endpoint(QStringLiteral("client.authentication.k8s.io/v1"), QStringLiteral("Never"), true);
        KubeCredentials credentials(e);
        auto auth = fetch(credentials);
        QVERIFY_RESULT(auth);
        QVERIFY_RESULT(fetch(credentials));
        const QByteArray token = auth->authorization.mid(7);
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(token), qPrintable(f.fileName()));
        }
    }

private:
    KubeEndpoint endpoint(const QString &apiVersion, const QString &interactive, bool clusterInfo)
    {
        KubeEndpoint e = KubeEndpoint::direct(QUrl(QStringLiteral("https://api.example:6443")));
        e.userName = QStringLiteral("dev");
        e.execOrigin = QStringLiteral("/etc/kube/config");
        KubeExecConfig x;
        x.command = QStringLiteral("shipdeck-test-auth");
        x.apiVersion = apiVersion;
        x.interactiveMode = interactive;
        x.provideClusterInfo = clusterInfo;
        x.env = {{QStringLiteral("PLUGIN_GREETING"), QStringLiteral("hello")}};
        e.exec = x;
        e.execClusterConfig = QJsonObject{{QStringLiteral("audience"), QStringLiteral("shipdeck")}};
        return e;
    }

    QByteArray readFile(const QString &name)
    {
        QFile f(m_pluginDir + QLatin1Char('/') + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QString m_pluginDir;
};

QTEST_GUILESS_MAIN(TestKubeCredentials)
#include "tst_kubecredentials.moc"
