#include "backend/core/logging.h"
#include "testsupport.h"

#include <QFile>

using namespace shipdeck;

class tst_Logging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redactsCredentials_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::newRow("age key") << QStringLiteral("key AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQSZW8Y2 loaded")
                                 << QStringLiteral("AGE-SECRET-KEY-1QQQQ");
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer eyJhbGciOi.abc.def") << QStringLiteral("eyJhbGciOi");
        QTest::newRow("password") << QStringLiteral("connecting with password=hunter2 now") << QStringLiteral("hunter2");
        QTest::newRow("token") << QStringLiteral("token: s3cr3t-t0ken") << QStringLiteral("s3cr3t-t0ken");
        QTest::newRow("pem") << QStringLiteral("-----BEGIN PRIVATE KEY-----\nMIIEv\n-----END PRIVATE KEY-----")
                             << QStringLiteral("MIIEv");
    }
    void redactsCredentials()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        const QString out = Logging::redact(line);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("[redacted]")));
    }

    void fileLogRotatesAndRedacts()
    {
        QTemporaryDir dir;
        Logging::installFileLog(dir.path(), 2000, 2);
        for (int i = 0; i < 200; ++i)
            qCInfo(lcCore) << "line" << i << "password=topsecret";
        Logging::uninstallFileLog();
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("shipdeck.log"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("shipdeck.log.1"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("shipdeck.log.2"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("shipdeck.log.3"))));
        for (const QString &name : {QStringLiteral("shipdeck.log"), QStringLiteral("shipdeck.log.1")}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY(content.contains("line"));
            QVERIFY(!content.contains("topsecret"));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Logging)
#include "tst_logging.moc"
