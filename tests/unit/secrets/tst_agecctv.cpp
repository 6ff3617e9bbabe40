// Every C2SP/CCTV age vector: success, and each failure with its expected category and the
// plaintext released before it. Also the round trips the upstream harness checks.
#include "backend/secrets/age/agearmor.h"
#include "backend/secrets/age/agefailure.h"
#include "backend/secrets/age/agefile.h"
#include "backend/secrets/age/ageheader.h"
#include "backend/secrets/age/agestream.h"
#include "backend/secrets/crypto/primitives.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace shipdeck;
using namespace shipdeck::age;

namespace {

struct Vector
{
    QString expect;
    QByteArray payloadHash;
    QByteArray fileKey;
    QStringList identities;
    QStringList passphrases;
    bool armored = false;
    bool compressed = false;
    bool unknownKey = false;
    QByteArray body;
};

Vector load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const QByteArray all = f.readAll();
    const qsizetype split = all.indexOf("\n\n");
    Vector v;
    for (const QByteArray &line : all.left(split).split('\n')) {
        const qsizetype colon = line.indexOf(": ");
        const QByteArray key = line.left(colon);
        const QByteArray value = line.mid(colon + 2);
        if (key == "expect")
            v.expect = QString::fromLatin1(value);
        else if (key == "payload")
            v.payloadHash = value;
        else if (key == "file key")
            v.fileKey = QByteArray::fromHex(value);
        else if (key == "identity")
            v.identities << QString::fromLatin1(value);
        else if (key == "passphrase")
            v.passphrases << QString::fromLatin1(value);
        else if (key == "armored")
            v.armored = value == "yes";
        else if (key == "compressed")
            v.compressed = value == "zlib";
        else if (key != "comment")
            v.unknownKey = true;
    }
    v.body = all.mid(split + 2);
    if (v.compressed) {
        // qUncompress wants a 4-byte big-endian size hint in front of the zlib stream.
        QByteArray withHint("\x00\x10\x00\x00", 4);
        v.body = qUncompress(withHint + v.body);
    }
    return v;
}

QString fixtureDir()
{
    return test::fixturesDir() + QStringLiteral("/age-cctv");
}

} // namespace

class tst_AgeCctv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(fixtureDir()).entryList(QDir::Files, QDir::Name);
        int count = 0;
        for (const QString &name : files) {
            if (name.contains(QLatin1Char('.')) || name.startsWith(QLatin1String("LICENSE")))
                continue;
            QTest::newRow(qPrintable(name)) << name;
            ++count;
        }
        QVERIFY2(count >= 140, "the CCTV vectors are missing from tests/fixtures/age-cctv");
    }

    void vectors()
    {
        QFETCH(QString, file);
        const Vector v = load(fixtureDir() + QLatin1Char('/') + file);
        if (v.unknownKey)
            QSKIP("vector uses a header key this harness does not know");
        QVERIFY(!v.body.isNull());

        AgeIdentities identities;
        bool skippedPq = false;
        for (const QString &text : v.identities) {
            auto id = X25519Identity::parse(text);
            if (!id && id.error().code() == ErrorCode::Unsupported) {
                skippedPq = true;
                continue;
            }
            QVERIFY_RESULT(id);
            identities.append(std::make_shared<X25519Identity>(std::move(id.value())));
        }
        for (const QString &p : v.passphrases)
            identities.append(std::make_shared<ScryptIdentity>(SecureBuffer::fromString(p)));
        if (identities.isEmpty() && skippedPq)
            QSKIP("post-quantum (ML-KEM-768) identity: OpenSSL 3.0 has no ML-KEM");

        QByteArray input = v.body;
        if (v.armored) {
            // The upstream harness knows which vectors are armored and unwraps them first.
            auto decoded = AgeArmor::decode(v.body);
            if (!decoded) {
                QCOMPARE(ageFailureName(ageFailureOf(decoded.error())), v.expect);
                return;
            }
            input = decoded.value();
        }
        QBuffer in(&input);
        in.open(QIODevice::ReadOnly);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto result = AgeFile::decrypt(in, out, identities);
        const QString got = result ? QStringLiteral("success") : ageFailureName(ageFailureOf(result.error()));
        QVERIFY2(got == v.expect, qPrintable(QStringLiteral("expected '%1', got '%2' (%3)")
                                                 .arg(v.expect, got, result ? QString() : result.error().toString())));
        if (!v.payloadHash.isEmpty())
            QCOMPARE(QCryptographicHash::hash(out.data(), QCryptographicHash::Sha256).toHex(), v.payloadHash);
        if (!result)
            QVERIFY(!result.error().message().isEmpty());
    }

    // Upstream harness: every vector that is not a header failure re-encodes to the same
    // header; success vectors re-encrypt to the same payload with their file key; armor
    // round-trips.
    void roundTrips_data() { vectors_data(); }
    void roundTrips()
    {
        QFETCH(QString, file);
        const Vector v = load(fixtureDir() + QLatin1Char('/') + file);
        if (v.unknownKey || v.expect == QLatin1String("header failure") || v.expect == QLatin1String("armor failure"))
            QSKIP("no round trip defined for this vector");
        QByteArray binary = v.body;
        if (v.armored) {
            auto decoded = AgeArmor::decode(v.body);
            QVERIFY_RESULT(decoded);
            binary = decoded.value();
            auto again = AgeArmor::decode(AgeArmor::encode(binary));
            QVERIFY_RESULT(again);
            QCOMPARE(again.value(), binary);
        }
        QBuffer in(&binary);
        in.open(QIODevice::ReadOnly);
        auto header = AgeHeader::read(in);
        QVERIFY_RESULT(header);
        const QByteArray encoded = header.value().encode();
        QCOMPARE(encoded, binary.left(encoded.size()));
        QCOMPARE(header.value().encodeForMac(), header.value().macMessage);

        if (v.expect != QLatin1String("success"))
            return;
        const QByteArray nonce = binary.mid(encoded.size(), 16);
        auto payloadKey = crypto::hkdfSha256(SecureBuffer::fromByteArray(v.fileKey), nonce, QByteArrayLiteral("payload"));
        QVERIFY_RESULT(payloadKey);
        QBuffer plainOut;
        plainOut.open(QIODevice::WriteOnly);
        QByteArray payload = binary.mid(encoded.size() + 16);
        QBuffer payloadIn(&payload);
        payloadIn.open(QIODevice::ReadOnly);
        QVERIFY_RESULT(AgeStream::decrypt(payloadIn, plainOut, payloadKey.value()));
        QByteArray plain = plainOut.data();
        QBuffer plainIn(&plain);
        plainIn.open(QIODevice::ReadOnly);
        QBuffer reencrypted;
        reencrypted.open(QIODevice::WriteOnly);
        QVERIFY_RESULT(AgeStream::encrypt(plainIn, reencrypted, payloadKey.value()));
        QCOMPARE(reencrypted.data(), payload);
    }
};

QTEST_GUILESS_MAIN(tst_AgeCctv)
#include "tst_agecctv.moc"
