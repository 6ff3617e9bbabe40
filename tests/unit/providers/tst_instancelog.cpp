// The per-instance output capture: line splitting, the in-memory ring and file rotation.
#include "testsupport.h"

#include "backend/providers/instancelog.h"

#include <QFile>

using namespace shipdeck;

class tst_InstanceLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A follower asks for the lines numbered seq and later; memory keeps the newest 10 of 50.
    void sinceServesFollowers_data()
    {
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<int>("maxLines");
        QTest::addColumn<qint64>("firstSeq");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("missed");
        QTest::newRow("from the start: only memory") << qint64(0) << 100 << qint64(40) << 10 << qint64(40);
        QTest::newRow("inside memory") << qint64(45) << 100 << qint64(45) << 5 << qint64(0);
        QTest::newRow("caught up") << qint64(50) << 100 << qint64(50) << 0 << qint64(0);
        QTest::newRow("beyond the end") << qint64(70) << 100 << qint64(50) << 0 << qint64(0);
        QTest::newRow("negative") << qint64(-3) << 100 << qint64(40) << 10 << qint64(40);
        QTest::newRow("newest 3 only") << qint64(42) << 3 << qint64(47) << 3 << qint64(5);
        QTest::newRow("no lines wanted") << qint64(42) << 0 << qint64(50) << 0 << qint64(8);
    }
    void sinceServesFollowers()
    {
        QFETCH(qint64, seq);
        QFETCH(int, maxLines);
        QFETCH(qint64, firstSeq);
        QFETCH(int, count);
        QFETCH(qint64, missed);
        InstanceLog::Limits limits;
        limits.maxLines = 10;
        InstanceLog log(QString{}, limits);
        for (int i = 0; i < 50; ++i)
            log.append(i % 2, "line " + QByteArray::number(i) + '\n');
        const InstanceLogChunk chunk = log.since(seq, maxLines);
        QCOMPARE(chunk.firstSeq, firstSeq);
        QCOMPARE(chunk.nextSeq, qint64(50));
        QCOMPARE(chunk.missed, missed);
        QCOMPARE(chunk.lines.size(), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(chunk.lines.at(i).text, QStringLiteral("line %1").arg(firstSeq + i));
            QCOMPARE(chunk.lines.at(i).isStderr, bool((firstSeq + i) % 2));
        }
    }

    void splitsLinesPerStream()
    {
        InstanceLog log(QString{});
        log.append(false, "first li");
        log.append(true, "an error\r\n");
        log.append(false, "ne\nsecond\n");
        QCOMPARE(log.lines().size(), 3);
        QCOMPARE(log.lines().at(0).text, QStringLiteral("an error"));
        QVERIFY(log.lines().at(0).isStderr);
        QCOMPARE(log.lines().at(1).text, QStringLiteral("first line"));
        QCOMPARE(log.lines().at(2).text, QStringLiteral("second"));
        log.append(false, "no newline yet");
        QCOMPARE(log.lines().size(), 3);
        log.flush();
        QCOMPARE(log.lines().last().text, QStringLiteral("no newline yet"));
    }

    void boundsMemoryAndLineLength()
    {
        InstanceLog::Limits limits;
        limits.maxLines = 10;
        limits.maxLineBytes = 100;
        InstanceLog log(QString{}, limits);
        for (int i = 0; i < 50; ++i)
            log.append(false, "line " + QByteArray::number(i) + '\n');
        QCOMPARE(log.lines().size(), 10);
        QCOMPARE(log.lines().first().text, QStringLiteral("line 40"));
        QCOMPARE(log.totalLines(), 50);
        log.append(false, QByteArray(250, 'x'));
        QCOMPARE(log.lines().last().text.size(), 100); // a runaway line is cut into pieces
        QCOMPARE(log.tail(3).size(), 3);
    }

    void rotatesFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/web-1.log"));
        InstanceLog::Limits limits;
        limits.maxFileBytes = 1'000;
        limits.keepFiles = 2;
        {
            InstanceLog log(path, limits);
            for (int i = 0; i < 200; ++i)
                log.append(i % 2, "message number " + QByteArray::number(i) + '\n');
        }
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".1")));
        QVERIFY(QFile::exists(path + QStringLiteral(".2")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".3")));
        for (const QString &p : {path, path + QStringLiteral(".1"), path + QStringLiteral(".2")})
            QVERIFY(QFileInfo(p).size() <= 1'000);
        QFile newest(path);
        QVERIFY(newest.open(QIODevice::ReadOnly));
        const QByteArray text = newest.readAll();
        QVERIFY(text.contains(" stderr message number 199\n"));
        QVERIFY(text.startsWith("20")); // ISO timestamps
    }
};

QTEST_GUILESS_MAIN(tst_InstanceLog)
#include "tst_instancelog.moc"
