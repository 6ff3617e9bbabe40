// YAML typed by a person (the cluster views' edit dialog): one document parsed to JSON, and
// every malformed input refused with the line and column, never a crash or a silent guess.
#include "backend/kube/yamljson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace shipdeck;

class TestYamlDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesOneDocument()
    {
        auto doc = parseYamlDocument("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels: {app: web}\n"
                                     "spec:\n  replicas: 3\n  paused: false\n  note: \"007\"\n  list: [a, 2]\n",
                                     QStringLiteral("the edit"));
        QVERIFY_RESULT(doc);
        const QJsonObject o = doc->toObject();
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("Deployment"));
        const QJsonObject spec = o.value(QLatin1String("spec")).toObject();
        QCOMPARE(spec.value(QLatin1String("replicas")).toInt(), 3);
        QCOMPARE(spec.value(QLatin1String("paused")).toBool(true), false);
        QCOMPARE(spec.value(QLatin1String("note")).toString(), QStringLiteral("007")); // quoted stays text
        QCOMPARE(spec.value(QLatin1String("list")).toArray().size(), 2);
        QCOMPARE(o.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject().value(QLatin1String("app")).toString(),
                 QStringLiteral("web"));
    }

    void jsonIsYaml()
    {
        auto doc = parseYamlDocument(R"({"kind": "ConfigMap", "data": {"a": "1"}})", QStringLiteral("x"));
        QVERIFY_RESULT(doc);
        QCOMPARE(doc->toObject().value(QLatin1String("data")).toObject().value(QLatin1String("a")).toString(), QStringLiteral("1"));
    }

    void refusesMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("code");
        QTest::newRow("bad indentation") << QByteArray("kind: Pod\nmetadata:\n  name: a\n bad: 1\n") << QStringLiteral("line 4") << int(ErrorCode::Parse);
        QTest::newRow("unclosed flow") << QByteArray("spec: {replicas: 3\n") << QStringLiteral("the edit: line") << int(ErrorCode::Parse);
        QTest::newRow("unclosed sequence") << QByteArray("items: [a, b\n") << QStringLiteral("line") << int(ErrorCode::Parse);
        QTest::newRow("tab indentation") << QByteArray("spec:\n\treplicas: 3\n") << QStringLiteral("line 2") << int(ErrorCode::Parse);
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("the edit is empty") << int(ErrorCode::Validation);
        QTest::newRow("only a comment") << QByteArray("# nothing\n") << QStringLiteral("the edit is empty") << int(ErrorCode::Validation);
        QTest::newRow("two documents") << QByteArray("kind: A\n---\nkind: B\n") << QStringLiteral("holds 2 documents") << int(ErrorCode::Validation);
        QTest::newRow("mapping as key") << QByteArray("? {a: 1}\n: value\n") << QStringLiteral("line") << int(ErrorCode::Parse);
        QTest::newRow("binary garbage") << QByteArray("kind: \x01\x02\xff\n  - [") << QStringLiteral("line 1, column 7") << int(ErrorCode::Parse);
        QTest::newRow("broken utf-8") << QByteArray("kind: Pod\nname: \xc3\x28\n") << QStringLiteral("not valid UTF-8") << int(ErrorCode::Parse);
    }

    void refusesMalformedInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QFETCH(int, code);
        auto doc = parseYamlDocument(text, QStringLiteral("the edit"));
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().message().contains(message), qPrintable(doc.error().message()));
        QCOMPARE(int(doc.error().code()), code);
    }
};

QTEST_GUILESS_MAIN(TestYamlDocument)
#include "tst_yamldocument.moc"
