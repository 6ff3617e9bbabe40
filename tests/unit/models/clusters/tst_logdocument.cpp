#include "backend/kube/kubelogbuffer.h"
#include "models/logs/logdocument.h"
#include "models/logs/logfilter.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace shipdeck;

class tst_LogDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filterMatchesBytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("matches");
        QTest::newRow("plain") << QStringLiteral("error") << false << false << QByteArray("an ERROR here") << true;
        QTest::newRow("case") << QStringLiteral("error") << false << true << QByteArray("an ERROR here") << false;
        QTest::newRow("regex") << QStringLiteral("status=5\\d\\d") << true << false << QByteArray("GET / status=503") << true;
        QTest::newRow("umlaut") << QStringLiteral("grüße") << false << false << QByteArray("GRÜSSE and Grüße") << true;
        QTest::newRow("absent") << QStringLiteral("panic") << false << false << QByteArray("all good") << false;
    }
    void filterMatchesBytes()
    {
        QFETCH(QString, text);
        QFETCH(bool, regex);
        QFETCH(bool, caseSensitive);
        QFETCH(QByteArray, line);
        QFETCH(bool, matches);
        LogFilter filter({text, caseSensitive, regex, -1});
        QVERIFY(filter.isValid());
        QCOMPARE(filter.matches(line, 0), matches);
    }

    void invalidRegexSaysWhere()
    {
        LogFilter filter({QStringLiteral("status=(5"), false, true, -1});
        QVERIFY(!filter.isValid());
        QVERIFY2(filter.errorString().contains(QStringLiteral("9")) || !filter.errorString().isEmpty(), qPrintable(filter.errorString()));
        LogDocument doc;
        doc.setFilter({QStringLiteral("(["), false, true, -1});
        QVERIFY(!doc.filterError().isEmpty());
    }

    void filtersAMillionLinesWhileTheyStream()
    {
        auto buffer = std::make_shared<KubeLogBuffer>();
        const int a = buffer->addSource(QStringLiteral("web-1"), QStringLiteral("app"));
        const int b = buffer->addSource(QStringLiteral("web-2"), QStringLiteral("app"));
        for (int i = 0; i < 1'000'000; ++i)
            buffer->append(i % 2 ? a : b, 1'700'000'000'000'000 + i, i % 1000 == 0 ? QByteArray("request failed: timeout")
                                                                                     : QByteArray("GET /health 200 1ms"));
        LogDocument doc;
        doc.setBuffer(buffer);
        QCOMPARE(doc.rowCount(), 1'000'000);
        QCOMPARE(doc.lines(999'999, 1).size(), 1);
        QSignalSpy filtering(&doc, &LogDocument::filteringChanged);
        QElapsedTimer timer;
        timer.start();
        doc.setFilter({QStringLiteral("FAILED"), false, false, -1});
        QTRY_VERIFY_WITH_TIMEOUT(!doc.isFiltering() && doc.rowCount() == 1000, 20'000);
        qInfo("filtered 1,000,000 lines in %lld ms", timer.elapsed());
        QCOMPARE(doc.lines(0, 1).first().text, QByteArray("request failed: timeout"));
        // New lines are scanned incrementally.
        const qsizetype at = buffer->append(a, 1'700'000'000'000'000 + 2'000'000, QByteArray("late failed line"));
        doc.bufferChanged(at);
        QTRY_COMPARE(doc.rowCount(), 1001);
        // One source only.
        doc.setFilter({QString(), false, false, a});
        QTRY_VERIFY(!doc.isFiltering() && doc.rowCount() == 500'001);
    }

    void trimmedBufferStartsOver()
    {
        auto buffer = std::make_shared<KubeLogBuffer>(1000); // the smallest buffer there is
        const int s = buffer->addSource(QStringLiteral("p"), QStringLiteral("c"));
        for (int i = 0; i < 1000; ++i)
            buffer->append(s, i + 1, QByteArray::number(i));
        LogDocument doc;
        doc.setBuffer(buffer);
        QSignalSpy trimmed(&doc, &LogDocument::trimmed);
        for (int i = 1000; i < 1050; ++i)
            buffer->append(s, i + 1, QByteArray::number(i));
        doc.bufferChanged(-1);
        QVERIFY(buffer->trimmedLines() > 0);
        QCOMPARE(trimmed.size(), 1);
        QVERIFY(doc.rowCount() <= 1000);
        QCOMPARE(doc.rowCount(), buffer->size());
        QCOMPARE(doc.lines(doc.rowCount() - 1, 1).first().text, QByteArray("1049"));
    }
};

QTEST_MAIN(tst_LogDocument)
#include "tst_logdocument.moc"
