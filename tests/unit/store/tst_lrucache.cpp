#include "backend/store/lrucache.h"
#include "testsupport.h"

using namespace shipdeck;

class tst_LruCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void evictsLeastRecentlyUsed()
    {
        LruCache<QString, int> cache(2);
        cache.insert(QStringLiteral("a"), 1);
        cache.insert(QStringLiteral("b"), 2);
        QCOMPARE(cache.get(QStringLiteral("a")), std::optional<int>(1)); // a is now most recent
        cache.insert(QStringLiteral("c"), 3);                            // evicts b
        QVERIFY(!cache.get(QStringLiteral("b")));
        QCOMPARE(cache.get(QStringLiteral("a")), std::optional<int>(1));
        QCOMPARE(cache.get(QStringLiteral("c")), std::optional<int>(3));
        QCOMPARE(cache.stats().evictions, 1);
        QCOMPARE(cache.size(), 2);
    }

    void entriesExpireAfterTtl()
    {
        ManualClock clock;
        LruCache<int, QString> cache(10, 1000, &clock);
        cache.insert(1, QStringLiteral("one"));
        clock.advance(999);
        QVERIFY(cache.get(1));
        clock.advance(1);
        QVERIFY(!cache.get(1));
        QCOMPARE(cache.stats().expirations, 1);
        QCOMPARE(cache.size(), 0);
    }

    void reinsertRefreshes()
    {
        ManualClock clock;
        LruCache<int, int> cache(2, 1000, &clock);
        cache.insert(1, 1);
        clock.advance(900);
        cache.insert(1, 2);
        clock.advance(900);
        QCOMPARE(cache.get(1), std::optional<int>(2));
        QCOMPARE(cache.size(), 1);
        QVERIFY(cache.remove(1));
        QVERIFY(!cache.remove(1));
    }
};

QTEST_GUILESS_MAIN(tst_LruCache)
#include "tst_lrucache.moc"
