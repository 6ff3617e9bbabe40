#include "backend/config/configmigrations.h"
#include "backend/config/configpolicy.h"
#include "backend/config/configstore.h"
#include "backend/config/configworkspace.h"
#include "configtesthelpers.h"
#include "testsupport.h"

using namespace shipdeck;
using namespace shipdeck::test;

namespace {

std::unique_ptr<ConfigWorkspace> makeWorkspace(const QString &dir)
{
    auto ws = ConfigWorkspace::init(dir, {QStringLiteral("development"), QStringLiteral("staging"), QStringLiteral("production")});
    if (!ws)
        qFatal("%s", qPrintable(ws.error().toString()));
    writeFile(dir + QStringLiteral("/base/app.yaml"), kAppYaml);
    writeFile(dir + QStringLiteral("/environments/production/app.yaml"), "server:\n  workers: 16 # peak traffic\n");
    writeFile(dir + QStringLiteral("/environments/staging/app.yaml"), "server:\n  host: staging.internal\n");
    writeFile(dir + QStringLiteral("/schema/app.schema.json"), kAppSchema);
    if (!ws.value()->reload() || !ws.value()->commit(QStringLiteral("Initial configuration"), author()))
        qFatal("initial commit failed");
    return std::move(ws.value());
}

} // namespace

