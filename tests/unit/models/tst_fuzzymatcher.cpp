#include "models/fuzzymatcher.h"
#include "testsupport.h"

using namespace shipdeck;

class tst_FuzzyMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("empty query") << QString() << QStringLiteral("anything") << true;
        QTest::newRow("prefix") << QStringLiteral("run") << QStringLiteral("Run Maintenance") << true;
        QTest::newRow("initials") << QStringLiteral("rm") << QStringLiteral("Run Maintenance") << true;
        QTest::newRow("case") << QStringLiteral("MAINT") << QStringLiteral("Run maintenance") << true;
        QTest::newRow("out of order") << QStringLiteral("mr") << QStringLiteral("Run Maintenance") << false;
        QTest::newRow("missing char") << QStringLiteral("runx") << QStringLiteral("Run Maintenance") << false;
        QTest::newRow("umlaut") << QStringLiteral("wartung") << QStringLiteral("Wartung ausführen") << true;
    }
    void matches()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(FuzzyMatcher::score(query, text) >= 0, matches);
    }

    void ranking()
    {
        // A word-start run beats letters scattered through the text.
        QVERIFY(FuzzyMatcher::score(QStringLiteral("theme"), QStringLiteral("Theme: Dark"))
                > FuzzyMatcher::score(QStringLiteral("theme"), QStringLiteral("The Home Screen")));
        QVERIFY(FuzzyMatcher::score(QStringLiteral("jobs"), QStringLiteral("Go to Jobs"))
                > FuzzyMatcher::score(QStringLiteral("jobs"), QStringLiteral("Just one big string")));
    }
};

QTEST_GUILESS_MAIN(tst_FuzzyMatcher)
#include "tst_fuzzymatcher.moc"
