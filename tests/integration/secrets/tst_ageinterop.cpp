// Interop both ways with Debian's age 1.1.1 and age-keygen: keys, binary and armored files,
// several recipients, files larger than one chunk, and the CLI's passphrase mode.
#include "backend/secrets/age/agefailure.h"
#include "backend/secrets/age/agefile.h"
#include "backend/secrets/age/agekeys.h"
#include "backend/secrets/crypto/primitives.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace shipdeck;
using namespace shipdeck::age;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60'000))
        qFatal("%s did not finish", qPrintable(program));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray payload(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        out[i] = char((i * 131 + i / 7) & 0xff);
    return out;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return f.fileName();
}

} // namespace

class tst_AgeInterop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("age")).isEmpty() || QStandardPaths::findExecutable(QStringLiteral("age-keygen")).isEmpty())
            QFAIL("the age CLI is not installed (scripts/setup.sh installs the Debian package)");
    }

    void keysAgreeWithAgeKeygen()
    {
        // age-keygen's identity parses here and yields the same recipient.
        QTemporaryDir dir;
        const Run gen = run(QStringLiteral("age-keygen"), {QStringLiteral("-o"), dir.filePath(QStringLiteral("key.txt"))});
        QCOMPARE(gen.code, 0);
        QFile f(dir.filePath(QStringLiteral("key.txt")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray keyFile = f.readAll();
        auto ids = AgeKeys::parseIdentities(keyFile);
        QVERIFY_RESULT(ids);
        const Run y = run(QStringLiteral("age-keygen"), {QStringLiteral("-y"), f.fileName()});
        QCOMPARE(std::static_pointer_cast<const X25519Identity>(ids.value().first())->recipient().toString().toLatin1(), y.out.trimmed());

        // Our keygen file is accepted by age-keygen -y.
        auto mine = X25519Identity::generate();
        const SecureBuffer file = AgeKeys::keygenFile(mine, QDateTime::currentDateTimeUtc());
        const Run y2 = run(QStringLiteral("age-keygen"), {QStringLiteral("-y")}, file.toByteArray());
        QCOMPARE(y2.code, 0);
        QCOMPARE(QString::fromLatin1(y2.out.trimmed()), mine.recipient().toString());
        // The specification's example key.
        auto spec = X25519Identity::parse(QStringLiteral("AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"));
        QVERIFY_RESULT(spec);
        QCOMPARE(spec.value().recipient().toString(), QStringLiteral("age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"));
    }

    void ourFilesDecryptWithAge_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("armor");
        QTest::addColumn<int>("recipients");
        QTest::newRow("empty") << 0 << false << 1;
        QTest::newRow("small armored") << 100 << true << 1;
        QTest::newRow("exactly one chunk") << 65536 << false << 1;
        QTest::newRow("three chunks, two recipients") << 150'000 << false << 2;
        QTest::newRow("two full chunks armored") << 131072 << true << 3;
    }

    void ourFilesDecryptWithAge()
    {
        QFETCH(int, size);
        QFETCH(bool, armor);
        QFETCH(int, recipients);
        QTemporaryDir dir;
        AgeRecipients list;
        QStringList keyFiles;
        for (int i = 0; i < recipients; ++i) {
            auto id = X25519Identity::generate();
            list.append(std::make_shared<X25519Recipient>(id.recipient()));
            keyFiles << writeFile(dir, QStringLiteral("key%1.txt").arg(i), AgeKeys::keygenFile(id, QDateTime::currentDateTimeUtc()).toByteArray());
        }
        const QByteArray plain = payload(size);
        auto sealed = AgeFile::encrypt(SecureBuffer::fromByteArray(plain), list, armor);
        QVERIFY_RESULT(sealed);
        QCOMPARE(sealed.value().startsWith("-----BEGIN AGE ENCRYPTED FILE-----\n"), armor);
        const QString file = writeFile(dir, QStringLiteral("out.age"), sealed.value());
        for (const QString &key : keyFiles) {
            const Run d = run(QStringLiteral("age"), {QStringLiteral("-d"), QStringLiteral("-i"), key, file});
            QVERIFY2(d.code == 0, d.err.constData());
            QCOMPARE(d.out, plain);
        }
    }

    void ageFilesDecryptHere_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("armor");
        QTest::newRow("small") << 5 << false;
        QTest::newRow("armored") << 3000 << true;
        QTest::newRow("large") << 300'000 << false;
    }

    void ageFilesDecryptHere()
    {
        QFETCH(int, size);
        QFETCH(bool, armor);
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("key.txt"));
        QCOMPARE(run(QStringLiteral("age-keygen"), {QStringLiteral("-o"), key}).code, 0);
        const QString other = dir.filePath(QStringLiteral("other.txt"));
        QCOMPARE(run(QStringLiteral("age-keygen"), {QStringLiteral("-o"), other}).code, 0);
        const QByteArray recipient = run(QStringLiteral("age-keygen"), {QStringLiteral("-y"), key}).out.trimmed();
        const QByteArray otherRecipient = run(QStringLiteral("age-keygen"), {QStringLiteral("-y"), other}).out.trimmed();
        const QByteArray plain = payload(size);
        QStringList args = {QStringLiteral("-r"), QString::fromLatin1(recipient), QStringLiteral("-r"), QString::fromLatin1(otherRecipient)};
        if (armor)
            args << QStringLiteral("-a");
        const Run e = run(QStringLiteral("age"), args, plain);
        QCOMPARE(e.code, 0);
        QFile kf(key);
        QVERIFY(kf.open(QIODevice::ReadOnly));
        auto ids = AgeKeys::parseIdentities(kf.readAll());
        QVERIFY_RESULT(ids);
        auto opened = AgeFile::decrypt(e.out, ids.value());
        QVERIFY_RESULT(opened);
        QCOMPARE(opened.value().toByteArray(), plain);

        // A wrong key is "no match"; a truncated file is a payload failure with nothing extra.
        auto wrong = AgeFile::decrypt(e.out, {std::make_shared<X25519Identity>(X25519Identity::generate())});
        QCOMPARE(ageFailureOf(wrong.error()), AgeFailure::NoMatch);
        QCOMPARE(wrong.error().code(), ErrorCode::Unauthenticated);
        if (!armor) {
            auto truncated = AgeFile::decrypt(e.out.chopped(7), ids.value());
            QVERIFY(!truncated.ok());
            QCOMPARE(ageFailureOf(truncated.error()), AgeFailure::Payload);
        }
    }

    void passphraseFilesWithAge()
    {
        // age reads passphrases only from a terminal; util-linux `script` gives it one.
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QSKIP("util-linux script is not installed");
        QTemporaryDir dir;
        auto sealed = AgeFile::encrypt(SecureBuffer::fromByteArray("scrypt interop"),
                                       {std::make_shared<ScryptRecipient>(SecureBuffer::fromByteArray("correct horse"), 10)}, false);
        QVERIFY_RESULT(sealed);
        const QString file = writeFile(dir, QStringLiteral("p.age"), sealed.value());
        const QString out = dir.filePath(QStringLiteral("p.txt"));
        QProcess p;
        p.start(QStringLiteral("script"), {QStringLiteral("-qec"), QStringLiteral("age -d -o '%1' '%2'").arg(out, file), QStringLiteral("/dev/null")});
        QVERIFY(p.waitForStarted());
        // age asks for the passphrase once its prompt is up; wait for it instead of sleeping.
        QTRY_VERIFY_WITH_TIMEOUT(p.bytesAvailable() > 0 || p.readAllStandardOutput().contains("passphrase"), 10'000);
        p.write("correct horse\r");
        QVERIFY(p.waitForFinished(30'000));
        QFile f(out);
        QVERIFY2(f.open(QIODevice::ReadOnly), p.readAll().constData());
        QCOMPARE(f.readAll(), QByteArray("scrypt interop"));
    }
};

QTEST_GUILESS_MAIN(tst_AgeInterop)
#include "tst_ageinterop.moc"
