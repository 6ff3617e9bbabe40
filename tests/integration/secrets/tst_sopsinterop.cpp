// Files Shipdeck writes must open with an independent SOPS implementation: the sops-age
// package from the npm registry (installed into the build tree by secrets_sops_age_setup).
// Checked after creation, after an in-place edit, after updatekeys and after a data-key
// rotation, for YAML, JSON and dotenv (sops-age does not read INI).
#include "backend/secrets/age/agekeys.h"
#include "backend/secrets/sops/sopsfile.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

using namespace shipdeck;
using namespace shipdeck::sops;

namespace {

Result<QJsonObject> decryptWithSopsAge(const QByteArray &file, const QString &name, const age::X25519Identity &identity)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(file) != file.size())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    f.close();
    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOPS_AGE_KEY"), identity.toSecretString().toString());
    env.insert(QStringLiteral("HOME"), dir.path());
    node.setProcessEnvironment(env);
    node.start(QStringLiteral("node"), {QStringLiteral(SOPS_AGE_NODE_DIR "/decrypt.mjs"), path});
    if (!node.waitForFinished(60'000))
        return Error(ErrorCode::Timeout, QStringLiteral("node did not finish"));
    if (node.exitCode() != 0)
        return Error(ErrorCode::Corrupt, QString::fromUtf8(node.readAllStandardError()));
    return QJsonDocument::fromJson(node.readAllStandardOutput()).object();
}

} // namespace