class tst_ConfigWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void effectiveValuesWithProvenance_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::newRow("base") << "app.server.port" << "" << QJsonValue(8080) << "base/app.yaml" << 4;
        QTest::newRow("inherited") << "app.server.port" << "production" << QJsonValue(8080) << "base/app.yaml" << 4;
        QTest::newRow("overridden") << "app.server.workers" << "production" << QJsonValue(16) << "environments/production/app.yaml" << 2;
        QTest::newRow("other overlay") << "app.server.host" << "staging" << QJsonValue(QStringLiteral("staging.internal"))
                                       << "environments/staging/app.yaml" << 2;
        QTest::newRow("no overlay file") << "app.server.host" << "development" << QJsonValue(QStringLiteral("0.0.0.0")) << "base/app.yaml" << 3;
    }
    void effectiveValuesWithProvenance()
    {
        QFETCH(QString, key);
        QFETCH(QString, env);
        QFETCH(QJsonValue, value);
        QFETCH(QString, file);
        QFETCH(int, line);
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir.path());
        auto v = ws->store().get(key, env);
        QVERIFY_RESULT(v);
        QVERIFY(v.value().found);
        QCOMPARE(v.value().value, value);
        QCOMPARE(v.value().file, file);
        QCOMPARE(v.value().line, line);
        // The same answer from the full listing of the environment.
        auto all = ws->store().effective(env);
        QVERIFY_RESULT(all);
        bool listed = false;
        for (const ConfigValue &e : all.value()) {
            if (e.key == key) {
                listed = true;
                QCOMPARE(e.value, value);
                QCOMPARE(e.file, file);
                QCOMPARE(e.line, line);
            }
        }
        QVERIFY(listed);
        QCOMPARE(all.value().size(), 4);
    }

    void environmentsComeFromTheLayout()
    {
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir.path());
        writeFile(dir.filePath(QStringLiteral("environments/canary/app.yaml")), "server:\n  workers: 1\n");
        QVERIFY_RESULT(ws->reload());
        QCOMPARE(ws->store().environments(), (QStringList{QStringLiteral("development"), QStringLiteral("staging"),
                                                           QStringLiteral("production"), QStringLiteral("canary")}));
        QCOMPARE(ws->store().get(QStringLiteral("app.server.workers"), QStringLiteral("canary")).value().value, QJsonValue(1));
        QCOMPARE(ws->store().get(QStringLiteral("app.server.port"), QStringLiteral("nowhere")).error().code(), ErrorCode::NotFound);
        QVERIFY(!ws->store().get(QStringLiteral("app.nothing"), QString()).value().found);
        QVERIFY(ws->store().keys().contains(QStringLiteral("app.features.checkout")));
    }

    void changingOneValueChangesOneLine()
    {
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir.path());
        QVERIFY_RESULT(ws->store().set(QStringLiteral("app.server.port"), QString(), 9090));
        QCOMPARE(ws->store().dirtyFiles(), QStringList{QStringLiteral("base/app.yaml")});
        QVERIFY_RESULT(ws->store().save());
        // The real git CLI agrees: one line added, one removed, comment kept.
        QCOMPARE(git(dir.path(), {QStringLiteral("diff"), QStringLiteral("--numstat")}).trimmed(), QStringLiteral("1\t1\tbase/app.yaml"));
        QVERIFY(git(dir.path(), {QStringLiteral("diff")}).contains(QStringLiteral("+  port: 9090 # HTTP")));
        auto diff = ws->git().diffWorkdir();
        QVERIFY_RESULT(diff);
        QCOMPARE(diff.value().size(), 1);
        QCOMPARE(diff.value().first().additions, 1);
        QCOMPARE(diff.value().first().deletions, 1);
        // An overlay value goes into the overlay file, created when missing.
        QVERIFY_RESULT(ws->store().set(QStringLiteral("app.server.port"), QStringLiteral("development"), 3000));
        QVERIFY_RESULT(ws->store().save());
        QCOMPARE(readFile(dir.filePath(QStringLiteral("environments/development/app.yaml"))), QByteArray("server:\n  port: 3000\n"));
        QCOMPARE(ws->store().get(QStringLiteral("app.server.port"), QStringLiteral("development")).value().file,
                 QStringLiteral("environments/development/app.yaml"));
    }

    void validationMapsSchemaErrorsToFileAndLine()
    {
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir.path());
        QVERIFY(ws->store().validate().isEmpty());
        writeFile(dir.filePath(QStringLiteral("environments/production/app.yaml")), "server:\n  workers: 0\n  port: \"eighty\"\n");
        writeFile(dir.filePath(QStringLiteral("environments/staging/app.yaml")), "server:\n  host: [unclosed\n");
        QVERIFY_RESULT(ws->reload());
        const QList<ConfigIssue> issues = ws->store().validate();
        QStringList seen;
        for (const ConfigIssue &i : issues)
            seen.append(QStringLiteral("%1 %2:%3 %4").arg(i.source, i.file).arg(i.line).arg(i.environment));
        QVERIFY2(seen.contains(QStringLiteral("schema environments/production/app.yaml:2 production")), qPrintable(seen.join(QLatin1Char('\n'))));
        QVERIFY2(seen.contains(QStringLiteral("schema environments/production/app.yaml:3 production")), qPrintable(seen.join(QLatin1Char('\n'))));
        QVERIFY2(seen.contains(QStringLiteral("yaml environments/staging/app.yaml:3 ")), qPrintable(seen.join(QLatin1Char('\n'))));
        // Only production is affected by the schema problems.
        for (const ConfigIssue &i : ws->store().validate(QStringLiteral("development")))
            QCOMPARE(i.source, QStringLiteral("yaml"));
        // A broken file does not stop the others from being read.
        auto staging = ws->store().effective(QStringLiteral("staging"));
        QVERIFY_RESULT(staging);
        QVERIFY(staging.value().isEmpty()); // app is the only namespace and its staging overlay is broken
        QCOMPARE(ws->store().effective(QStringLiteral("development")).value().size(), 4);
        QCOMPARE(ws->store().get(QStringLiteral("app.server.port"), QStringLiteral("development")).value().value, QJsonValue(8080));
        QCOMPARE(ws->store().get(QStringLiteral("app.server.host"), QStringLiteral("staging")).error().code(), ErrorCode::Parse);
    }

    void policyChecksPlugIn()
    {
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir.path());
        ConfigPolicies::add(QStringLiteral("prod-workers"), [](const ConfigPolicyContext &c) {
            QList<ConfigIssue> out;
            const int workers = c.effective.value(QStringLiteral("server")).toObject().value(QStringLiteral("workers")).toInt();
            if (c.environment == QLatin1String("production") && workers < 32) {
                const ConfigValue where = c.provenance(QStringLiteral("server.workers"));
                ConfigIssue i;
                i.file = where.file;
                i.line = where.line;
                i.key = c.ns + QStringLiteral(".server.workers");
                i.message = QStringLiteral("production needs at least 32 workers");
                out.append(i);
            }
            return out;
        });
        const QList<ConfigIssue> issues = ws->store().validate();
        ConfigPolicies::remove(QStringLiteral("prod-workers"));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().source, QStringLiteral("policy:prod-workers"));
        QCOMPARE(issues.first().file, QStringLiteral("environments/production/app.yaml"));
        QCOMPARE(issues.first().line, 2);
        QCOMPARE(issues.first().environment, QStringLiteral("production"));
    }

    void historyBlameBranchesRevert()
    {
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir.path());
        const QString first = ws->git().headId().value();
        QVERIFY_RESULT(ws->store().set(QStringLiteral("app.server.port"), QString(), 9000));
        auto second = ws->commit(QStringLiteral("Use port 9000"), author(QStringLiteral("Bob")));
        QVERIFY_RESULT(second);
        QCOMPARE(ws->commit(QStringLiteral("again"), author()).error().code(), ErrorCode::FailedPrecondition); // nothing to commit
        auto log = ws->git().log(QStringLiteral("base/app.yaml"));
        QVERIFY_RESULT(log);
        QCOMPARE(log.value().size(), 2);
        QCOMPARE(log.value().first().summary, QStringLiteral("Use port 9000"));
        QCOMPARE(log.value().first().authorName, QStringLiteral("Bob"));
        QCOMPARE(ws->git().log(QStringLiteral("environments/production/app.yaml")).value().size(), 1);
        auto blame = ws->git().blame(QStringLiteral("base/app.yaml"));
        QVERIFY_RESULT(blame);
        QCOMPARE(blame.value().size(), 7);
        QCOMPARE(blame.value().at(3).commitId, second.value());
        QCOMPARE(blame.value().at(3).authorName, QStringLiteral("Bob"));
        QCOMPARE(blame.value().at(2).commitId, first);
        auto diff = ws->git().diffRevisions(first, second.value());
        QVERIFY_RESULT(diff);
        QCOMPARE(diff.value().size(), 1);
        QVERIFY(diff.value().first().patch.contains(QStringLiteral("+  port: 9000 # HTTP")));

        QVERIFY_RESULT(ws->git().createBranch(QStringLiteral("experiment")));
        QCOMPARE(ws->git().createBranch(QStringLiteral("bad..name")).error().code(), ErrorCode::InvalidArgument);
        QVERIFY_RESULT(ws->git().switchBranch(QStringLiteral("experiment")));
        QCOMPARE(ws->git().currentBranch().value(), QStringLiteral("experiment"));
        auto branches = ws->git().branches();
        QVERIFY_RESULT(branches);
        QCOMPARE(branches.value().size(), 2);
        // Switching away with a change that the switch would overwrite is refused.
        QVERIFY_RESULT(ws->store().set(QStringLiteral("app.server.port"), QString(), 1234));
        QVERIFY_RESULT(ws->commit(QStringLiteral("experiment port"), author()));
        writeFile(dir.filePath(QStringLiteral("base/app.yaml")), "local: edit\n");
        QCOMPARE(ws->git().switchBranch(QStringLiteral("main")).error().code(), ErrorCode::Conflict);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("base/app.yaml"))), QByteArray("local: edit\n"));
        QVERIFY_RESULT(ws->git().discard());
        QVERIFY_RESULT(ws->git().switchBranch(QStringLiteral("main")));
        QVERIFY_RESULT(ws->reload());
        QCOMPARE(ws->store().get(QStringLiteral("app.server.port"), QString()).value().value, QJsonValue(9000));

        auto reverted = ws->git().revert(second.value(), author());
        QVERIFY_RESULT(reverted);
        QVERIFY_RESULT(ws->reload());
        QCOMPARE(ws->store().get(QStringLiteral("app.server.port"), QString()).value().value, QJsonValue(8080));
        QVERIFY(ws->git().log().value().first().summary.startsWith(QStringLiteral("Revert \"Use port 9000\"")));
        QVERIFY(git(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}).isEmpty());
    }

    void migrationsPreviewApplyAndRecord()
    {
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir.path());
        writeFile(dir.filePath(QStringLiteral("base/db.yaml")), "url: db.internal:5432 # primary\n");
        writeFile(dir.filePath(QStringLiteral("migrations/0001-listen-port.yaml")),
                  "version: 1\ndescription: server.port becomes server.listenPort\nsteps:\n"
                  "  - rename: {from: app.server.port, to: app.server.listenPort}\n"
                  "  - default: {key: app.server.timeoutSeconds, value: 30}\n");
        writeFile(dir.filePath(QStringLiteral("migrations/0002-split-db.yaml")),
                  "version: 2\ndescription: split the database address\nsteps:\n"
                  "  - split: {from: db.url, pattern: '^(?<host>[^:]+):(?<port>[0-9]+)$', to: {host: db.host, port: db.port}}\n"
                  "  - remove: {key: app.features.checkout}\n");
        QVERIFY_RESULT(ws->reload());
        QVERIFY_RESULT(ws->commit(QStringLiteral("Add migrations"), author()));
        const QString before = ws->git().headId().value();

        auto preview = ws->previewMigrations();
        QVERIFY_RESULT(preview);
        QCOMPARE(preview.value().fromVersion, 0);
        QCOMPARE(preview.value().toVersion, 2);
        QVERIFY(preview.value().diff.contains(QStringLiteral("-  port: 8080 # HTTP")));
        QVERIFY(preview.value().diff.contains(QStringLiteral("+  listenPort: 8080")));
        QVERIFY(preview.value().diff.contains(QStringLiteral("+host: db.internal")));
        QCOMPARE(ws->git().headId().value(), before); // preview writes nothing
        QVERIFY(git(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}).isEmpty());

        auto partial = ws->previewMigrations(1);
        QCOMPARE(partial.value().toVersion, 1);

        auto applied = ws->applyMigrations(author());
        QVERIFY_RESULT(applied);
        QCOMPARE(ws->store().version(), 2);
        QCOMPARE(ws->store().get(QStringLiteral("app.server.listenPort"), QStringLiteral("production")).value().value, QJsonValue(8080));
        QVERIFY(!ws->store().get(QStringLiteral("app.server.port"), QString()).value().found);
        QCOMPARE(ws->store().get(QStringLiteral("app.server.timeoutSeconds"), QString()).value().value, QJsonValue(30));
        QCOMPARE(ws->store().get(QStringLiteral("db.port"), QString()).value().value, QJsonValue(5432));
        QCOMPARE(ws->store().get(QStringLiteral("db.host"), QString()).value().value, QJsonValue(QStringLiteral("db.internal")));
        QVERIFY(ws->git().log().value().first().summary.startsWith(QStringLiteral("Config migration 0 -> 2")));
        QVERIFY(git(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}).isEmpty());
        // Nothing left to do.
        QVERIFY(ws->previewMigrations().value().applied.isEmpty());
    }

    void badMigrationWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("migration");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown step") << QByteArray("version: 1\nsteps:\n  - explode: {key: a}\n") << "unknown step 'explode'";
        QTest::newRow("no match") << QByteArray("version: 1\nsteps:\n  - split: {from: app.server.host, pattern: '^(?<a>x+)$', to: {a: app.a}}\n")
                                  << "does not match";
        QTest::newRow("no steps") << QByteArray("version: 1\n") << "needs a list of steps";
        QTest::newRow("malformed yaml") << QByteArray("version: 1\nsteps: [\n") << "0001-bad.yaml";
    }
    void badMigrationWritesNothing()
    {
        QFETCH(QByteArray, migration);
        QFETCH(QString, message);
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir.path());
        writeFile(dir.filePath(QStringLiteral("migrations/0001-bad.yaml")), migration);
        const QByteArray app = readFile(dir.filePath(QStringLiteral("base/app.yaml")));
        auto applied = ws->applyMigrations(author());
        QVERIFY(!applied.ok());
        QVERIFY2(applied.error().message().contains(message), qPrintable(applied.error().message()));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("base/app.yaml"))), app);
        QCOMPARE(ws->git().log().value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ConfigWorkspace)
#include "tst_configworkspace.moc"
