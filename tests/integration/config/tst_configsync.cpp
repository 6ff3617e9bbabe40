#include "backend/config/configstore.h"
#include "backend/config/configworkspace.h"
#include "configtesthelpers.h"
#include "testsupport.h"

#include <QUrl>

using namespace shipdeck;
using namespace shipdeck::test;

namespace {

std::unique_ptr<ConfigWorkspace> cloneOf(const QString &url, const QString &dir)
{
    auto ws = ConfigWorkspace::clone(url, dir, {});
    if (!ws)
        qFatal("clone failed: %s", qPrintable(ws.error().toString()));
    return std::move(ws.value());
}

ConfigWorkspace::SyncOptions syncOptions(const QString &who, const QString &strategy = QStringLiteral("merge"))
{
    ConfigWorkspace::SyncOptions o;
    o.author = author(who);
    o.strategy = strategy;
    return o;
}

void setAndCommit(ConfigWorkspace &ws, const QString &key, const QString &env, const QJsonValue &value, const QString &who)
{
    QVERIFY_RESULT(ws.store().set(key, env, value));
    QVERIFY_RESULT(ws.commit(QStringLiteral("%1 sets %2").arg(who, key), author(who)));
}

} // namespace

class tst_ConfigSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clonesByPathAndFileUrl()
    {
        QTemporaryDir dir;
        QString remote;
        makeSeedWithRemote(dir.path(), &remote);
        auto byPath = cloneOf(remote, dir.filePath(QStringLiteral("a")));
        auto byUrl = cloneOf(QUrl::fromLocalFile(remote).toString(), dir.filePath(QStringLiteral("b")));
        for (ConfigWorkspace *ws : {byPath.get(), byUrl.get()}) {
            QCOMPARE(ws->store().environments(), (QStringList{QStringLiteral("development"), QStringLiteral("staging"), QStringLiteral("production")}));
            QCOMPARE(ws->store().get(QStringLiteral("app.server.workers"), QStringLiteral("production")).value().value, QJsonValue(16));
            QCOMPARE(ws->git().currentBranch().value(), QStringLiteral("main"));
            QCOMPARE(ws->git().upstreamOf(QStringLiteral("main")).value(), QStringLiteral("origin/main"));
        }
        // A clone into a folder that is not empty is refused and leaves it alone.
        writeFile(dir.filePath(QStringLiteral("c/keep.txt")), "mine");
        auto refused = ConfigWorkspace::clone(remote, dir.filePath(QStringLiteral("c")), {});
        QCOMPARE(refused.error().code(), ErrorCode::AlreadyExists);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("c/keep.txt"))), QByteArray("mine"));
        // A remote that does not exist is a clear error and leaves no folder behind.
        auto missing = ConfigWorkspace::clone(dir.filePath(QStringLiteral("nope.git")), dir.filePath(QStringLiteral("d")), {});
        QVERIFY(!missing.ok());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("d"))));
    }

    void neighbouringKeysMergeWithoutConflict_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<int>("parentsOfHead");
        QTest::newRow("merge") << "merge" << 2;
        QTest::newRow("rebase") << "rebase" << 1;
    }
    void neighbouringKeysMergeWithoutConflict()
    {
        QFETCH(QString, strategy);
        QFETCH(int, parentsOfHead);
        QTemporaryDir dir;
        QString remote;
        makeSeedWithRemote(dir.path(), &remote);
        auto alice = cloneOf(remote, dir.filePath(QStringLiteral("alice")));
        auto bob = cloneOf(remote, dir.filePath(QStringLiteral("bob")));
        // Adjacent lines: git's line merge would conflict, the per-key merge does not.
        setAndCommit(*alice, QStringLiteral("app.server.port"), QString(), 9000, QStringLiteral("Alice"));
        setAndCommit(*bob, QStringLiteral("app.server.host"), QString(), QStringLiteral("127.0.0.1"), QStringLiteral("Bob"));
        auto a = alice->sync(syncOptions(QStringLiteral("Alice")));
        QVERIFY_RESULT(a);
        QVERIFY(a.value().pushed);
        auto b = bob->sync(syncOptions(QStringLiteral("Bob"), strategy));
        QVERIFY_RESULT(b);
        QCOMPARE(b.value().outcome, strategy == QLatin1String("merge") ? QStringLiteral("merged") : QStringLiteral("rebased"));
        QVERIFY(b.value().pushed);
        const QByteArray merged = readFile(dir.filePath(QStringLiteral("bob/base/app.yaml")));
        QCOMPARE(merged, QByteArray("# Storefront settings\nserver:\n  host: 127.0.0.1\n  port: 9000 # HTTP\n  workers: 4\nfeatures:\n  checkout: true\n"));
        const QString parents = git(dir.filePath(QStringLiteral("bob")), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%P")}).trimmed();
        QCOMPARE(int(parents.split(QLatin1Char(' ')).size()), parentsOfHead);
        QVERIFY(git(dir.filePath(QStringLiteral("bob")), {QStringLiteral("status"), QStringLiteral("--porcelain")}).isEmpty());
        // Alice gets Bob's work by fast-forward.
        auto again = alice->sync(syncOptions(QStringLiteral("Alice")));
        QVERIFY_RESULT(again);
        QCOMPARE(again.value().outcome, QStringLiteral("fast-forward"));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("alice/base/app.yaml"))), merged);
        QCOMPARE(alice->store().get(QStringLiteral("app.server.host"), QString()).value().value, QJsonValue(QStringLiteral("127.0.0.1")));
    }

    void sameKeyConflictsAndIsResolvedPerKey()
    {
        QTemporaryDir dir;
        QString remote;
        makeSeedWithRemote(dir.path(), &remote);
        auto alice = cloneOf(remote, dir.filePath(QStringLiteral("alice")));
        auto bob = cloneOf(remote, dir.filePath(QStringLiteral("bob")));
        setAndCommit(*alice, QStringLiteral("app.server.port"), QString(), 9000, QStringLiteral("Alice"));
        setAndCommit(*alice, QStringLiteral("app.features.checkout"), QString(), false, QStringLiteral("Alice"));
        QVERIFY_RESULT(alice->sync(syncOptions(QStringLiteral("Alice"))));
        setAndCommit(*bob, QStringLiteral("app.server.port"), QString(), 9001, QStringLiteral("Bob"));
        const QString bobHead = bob->git().headId().value();
        const QByteArray bobText = readFile(dir.filePath(QStringLiteral("bob/base/app.yaml")));

        auto sync = bob->sync(syncOptions(QStringLiteral("Bob")));
        QVERIFY_RESULT(sync);
        QCOMPARE(sync.value().outcome, QStringLiteral("conflicts"));
        QCOMPARE(sync.value().conflicts.size(), 1); // features.checkout merged by itself
        const ConfigConflict c = sync.value().conflicts.first();
        QCOMPARE(c.file, QStringLiteral("base/app.yaml"));
        QCOMPARE(c.key, QStringLiteral("server.port"));
        QCOMPARE(c.base, QJsonValue(8080));
        QCOMPARE(c.ours, QJsonValue(9001));
        QCOMPARE(c.theirs, QJsonValue(9000));
        // Nothing changed yet: same commit, same file, no merge state for git.
        QCOMPARE(bob->git().headId().value(), bobHead);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("bob/base/app.yaml"))), bobText);
        QVERIFY(bob->git().operationInProgress().isEmpty());
        QCOMPARE(bob->conflicts().size(), 1);
        // A second sync or a commit waits for the resolution.
        QCOMPARE(bob->sync(syncOptions(QStringLiteral("Bob"))).error().code(), ErrorCode::FailedPrecondition);
        QCOMPARE(bob->completeMerge(syncOptions(QStringLiteral("Bob"))).error().code(), ErrorCode::Conflict);

        // Without a resolution our value stands in, which validates.
        QVERIFY(bob->validateMerge().value().isEmpty());
        // A resolution that breaks the schema is refused before anything is committed;
        // validateMerge names the problem before completeMerge is tried.
        QVERIFY_RESULT(bob->resolve(c.file, c.key, QStringLiteral("value"), 70000));
        auto problems = bob->validateMerge();
        QVERIFY_RESULT(problems);
        QVERIFY(!problems.value().isEmpty()); // one per environment that gets the value
        for (const ConfigIssue &i : problems.value()) {
            QCOMPARE(i.file, QStringLiteral("base/app.yaml"));
            QCOMPARE(i.line, 4);
        }
        auto invalid = bob->completeMerge(syncOptions(QStringLiteral("Bob")));
        QCOMPARE(invalid.error().code(), ErrorCode::Validation);
        QVERIFY2(invalid.error().message().contains(QStringLiteral("base/app.yaml:4")), qPrintable(invalid.error().message()));
        QCOMPARE(bob->git().headId().value(), bobHead);

        QCOMPARE(bob->resolve(c.file, QStringLiteral("server.nope"), QStringLiteral("ours")).error().code(), ErrorCode::NotFound);
        QCOMPARE(bob->resolve(c.file, c.key, QStringLiteral("mine")).error().code(), ErrorCode::InvalidArgument);
        QVERIFY_RESULT(bob->resolve(c.file, c.key, QStringLiteral("theirs")));
        auto done = bob->completeMerge(syncOptions(QStringLiteral("Bob")));
        QVERIFY_RESULT(done);
        QCOMPARE(done.value().outcome, QStringLiteral("merged"));
        QVERIFY(done.value().pushed);
        QVERIFY(!bob->hasPendingMerge());
        QCOMPARE(bob->store().get(QStringLiteral("app.server.port"), QString()).value().value, QJsonValue(9000));
        QCOMPARE(bob->store().get(QStringLiteral("app.features.checkout"), QString()).value().value, QJsonValue(false));
        // The remote has the merge (checked with the git CLI).
        const QString remoteLog = git(dir.path(), {QStringLiteral("--git-dir"), remote, QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")});
        QVERIFY2(remoteLog.startsWith(QStringLiteral("Merge origin/main into main")), qPrintable(remoteLog));
    }

    void abortLeavesEverythingAsItWas()
    {
        QTemporaryDir dir;
        QString remote;
        makeSeedWithRemote(dir.path(), &remote);
        auto alice = cloneOf(remote, dir.filePath(QStringLiteral("alice")));
        auto bob = cloneOf(remote, dir.filePath(QStringLiteral("bob")));
        setAndCommit(*alice, QStringLiteral("app.server.workers"), QStringLiteral("production"), 32, QStringLiteral("Alice"));
        QVERIFY_RESULT(alice->sync(syncOptions(QStringLiteral("Alice"))));
        setAndCommit(*bob, QStringLiteral("app.server.workers"), QStringLiteral("production"), 8, QStringLiteral("Bob"));
        auto sync = bob->sync(syncOptions(QStringLiteral("Bob"), QStringLiteral("rebase")));
        QVERIFY_RESULT(sync);
        QCOMPARE(sync.value().outcome, QStringLiteral("conflicts"));
        QCOMPARE(sync.value().conflicts.first().file, QStringLiteral("environments/production/app.yaml"));
        QVERIFY_RESULT(bob->abortMerge());
        QVERIFY(!bob->hasPendingMerge());
        QCOMPARE(bob->store().get(QStringLiteral("app.server.workers"), QStringLiteral("production")).value().value, QJsonValue(8));
        QVERIFY(git(dir.filePath(QStringLiteral("bob")), {QStringLiteral("status"), QStringLiteral("--porcelain")}).isEmpty());
    }

    void pushRejectedWhenRemoteMovedOn()
    {
        QTemporaryDir dir;
        QString remote;
        makeSeedWithRemote(dir.path(), &remote);
        auto alice = cloneOf(remote, dir.filePath(QStringLiteral("alice")));
        auto bob = cloneOf(remote, dir.filePath(QStringLiteral("bob")));
        setAndCommit(*alice, QStringLiteral("app.server.port"), QString(), 9000, QStringLiteral("Alice"));
        QVERIFY_RESULT(alice->sync(syncOptions(QStringLiteral("Alice"))));
        setAndCommit(*bob, QStringLiteral("app.server.workers"), QString(), 6, QStringLiteral("Bob"));
        const QString bobHead = bob->git().headId().value();
        auto pushed = bob->git().push(QStringLiteral("origin"), QStringLiteral("main"));
        QVERIFY(!pushed.ok());
        QCOMPARE(pushed.error().code(), ErrorCode::Conflict);
        QVERIFY2(pushed.error().message().contains(QStringLiteral("rejected")), qPrintable(pushed.error().message()));
        QCOMPARE(bob->git().headId().value(), bobHead); // nothing lost
    }

    void refusesToSyncInUnsafeStates()
    {
        QTemporaryDir dir;
        QString remote;
        const QString seed = makeSeedWithRemote(dir.path(), &remote);
        auto ws = ConfigWorkspace::open(seed);
        QVERIFY_RESULT(ws);
        // Uncommitted change.
        writeFile(seed + QStringLiteral("/base/app.yaml"), kAppYaml + "extra: 1\n");
        auto dirty = ws.value()->sync(syncOptions(QStringLiteral("Alice")));
        QCOMPARE(dirty.error().code(), ErrorCode::FailedPrecondition);
        QVERIFY(dirty.error().message().contains(QStringLiteral("uncommitted")));
        git(seed, {QStringLiteral("checkout"), QStringLiteral("--"), QStringLiteral(".")});
        // Unsaved edit in the store.
        QVERIFY_RESULT(ws.value()->reload());
        QVERIFY_RESULT(ws.value()->store().set(QStringLiteral("app.server.port"), QString(), 1));
        QVERIFY(ws.value()->sync(syncOptions(QStringLiteral("Alice"))).error().message().contains(QStringLiteral("unsaved")));
        ws.value()->store().discard();
        // Detached HEAD.
        git(seed, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach")});
        auto detached = ws.value()->sync(syncOptions(QStringLiteral("Alice")));
        QCOMPARE(detached.error().code(), ErrorCode::FailedPrecondition);
        QVERIFY(detached.error().message().contains(QStringLiteral("detached")));
        QCOMPARE(ws.value()->commit(QStringLiteral("x"), author()).error().code(), ErrorCode::FailedPrecondition);
        git(seed, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        // A merge started with the git CLI.
        git(seed, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("other")});
        writeFile(seed + QStringLiteral("/base/app.yaml"), "server:\n  port: 1\n");
        git(seed, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("other")});
        git(seed, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        writeFile(seed + QStringLiteral("/base/app.yaml"), "server:\n  port: 2\n");
        git(seed, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("main")});
        git(seed, {QStringLiteral("merge"), QStringLiteral("other")}, true);
        QCOMPARE(ws.value()->git().operationInProgress(), QStringLiteral("merge"));
        auto merging = ws.value()->sync(syncOptions(QStringLiteral("Alice")));
        QCOMPARE(merging.error().code(), ErrorCode::FailedPrecondition);
        QVERIFY(merging.error().message().contains(QStringLiteral("merge is in progress")));
        QCOMPARE(ws.value()->git().commit(QStringLiteral("x"), author()).error().code(), ErrorCode::FailedPrecondition);
        git(seed, {QStringLiteral("merge"), QStringLiteral("--abort")});
        // No remote at all: everything else works, sync says why it cannot.
        auto local = ConfigWorkspace::init(dir.filePath(QStringLiteral("local")), {QStringLiteral("production")});
        QVERIFY_RESULT(local);
        auto noRemote = local.value()->sync(syncOptions(QStringLiteral("Alice")));
        QCOMPARE(noRemote.error().code(), ErrorCode::FailedPrecondition);
        QVERIFY(noRemote.error().message().contains(QStringLiteral("no remote")));
    }

    void offlineDayThenSync()
    {
        QTemporaryDir dir;
        QString remote;
        makeSeedWithRemote(dir.path(), &remote);
        auto alice = cloneOf(remote, dir.filePath(QStringLiteral("alice")));
        // The remote goes away (a train, an air-gapped room): work goes on, sync says why not.
        const QString away = remote + QStringLiteral(".away");
        QVERIFY(QDir().rename(remote, away));
        for (int i = 0; i < 3; ++i)
            setAndCommit(*alice, QStringLiteral("app.server.workers"), QStringLiteral("staging"), 10 + i, QStringLiteral("Alice"));
        QVERIFY_RESULT(alice->git().createBranch(QStringLiteral("offline-experiment")));
        auto offline = alice->sync(syncOptions(QStringLiteral("Alice")));
        QVERIFY(!offline.ok());
        QVERIFY2(offline.error().message().contains(QStringLiteral("fetching from origin")), qPrintable(offline.error().toString()));
        QCOMPARE(alice->git().log().value().size(), 4);
        // Back online: everything goes out in one sync.
        QVERIFY(QDir().rename(away, remote));
        auto online = alice->sync(syncOptions(QStringLiteral("Alice")));
        QVERIFY_RESULT(online);
        QVERIFY(online.value().pushed);
        QCOMPARE(git(dir.path(), {QStringLiteral("--git-dir"), remote, QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("main")}).trimmed(),
                 QStringLiteral("4"));
    }

    void cancelStopsBeforeChangingAnything()
    {
        QTemporaryDir dir;
        QString remote;
        makeSeedWithRemote(dir.path(), &remote);
        auto alice = cloneOf(remote, dir.filePath(QStringLiteral("alice")));
        auto options = syncOptions(QStringLiteral("Alice"));
        options.progress = [](int, const QString &) { return false; };
        auto cancelled = alice->sync(options);
        QCOMPARE(cancelled.error().code(), ErrorCode::Cancelled);
    }

    void corruptRepositoryIsRefused()
    {
        QTemporaryDir dir;
        QString remote;
        const QString seed = makeSeedWithRemote(dir.path(), &remote);
        writeFile(seed + QStringLiteral("/.git/HEAD"), "garbage\n");
        auto opened = ConfigWorkspace::open(seed);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().code() == ErrorCode::Corrupt || opened.error().code() == ErrorCode::NotFound,
                 qPrintable(opened.error().toString()));
        QVERIFY(opened.error().message().contains(seed));
        // Missing objects: refs point to nothing.
        const QString seed2 = dir.filePath(QStringLiteral("seed2"));
        git(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), remote, seed2});
        QDir(seed2 + QStringLiteral("/.git/objects")).removeRecursively();
        QDir().mkpath(seed2 + QStringLiteral("/.git/objects"));
        auto broken = ConfigWorkspace::open(seed2);
        QVERIFY(!broken.ok() || !broken.value()->git().log().ok());
    }
};

QTEST_GUILESS_MAIN(tst_ConfigSync)
#include "tst_configsync.moc"
