#include "backend/store/database.h"
#include "backend/store/migrations.h"
#include "backend/store/workspace.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace shipdeck;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString makeWorkspace(QTemporaryDir &dir)
{
    Workspace::OpenOptions options;
    options.create = true;
    auto ws = Workspace::open(dir.path(), options);
    if (!ws)
        qFatal("%s", qPrintable(ws.error().toString()));
    return ws.value()->databasePath();
}
} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migrateIsIdempotent()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("m.db")));
        auto first = Migrations::migrate(*db.value());
        QVERIFY_RESULT(first);
        QVERIFY(first.value().contains(1));
        auto second = Migrations::migrate(*db.value());
        QVERIFY_RESULT(second);
        QVERIFY(second.value().isEmpty());
        QCOMPARE(db.value()->pragma(QStringLiteral("user_version")).value().toInt(), Migrations::latestVersion());
        QCOMPARE(db.value()->pragma(QStringLiteral("application_id")).value().toInt(), Database::kApplicationId);
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        {
            auto db = Database::open(path);
            QVERIFY_RESULT(db.value()->exec(QStringLiteral("PRAGMA user_version=%1").arg(Migrations::latestVersion() + 50)));
            QVERIFY_RESULT(db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        auto ws = Workspace::open(dir.path());
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code(), ErrorCode::SchemaTooNew);
        QVERIFY(ws.error().toString().contains(path));
        QVERIFY(ws.error().toString().contains(QStringLiteral("newer Shipdeck")));
        QCOMPARE(fileHash(path), before);
    }

    void unknownMigrationIsRefused()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        {
            auto db = Database::open(path);
            QVERIFY_RESULT(db.value()->exec(QStringLiteral(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES(2, 'from the future', 0)")));
        }
        auto ws = Workspace::open(dir.path());
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code(), ErrorCode::SchemaTooNew);
    }

    void pagesOnlyInTheWriteAheadLogAreNotTruncation()
    {
        // After a crash the newest pages live only in shipdeck.db-wal; the file is shorter than the
        // page count SQLite reports, and that is the normal, recoverable state.
        QTemporaryDir source;
        const QString full = makeWorkspace(source);
        QTemporaryDir crashed;
        const QString path = crashed.filePath(Workspace::databaseFileName());
        {
            auto db = Database::open(full);
            QVERIFY_RESULT(db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY_RESULT(db.value()->exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
            for (int i = 0; i < 300; ++i)
                QVERIFY_RESULT(db.value()->exec(QStringLiteral("INSERT INTO settings VALUES('k%1', '%2')").arg(i).arg(QString(200, QLatin1Char('v')))));
            // Copy while the connection is open: what a SIGKILL leaves behind.
            QVERIFY(QFile::copy(full, path));
            QVERIFY(QFile::copy(full + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        }
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        auto ws = Workspace::open(crashed.path());
        QVERIFY_RESULT(ws);
        auto db = Database::open(path);
        QCOMPARE(db.value()->scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'k%'")).value().toInt(), 300);
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("empty");
        QTest::newRow("garbage") << QStringLiteral("garbage") << QStringLiteral("not a SQLite database");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("truncated");
        QTest::newRow("foreign app id") << QStringLiteral("foreign") << QStringLiteral("another program");
        QTest::newRow("foreign tables") << QStringLiteral("foreign-tables") << QStringLiteral("another program");
    }
    void badFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(Workspace::databaseFileName());
        if (kind == QLatin1String("empty")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("garbage")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'z'));
        } else if (kind == QLatin1String("truncated")) {
            QTemporaryDir source;
            const QString full = makeWorkspace(source);
            {
                auto db = Database::open(full);
                for (int i = 0; i < 300; ++i)
                    QVERIFY_RESULT(db.value()->exec(QStringLiteral("INSERT INTO settings VALUES('k%1', '%2')").arg(i).arg(QString(200, QLatin1Char('v')))));
                QVERIFY_RESULT(db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            }
            QFile f(full);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(data.left(data.size() / 2));
        } else {
            auto db = Database::open(path);
            if (kind == QLatin1String("foreign"))
                QVERIFY_RESULT(db.value()->exec(QStringLiteral("PRAGMA application_id=1234; CREATE TABLE x(a)")));
            else
                QVERIFY_RESULT(db.value()->exec(QStringLiteral("CREATE TABLE customers(name TEXT)")));
            QVERIFY_RESULT(db.value()->exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        }
        const QByteArray before = fileHash(path);
        auto ws = Workspace::open(dir.path());
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().toString().contains(expected), qPrintable(ws.error().toString()));
        QVERIFY2(ws.error().toString().contains(path), qPrintable(ws.error().toString()));
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
