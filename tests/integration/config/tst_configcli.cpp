#include "configtesthelpers.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace shipdeck;
using namespace shipdeck::test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonValue json() const { return QJsonDocument::fromJson(out.toUtf8()).isArray() ? QJsonValue(QJsonDocument::fromJson(out.toUtf8()).array())
                                                                                     : QJsonValue(QJsonDocument::fromJson(out.toUtf8()).object()); }
};

Run ctl(const QString &workspace, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHIPDECK_USER"), QStringLiteral("cli-test"));
    p.setProcessEnvironment(env);
    p.start(program(QStringLiteral("shipdeckctl")), QStringList{QStringLiteral("-w"), workspace} + args);
    if (!p.waitForFinished(60'000))
        qFatal("shipdeckctl %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class tst_ConfigCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editValidateCommit()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws"));
        QCOMPARE(ctl(ws, {QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--demo")}).code, 0);
        Run get = ctl(ws, {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("app.server.workers"), QStringLiteral("--env"),
                           QStringLiteral("production"), QStringLiteral("--json")});
        QCOMPARE(get.code, 0);
        QCOMPARE(get.json().toObject().value(QStringLiteral("value")), QJsonValue(48));
        QCOMPARE(get.json().toObject().value(QStringLiteral("file")).toString(), QStringLiteral("environments/production/app.yaml"));
        Run human = ctl(ws, {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("app.server.port")});
        QVERIFY2(human.out.startsWith(QStringLiteral("8080\t# base/app.yaml:4 (base)")), qPrintable(human.out));
        QCOMPARE(ctl(ws, {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("app.nope")}).code, 3);

        QCOMPARE(ctl(ws, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("app.logging.level"), QStringLiteral("debug"),
                          QStringLiteral("--env"), QStringLiteral("staging")}).code, 0);
        QCOMPARE(git(ws + QStringLiteral("/config"), {QStringLiteral("diff"), QStringLiteral("--numstat")}).trimmed(),
                 QStringLiteral("2\t0\tenvironments/staging/app.yaml"));
        // A value the schema refuses is written (it is the user's file) but validate says where.
        QCOMPARE(ctl(ws, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("app.server.port"), QStringLiteral("99999")}).code, 0);
        Run invalid = ctl(ws, {QStringLiteral("config"), QStringLiteral("validate")});
        QCOMPARE(invalid.code, 6);
        QVERIFY2(invalid.out.contains(QStringLiteral("base/app.yaml:4:3: app.server.port")), qPrintable(invalid.out));
        QCOMPARE(ctl(ws, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("app.server.port"), QStringLiteral("8081")}).code, 0);
        QCOMPARE(ctl(ws, {QStringLiteral("config"), QStringLiteral("validate")}).code, 0);

        QCOMPARE(ctl(ws, {QStringLiteral("config"), QStringLiteral("author"), QStringLiteral("Carol Ops"), QStringLiteral("carol@example.com")}).code, 0);
        Run commit = ctl(ws, {QStringLiteral("config"), QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("debug logs on staging")});
        QCOMPARE(commit.code, 0);
        Run log = ctl(ws, {QStringLiteral("config"), QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("-n"), QStringLiteral("1")});
        QCOMPARE(log.json().toArray().first().toObject().value(QStringLiteral("summary")).toString(), QStringLiteral("debug logs on staging"));
        QCOMPARE(log.json().toArray().first().toObject().value(QStringLiteral("author")).toString(), QStringLiteral("Carol Ops"));
        Run blame = ctl(ws, {QStringLiteral("config"), QStringLiteral("blame"), QStringLiteral("base/app.yaml")});
        QVERIFY(blame.out.contains(QStringLiteral("port: 8081")));

        // Malformed YAML: a clear error naming file and line, and nothing written.
        writeFile(ws + QStringLiteral("/config/base/database.yaml"), "host: [db\nport: 1\n");
        Run broken = ctl(ws, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("database.port"), QStringLiteral("2")});
        QCOMPARE(broken.code, 1);
        QVERIFY2(broken.err.contains(QStringLiteral("base/database.yaml:")), qPrintable(broken.err));
        QCOMPARE(readFile(ws + QStringLiteral("/config/base/database.yaml")), QByteArray("host: [db\nport: 1\n"));
        QCOMPARE(ctl(ws, {QStringLiteral("config"), QStringLiteral("bogus")}).code, 2);
    }

    void conflictResolvedFromTheCommandLine()
    {
        QTemporaryDir dir;
        QString remote;
        makeSeedWithRemote(dir.path(), &remote);
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b"));
        for (const QString &ws : {a, b}) {
            QCOMPARE(ctl(ws, {QStringLiteral("workspace"), QStringLiteral("init")}).code, 0);
            QCOMPARE(ctl(ws, {QStringLiteral("config"), QStringLiteral("clone"), remote}).code, 0);
        }
        QCOMPARE(ctl(a, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("app.server.workers"), QStringLiteral("10")}).code, 0);
        QCOMPARE(ctl(a, {QStringLiteral("config"), QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("ten")}).code, 0);
        QCOMPARE(ctl(a, {QStringLiteral("config"), QStringLiteral("sync")}).code, 0);
        QCOMPARE(ctl(b, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("app.server.workers"), QStringLiteral("12")}).code, 0);
        QCOMPARE(ctl(b, {QStringLiteral("config"), QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("twelve")}).code, 0);
        Run sync = ctl(b, {QStringLiteral("config"), QStringLiteral("sync")});
        QCOMPARE(sync.code, 5);
        QVERIFY2(sync.out.contains(QStringLiteral("server.workers")), qPrintable(sync.out));
        Run conflicts = ctl(b, {QStringLiteral("config"), QStringLiteral("conflicts"), QStringLiteral("--json")});
        const QJsonObject c = conflicts.json().toArray().first().toObject();
        QCOMPARE(c.value(QStringLiteral("key")).toString(), QStringLiteral("server.workers"));
        QCOMPARE(c.value(QStringLiteral("ours")).toObject().value(QStringLiteral("value")), QJsonValue(12));
        QCOMPARE(c.value(QStringLiteral("theirs")).toObject().value(QStringLiteral("value")), QJsonValue(10));
        QCOMPARE(ctl(b, {QStringLiteral("config"), QStringLiteral("merge"), QStringLiteral("--continue")}).code, 5);
        QCOMPARE(ctl(b, {QStringLiteral("config"), QStringLiteral("resolve"), QStringLiteral("base/app.yaml"), QStringLiteral("server.workers"),
                         QStringLiteral("--value"), QStringLiteral("11")}).code, 0);
        Run merged = ctl(b, {QStringLiteral("config"), QStringLiteral("merge"), QStringLiteral("--continue"), QStringLiteral("--json")});
        QCOMPARE(merged.code, 0);
        QCOMPARE(merged.json().toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("merged"));
        QVERIFY(merged.json().toObject().value(QStringLiteral("pushed")).toBool());
        Run back = ctl(a, {QStringLiteral("config"), QStringLiteral("sync")});
        QCOMPARE(back.code, 0);
        QCOMPARE(ctl(a, {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("app.server.workers"), QStringLiteral("--json")})
                     .json().toObject().value(QStringLiteral("value")), QJsonValue(11));
    }
};

QTEST_GUILESS_MAIN(tst_ConfigCli)
#include "tst_configcli.moc"
