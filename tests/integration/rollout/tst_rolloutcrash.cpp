// Crash safety: a canary runs under `shipdeckctl`, which is killed with SIGKILL at 22 random
// points and restarted each time (`shipdeckctl rollout watch` takes the rollout over). The
// rollout must end Healthy or safely paused/aborted, the proxy's traffic must match the
// recorded split whenever a restarted process has restored it, and no step may be applied twice.
#include "testsupport.h"

#include "backend/components/componentdefinition.h"
#include "backend/facade/backend.h"
#include "backend/providers/loadgenerator.h"
#include "backend/providers/localproviderclient.h"
#include "backend/store/database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

#include <csignal>
#include <unistd.h>

using namespace shipdeck;

namespace {
// Nine weights with a 5 s pause each and an analysis after 30 %: about 50 s of rollout, so the
// 22 kills land all over it (pauses keep counting while no process runs).
QByteArray deployment()
{
    QByteArray steps;
    for (int w = 10; w <= 90; w += 10) {
        steps += "    - setWeight: " + QByteArray::number(w) + "\n    - pause: {duration: 5s}\n";
        if (w == 30)
            steps += "    - analysis: {templates: [errors]}\n";
    }
    return "strategy: canary\n"
           "components: [{id: storefront, version: '1.5.0'}]\n"
           "replicas: 2\n"
           "progressDeadline: 60s\n"
           "validation: {readyTimeout: 30s}\n"
           "rollback: {scaleDownDelay: 1s}\n"
           "canary:\n"
           "  scaleDownDelay: 1s\n"
           "  steps:\n" + steps +
           "analysis:\n"
           "  templates:\n"
           "    - name: errors\n"
           "      metrics:\n"
           "        - name: error-rate\n"
           "          interval: 2s\n"
           "          count: 2\n"
           "          successCondition: result < 0.2\n"
           "          consecutiveErrorLimit: 20\n"
           "          provider: {proxy: {measure: error-rate, target: all}}\n";
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit); // allowed-sleep: the kill must land at a random moment, by design
    loop.exec();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

struct Recorded
{
    QString id;
    QString phase;
    QJsonObject traffic;
    qint64 generation = -1;
};

// Reads the rollout as the database has it (another process writes it).
Recorded readRollout(const QString &dbPath)
{
    Database::Options options;
    options.readOnly = true;
    options.create = false;
    auto db = Database::open(dbPath, options);
    if (!db)
        return {};
    auto stmt = db.value()->prepare(QStringLiteral("SELECT id, phase, traffic, generation FROM rollouts ORDER BY created_at DESC LIMIT 1"));
    if (!stmt || !stmt.value()->step().valueOr(false))
        return {};
    Statement *s = stmt.value();
    Recorded r{s->text(0), s->text(1), QJsonDocument::fromJson(s->text(2).toUtf8()).object(), s->int64(3)};
    s->reset();
    return r;
}

int restoredEvents(const QString &dbPath)
{
    Database::Options options;
    options.readOnly = true;
    options.create = false;
    auto db = Database::open(dbPath, options);
    if (!db)
        return 0;
    return db.value()->scalar(QStringLiteral("SELECT count(*) FROM rollout_events WHERE reason = 'ProviderStateRestored'")).valueOr(QVariant(0)).toInt();
}

// Share of requests the canary answered, from `count` requests to the component's proxy.
double canaryShare(quint16 port, const QString &canary, int count, int *answered)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    int hits = 0;
    *answered = 0;
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/version").arg(port)));
        request.setTransferTimeout(2000);
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        if (reply->error() == QNetworkReply::NoError) {
            ++*answered;
            hits += reply->readAll().trimmed() == canary.toUtf8() ? 1 : 0;
        }
        reply->deleteLater();
    }
    return *answered ? double(hits) / *answered : 0;
}
} // namespace

