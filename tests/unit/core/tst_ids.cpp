#include "backend/core/clock.h"
#include "backend/core/ids.h"
#include "testsupport.h"

#include <QSet>

using namespace shipdeck;

class tst_Ids : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ulidShapeAndTimestamp()
    {
        ManualClock clock(1'700'000'123'456);
        const QString id = Ulid::generate(&clock);
        QCOMPARE(id.size(), 26);
        QVERIFY(Ulid::isValid(id));
        QCOMPARE(Ulid::timestampMs(id), 1'700'000'123'456);
    }

    void ulidSortsByCreationEvenWithinOneMillisecond()
    {
        ManualClock clock;
        QStringList ids;
        for (int i = 0; i < 5000; ++i) {
            if (i % 1000 == 0)
                clock.advance(1);
            ids.append(Ulid::generate(&clock));
        }
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(sorted, ids);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    }

    void invalidUlids_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("short") << QStringLiteral("01ARZ3NDEKTSV4RRFFQ69G5FA");
        QTest::newRow("bad char U") << QStringLiteral("01ARZ3NDEKTSV4RRFFQ69G5FAU");
        QTest::newRow("overflow") << QStringLiteral("81ARZ3NDEKTSV4RRFFQ69G5FAV");
    }
    void invalidUlids()
    {
        QFETCH(QString, text);
        QVERIFY(!Ulid::isValid(text));
        QCOMPARE(Ulid::timestampMs(text), -1);
    }

    void traceAndSpanIds()
    {
        const QByteArray trace = newTraceId();
        const QByteArray span = newSpanId();
        QCOMPARE(trace.size(), 32);
        QCOMPARE(span.size(), 16);
        QVERIFY(trace != QByteArray(32, '0'));
        QVERIFY(QByteArray::fromHex(trace).toHex() == trace);
        QVERIFY(newTraceId() != trace);
    }
};

QTEST_GUILESS_MAIN(tst_Ids)
#include "tst_ids.moc"
