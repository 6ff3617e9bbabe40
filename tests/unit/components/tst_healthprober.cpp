// Health probes of each kind against real sockets and processes, with their thresholds.
#include "testsupport.h"

#include "backend/components/healthprober.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

using namespace shipdeck;

namespace {

// shipdeck-demo-service on a free port; stops with the object.
struct DemoService
{
    QProcess process;
    quint16 port = 0;

    bool start(const QStringList &extra = {})
    {
        process.start(test::program(QStringLiteral("shipdeck-demo-service")), QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extra);
        QByteArray out;
        static const QRegularExpression re(QStringLiteral("127.0.0.1:(\\d+)"));
        return QTest::qWaitFor([&] {
            out += process.readAllStandardOutput();
            const auto m = re.match(QString::fromUtf8(out));
            port = m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
            return port != 0 || process.state() == QProcess::NotRunning;
        }, 10'000) && port != 0;
    }
    ~DemoService()
    {
        process.kill();
        process.waitForFinished(5'000);
    }
};

quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

HealthCheck check(HealthCheck::Kind kind, int failure = 1, int success = 1)
{
    HealthCheck c;
    c.kind = kind;
    c.periodMs = 50;
    c.timeoutMs = 300;
    c.failureThreshold = failure;
    c.successThreshold = success;
    return c;
}

} // namespace

class tst_HealthProber : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase() { m_nam.setProxy(QNetworkProxy::NoProxy); }

    void httpReadyWhenStatusInRange()
    {
        DemoService demo;
        QVERIFY(demo.start());
        HealthProber prober(check(HealthCheck::Kind::Http), demo.port, &m_nam);
        QSignalSpy ready(&prober, &HealthProber::readyChanged);
        prober.start();
        QVERIFY(ready.wait(5'000));
        QCOMPARE(ready.first().first().toBool(), true);
        QCOMPARE(prober.lastResult(), QStringLiteral("HTTP 200"));
    }

    void httpStatusOutsideRangeFails()
    {
        DemoService demo;
        QVERIFY(demo.start({QStringLiteral("--unhealthy")}));
        HealthProber prober(check(HealthCheck::Kind::Http), demo.port, &m_nam);
        QSignalSpy probed(&prober, &HealthProber::probed);
        prober.start();
        QTRY_VERIFY_WITH_TIMEOUT(probed.size() >= 3, 5'000);
        QVERIFY(!prober.isReady());
        QCOMPARE(probed.first().at(1).toString(), QStringLiteral("HTTP 503"));
        // A wider accepted range makes the same answer healthy.
        HealthCheck wide = check(HealthCheck::Kind::Http);
        wide.expectedStatusMax = 503;
        HealthProber tolerant(wide, demo.port, &m_nam);
        QSignalSpy ready(&tolerant, &HealthProber::readyChanged);
        tolerant.start();
        QVERIFY(ready.wait(5'000));
    }

    void httpTimesOut()
    {
        QTcpServer silent; // accepts connections, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        HealthCheck c = check(HealthCheck::Kind::Http);
        c.timeoutMs = 150;
        HealthProber prober(c, silent.serverPort(), &m_nam);
        QSignalSpy probed(&prober, &HealthProber::probed);
        prober.start();
        QVERIFY(probed.wait(5'000));
        QCOMPARE(probed.first().at(0).toBool(), false);
        QVERIFY2(probed.first().at(1).toString().contains(QStringLiteral("timed out")), qPrintable(probed.first().at(1).toString()));
    }

    void successThresholdNeedsConsecutiveSuccesses()
    {
        DemoService demo;
        QVERIFY(demo.start());
        HealthProber prober(check(HealthCheck::Kind::Tcp, 1, 3), demo.port, &m_nam);
        QSignalSpy ready(&prober, &HealthProber::readyChanged);
        QSignalSpy probed(&prober, &HealthProber::probed);
        prober.start();
        QVERIFY(ready.wait(5'000));
        QCOMPARE(probed.size(), 3);
        QCOMPARE(prober.consecutiveSuccesses(), 3);
    }

    void failureThresholdNeedsConsecutiveFailures()
    {
        auto demo = std::make_unique<DemoService>();
        QVERIFY(demo->start());
        HealthProber prober(check(HealthCheck::Kind::Tcp, 3, 1), demo->port, &m_nam);
        QSignalSpy ready(&prober, &HealthProber::readyChanged);
        QSignalSpy probed(&prober, &HealthProber::probed);
        prober.start();
        QVERIFY(ready.wait(5'000));
        demo.reset(); // the service dies
        const qsizetype before = probed.size();
        QVERIFY(ready.wait(5'000));
        QCOMPARE(ready.last().first().toBool(), false);
        int failures = 0;
        for (qsizetype i = before; i < probed.size(); ++i)
            failures += probed.at(i).at(0).toBool() ? 0 : 1;
        QCOMPARE(failures, 3);
    }

    void tcpRefusedIsAFailure()
    {
        HealthProber prober(check(HealthCheck::Kind::Tcp), closedPort(), &m_nam);
        QSignalSpy probed(&prober, &HealthProber::probed);
        prober.start();
        QVERIFY(probed.wait(5'000));
        QCOMPARE(probed.first().at(0).toBool(), false);
        QVERIFY(probed.first().at(1).toString().startsWith(QStringLiteral("TCP connect failed")));
    }

    void execUsesTheExitCode_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<bool>("success");
        QTest::addColumn<QString>("detail");
        QTest::newRow("exit 0") << QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("exit 0")} << true << "exit code 0";
        QTest::newRow("exit 3") << QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("exit 3")} << false << "exit code 3";
        QTest::newRow("missing program") << QStringList{QStringLiteral("/nonexistent/check")} << false << "could not start";
        QTest::newRow("hangs") << QStringList{QStringLiteral("/bin/sleep"), QStringLiteral("30")} << false << "timed out";
    }

    void execUsesTheExitCode()
    {
        QFETCH(QStringList, command);
        QFETCH(bool, success);
        QFETCH(QString, detail);
        HealthCheck c = check(HealthCheck::Kind::Exec);
        c.command = command;
        HealthProber prober(c, 0, &m_nam);
        QSignalSpy probed(&prober, &HealthProber::probed);
        prober.start();
        QVERIFY(probed.wait(5'000));
        QCOMPARE(probed.first().at(0).toBool(), success);
        QVERIFY2(probed.first().at(1).toString().contains(detail), qPrintable(probed.first().at(1).toString()));
    }

    void initialDelayIsHonoured()
    {
        DemoService demo;
        QVERIFY(demo.start());
        HealthCheck c = check(HealthCheck::Kind::Tcp);
        c.initialDelayMs = 400;
        HealthProber prober(c, demo.port, &m_nam);
        QSignalSpy ready(&prober, &HealthProber::readyChanged);
        QElapsedTimer timer;
        timer.start();
        prober.start();
        QVERIFY(ready.wait(5'000));
        QVERIFY2(timer.elapsed() >= 380, qPrintable(QString::number(timer.elapsed())));
    }

    void noProbeIsReadyAtOnce()
    {
        HealthProber prober(check(HealthCheck::Kind::None), 0, &m_nam);
        QSignalSpy ready(&prober, &HealthProber::readyChanged);
        prober.start();
        QCOMPARE(ready.size(), 1);
        QVERIFY(prober.isReady());
        QCOMPARE(prober.probesRun(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_HealthProber)
#include "tst_healthprober.moc"
