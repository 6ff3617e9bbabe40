// SOPS: known answers from files written by sops itself, edits that touch one line, recipients,
// data-key rotation, and every way a file can be wrong.
#include "backend/core/clock.h"
#include "backend/secrets/age/agekeys.h"
#include "backend/secrets/crypto/primitives.h"
#include "backend/secrets/sops/sopscipher.h"
#include "backend/secrets/sops/sopsfile.h"
#include "testsupport.h"

#include <QFile>

using namespace shipdeck;
using namespace shipdeck::sops;

namespace {

QByteArray readFixture(const QString &rel)
{
    QFile f(test::fixturesDir() + QStringLiteral("/sops/") + rel);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(rel));
    return f.readAll();
}

age::AgeIdentities identitiesFrom(const QString &keyFile)
{
    return age::AgeKeys::parseIdentities(readFixture(keyFile)).value();
}

SopsPath path(const QString &text)
{
    return SopsPaths::parse(text).value();
}

QString valueOf(const SopsFile &file, const QString &p)
{
    auto v = file.value(path(p));
    return v ? v.value().toString() : QStringLiteral("<error: %1>").arg(v.error().toString());
}

// Lines of b that are not in a, outside the sops metadata.
QStringList changedLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n');
    const QList<QByteArray> lb = b.split('\n');
    QStringList out;
    for (qsizetype i = 0; i < qMin(la.size(), lb.size()); ++i) {
        const QByteArray l = lb.at(i).trimmed();
        if (l.startsWith("sops:") || l.startsWith("\"sops\":") || l.startsWith("[sops]") || l.startsWith("sops_"))
            break; // the metadata block
        if (la.at(i) == lb.at(i))
            continue;
        const bool meta = l.startsWith("sops") || l.startsWith("\"sops\"") || l.startsWith("lastmodified") || l.startsWith("mac")
            || l.startsWith("\"lastmodified\"") || l.startsWith("\"mac\"") || l.startsWith("version") || l.startsWith("\"version\"");
        if (!meta)
            out << QString::fromUtf8(lb.at(i));
    }
    return out;
}

struct Generated
{
    std::shared_ptr<age::X25519Identity> identity;
    QString recipient;
};

Generated generate()
{
    auto id = std::make_shared<age::X25519Identity>(age::X25519Identity::generate());
    return {id, id->recipient().toString()};
}

} // namespace

