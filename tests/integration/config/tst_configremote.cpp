// Clone, fetch and push over HTTP with credentials, against a real smart-HTTP server
// (`git http-backend` behind Basic authentication on 127.0.0.1).
#include "backend/config/configworkspace.h"
#include "configtesthelpers.h"
#include "testsupport.h"

#include <QProcess>

using namespace shipdeck;
using namespace shipdeck::test;

class tst_ConfigRemote : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_url;

private Q_SLOTS:
    void initTestCase()
    {
        QString remote;
        makeSeedWithRemote(m_dir.path(), &remote);
        m_server.start(program(QStringLiteral("githttpserver")),
                       {QStringLiteral("--root"), m_dir.path(), QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password"),
                        QStringLiteral("s3cret"), QStringLiteral("--idle-exit"), QStringLiteral("120")});
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10'000);
        const int port = m_server.readLine().trimmed().toInt();
        QVERIFY(port > 0);
        m_url = QStringLiteral("http://127.0.0.1:%1/remote.git").arg(port);
    }

    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished();
    }

    void refusedWithoutOrWithWrongCredentials_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("none") << QString() << QString();
        QTest::newRow("wrong password") << QStringLiteral("alice") << QStringLiteral("nope");
    }
    void refusedWithoutOrWithWrongCredentials()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        GitRemoteOptions options;
        options.username = user;
        options.password = password;
        options.useKeychain = false;
        const QString target = m_dir.filePath(QStringLiteral("refused-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        auto clone = ConfigWorkspace::clone(m_url, target, options);
        QVERIFY(!clone.ok());
        QVERIFY2(clone.error().code() == ErrorCode::Unauthenticated, qPrintable(clone.error().toString()));
        QVERIFY(clone.error().message().contains(m_url));
        QVERIFY(!QFileInfo::exists(target));
    }

    void cloneEditSyncWithCredentials()
    {
        GitRemoteOptions options;
        options.username = QStringLiteral("alice");
        options.password = QStringLiteral("s3cret");
        QList<int> progress;
        options.progress = [&progress](int percent, const QString &) {
            progress.append(percent);
            return true;
        };
        auto ws = ConfigWorkspace::clone(m_url, m_dir.filePath(QStringLiteral("alice")), options);
        QVERIFY_RESULT(ws);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(ws.value()->store().get(QStringLiteral("app.server.workers"), QStringLiteral("production")).value().value, QJsonValue(16));
        QVERIFY_RESULT(ws.value()->store().set(QStringLiteral("app.server.port"), QString(), 7000));
        QVERIFY_RESULT(ws.value()->commit(QStringLiteral("port over http"), author()));
        ConfigWorkspace::SyncOptions sync;
        sync.author = author();
        sync.remoteOptions = options;
        auto pushed = ws.value()->sync(sync);
        QVERIFY_RESULT(pushed);
        QVERIFY(pushed.value().pushed);
        QCOMPARE(git(m_dir.path(), {QStringLiteral("--git-dir"), m_dir.filePath(QStringLiteral("remote.git")), QStringLiteral("log"),
                                    QStringLiteral("-1"), QStringLiteral("--format=%s")}).trimmed(), QStringLiteral("port over http"));
    }

    void commandLineReadsThePasswordFromTheEnvironment()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CONFIG_TOKEN"), QStringLiteral("s3cret"));
        p.setProcessEnvironment(env);
        const QString ws = m_dir.filePath(QStringLiteral("cli-ws"));
        p.start(program(QStringLiteral("shipdeckctl")), {QStringLiteral("-w"), ws, QStringLiteral("workspace"), QStringLiteral("init")});
        QVERIFY(p.waitForFinished(60'000));
        p.start(program(QStringLiteral("shipdeckctl")), {QStringLiteral("-w"), ws, QStringLiteral("config"), QStringLiteral("clone"), m_url,
                                                         QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-env"),
                                                         QStringLiteral("CONFIG_TOKEN")});
        QVERIFY(p.waitForFinished(60'000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QFileInfo::exists(ws + QStringLiteral("/config/base/app.yaml")));
        // The password never reaches the repository's configuration or the workspace log.
        QVERIFY(!readFile(ws + QStringLiteral("/config/.git/config")).contains("s3cret"));
    }
};

QTEST_GUILESS_MAIN(tst_ConfigRemote)
#include "tst_configremote.moc"
