// shipdeckctl as scripts use it: real processes, real workspaces, exit codes and JSON.
#include "backend/store/database.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace shipdeck;

namespace {
struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

Run ctl(const QStringList &args, int timeoutMs = 60'000)
{
    QProcess p;
    p.setProgram(test::program(QStringLiteral("shipdeckctl")));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHIPDECK_USER"), QStringLiteral("ci-bot"));
    env.remove(QStringLiteral("SHIPDECK_WORKSPACE"));
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace

class tst_Shipdeckctl : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString ws() const { return m_dir.filePath(QStringLiteral("ws")); }

private Q_SLOTS:
    void version()
    {
        const Run human = ctl({QStringLiteral("version")});
        QCOMPARE(human.code, 0);
        QVERIFY(human.out.startsWith("shipdeckctl " SHIPDECK_VERSION));
        const Run json = ctl({QStringLiteral("--json"), QStringLiteral("version")});
        QCOMPARE(json.json().value(QStringLiteral("shipdeck")).toString(), QStringLiteral(SHIPDECK_VERSION));
        QVERIFY(json.json().value(QStringLiteral("schema")).toInt() >= 1);
    }

    void usageErrors()
    {
        const Run unknown = ctl({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains("unknown command 'frobnicate'"));
        const Run help = ctl({QStringLiteral("help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("workspace"));
        QVERIFY(help.out.contains("Exit codes"));
        QCOMPARE(ctl({QStringLiteral("jobs"), QStringLiteral("explode")}).code, 2);
        // `COMMAND --help` prints that command's usage and does nothing else (no folder "--help").
        for (const QString &command : {QStringLiteral("demo"), QStringLiteral("deploy"), QStringLiteral("kube")}) {
            const Run usage = ctl({command, QStringLiteral("--help")});
            QCOMPARE(usage.code, 0);
            QVERIFY2(QString::fromUtf8(usage.out).contains(QStringLiteral("usage: shipdeckctl ") + command), usage.out.constData());
            QVERIFY(!QFileInfo::exists(QStringLiteral("--help")));
        }
    }

    void workspaceLifecycle()
    {
        const Run init = ctl({QStringLiteral("workspace"), QStringLiteral("init"), ws()});
        QCOMPARE(init.code, 0);
        QVERIFY(QFile::exists(ws() + QStringLiteral("/shipdeck.db")));
        const Run again = ctl({QStringLiteral("workspace"), QStringLiteral("init"), ws()});
        QCOMPARE(again.code, 5);
        QVERIFY(again.err.contains("already a workspace"));

        const Run info = ctl({QStringLiteral("-w"), ws(), QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE(info.code, 0);
        QCOMPARE(info.json().value(QStringLiteral("name")).toString(), QStringLiteral("ws"));
        QCOMPARE(info.json().value(QStringLiteral("auditRecords")).toInt(), 1);

        const Run check = ctl({QStringLiteral("-w"), ws(), QStringLiteral("workspace"), QStringLiteral("check")});
        QCOMPARE(check.code, 0);
        QVERIFY(check.out.contains("intact"));
    }

    void maintenanceJobsAndTrace()
    {
        const Run run = ctl({QStringLiteral("-w"), ws(), QStringLiteral("--json"), QStringLiteral("maintenance"), QStringLiteral("run")});
        QCOMPARE(run.code, 0);
        const QJsonObject result = run.json();
        QVERIFY(result.value(QStringLiteral("success")).toBool());
        const QString traceId = result.value(QStringLiteral("traceId")).toString();
        const QString jobId = result.value(QStringLiteral("jobId")).toString();
        QCOMPARE(traceId.size(), 32);

        const Run jobs = ctl({QStringLiteral("-w"), ws(), QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(jobs.code, 0);
        QCOMPARE(jobs.array().size(), 1);
        QCOMPARE(jobs.array().first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));

        const Run show = ctl({QStringLiteral("-w"), ws(), QStringLiteral("jobs"), QStringLiteral("show"), jobId});
        QCOMPARE(show.code, 0);
        QVERIFY(show.out.contains("system-maintenance"));
        QVERIFY(show.out.contains(traceId.toLatin1()));

        const Run tree = ctl({QStringLiteral("-w"), ws(), QStringLiteral("trace"), QStringLiteral("show"), traceId});
        QCOMPARE(tree.code, 0);
        QVERIFY(tree.out.contains("workflow system-maintenance"));
        QVERIFY(tree.out.contains("  maintenance.backup"));

        const Run otlp = ctl({QStringLiteral("-w"), ws(), QStringLiteral("trace"), QStringLiteral("show"), traceId, QStringLiteral("--otlp")});
        const QJsonArray spans = otlp.json().value(QStringLiteral("resourceSpans")).toArray().first().toObject()
                                     .value(QStringLiteral("scopeSpans")).toArray().first().toObject()
                                     .value(QStringLiteral("spans")).toArray();
        QCOMPARE(spans.size(), 6);

        const Run retry = ctl({QStringLiteral("-w"), ws(), QStringLiteral("jobs"), QStringLiteral("retry"), jobId});
        QCOMPARE(retry.code, 0);
        const Run missing = ctl({QStringLiteral("-w"), ws(), QStringLiteral("jobs"), QStringLiteral("retry"), QStringLiteral("01ZZZZZZZZZZZZZZZZZZZZZZZZ")});
        QCOMPARE(missing.code, 3);
        QVERIFY(missing.err.startsWith("shipdeckctl: error:"));
    }

    void backupAndRestore()
    {
        const QString backup = m_dir.filePath(QStringLiteral("copy.db"));
        const Run made = ctl({QStringLiteral("-w"), ws(), QStringLiteral("workspace"), QStringLiteral("backup"), backup});
        QCOMPARE(made.code, 0);
        QVERIFY(QFile::exists(backup));

        // A garbage "backup" is refused and the workspace is untouched.
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.db"));
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QByteArray(5000, 'x'));
        g.close();
        const Run refused = ctl({QStringLiteral("-w"), ws(), QStringLiteral("workspace"), QStringLiteral("restore"), garbage});
        QCOMPARE(refused.code, 4);
        QVERIFY(refused.err.contains(garbage.toUtf8()));
        QCOMPARE(ctl({QStringLiteral("-w"), ws(), QStringLiteral("workspace"), QStringLiteral("check")}).code, 0);

        const Run restored = ctl({QStringLiteral("-w"), ws(), QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("restore"), backup});
        QCOMPARE(restored.code, 0);
        QVERIFY(QFile::exists(restored.json().value(QStringLiteral("previousSavedAs")).toString()));
        const Run info = ctl({QStringLiteral("-w"), ws(), QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(info.code, 0);
    }

    void brokenAuditChainFailsTheCheck()
    {
        const QString other = m_dir.filePath(QStringLiteral("tampered"));
        QCOMPARE(ctl({QStringLiteral("workspace"), QStringLiteral("init"), other}).code, 0);
        QCOMPARE(ctl({QStringLiteral("-w"), other, QStringLiteral("maintenance"), QStringLiteral("run"), QStringLiteral("--no-backup")}).code, 0);
        {
            auto db = Database::open(other + QStringLiteral("/shipdeck.db"));
            QVERIFY_RESULT(db);
            QVERIFY_RESULT(db.value()->exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY_RESULT(db.value()->exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")));
        }
        const Run check = ctl({QStringLiteral("-w"), other, QStringLiteral("workspace"), QStringLiteral("check")});
        QCOMPARE(check.code, 6);
        QVERIFY(check.out.contains("BROKEN"));
    }

    void unusableWorkspaces()
    {
        const Run missing = ctl({QStringLiteral("-w"), m_dir.filePath(QStringLiteral("nowhere")), QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(missing.code, 3);
        QVERIFY(missing.err.contains("does not exist"));

        const QString corrupt = m_dir.filePath(QStringLiteral("corrupt"));
        QVERIFY(QDir().mkpath(corrupt));
        QFile f(corrupt + QStringLiteral("/shipdeck.db"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3") + QByteArray(3000, '\x01'));
        f.close();
        const Run bad = ctl({QStringLiteral("-w"), corrupt, QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(bad.code, 4);
        const QJsonObject error = QJsonDocument::fromJson(bad.err).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("corrupt"));
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(corrupt));
        QVERIFY(bad.out.isEmpty());
    }

    void headlessDemo()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo"));
        const Run run = ctl({QStringLiteral("demo"), demo}, 240'000);
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(run.out.contains("headless demo"));
        QVERIFY(run.out.contains("Demo finished"));
        const Run info = ctl({QStringLiteral("-w"), demo, QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("info")});
        QVERIFY(info.json().value(QStringLiteral("demo")).toBool());
    }
};

QTEST_GUILESS_MAIN(tst_Shipdeckctl)
#include "tst_shipdeckctl.moc"
