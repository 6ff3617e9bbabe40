// Bech32 (BIP-173 vectors) and age key strings, valid and malformed.
#include "backend/secrets/age/agekeys.h"
#include "backend/secrets/age/bech32.h"
#include "testsupport.h"

#include <QDateTime>

using namespace shipdeck;
using namespace shipdeck::age;

class tst_AgeKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bech32Valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("upper") << QStringLiteral("A12UEL5L");
        QTest::newRow("lower") << QStringLiteral("a12uel5l");
        QTest::newRow("long hrp") << QStringLiteral("an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs");
        QTest::newRow("charset") << QStringLiteral("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw");
        QTest::newRow("data") << QStringLiteral("split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w");
        QTest::newRow("question mark hrp") << QStringLiteral("?1ezyfcl");
    }

    void bech32Valid()
    {
        QFETCH(QString, text);
        auto d = Bech32::decode(text);
        QVERIFY_RESULT(d);
        QCOMPARE(Bech32::encode(d.value().hrp, d.value().data), text.toLower());
    }

    void bech32Invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("hrp char out of range") << (QString(QChar(0x20)) + QStringLiteral("1nwldj5"));
        QTest::newRow("del in hrp") << (QString(QChar(0x7f)) + QStringLiteral("1axkwrx"));
        QTest::newRow("no separator") << QStringLiteral("pzry9x0s0muk");
        QTest::newRow("empty hrp") << QStringLiteral("1pzry9x0s0muk");
        QTest::newRow("invalid data char") << QStringLiteral("x1b4n0q5v");
        QTest::newRow("too short checksum") << QStringLiteral("li1dgmt3");
        QTest::newRow("invalid checksum char") << (QStringLiteral("de1lg7wt") + QChar(0xff));
        QTest::newRow("checksum with upper hrp") << QStringLiteral("A1G7SGD8");
        QTest::newRow("empty hrp 2") << QStringLiteral("10a06t8");
        QTest::newRow("mixed case") << QStringLiteral("A12uEL5L");
        QTest::newRow("typo") << QStringLiteral("age1xmwwc06ly3ee5rytxm9mflaz2u56jjj36s0mypdrwsvlul66mv4q47ryeg");
        QTest::newRow("empty") << QString();
    }

    void bech32Invalid()
    {
        QFETCH(QString, text);
        auto d = Bech32::decode(text);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code(), ErrorCode::Parse);
    }

    void keys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("identity");
        QTest::addColumn<bool>("valid");
        QTest::newRow("identity") << QStringLiteral("AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0") << true << true;
        QTest::newRow("identity lower") << QStringLiteral("age-secret-key-1egtzvffv20835nwyv6270lxyvk2vknx2mmdkwyklmgr48uawx40q2p2lm0") << true << true;
        QTest::newRow("recipient as identity") << QStringLiteral("age1xmwwc06ly3ee5rytxm9mflaz2u56jjj36s0mypdrwsvlul66mv4q47ryef") << true << false;
        QTest::newRow("pq identity") << QStringLiteral("AGE-SECRET-KEY-PQ-1HZLGZUPT4ETPKDEV8HSGFDCYZ4E522W0A7PU2LHT8EH9W6YLNC3SW78XKG") << true << false;
        QTest::newRow("recipient") << QStringLiteral("age1xmwwc06ly3ee5rytxm9mflaz2u56jjj36s0mypdrwsvlul66mv4q47ryef") << false << true;
        QTest::newRow("recipient upper") << QStringLiteral("AGE1XMWWC06LY3EE5RYTXM9MFLAZ2U56JJJ36S0MYPDRWSVLUL66MV4Q47RYEF") << false << false;
        QTest::newRow("identity as recipient") << QStringLiteral("AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0") << false << false;
        QTest::newRow("short key") << Bech32::encode(QStringLiteral("age"), QByteArray(31, '\x01')) << false << false;
    }

    void keys()
    {
        QFETCH(QString, text);
        QFETCH(bool, identity);
        QFETCH(bool, valid);
        const bool ok = identity ? X25519Identity::parse(text).ok() : X25519Recipient::parse(text).ok();
        QCOMPARE(ok, valid);
    }

    void identityFiles()
    {
        const auto id = X25519Identity::generate();
        const SecureBuffer file = AgeKeys::keygenFile(id, QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC));
        QVERIFY(file.toString().startsWith(QLatin1String("# created: 2023-11-14T22:13:20Z\n# public key: age1")));
        auto parsed = AgeKeys::parseIdentities(file.view() + "\n\n# another comment\n");
        QVERIFY_RESULT(parsed);
        QCOMPARE(parsed.value().size(), 1);
        auto bad = AgeKeys::parseIdentities("# header\nnot a key\n", QStringLiteral("keys.txt"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().toString().contains(QLatin1String("keys.txt line 2")));
        QCOMPARE(AgeKeys::parseIdentities("# only comments\n").error().code(), ErrorCode::NotFound);
        auto recipients = AgeKeys::parseRecipients(id.recipient().toString() + QStringLiteral(",\n# c\n") + X25519Identity::generate().recipient().toString());
        QVERIFY_RESULT(recipients);
        QCOMPARE(recipients.value().size(), 2);
        QVERIFY(!AgeKeys::parseRecipients(QStringLiteral("age1bogus")).ok());
    }
};

QTEST_GUILESS_MAIN(tst_AgeKeys)
#include "tst_agekeys.moc"