class tst_RolloutCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    quint16 m_port = 0;

    std::unique_ptr<QProcess> startDriver(const QStringList &args)
    {
        auto process = std::make_unique<QProcess>();
        process->setProgram(test::program(QStringLiteral("shipdeckctl")));
        process->setArguments(QStringList{QStringLiteral("--workspace"), m_dir.path()} + args);
        process->setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SHIPDECK_USER"), QStringLiteral("crash-test"));
        process->setProcessEnvironment(env);
        // Its own process group, so that SIGKILL reaches the service instances it started too.
        process->setChildProcessModifier([] { ::setpgid(0, 0); });
        process->start();
        return process;
    }

    static void killGroup(QProcess &process)
    {
        if (process.state() != QProcess::NotRunning) {
            ::kill(-pid_t(process.processId()), SIGKILL);
            process.waitForFinished(10'000);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_port = freePort();
        // The workspace and the component, made by a backend that is closed again.
        BackendOptions options;
        options.fileLog = false;
        Backend backend(options);
        Workspace::OpenOptions open;
        open.create = true;
        QVERIFY_RESULT(test::await(backend.openWorkspace(m_dir.path(), open)));
        ComponentDefinition c;
        c.id = QStringLiteral("storefront");
        c.version = QStringLiteral("1.4.2");
        c.port = m_port;
        c.scaling = {2, 4, 0};
        c.run.command = test::program(QStringLiteral("shipdeck-demo-service"));
        c.run.args = {QStringLiteral("--port"), QStringLiteral("{port}"), QStringLiteral("--version"), QStringLiteral("{version}")};
        c.healthCheck.kind = HealthCheck::Kind::Http;
        c.healthCheck.periodMs = 200;
        c.versions.insert(QStringLiteral("1.5.0"), {});
        LocalProviderClient components(&backend);
        QVERIFY_RESULT(test::await(components.put({c})));
        QFile file(m_dir.filePath(QStringLiteral("canary.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(deployment());
    }

    void killNineAtRandomPoints()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("shipdeck.db"));
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        int kills = 0;
        int comparisons = 0;
        QStringList log;
        // Traffic through the component's (fixed) port, whichever process runs the proxy.
        LoadGenerator::Options loadOptions;
        loadOptions.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
        loadOptions.ratePerSecond = 50;
        loadOptions.timeoutMs = 1000;
        LoadGenerator load(loadOptions);
        QVERIFY_RESULT(load.start());
        for (int round = 0; kills < 22 && round < 40; ++round) {
            const Recorded before = readRollout(dbPath);
            if (before.phase == QLatin1String("Healthy") || before.phase == QLatin1String("RolledBack") || before.phase == QLatin1String("Aborted"))
                break;
            const int restoredBefore = restoredEvents(dbPath);
            auto driver = before.id.isEmpty()
                              ? startDriver({QStringLiteral("deploy"), m_dir.filePath(QStringLiteral("canary.yaml")), QStringLiteral("--reason"),
                                             QStringLiteral("crash test")})
                              : startDriver({QStringLiteral("rollout"), QStringLiteral("watch"), QStringLiteral("storefront")});
            QVERIFY(driver->waitForStarted(10'000));
            const int delay = 300 + int(rng.bounded(1700));
            waitMs(delay);
            // When this process has restored the provider, the proxy must route as recorded.
            const Recorded now = readRollout(dbPath);
            if (restoredEvents(dbPath) > restoredBefore && driver->state() == QProcess::Running && !now.traffic.isEmpty()) {
                int answered = 0;
                const QString canary = now.traffic.value(QStringLiteral("canaryVersion")).toString();
                // The proxy picks per request at random: 150 requests put the 0.17 tolerance at
                // more than four standard deviations (with 60 it was under three, and one of
                // twenty comparisons a run could fail by chance).
                const double share = canaryShare(m_port, QStringLiteral("1.5.0"), 150, &answered);
                const Recorded after = readRollout(dbPath);
                if (answered >= 125 && after.generation == now.generation && after.traffic == now.traffic && driver->state() == QProcess::Running) {
                    const double expected = canary.isEmpty() ? (now.traffic.value(QStringLiteral("stableVersion")).toString() == QLatin1String("1.5.0") ? 1.0 : 0.0)
                                                             : now.traffic.value(QStringLiteral("canaryWeight")).toInt() / 100.0;
                    QVERIFY2(qAbs(share - expected) <= 0.17, qPrintable(QStringLiteral("round %1: recorded %2, measured canary share %3")
                                                                          .arg(round).arg(QString::fromUtf8(QJsonDocument(now.traffic).toJson(QJsonDocument::Compact)))
                                                                          .arg(share)));
                    ++comparisons;
                }
            }
            if (driver->state() == QProcess::Running) {
                killGroup(*driver);
                ++kills;
            } else {
                log.append(QStringLiteral("round %1: the driver ended by itself (exit %2): %3").arg(round).arg(driver->exitCode())
                               .arg(QString::fromUtf8(driver->readAll()).right(600)));
            }
            const Recorded killedAt = readRollout(dbPath);
            log.append(QStringLiteral("round %1: +%2 ms, killed in %3 (generation %4)").arg(round).arg(delay).arg(killedAt.phase).arg(killedAt.generation));
        }
        qInfo("%s", qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY2(kills >= 20, qPrintable(QStringLiteral("only %1 kills").arg(kills)));

        // One more driver, left alone, brings the rollout to its end.
        auto last = startDriver({QStringLiteral("rollout"), QStringLiteral("watch"), QStringLiteral("storefront")});
        QVERIFY(last->waitForFinished(180'000));
        const QString output = QString::fromUtf8(last->readAll());
        killGroup(*last);
        const Recorded final = readRollout(dbPath);
        if (final.phase != QLatin1String("Healthy"))
            qInfo("final driver output:\n%s", qPrintable(output.right(4000)));
        QVERIFY2(final.phase == QLatin1String("Healthy") || final.phase == QLatin1String("Paused") || final.phase == QLatin1String("Aborted")
                     || final.phase == QLatin1String("RolledBack"),
                 qPrintable(final.phase + QLatin1Char('\n') + output));
        QVERIFY2(final.phase == QLatin1String("Healthy"), qPrintable(final.phase + QLatin1Char('\n') + output.right(2500))); // nothing in this canary should fail
        qInfo("%d kills, %d traffic comparisons after restores", kills, comparisons);
        QVERIFY2(comparisons >= 3, qPrintable(QString::number(comparisons)));

        // No step applied twice: each step completed once, each step's provider action has one
        // result, and the weights were applied once each, in order.
        Database::Options options;
        options.readOnly = true;
        options.create = false;
        auto db = Database::open(dbPath, options);
        QVERIFY_RESULT(db);
        auto completions = db.value()->prepare(QStringLiteral(
            "SELECT json_extract(data, '$.step'), count(*) FROM rollout_events WHERE reason = 'RolloutStepCompleted' GROUP BY 1 ORDER BY 1"));
        QVERIFY_RESULT(completions);
        QList<int> steps;
        while (completions.value()->step().valueOr(false)) {
            steps.append(int(completions.value()->int64(0)));
            QCOMPARE(completions.value()->int64(1), 1);
        }
        completions.value()->reset();
        QList<int> expectedSteps;
        for (int i = 0; i < 20; ++i) // deploy + 19 canary steps; the promotion ends the rollout
            expectedSteps.append(i);
        QCOMPARE(steps, expectedSteps);
        auto results = db.value()->prepare(QStringLiteral(
            "SELECT step_index, action, json_extract(intent, '$.then.stage'), count(*) FROM rollout_transitions "
            "WHERE state = 'done' AND json_extract(intent, '$.context') = 'step' GROUP BY 1, 2, 3"));
        QVERIFY_RESULT(results);
        while (results.value()->step().valueOr(false)) {
            QVERIFY2(results.value()->int64(3) == 1, qPrintable(QStringLiteral("step %1 %2 applied %3 times").arg(results.value()->int64(0))
                                                                   .arg(results.value()->text(1)).arg(results.value()->int64(3))));
        }
        results.value()->reset();
        auto weights = db.value()->prepare(QStringLiteral(
            "SELECT json_extract(intent, '$.split.canaryWeight') FROM rollout_transitions WHERE state = 'done' "
            "AND action = 'set-traffic' AND json_extract(intent, '$.context') = 'step' ORDER BY seq"));
        QList<int> applied;
        while (weights.value()->step().valueOr(false))
            applied.append(int(weights.value()->int64(0)));
        weights.value()->reset();
        QCOMPARE(applied, (QList<int>{10, 20, 30, 40, 50, 60, 70, 80, 90, 0}));
        // The recorded split is the promoted version alone.
        QCOMPARE(final.traffic.value(QStringLiteral("stableVersion")).toString(), QStringLiteral("1.5.0"));
        QVERIFY(final.traffic.value(QStringLiteral("canaryVersion")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RolloutCrash)
#include "tst_rolloutcrash.moc"
