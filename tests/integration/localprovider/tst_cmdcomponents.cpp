// `shipdeckctl components` and `shipdeckctl load` as a user runs them: the real binary.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace shipdeck;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run ctl(const QString &workspace, const QStringList &args, int timeoutMs = 60'000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHIPDECK_WORKSPACE"), workspace);
    p.setProcessEnvironment(env);
    p.start(test::program(QStringLiteral("shipdeckctl")), args);
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return f.fileName();
}

QByteArray component(const QByteArray &id, const QByteArray &deps, const QByteArray &extraArgs = {})
{
    return "id: " + id + "\nversion: 1.0.0\ndependencies: [" + deps + "]\nrun:\n  command: shipdeck-demo-service\n"
           "  args: [--port, \"{port}\", --version, \"{version}\"" + extraArgs + "]\n"
           "healthCheck: {kind: http, path: /healthz, period: 100ms}\n";
}

} // namespace

class tst_CmdComponents : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(ctl(m_ws, {QStringLiteral("workspace"), QStringLiteral("init"), m_ws}).exitCode, 0);
    }

    void addListShowRemove()
    {
        const QString file = writeFile(m_dir, QStringLiteral("app.yaml"),
                                       component("web", "api") + "---\n" + component("api", ""));
        Run added = ctl(m_ws, {QStringLiteral("components"), QStringLiteral("add"), file});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(added.out.contains("registered web, api"));

        Run list = ctl(m_ws, {QStringLiteral("--json"), QStringLiteral("components"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("api"));

        Run human = ctl(m_ws, {QStringLiteral("components"), QStringLiteral("list")});
        QVERIFY(human.out.contains("DEPENDS ON"));
        Run order = ctl(m_ws, {QStringLiteral("components"), QStringLiteral("order")});
        QCOMPARE(order.out.trimmed(), QStringLiteral("api → web").toUtf8());
        Run show = ctl(m_ws, {QStringLiteral("components"), QStringLiteral("show"), QStringLiteral("web")});
        QVERIFY(show.out.contains("id: web"));

        Run needed = ctl(m_ws, {QStringLiteral("components"), QStringLiteral("remove"), QStringLiteral("api")});
        QCOMPARE(needed.exitCode, 5);
        QVERIFY(needed.err.contains("needed by web"));
        QCOMPARE(ctl(m_ws, {QStringLiteral("components"), QStringLiteral("remove"), QStringLiteral("web")}).exitCode, 0);
        QCOMPARE(ctl(m_ws, {QStringLiteral("components"), QStringLiteral("remove"), QStringLiteral("api")}).exitCode, 0);
        QCOMPARE(ctl(m_ws, {QStringLiteral("components"), QStringLiteral("remove"), QStringLiteral("api")}).exitCode, 3);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("syntax") << QByteArray("id: web\nversion: 1\nrun: {command: [x\n") << QByteArray("bad.yaml:");
        QTest::newRow("unknown key") << (component("web", "") + "replica: 2\n") << QByteArray("bad.yaml:8:1: unknown key \"replica\"");
        QTest::newRow("cycle") << (component("a", "b") + "---\n" + component("b", "a")) << QByteArray("cycle: a → b → a");
        QTest::newRow("missing dependency") << component("a", "zzz") << QByteArray("missing dependency: a → zzz");
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, message);
        const QString file = writeFile(m_dir, QStringLiteral("bad.yaml"), yaml);
        Run r = ctl(m_ws, {QStringLiteral("components"), QStringLiteral("add"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), r.err.constData());
        Run list = ctl(m_ws, {QStringLiteral("--json"), QStringLiteral("components"), QStringLiteral("list")});
        QVERIFY(QJsonDocument::fromJson(list.out).array().isEmpty()); // nothing half-added
    }

    void healthStartsProbesAndStops_data()
    {
        QTest::addColumn<QByteArray>("extraArgs");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("healthy") << QByteArray() << 0;
        QTest::newRow("unhealthy") << QByteArray(", --unhealthy") << 6;
    }

    void healthStartsProbesAndStops()
    {
        QFETCH(QByteArray, extraArgs);
        QFETCH(int, exitCode);
        const QString file = writeFile(m_dir, QStringLiteral("probe.yaml"), component("probe", "", extraArgs));
        QCOMPARE(ctl(m_ws, {QStringLiteral("components"), QStringLiteral("add"), file}).exitCode, 0);
        Run r = ctl(m_ws, {QStringLiteral("--json"), QStringLiteral("components"), QStringLiteral("health"), QStringLiteral("probe"),
                           QStringLiteral("--timeout"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, exitCode);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("healthy")).toBool(), exitCode == 0);
        const QJsonObject c = report.value(QStringLiteral("components")).toArray().first().toObject();
        const QJsonObject instance = c.value(QStringLiteral("versions")).toArray().first().toObject()
                                         .value(QStringLiteral("instances")).toArray().first().toObject();
        QVERIFY(instance.value(QStringLiteral("running")).toBool());
        const qint64 pid = qint64(instance.value(QStringLiteral("pid")).toDouble());
        QVERIFY(pid > 0);
        QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(pid))); // stopped when the command ended
        QCOMPARE(ctl(m_ws, {QStringLiteral("components"), QStringLiteral("remove"), QStringLiteral("probe")}).exitCode, 0);
    }

    void instancesDieWithTheSupervisor()
    {
        // shipdeckctl is killed with SIGKILL while it runs a component: its instances must not
        // linger as orphans (the kernel kills them with their parent).
        const QString file = writeFile(m_dir, QStringLiteral("orphan.yaml"), component("orphan", ""));
        QCOMPARE(ctl(m_ws, {QStringLiteral("components"), QStringLiteral("add"), file}).exitCode, 0);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SHIPDECK_WORKSPACE"), m_ws);
        p.setProcessEnvironment(env);
        p.start(test::program(QStringLiteral("shipdeckctl")),
                {QStringLiteral("load"), QStringLiteral("orphan"), QStringLiteral("--rate"), QStringLiteral("5"),
                 QStringLiteral("--duration"), QStringLiteral("60")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QVERIFY(QTest::qWaitFor([&] { out += p.readAllStandardOutput(); return out.contains("sending"); }, 30'000));
        QFile log(m_ws + QStringLiteral("/logs/instances/orphan-1.0.0-1.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QRegularExpression started(QStringLiteral("started pid (\\d+)"));
        const auto match = started.match(QString::fromUtf8(log.readAll()));
        QVERIFY(match.hasMatch());
        const QString proc = QStringLiteral("/proc/%1").arg(match.captured(1));
        QVERIFY(QFile::exists(proc));
        p.kill();
        QVERIFY(p.waitForFinished(5'000));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(proc), 10'000);
    }

    void loadThroughAComponent()
    {
        const QString file = writeFile(m_dir, QStringLiteral("shop.yaml"), component("shop", ""));
        QCOMPARE(ctl(m_ws, {QStringLiteral("components"), QStringLiteral("add"), file}).exitCode, 0);
        Run r = ctl(m_ws, {QStringLiteral("--json"), QStringLiteral("load"), QStringLiteral("shop"), QStringLiteral("--rate"),
                           QStringLiteral("100"), QStringLiteral("--duration"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject stats = QJsonDocument::fromJson(r.out).object();
        QVERIFY(stats.value(QStringLiteral("completed")).toInt() >= 90);
        QCOMPARE(stats.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(stats.value(QStringLiteral("versions")).toObject().value(QStringLiteral("1.0.0")).toInt(),
                 stats.value(QStringLiteral("completed")).toInt());
        Run bad = ctl(m_ws, {QStringLiteral("load"), QStringLiteral("http://127.0.0.1:1/"), QStringLiteral("--rate"),
                             QStringLiteral("20"), QStringLiteral("--duration"), QStringLiteral("0.5")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.out.contains("failed"));
    }
};

QTEST_GUILESS_MAIN(tst_CmdComponents)
#include "tst_cmdcomponents.moc"
