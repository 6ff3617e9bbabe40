// Kubernetes Secret manifests: data shown decoded, written back encoded, the rest kept.
#include "backend/secrets/kube/kubesecretmanifest.h"
#include "testsupport.h"

using namespace shipdeck;

namespace {
const QByteArray kManifest =
    "# database credentials\n"
    "apiVersion: v1\n"
    "kind: Secret\n"
    "metadata:\n"
    "  name: db\n"
    "  namespace: shop\n"
    "type: kubernetes.io/basic-auth\n"
    "data:\n"
    "  username: YWRtaW4=   # admin\n"
    "  password: aHVudGVyMg==\n"
    "stringData:\n"
    "  note: plain text\n"
    "---\n"
    "apiVersion: v1\n"
    "kind: ConfigMap\n"
    "metadata:\n"
    "  name: other\n"
    "data:\n"
    "  x: y\n";
}

class tst_KubeSecretManifest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsAndDecodes()
    {
        auto m = KubeSecretManifest::parse(kManifest);
        QVERIFY_RESULT(m);
        const auto entries = m.value().entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).secretName, QStringLiteral("db"));
        QCOMPARE(entries.at(0).secretNamespace, QStringLiteral("shop"));
        QCOMPARE(entries.at(0).type, QStringLiteral("kubernetes.io/basic-auth"));
        QCOMPARE(entries.at(1).size, 7);
        QCOMPARE(entries.at(2).field, QStringLiteral("stringData"));
        QCOMPARE(m.value().value(QStringLiteral("password")).value().toString(), QStringLiteral("hunter2"));
        QCOMPARE(m.value().value(QStringLiteral("note")).value().toString(), QStringLiteral("plain text"));
        QCOMPARE(m.value().value(QStringLiteral("x")).error().code(), ErrorCode::NotFound); // the ConfigMap is not a Secret
    }

    void writesBackEncodedKeepingTheRest()
    {
        auto m = KubeSecretManifest::parse(kManifest);
        QVERIFY_RESULT(m.value().setValue(QStringLiteral("password"), SecureBuffer::fromByteArray("n3w:pass\n")));
        QByteArray expected = kManifest;
        expected.replace("aHVudGVyMg==", QByteArray("n3w:pass\n").toBase64());
        QCOMPARE(m.value().text(), expected);
        QVERIFY_RESULT(m.value().setValue(QStringLiteral("token"), SecureBuffer::fromByteArray("abc")));
        QVERIFY(m.value().text().contains("  password: " + QByteArray("n3w:pass\n").toBase64() + "\n  token: YWJj\nstringData:"));
        QVERIFY(m.value().text().contains("  username: YWRtaW4=   # admin\n"));
        QCOMPARE(m.value().value(QStringLiteral("token")).value().toString(), QStringLiteral("abc"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("not yaml") << QByteArray("kind: Secret\ndata: [1,\n");
        QTest::newRow("no secret") << QByteArray("kind: ConfigMap\ndata:\n  a: b\n");
    }

    void badInput()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!KubeSecretManifest::parse(text).ok());
    }

    void invalidValuesAndKeys()
    {
        auto m = KubeSecretManifest::parse("kind: Secret\nmetadata:\n  name: x\ndata:\n  bad: '%%%'\n");
        QVERIFY_RESULT(m);
        QVERIFY(!m.value().entries().first().validBase64);
        QCOMPARE(m.value().value(QStringLiteral("bad")).error().code(), ErrorCode::Corrupt);
        QCOMPARE(m.value().setValue(QStringLiteral("not a key"), SecureBuffer::fromByteArray("x")).error().code(), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(tst_KubeSecretManifest)
#include "tst_kubesecretmanifest.moc"
