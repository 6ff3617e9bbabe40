#include "backend/store/backup.h"
#include "backend/store/database.h"
#include "backend/store/jobqueue.h"
#include "backend/store/workspace.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

using namespace shipdeck;

namespace {
std::unique_ptr<Workspace> newWorkspace(const QString &dir)
{
    Workspace::OpenOptions options;
    options.create = true;
    auto ws = Workspace::open(dir, options);
    if (!ws)
        qFatal("%s", qPrintable(ws.error().toString()));
    return std::move(ws.value());
}

int countJobs(const QString &dir)
{
    auto ws = Workspace::open(dir);
    if (!ws)
        return -1;
    return JobQueue(ws.value()->db()).counts().value().total();
}
} // namespace

class tst_Backup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backupAndRestoreRoundTrip()
    {
        QTemporaryDir dir;
        const QString wsDir = dir.filePath(QStringLiteral("ws"));
        const QString backupPath = dir.filePath(QStringLiteral("b/one.db"));
        {
            auto ws = newWorkspace(wsDir);
            JobQueue queue(ws->db());
            for (int i = 0; i < 10; ++i)
                QVERIFY_RESULT(queue.enqueue(JobSpec{QStringLiteral("default"), QStringLiteral("t"), {}, Priority::Normal, 5, 0, {}}));
            // Backup while the connection stays open and has un-checkpointed WAL content.
            auto info = Backup::create(ws->db(), backupPath);
            QVERIFY_RESULT(info);
            QVERIFY(info.value().bytes > 0);
            QVERIFY_RESULT(Backup::verify(backupPath));
            QCOMPARE(Backup::create(ws->db(), backupPath).error().code(), ErrorCode::AlreadyExists);
            for (int i = 0; i < 5; ++i)
                QVERIFY_RESULT(queue.enqueue(JobSpec{QStringLiteral("default"), QStringLiteral("later"), {}, Priority::Normal, 5, 0, {}}));
        }
        QCOMPARE(countJobs(wsDir), 15);
        QString saved;
        auto restored = Backup::restore(backupPath, wsDir + QStringLiteral("/shipdeck.db"), &saved);
        QVERIFY_RESULT(restored);
        QCOMPARE(countJobs(wsDir), 10);
        // The state before the restore was kept, not lost.
        QVERIFY(QFile::exists(saved));
        QVERIFY_RESULT(Backup::verify(saved));
    }

    void restoreRefusesBadSources_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("foreign sqlite") << QStringLiteral("foreign");
        QTest::newRow("missing") << QStringLiteral("missing");
        QTest::newRow("corrupt page") << QStringLiteral("corrupt");
    }
    void restoreRefusesBadSources()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString wsDir = dir.filePath(QStringLiteral("ws"));
        {
            auto ws = newWorkspace(wsDir);
            QVERIFY_RESULT(JobQueue(ws->db()).enqueue(JobSpec{QStringLiteral("default"), QStringLiteral("keep"), {}, Priority::Normal, 5, 0, {}}));
        }
        const QString source = dir.filePath(QStringLiteral("source.db"));
        if (kind == QLatin1String("garbage")) {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'g'));
        } else if (kind == QLatin1String("foreign")) {
            auto db = Database::open(source);
            QVERIFY_RESULT(db.value()->exec(QStringLiteral("CREATE TABLE invoices(id INTEGER)")));
        } else if (kind == QLatin1String("corrupt")) {
            {
                auto ws = newWorkspace(dir.filePath(QStringLiteral("other")));
                for (int i = 0; i < 200; ++i)
                    QVERIFY_RESULT(JobQueue(ws->db()).enqueue(JobSpec{QStringLiteral("default"), QString(300, QLatin1Char('x')), {}, Priority::Normal, 5, 0, {}}));
                QVERIFY_RESULT(Backup::create(ws->db(), source));
            }
            QFile f(source);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() - 3 * 4096 + 100);
            f.write(QByteArray(2000, '\xff'));
        }
        auto restored = Backup::restore(source, wsDir + QStringLiteral("/shipdeck.db"));
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().toString().contains(source), qPrintable(restored.error().toString()));
        QCOMPARE(countJobs(wsDir), 1); // nothing overwritten
    }
};

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
