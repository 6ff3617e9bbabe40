#include "backend/config/configclient.h"
#include "backend/facade/backend.h"
#include "backend/store/auditlog.h"
#include "configtesthelpers.h"
#include "testsupport.h"

using namespace shipdeck;
using namespace shipdeck::test;

namespace {

// Replaces a file the way many editors save: write a new file, rename it over the old one.
void replaceFile(const QString &path, const QByteArray &content)
{
    const QString tmp = path + QStringLiteral(".tmp~");
    writeFile(tmp, content);
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(tmp, path));
}

QStringList auditActions(Backend &backend)
{
    QStringList out;
    const auto records = await(backend.auditLog(100)); // keep the Result alive while iterating
    for (const AuditRecord &r : records.value())
        out.append(r.action);
    return out;
}

} // namespace

class tst_ConfigService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<ConfigClient> m_client;
    QString m_repo;

private Q_SLOTS:
    void initTestCase()
    {
        BackendOptions options;
        options.fileLog = false;
        m_backend = std::make_unique<Backend>(options);
        Workspace::OpenOptions open;
        open.create = true;
        QVERIFY_RESULT(await(m_backend->openWorkspace(m_dir.filePath(QStringLiteral("ws")), open)));
        m_client = std::make_unique<ConfigClient>(m_backend.get());
        m_repo = m_dir.filePath(QStringLiteral("ws/config"));
        // Before the repository exists, calls say how to get one.
        auto missing = await(m_client->info());
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        QVERIFY(missing.error().message().contains(QStringLiteral("config init")));
        QVERIFY_RESULT(await(m_backend->seedDemo(), 60'000));
        QVERIFY(GitRepository::isRepository(m_repo));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_backend.reset();
    }

    void demoRepositoryAndEffectiveValues()
    {
        auto info = await(m_client->info());
        QVERIFY_RESULT(info);
        QCOMPARE(info.value().value(QStringLiteral("branch")).toString(), QStringLiteral("main"));
        QCOMPARE(info.value().value(QStringLiteral("environments")).toArray().size(), 3);
        QCOMPARE(await(m_client->log()).value().size(), 4);
        auto workers = await(m_client->getConfiguration(QStringLiteral("app.server.workers"), QStringLiteral("production")));
        QVERIFY_RESULT(workers);
        QCOMPARE(workers.value().value, QJsonValue(48));
        QCOMPARE(workers.value().file, QStringLiteral("environments/production/app.yaml"));
        QCOMPARE(workers.value().line, 3);
        auto all = await(m_client->effectiveAll());
        QVERIFY_RESULT(all);
        QSet<QString> envs;
        for (const ConfigValue &v : all.value())
            envs.insert(v.environment);
        QCOMPARE(envs.size(), 4); // base + 3 environments
        QVERIFY(await(m_client->validateConfiguration()).value().isEmpty());
        QVERIFY(!await(m_client->blame(QStringLiteral("environments/production/app.yaml"))).value().isEmpty());
    }

    void externalEditsAppearLive()
    {
        QSignalSpy spy(m_client.get(), &ConfigClient::filesChangedOnDisk);
        const QString file = m_repo + QStringLiteral("/environments/staging/app.yaml");
        replaceFile(file, "server:\n  workers: 12\n");
        QVERIFY(spy.wait(10'000));
        QVERIFY(spy.last().at(0).toStringList().contains(QStringLiteral("environments/staging/app.yaml")));
        QCOMPARE(await(m_client->getConfiguration(QStringLiteral("app.server.workers"), QStringLiteral("staging"))).value().value,
                 QJsonValue(12));
        // An in-place append is seen too.
        QFile f(file);
        QVERIFY(f.open(QIODevice::Append));
        f.write("logging:\n  level: debug\n");
        f.close();
        QTRY_COMPARE_WITH_TIMEOUT(await(m_client->getConfiguration(QStringLiteral("app.logging.level"), QStringLiteral("staging"))).value().value,
                                  QJsonValue(QStringLiteral("debug")), 10'000);
        QVERIFY_RESULT(await(m_client->commit(QStringLiteral("staging edits made in an editor"))));
    }

    void externalEditDuringUnsavedChangesIsAConflict()
    {
        const QString rel = QStringLiteral("environments/development/database.yaml");
        QVERIFY_RESULT(await(m_client->setConfiguration(QStringLiteral("database.host"), QStringLiteral("development"),
                                                        QStringLiteral("mine.local"), false)));
        QCOMPARE(await(m_client->drafts()).value(), QStringList{rel});
        QSignalSpy conflict(m_client.get(), &ConfigClient::externalConflict);
        replaceFile(m_repo + QLatin1Char('/') + rel, "host: theirs.local\n");
        QVERIFY(conflict.wait(10'000));
        QCOMPARE(conflict.last().at(0).toStringList(), QStringList{rel});
        // The draft is kept, the disk is not overwritten, and saving refuses.
        QCOMPARE(await(m_client->getConfiguration(QStringLiteral("database.host"), QStringLiteral("development"))).value().value,
                 QJsonValue(QStringLiteral("mine.local")));
        QCOMPARE(readFile(m_repo + QLatin1Char('/') + rel), QByteArray("host: theirs.local\n"));
        auto save = await(m_client->saveDrafts());
        QCOMPARE(save.error().code(), ErrorCode::Conflict);
        QCOMPARE(readFile(m_repo + QLatin1Char('/') + rel), QByteArray("host: theirs.local\n"));
        // Keeping mine makes the next save overwrite on purpose.
        QVERIFY_RESULT(await(m_client->resolveExternalChange(rel, true)));
        QVERIFY_RESULT(await(m_client->saveDrafts()));
        QCOMPARE(readFile(m_repo + QLatin1Char('/') + rel), QByteArray("host: mine.local\n"));
        // Taking theirs drops the draft.
        QVERIFY_RESULT(await(m_client->setConfiguration(QStringLiteral("database.host"), QStringLiteral("development"),
                                                        QStringLiteral("draft.local"), false)));
        replaceFile(m_repo + QLatin1Char('/') + rel, "host: disk.local\n");
        QVERIFY(conflict.wait(10'000));
        QVERIFY_RESULT(await(m_client->resolveExternalChange(rel, false)));
        QVERIFY(await(m_client->drafts()).value().isEmpty());
        QCOMPARE(await(m_client->getConfiguration(QStringLiteral("database.host"), QStringLiteral("development"))).value().value,
                 QJsonValue(QStringLiteral("disk.local")));
        QVERIFY_RESULT(await(m_client->commit(QStringLiteral("development database"))));
    }

    void syncRunsAsAJobWithProgress()
    {
        const QString remote = m_dir.filePath(QStringLiteral("remote.git"));
        git(m_dir.path(), {QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-q"), remote});
        QVERIFY_RESULT(await(m_client->setRemote(QStringLiteral("origin"), remote)));
        QSignalSpy started(m_client.get(), &ConfigClient::jobStarted);
        QList<JobSnapshot> snapshots;
        QObject context; // the connection ends with this test function
        connect(m_backend.get(), &Backend::jobChanged, &context, [&snapshots](const JobSnapshot &s) { snapshots.append(s); });
        auto result = await(m_client->sync(), 60'000);
        QVERIFY_RESULT(result);
        QCOMPARE(result.value().value(QStringLiteral("outcome")).toString(), QStringLiteral("pushed"));
        QVERIFY(started.count() >= 1 || !snapshots.isEmpty());
        QTRY_VERIFY(std::any_of(snapshots.begin(), snapshots.end(), [](const JobSnapshot &s) {
            return s.kind == QLatin1String("config.sync") && s.state == JobState::Succeeded;
        }));
        QCOMPARE(git(m_dir.path(), {QStringLiteral("--git-dir"), remote, QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("main")}).trimmed(),
                 QStringLiteral("6"));
        QVERIFY(auditActions(*m_backend).contains(QStringLiteral("config.sync")));
    }

    void migrationPreviewThenApply()
    {
        auto preview = await(m_client->previewMigrations());
        QVERIFY_RESULT(preview);
        QCOMPARE(preview.value().value(QStringLiteral("toVersion")).toInt(), 1);
        QVERIFY(preview.value().value(QStringLiteral("diff")).toString().contains(QStringLiteral("+    requestMs: 5000")));
        auto applied = await(m_client->migrateConfiguration(), 30'000);
        QVERIFY_RESULT(applied);
        QCOMPARE(await(m_client->getConfiguration(QStringLiteral("app.server.timeouts.requestMs"), QStringLiteral("production"))).value().value,
                 QJsonValue(3000));
        QVERIFY(auditActions(*m_backend).contains(QStringLiteral("config.migrate")));
        QVERIFY(await(m_client->log()).value().first().summary.startsWith(QStringLiteral("Config migration 0 -> 1")));
    }

    void branchesThroughTheClient()
    {
        QVERIFY_RESULT(await(m_client->createBranch(QStringLiteral("tuning"))));
        QSignalSpy changed(m_client.get(), &ConfigClient::changed);
        QVERIFY_RESULT(await(m_client->switchBranch(QStringLiteral("tuning"))));
        QTRY_VERIFY(std::any_of(changed.begin(), changed.end(), [](const QList<QVariant> &args) {
            return args.at(0).toString() == QLatin1String("config.branchChanged");
        }));
        QCOMPARE(await(m_client->info()).value().value(QStringLiteral("branch")).toString(), QStringLiteral("tuning"));
        QVERIFY_RESULT(await(m_client->switchBranch(QStringLiteral("main"))));
        QCOMPARE(await(m_client->switchBranch(QStringLiteral("nope"))).error().code(), ErrorCode::NotFound);
    }

    void draftsAndWorkingDiffBeforeCommit()
    {
        QVERIFY(await(m_client->draftChanges()).value().isEmpty());
        QVERIFY(await(m_client->workingDiff()).value().isEmpty());
        QVERIFY_RESULT(await(m_client->setConfiguration(QStringLiteral("app.server.workers"), QStringLiteral("production"), 64, false)));
        QVERIFY_RESULT(await(m_client->setConfiguration(QStringLiteral("app.logging.level"), QStringLiteral("production"),
                                                        QStringLiteral("error"), false)));
        auto drafts = await(m_client->draftChanges());
        QVERIFY_RESULT(drafts);
        QCOMPARE(drafts.value().size(), 2);
        const ConfigDraft workers = *std::find_if(drafts.value().begin(), drafts.value().end(),
                                                  [](const ConfigDraft &d) { return d.key == QLatin1String("app.server.workers"); });
        QCOMPARE(workers.file, QStringLiteral("environments/production/app.yaml"));
        QCOMPARE(workers.environment, QStringLiteral("production"));
        QCOMPARE(workers.before, QJsonValue(48));
        QCOMPARE(workers.after, QJsonValue(64));
        // The unsaved edits are in the diff a commit would record; the file on disk is unchanged.
        auto diff = await(m_client->workingDiff());
        QVERIFY_RESULT(diff);
        QCOMPARE(diff.value().size(), 1);
        QCOMPARE(diff.value().first().newPath, QStringLiteral("environments/production/app.yaml"));
        QVERIFY2(diff.value().first().patch.contains(QStringLiteral("+  workers: 64")), qPrintable(diff.value().first().patch));
        QVERIFY(diff.value().first().additions >= 1);
        QVERIFY(!readFile(m_repo + QStringLiteral("/environments/production/app.yaml")).contains("64"));
        // Setting it back to the disk value leaves one draft.
        QVERIFY_RESULT(await(m_client->setConfiguration(QStringLiteral("app.server.workers"), QStringLiteral("production"), 48, false)));
        QCOMPARE(await(m_client->draftChanges()).value().size(), 1);
        QVERIFY_RESULT(await(m_client->discardDrafts()));
        QVERIFY(await(m_client->draftChanges()).value().isEmpty());
    }

    void commitAuthorComesFromTheSettings()
    {
        QCOMPARE(await(m_client->setAuthor(QStringLiteral("Dana Ops"), QStringLiteral("no-address"))).error().code(), ErrorCode::InvalidArgument);
        QVERIFY_RESULT(await(m_client->setAuthor(QStringLiteral("Dana Ops"), QStringLiteral("dana@example.com"))));
        auto author = await(m_client->author());
        QVERIFY_RESULT(author);
        QCOMPARE(author.value().value(QStringLiteral("source")).toString(), QStringLiteral("settings"));
        QCOMPARE(author.value().value(QStringLiteral("email")).toString(), QStringLiteral("dana@example.com"));
        QVERIFY_RESULT(await(m_client->setConfiguration(QStringLiteral("app.server.workers"), QStringLiteral("staging"), 14)));
        QVERIFY_RESULT(await(m_client->commit(QStringLiteral("staging workers"))));
        QCOMPARE(git(m_repo, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an <%ae>")}).trimmed(),
                 QStringLiteral("Dana Ops <dana@example.com>"));
    }
};

QTEST_GUILESS_MAIN(tst_ConfigService)
#include "tst_configservice.moc"
