#include "backend/store/database.h"
#include "backend/store/jobqueue.h"
#include "backend/store/migrations.h"
#include "faultvfs.h"
#include "testsupport.h"

#include <QFile>

using namespace shipdeck;

class tst_Database : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pragmasAreApplied()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")));
        QVERIFY_RESULT(db);
        QCOMPARE(db.value()->pragma(QStringLiteral("journal_mode")).value().toString(), QStringLiteral("wal"));
        QCOMPARE(db.value()->pragma(QStringLiteral("foreign_keys")).value().toInt(), 1);
        QCOMPARE(db.value()->pragma(QStringLiteral("synchronous")).value().toInt(), 1); // NORMAL
        QVERIFY(db.value()->pragma(QStringLiteral("busy_timeout")).value().toInt() >= 1000);
    }

    void statementsBindAndRead()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")));
        QVERIFY_RESULT(db);
        Database &d = *db.value();
        QVERIFY_RESULT(d.exec(QStringLiteral("CREATE TABLE t(i INTEGER, r REAL, s TEXT, b BLOB)")));
        auto insert = d.prepare(QStringLiteral("INSERT INTO t VALUES(?1, ?2, ?3, ?4)"));
        QVERIFY_RESULT(insert);
        insert.value()->bind(1, qint64(1) << 40).bind(2, 2.5).bind(3, QStringLiteral("grüße")).bind(4, QByteArray("\0\1", 2));
        QVERIFY_RESULT(insert.value()->run());
        auto select = d.prepare(QStringLiteral("SELECT i, r, s, b FROM t"));
        QVERIFY_RESULT(select);
        QVERIFY(select.value()->step().value());
        QCOMPARE(select.value()->int64(0), qint64(1) << 40);
        QCOMPARE(select.value()->real(1), 2.5);
        QCOMPARE(select.value()->text(2), QStringLiteral("grüße"));
        QCOMPARE(select.value()->blob(3), QByteArray("\0\1", 2));
        select.value()->reset();
        // The cache hands out the same statement for the same SQL.
        QCOMPARE(d.prepare(QStringLiteral("SELECT i, r, s, b FROM t")).value(), select.value());
    }

    void transactionRollsBackOnError()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")));
        Database &d = *db.value();
        QVERIFY_RESULT(d.exec(QStringLiteral("CREATE TABLE t(x INTEGER UNIQUE)")));
        auto r = d.transaction([&]() -> Result<void> {
            SD_CHECK(d.exec(QStringLiteral("INSERT INTO t VALUES(1)")));
            SD_CHECK(d.exec(QStringLiteral("INSERT INTO t VALUES(1)"))); // violates UNIQUE
            return success();
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), ErrorCode::Conflict);
        QCOMPARE(d.scalar(QStringLiteral("SELECT count(*) FROM t")).value().toInt(), 0);
    }

    void garbageFileIsRefusedUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shipdeck.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray garbage = QByteArray("this is not a database at all ").repeated(200);
        f.write(garbage);
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code(), ErrorCode::Corrupt);
        QVERIFY(db.error().message().contains(path));
        QVERIFY(db.error().message().contains(QStringLiteral("not a SQLite database")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage);
    }

    void missingFileWithoutCreate()
    {
        QTemporaryDir dir;
        Database::Options options;
        options.create = false;
        auto db = Database::open(dir.filePath(QStringLiteral("none.db")), options);
        QCOMPARE(db.error().code(), ErrorCode::NotFound);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.db"))));
    }

    void diskFullIsAClearErrorAndLosesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("full.db"));
        Database::Options options;
        options.vfs = test::FaultVfs::install();
        auto db = Database::open(path, options);
        QVERIFY_RESULT(db);
        QVERIFY_RESULT(Migrations::migrate(*db.value()));
        JobQueue queue(*db.value());
        JobSpec spec;
        spec.type = QStringLiteral("t");
        QVERIFY_RESULT(queue.enqueue(spec));

        test::FaultVfs::failWritesAfter(0);
        spec.payload = {{QStringLiteral("big"), QString(100'000, QLatin1Char('x'))}};
        auto failed = queue.enqueue(spec);
        test::FaultVfs::failWritesAfter(-1);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code(), ErrorCode::DiskFull);
        QVERIFY(failed.error().message().contains(path));
        QVERIFY(failed.error().message().contains(QStringLiteral("disk is full")));

        // The committed job is still there and the database is intact.
        QCOMPARE(queue.counts().value().ready, 1);
        QCOMPARE(db.value()->scalar(QStringLiteral("PRAGMA integrity_check")).value().toString(), QStringLiteral("ok"));
        QVERIFY_RESULT(queue.enqueue(JobSpec{QStringLiteral("default"), QStringLiteral("t"), {}, Priority::Normal, 5, 0, {}}));
        QCOMPARE(queue.counts().value().ready, 2);
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