class tst_SopsFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueKnownAnswer()
    {
        // getsops/sops aes/cipher_test.go
        const SecureBuffer key = SecureBuffer::fromByteArray(QByteArray(32, 'f'));
        const QString enc = QStringLiteral("ENC[AES256_GCM,data:oYyi,iv:MyIDYbT718JRr11QtBkcj3Dwm4k1aCGZBVeZf0EyV8o=,tag:t5z2Z023Up0kxwCgw1gNxg==,type:str]");
        auto plain = SopsCipher::decrypt(enc, key, QByteArrayLiteral("bar:"));
        QVERIFY_RESULT(plain);
        QCOMPARE(plain.value().toString(), QStringLiteral("foo"));
        QVERIFY(!SopsCipher::decrypt(enc, key, QByteArrayLiteral("baz:")).ok());
    }

    void fixturesDecrypt_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("expected"); // path=value
        const QString k = QStringLiteral("sops-age/key.txt");
        QTest::newRow("yaml 3.8.1") << QStringLiteral("sops-age/secret.enc.yaml") << k
            << QStringList{QStringLiteral("secret=this is a secret"), QStringLiteral("string=string"), QStringLiteral("int=7"),
                           QStringLiteral("float=3.14"), QStringLiteral("boolean=True"), QStringLiteral("complex.value=this is a secret"),
                           QStringLiteral("complex.array[0]=one"), QStringLiteral("complex.array[2]=three")};
        QTest::newRow("json 3.9.2") << QStringLiteral("sops-age/secret.enc.json") << k
            << QStringList{QStringLiteral("secret=this is a secret"), QStringLiteral("int=7"), QStringLiteral("float=3.14"),
                           QStringLiteral("boolean=True"), QStringLiteral("0word=gotta match go"), QStringLiteral("complex.array[1]=two")};
        QTest::newRow("dotenv 3.8.1") << QStringLiteral("sops-age/secret.enc.env") << k
            << QStringList{QStringLiteral("secret=this is a secret"), QStringLiteral("another_secret=7")};
        QTest::newRow("ini 3.8.1") << QStringLiteral("sops-age/secret.enc.ini") << k
            << QStringList{QStringLiteral("DEFAULT.secret=this is a secret"), QStringLiteral("complex.string=string")};
        QTest::newRow("helm-secrets yaml 3.7.1") << QStringLiteral("helm-secrets/secrets.age.yaml") << QStringLiteral("helm-secrets/key.txt")
            << QStringList{QStringLiteral("global_secret=global_age"), QStringLiteral("service.port=92")};
    }

    void fixturesDecrypt()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QStringList, expected);
        auto parsed = SopsFile::parse(readFixture(file), formatForPath(file));
        QVERIFY_RESULT(parsed);
        QVERIFY_RESULT(parsed.value().unlock(identitiesFrom(key)));
        for (const QString &pair : expected) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            QCOMPARE(valueOf(parsed.value(), pair.left(eq)), pair.mid(eq + 1));
        }
        auto plain = parsed.value().renderPlaintext();
        QVERIFY_RESULT(plain);
        QVERIFY(!plain.value().toString().contains(QLatin1String("ENC[")));
        QVERIFY(!plain.value().toString().contains(QLatin1String("BEGIN AGE")));
    }

    void helmMultilineValue()
    {
        auto parsed = SopsFile::parse(readFixture(QStringLiteral("helm-secrets/secrets.age.yaml")), SopsFormat::Yaml);
        QVERIFY_RESULT(parsed.value().unlock(identitiesFrom(QStringLiteral("helm-secrets/key.txt"))));
        const QString key = valueOf(parsed.value(), QStringLiteral("key"));
        QCOMPARE(key.toUtf8().size(), 910);
        QVERIFY(key.startsWith(QLatin1String("-----BEGIN PGP MESSAGE-----\n\nwcFMAxYpv4YXKfBAARAAVzE7")));
        QVERIFY(key.endsWith(QLatin1String("-----END PGP MESSAGE-----")));
    }

    void editTouchesOneLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("path");
        QTest::newRow("yaml") << QStringLiteral("sops-age/secret.enc.yaml") << QStringLiteral("sops-age/key.txt") << QStringLiteral("complex.value");
        QTest::newRow("yaml list item") << QStringLiteral("sops-age/secret.enc.yaml") << QStringLiteral("sops-age/key.txt") << QStringLiteral("complex.array[1]");
        QTest::newRow("json") << QStringLiteral("sops-age/secret.enc.json") << QStringLiteral("sops-age/key.txt") << QStringLiteral("secret");
        QTest::newRow("dotenv") << QStringLiteral("sops-age/secret.enc.env") << QStringLiteral("sops-age/key.txt") << QStringLiteral("another_secret");
        QTest::newRow("ini") << QStringLiteral("sops-age/secret.enc.ini") << QStringLiteral("sops-age/key.txt") << QStringLiteral("complex.string");
        QTest::newRow("helm yaml") << QStringLiteral("helm-secrets/secrets.age.yaml") << QStringLiteral("helm-secrets/key.txt") << QStringLiteral("global_secret");
    }

    void editTouchesOneLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QString, path);
        const QByteArray original = readFixture(file);
        auto parsed = SopsFile::parse(original, formatForPath(file));
        QVERIFY_RESULT(parsed);
        SopsFile &f = parsed.value();
        QVERIFY_RESULT(f.unlock(identitiesFrom(key)));
        QMap<QString, QString> before;
        for (const auto &e : f.entries()) {
            if (!e.isNull)
                before.insert(SopsPaths::toString(e.path), valueOf(f, SopsPaths::toString(e.path)));
        }
        QVERIFY_RESULT(f.setValue(::path(path), SecureBuffer::fromString(QStringLiteral("changed value"))));
        ManualClock clock(1'800'000'000'000);
        auto rendered = f.render(&clock);
        QVERIFY_RESULT(rendered);
        const QStringList changed = changedLines(original, rendered.value());
        QVERIFY2(changed.size() == 1, qPrintable(changed.join(QLatin1Char('\n'))));
        QVERIFY(rendered.value().contains("2027-01-15T08:00:00Z"));

        auto again = SopsFile::parse(rendered.value(), formatForPath(file));
        QVERIFY_RESULT(again);
        QVERIFY_RESULT(again.value().unlock(identitiesFrom(key)));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(valueOf(again.value(), it.key()), it.key() == SopsPaths::toString(::path(path)) ? QStringLiteral("changed value") : it.value());
        // The other recipients' entries are untouched.
        QCOMPARE(again.value().recipients(), f.recipients());
    }

    void addTopLevelKey_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::newRow("yaml") << QStringLiteral("sops-age/secret.enc.yaml") << QStringLiteral("new_key");
        QTest::newRow("yaml nested") << QStringLiteral("sops-age/secret.enc.yaml") << QStringLiteral("complex.deeper.added");
        QTest::newRow("yaml helm nested") << QStringLiteral("helm-secrets/secrets.age.yaml") << QStringLiteral("service.token");
        QTest::newRow("json") << QStringLiteral("sops-age/secret.enc.json") << QStringLiteral("new_key");
        QTest::newRow("dotenv") << QStringLiteral("sops-age/secret.enc.env") << QStringLiteral("NEW_KEY");
        QTest::newRow("ini existing section") << QStringLiteral("sops-age/secret.enc.ini") << QStringLiteral("complex.added");
        QTest::newRow("ini new section") << QStringLiteral("sops-age/secret.enc.ini") << QStringLiteral("fresh.added");
    }

    void addTopLevelKey()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        const QString key = file.startsWith(QLatin1String("helm")) ? QStringLiteral("helm-secrets/key.txt") : QStringLiteral("sops-age/key.txt");
        auto f = SopsFile::parse(readFixture(file), formatForPath(file));
        QVERIFY_RESULT(f.value().unlock(identitiesFrom(key)));
        QVERIFY_RESULT(f.value().setValue(::path(path), SecureBuffer::fromString(QStringLiteral("s3cr3t-added"))));
        auto rendered = f.value().render();
        QVERIFY_RESULT(rendered);
        QVERIFY(!rendered.value().contains("s3cr3t-added"));
        auto again = SopsFile::parse(rendered.value(), formatForPath(file));
        QVERIFY_RESULT(again);
        QVERIFY_RESULT(again.value().unlock(identitiesFrom(key)));
        QCOMPARE(valueOf(again.value(), path), QStringLiteral("s3cr3t-added"));
        if (file.startsWith(QLatin1String("helm"))) {
            QCOMPARE(valueOf(again.value(), QStringLiteral("service.port")), QStringLiteral("92"));
            // Only the new line and the metadata differ from the original.
            QCOMPARE(changedLines(readFixture(file), rendered.value()).size(), 1);
        } else {
            QCOMPARE(valueOf(again.value(), file.endsWith(QLatin1String(".ini")) ? QStringLiteral("DEFAULT.secret") : QStringLiteral("secret")),
                     QStringLiteral("this is a secret"));
        }
    }

    void encryptPlaintextRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("yaml") << QStringLiteral("a.yaml")
            << QByteArray("# database\nhuge: 123456789012345678901234\nhexish: 12e45\ndb:\n    user: admin\n    password: hunter2\n    port: 5432\n    ratio: 0.5\n    tls: true\n"
                          "    note_unencrypted: visible\nhosts:\n    - a.example\n    - b.example\nempty: \"\"\nnothing:\ncert: |-\n    line one\n    line two\n"
                          "flow: [x, 'y, z', 3]\ninline: {k: v, n: 1}\n")
            << QStringList{QStringLiteral("db.password=hunter2"), QStringLiteral("db.port=5432"), QStringLiteral("db.tls=True"),
                           QStringLiteral("hosts[1]=b.example"), QStringLiteral("cert=line one\nline two"), QStringLiteral("db.ratio=0.5"),
                           QStringLiteral("huge=123456789012345690000000"), QStringLiteral("hexish=12000000000000000000000000000000000000000000000"),
                           QStringLiteral("flow[1]=y, z"), QStringLiteral("flow[2]=3"), QStringLiteral("inline.k=v")};
        QTest::newRow("json") << QStringLiteral("a.json")
            << QByteArray("{\n\t\"user\": \"admin\",\n\t\"password\": \"hunter2\",\n\t\"port\": 5432,\n\t\"nested\": {\"list\": [1, 2.5, \"x\"]},\n\t\"flag\": false\n}\n")
            << QStringList{QStringLiteral("password=hunter2"), QStringLiteral("port=5432"), QStringLiteral("nested.list[1]=2.5"), QStringLiteral("flag=False")};
        QTest::newRow("dotenv") << QStringLiteral("a.env") << QByteArray("# comment\nUSER=admin\nPASSWORD=hunter2\nMULTI=a\\nb\n")
            << QStringList{QStringLiteral("PASSWORD=hunter2"), QStringLiteral("MULTI=a\nb")};
        QTest::newRow("ini") << QStringLiteral("a.ini") << QByteArray("top = 1\n\n[database]\nuser = admin\npassword = hunter2\n")
            << QStringList{QStringLiteral("DEFAULT.top=1"), QStringLiteral("database.password=hunter2")};
    }

    void encryptPlaintextRoundTrip()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, plaintext);
        QFETCH(QStringList, expected);
        const Generated me = generate();
        const Generated teammate = generate();
        SopsFile::CreateOptions options;
        options.recipients = {me.recipient, teammate.recipient};
        auto encrypted = SopsFile::encryptPlaintext(plaintext, formatForPath(name), options);
        QVERIFY_RESULT(encrypted);
        QVERIFY(!encrypted.value().contains("hunter2"));
        for (const auto &id : {me.identity, teammate.identity}) {
            auto f = SopsFile::parse(encrypted.value(), formatForPath(name));
            QVERIFY_RESULT(f);
            QVERIFY_RESULT(f.value().unlock({id}));
            for (const QString &pair : expected) {
                const qsizetype eq = pair.indexOf(QLatin1Char('='));
                QCOMPARE(valueOf(f.value(), pair.left(eq)), pair.mid(eq + 1));
            }
        }
        if (name.endsWith(QLatin1String(".yaml")))
            QVERIFY(encrypted.value().contains("note_unencrypted: visible"));
    }

    void wrongKeyAndTampering()
    {
        const QByteArray original = readFixture(QStringLiteral("sops-age/secret.enc.yaml"));
        const auto rightKey = identitiesFrom(QStringLiteral("sops-age/key.txt"));
        // Wrong key.
        auto f = SopsFile::parse(original, SopsFormat::Yaml);
        auto wrong = f.value().unlock({generate().identity});
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code(), ErrorCode::Unauthenticated);
        QVERIFY(wrong.error().message().contains(QLatin1String("age1je6kjhzuhdjy3fqptpttxjh5k8q46vygzlgtpuq3030c947pc5tqz9dqvr")));
        QVERIFY(!f.value().isUnlocked());

        // A value swapped with another one: its AAD no longer matches.
        QByteArray swapped = original;
        const QList<QByteArray> lines = original.split('\n');
        const QByteArray secretEnc = lines.at(0).mid(8);
        const QByteArray stringEnc = lines.at(1).mid(8);
        swapped.replace(secretEnc, "XXX").replace(stringEnc, secretEnc).replace("XXX", stringEnc);
        auto s = SopsFile::parse(swapped, SopsFormat::Yaml);
        QVERIFY_RESULT(s);
        auto swappedUnlock = s.value().unlock(rightKey);
        QVERIFY(!swappedUnlock.ok());
        QCOMPARE(swappedUnlock.error().code(), ErrorCode::Corrupt);
        QVERIFY(swappedUnlock.error().toString().contains(QLatin1String("decrypting secret")));

        // A flipped ciphertext byte.
        QByteArray flipped = original;
        flipped.replace("data:LNzAFGse", "data:LNzBFGse");
        auto fl = SopsFile::parse(flipped, SopsFormat::Yaml);
        QVERIFY_RESULT(fl);
        QCOMPARE(fl.value().unlock(rightKey).error().code(), ErrorCode::Corrupt);

        // A value replaced with cleartext: the MAC catches it.
        QByteArray cleartext = original;
        cleartext.replace(stringEnc, "plain");
        auto c = SopsFile::parse(cleartext, SopsFormat::Yaml);
        QVERIFY(!c.ok() || !c.value().unlock(rightKey).ok());

        // Tampered MAC.
        QByteArray mac = original;
        const qsizetype at = mac.indexOf("mac: ENC[AES256_GCM,data:") + 25;
        mac[at] = mac.at(at) == 'A' ? 'B' : 'A';
        auto m = SopsFile::parse(mac, SopsFormat::Yaml);
        QVERIFY_RESULT(m);
        auto macUnlock = m.value().unlock(rightKey);
        QCOMPARE(macUnlock.error().code(), ErrorCode::Corrupt);
        QVERIFY(macUnlock.error().message().contains(QLatin1String("MAC")));

        // Reordered list items: every value decrypts (same AAD) but the MAC does not match.
        QByteArray reordered = original;
        const QByteArray one = lines.at(8);
        const QByteArray two = lines.at(9);
        reordered.replace(one, "YYY").replace(two, one).replace("YYY", two);
        auto r = SopsFile::parse(reordered, SopsFormat::Yaml);
        QVERIFY_RESULT(r);
        auto reorderedUnlock = r.value().unlock(rightKey);
        QVERIFY(!reorderedUnlock.ok());
        QVERIFY(reorderedUnlock.error().message().contains(QLatin1String("MAC mismatch")));
    }

    void unknownMetadataIsRefused_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<int>("code");
        QTest::newRow("new field") << QByteArray("  lastmodified:") << QByteArray("  post_quantum_groups: yes\n  lastmodified:") << int(ErrorCode::Unsupported);
        QTest::newRow("sops 4") << QByteArray("version: 3.8.1") << QByteArray("version: 4.0.0") << int(ErrorCode::Unsupported);
        QTest::newRow("not a version") << QByteArray("version: 3.8.1") << QByteArray("version: latest") << int(ErrorCode::Corrupt);
        QTest::newRow("no mac") << QByteArray("  mac: ENC") << QByteArray("  notmac: ENC") << int(ErrorCode::Unsupported);
        QTest::newRow("key groups") << QByteArray("  lastmodified:") << QByteArray("  key_groups: []\n  lastmodified:") << int(ErrorCode::Unsupported);
        QTest::newRow("bad type") << QByteArray("type:str]\nstring") << QByteArray("type:blob]\nstring") << int(ErrorCode::Corrupt);
        QTest::newRow("short iv") << QByteArray("iv:uhdG6vcUoywenIi6EDaXDvyhWb/2Lv6kL4MiLdLb/kU=") << QByteArray("iv:uhdG6vcUoywenIi6EDaX") << int(ErrorCode::Corrupt);
    }

    void unknownMetadataIsRefused()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(int, code);
        QByteArray text = readFixture(QStringLiteral("sops-age/secret.enc.yaml"));
        QVERIFY(text.contains(from));
        text.replace(from, to);
        auto f = SopsFile::parse(text, SopsFormat::Yaml);
        QVERIFY(!f.ok());
        QCOMPARE(int(f.error().code()), code);
        QVERIFY(!f.error().message().isEmpty());
    }

    void malformedInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("yaml syntax") << QStringLiteral("x.yaml") << QByteArray("a: [1, 2\nsops: {");
        QTest::newRow("yaml not a map") << QStringLiteral("x.yaml") << QByteArray("- a\n- b\n");
        QTest::newRow("json syntax") << QStringLiteral("x.json") << QByteArray("{\"a\": 1,");
        QTest::newRow("json array top") << QStringLiteral("x.json") << QByteArray("[1]");
        QTest::newRow("json bad escape") << QStringLiteral("x.json") << QByteArray("{\"a\": \"\\q\"}");
        QTest::newRow("json duplicate") << QStringLiteral("x.json") << QByteArray("{\"a\": 1, \"a\": 2}");
        QTest::newRow("dotenv no equals") << QStringLiteral("x.env") << QByteArray("JUSTTEXT\n");
        QTest::newRow("ini no equals") << QStringLiteral("x.ini") << QByteArray("[a]\nnovalue\n");
        QTest::newRow("ini open section") << QStringLiteral("x.ini") << QByteArray("[a\nb = 1\n");
        QTest::newRow("plaintext only") << QStringLiteral("x.yaml") << QByteArray("a: 1\n");
        QTest::newRow("metadata flat bad index") << QStringLiteral("x.env") << QByteArray("A=1\nsops_age__list_5__map_enc=x\nsops_version=3.8.1\nsops_mac=x\n");
    }

    void malformedInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, text);
        auto f = SopsFile::parse(text, formatForPath(name));
        QVERIFY(!f.ok());
        QVERIFY(!f.error().message().isEmpty());
    }

    void updateKeysAndRotate()
    {
        const Generated alice = generate();
        const Generated bob = generate();
        SopsFile::CreateOptions options;
        options.recipients = {alice.recipient};
        auto created = SopsFile::encryptPlaintext("password: hunter2\nuser: admin\n", SopsFormat::Yaml, options);
        QVERIFY_RESULT(created);

        // Add bob: the data key and the values stay; alice's entry is kept byte for byte.
        auto f = SopsFile::parse(created.value(), SopsFormat::Yaml);
        QVERIFY_RESULT(f.value().unlock({alice.identity}));
        QVERIFY_RESULT(f.value().setRecipients({alice.recipient, bob.recipient}));
        auto withBob = f.value().render();
        QVERIFY_RESULT(withBob);
        const QByteArray passwordLine = created.value().split('\n').first();
        QVERIFY(withBob.value().startsWith(passwordLine + '\n'));
        auto asBob = SopsFile::parse(withBob.value(), SopsFormat::Yaml);
        QVERIFY_RESULT(asBob.value().unlock({bob.identity}));
        QCOMPARE(valueOf(asBob.value(), QStringLiteral("password")), QStringLiteral("hunter2"));

        // Remove alice, then rotate: alice's copy of the old data key no longer opens anything.
        QVERIFY_RESULT(asBob.value().setRecipients({bob.recipient}));
        QVERIFY_RESULT(asBob.value().rotateDataKey());
        auto rotated = asBob.value().render();
        QVERIFY_RESULT(rotated);
        QVERIFY(!rotated.value().startsWith(passwordLine + '\n'));
        auto asAlice = SopsFile::parse(rotated.value(), SopsFormat::Yaml);
        QCOMPARE(asAlice.value().unlock({alice.identity}).error().code(), ErrorCode::Unauthenticated);
        auto asBobAgain = SopsFile::parse(rotated.value(), SopsFormat::Yaml);
        QVERIFY_RESULT(asBobAgain.value().unlock({bob.identity}));
        QCOMPARE(valueOf(asBobAgain.value(), QStringLiteral("user")), QStringLiteral("admin"));

        // Removing everyone is refused.
        QVERIFY(!asBobAgain.value().setRecipients({}).ok());
        // A recipient that is not an age key is refused.
        QVERIFY(!asBobAgain.value().setRecipients({QStringLiteral("age1notakey")}).ok());
    }

    void paths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("aad");
        QTest::newRow("simple") << QStringLiteral("a.b") << QByteArray("a:b:");
        QTest::newRow("index") << QStringLiteral("complex.array[2]") << QByteArray("complex:array:");
        QTest::newRow("quoted") << QStringLiteral("labels[\"app.kubernetes.io/name\"]") << QByteArray("labels:app.kubernetes.io/name:");
    }

    void paths()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, aad);
        auto p = SopsPaths::parse(text);
        QVERIFY_RESULT(p);
        QCOMPARE(SopsPaths::aad(p.value()), aad);
        QCOMPARE(SopsPaths::toString(p.value()), text);
        QVERIFY(!SopsPaths::parse(QStringLiteral("a..b")).ok());
        QVERIFY(!SopsPaths::parse(QStringLiteral("a[x]")).ok());
        QVERIFY(!SopsPaths::parse(QStringLiteral("a[\"unterminated")).ok());
    }
};

QTEST_GUILESS_MAIN(tst_SopsFile)
#include "tst_sopsfile.moc"