class tst_SopsInterop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            QFAIL("node is not installed (scripts/setup.sh installs it)");
        QVERIFY2(QFile::exists(QStringLiteral(SOPS_AGE_NODE_DIR "/node_modules/sops-age/package.json")),
                 "sops-age is not installed: run the secrets_sops_age_setup test first (ctest does)");
    }

    void writtenFilesOpenWithSopsAge_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QString>("editKey");
        QTest::addColumn<QJsonObject>("expected");
        QTest::newRow("yaml") << QStringLiteral("app.sops.yaml")
            << QByteArray("# comment stays\ndb:\n    user: admin\n    password: hunter2\n    port: 5432\n    tls: true\n    ratio: 0.25\n"
                          "hosts:\n    - a\n    - b\nnote_unencrypted: visible\n")
            << QStringLiteral("db.password")
            << QJsonObject{{QStringLiteral("db"), QJsonObject{{QStringLiteral("user"), QStringLiteral("admin")}, {QStringLiteral("password"), QStringLiteral("EDITED")},
                                                               {QStringLiteral("port"), 5432}, {QStringLiteral("tls"), true}, {QStringLiteral("ratio"), 0.25}}},
                           {QStringLiteral("hosts"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
                           {QStringLiteral("note_unencrypted"), QStringLiteral("visible")}};
        QTest::newRow("json") << QStringLiteral("app.sops.json")
            << QByteArray("{\n\t\"user\": \"admin\",\n\t\"password\": \"hunter2\",\n\t\"port\": 5432,\n\t\"nested\": {\"list\": [\"x\", \"y\"]}\n}\n")
            << QStringLiteral("password")
            << QJsonObject{{QStringLiteral("user"), QStringLiteral("admin")}, {QStringLiteral("password"), QStringLiteral("EDITED")},
                           {QStringLiteral("port"), 5432}, {QStringLiteral("nested"), QJsonObject{{QStringLiteral("list"), QJsonArray{QStringLiteral("x"), QStringLiteral("y")}}}}};
        QTest::newRow("dotenv") << QStringLiteral("app.sops.env") << QByteArray("USER=admin\nPASSWORD=hunter2\n") << QStringLiteral("PASSWORD")
            << QJsonObject{{QStringLiteral("USER"), QStringLiteral("admin")}, {QStringLiteral("PASSWORD"), QStringLiteral("EDITED")}};
    }

    void writtenFilesOpenWithSopsAge()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, plaintext);
        QFETCH(QString, editKey);
        QFETCH(QJsonObject, expected);
        const auto alice = std::make_shared<age::X25519Identity>(age::X25519Identity::generate());
        const auto bob = std::make_shared<age::X25519Identity>(age::X25519Identity::generate());
        const SopsFormat format = formatForPath(name);
        SopsFile::CreateOptions options;
        options.recipients = {alice->recipient().toString()};
        auto created = SopsFile::encryptPlaintext(plaintext, format, options);
        QVERIFY_RESULT(created);
        auto first = decryptWithSopsAge(created.value(), name, *alice);
        QVERIFY_RESULT(first);
        QCOMPARE(first.value().value(editKey.section(QLatin1Char('.'), -1)).isUndefined()
                     ? first.value().value(editKey.section(QLatin1Char('.'), 0, 0)).toObject().value(editKey.section(QLatin1Char('.'), 1)).toString()
                     : first.value().value(editKey).toString(),
                 QStringLiteral("hunter2"));

        // Edit in place, then add bob, then rotate the data key: each step opens with sops-age.
        auto file = SopsFile::parse(created.value(), format);
        QVERIFY_RESULT(file.value().unlock({alice}));
        QVERIFY_RESULT(file.value().setValue(SopsPaths::parse(editKey).value(), SecureBuffer::fromByteArray("EDITED")));
        auto edited = file.value().render();
        QVERIFY_RESULT(edited);
        auto second = decryptWithSopsAge(edited.value(), name, *alice);
        QVERIFY_RESULT(second);
        QCOMPARE(second.value(), expected);

        QVERIFY_RESULT(file.value().setRecipients({alice->recipient().toString(), bob->recipient().toString()}));
        auto withBob = file.value().render();
        QVERIFY_RESULT(withBob);
        auto asBob = decryptWithSopsAge(withBob.value(), name, *bob);
        QVERIFY_RESULT(asBob);
        QCOMPARE(asBob.value(), expected);

        auto reread = SopsFile::parse(withBob.value(), format);
        QVERIFY_RESULT(reread.value().unlock({bob}));
        QVERIFY_RESULT(reread.value().rotateDataKey());
        auto rotated = reread.value().render();
        QVERIFY_RESULT(rotated);
        auto afterRotation = decryptWithSopsAge(rotated.value(), name, *alice);
        QVERIFY_RESULT(afterRotation);
        QCOMPARE(afterRotation.value(), expected);
    }

    void fixturesStillOpenAfterOurEdit()
    {
        // A file written by sops 3.8.1, edited by Shipdeck, read by sops-age.
        QFile f(test::fixturesDir() + QStringLiteral("/sops/sops-age/secret.enc.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QFile k(test::fixturesDir() + QStringLiteral("/sops/sops-age/key.txt"));
        QVERIFY(k.open(QIODevice::ReadOnly));
        auto ids = age::AgeKeys::parseIdentities(k.readAll());
        QVERIFY_RESULT(ids);
        auto file = SopsFile::parse(f.readAll(), SopsFormat::Yaml);
        QVERIFY_RESULT(file.value().unlock(ids.value()));
        QVERIFY_RESULT(file.value().setValue(SopsPaths::parse(QStringLiteral("complex.array[1]")).value(), SecureBuffer::fromByteArray("zwei")));
        auto out = file.value().render();
        QVERIFY_RESULT(out);
        auto decoded = decryptWithSopsAge(out.value(), QStringLiteral("secret.enc.yaml"), *std::static_pointer_cast<const age::X25519Identity>(ids.value().first()));
        QVERIFY_RESULT(decoded);
        QCOMPARE(decoded.value().value(QStringLiteral("complex")).toObject().value(QStringLiteral("array")).toArray(),
                 (QJsonArray{QStringLiteral("one"), QStringLiteral("zwei"), QStringLiteral("three")}));
        QCOMPARE(decoded.value().value(QStringLiteral("int")).toInt(), 7);
    }
};

QTEST_GUILESS_MAIN(tst_SopsInterop)
#include "tst_sopsinterop.moc"
