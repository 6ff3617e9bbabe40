#include "backend/config/yamleditor.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace shipdeck;

namespace {

YamlPath path(const char *text)
{
    return YamlPath::parse(QString::fromUtf8(text)).value();
}

// Lines that differ between two texts of the same line count (or -1 when counts differ).
int changedLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n');
    const QList<QByteArray> lb = b.split('\n');
    if (la.size() != lb.size())
        return -1;
    int changed = 0;
    for (int i = 0; i < la.size(); ++i)
        changed += la.at(i) != lb.at(i) ? 1 : 0;
    return changed;
}

const QByteArray kSample =
    "# Application settings\n"
    "server:\n"
    "  host: 0.0.0.0   # listen everywhere\n"
    "  port: 8080\n"
    "  tls: {enabled: false, cert: \"/etc/tls/cert.pem\"}\n"
    "\n"
    "database:\n"
    "  url: 'postgres://db:5432/app'\n"
    "  pool: 10\n"
    "  options:\n"
    "    - retry\n"
    "    - name: timeout\n"
    "      value: 30\n"
    "banner: |\n"
    "  Welcome\n"
    "  to Shipdeck\n"
    "motd: >-\n"
    "  folded\n"
    "  text\n"
    "empty:\n"
    "nothing: ~\n"
    "\"quoted key\": yes please\n"
    "unicode: héllo\n";

} // namespace

class tst_YamlEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesValuesAndJson()
    {
        auto doc = YamlEditor::parse(kSample, QStringLiteral("app.yaml"));
        QVERIFY_RESULT(doc);
        const YamlEditor &e = doc.value();
        QCOMPARE(e.value(path("server.port")).value(), QJsonValue(8080));
        QCOMPARE(e.value(path("server.host")).value(), QJsonValue(QStringLiteral("0.0.0.0")));
        QCOMPARE(e.value(path("server.tls.enabled")).value(), QJsonValue(false));
        QCOMPARE(e.value(path("database.options[1].value")).value(), QJsonValue(30));
        QCOMPARE(e.value(path("banner")).value(), QJsonValue(QStringLiteral("Welcome\nto Shipdeck\n")));
        QCOMPARE(e.value(path("motd")).value(), QJsonValue(QStringLiteral("folded text")));
        QVERIFY(e.value(path("empty")).value().isNull());
        QVERIFY(e.value(path("nothing")).value().isNull());
        QCOMPARE(e.value(path("[\"quoted key\"]")).value(), QJsonValue(QStringLiteral("yes please")));
        QCOMPARE(e.value(path("unicode")).value(), QJsonValue(QStringLiteral("héllo")));
        QCOMPARE(e.value(path("missing")).error().code(), ErrorCode::NotFound);
    }

    void provenance_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("valueLine");
        QTest::newRow("top") << "server" << 2 << 1 << 3;
        QTest::newRow("nested") << "server.port" << 4 << 3 << 4;
        QTest::newRow("flow") << "server.tls.cert" << 5 << 25 << 5;
        QTest::newRow("seq item") << "database.options[0]" << 11 << 7 << 11;
        QTest::newRow("seq map") << "database.options[1].value" << 13 << 7 << 13;
        QTest::newRow("block scalar") << "banner" << 14 << 1 << 14;
        QTest::newRow("after unicode") << "unicode" << 23 << 1 << 23;
    }
    void provenance()
    {
        QFETCH(QString, key);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, valueLine);
        auto doc = YamlEditor::parse(kSample, QStringLiteral("app.yaml"));
        QVERIFY_RESULT(doc);
        auto entry = doc.value().entry(YamlPath::parse(key).value());
        QVERIFY_RESULT(entry);
        QCOMPARE(entry.value().key.line, line);
        QCOMPARE(entry.value().key.column, column);
        QCOMPARE(entry.value().value.line, valueLine);
        // Every key of the document is reported.
        QCOMPARE(doc.value().entries().size(), 20);
    }

    void setScalarTouchesOnlyItsText_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QByteArray>("expectedLine");
        QTest::newRow("plain int") << "server.port" << QJsonValue(9090) << QByteArray("  port: 9090");
        QTest::newRow("plain keeps comment") << "server.host" << QJsonValue(QStringLiteral("127.0.0.1"))
                                             << QByteArray("  host: 127.0.0.1   # listen everywhere");
        QTest::newRow("flow bool") << "server.tls.enabled" << QJsonValue(true)
                                   << QByteArray("  tls: {enabled: true, cert: \"/etc/tls/cert.pem\"}");
        QTest::newRow("flow double quoted") << "server.tls.cert" << QJsonValue(QStringLiteral("/x/\"q\".pem"))
                                            << QByteArray("  tls: {enabled: false, cert: \"/x/\\\"q\\\".pem\"}");
        QTest::newRow("single quoted") << "database.url" << QJsonValue(QStringLiteral("it's"))
                                       << QByteArray("  url: 'it''s'");
        QTest::newRow("seq item") << "database.options[0]" << QJsonValue(QStringLiteral("backoff"))
                                  << QByteArray("    - backoff");
        QTest::newRow("seq map") << "database.options[1].value" << QJsonValue(45) << QByteArray("      value: 45");
        QTest::newRow("string that looks like a number is quoted")
            << "server.port" << QJsonValue(QStringLiteral("8081")) << QByteArray("  port: \"8081\"");
        QTest::newRow("yaml 1.1 boolean word is quoted")
            << "server.host" << QJsonValue(QStringLiteral("on")) << QByteArray("  host: \"on\"   # listen everywhere");
        QTest::newRow("colon space is quoted")
            << "[\"quoted key\"]" << QJsonValue(QStringLiteral("a: b")) << QByteArray("\"quoted key\": \"a: b\"");
        QTest::newRow("explicit null") << "nothing" << QJsonValue(QStringLiteral("x")) << QByteArray("nothing: x");
        QTest::newRow("implicit null") << "empty" << QJsonValue(5) << QByteArray("empty: 5");
        QTest::newRow("newline in plain becomes escaped")
            << "unicode" << QJsonValue(QStringLiteral("a\nb")) << QByteArray("unicode: \"a\\nb\"");
        QTest::newRow("unicode") << "unicode" << QJsonValue(QStringLiteral("ünïcødé ✓")) << QByteArray("unicode: ünïcødé ✓");
        QTest::newRow("float") << "database.pool" << QJsonValue(2.5) << QByteArray("  pool: 2.5");
        QTest::newRow("null") << "database.pool" << QJsonValue(QJsonValue::Null) << QByteArray("  pool: null");
    }
    void setScalarTouchesOnlyItsText()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QByteArray, expectedLine);
        auto doc = YamlEditor::parse(kSample, QStringLiteral("app.yaml"));
        QVERIFY_RESULT(doc);
        YamlEditor e = doc.value();
        const YamlPath p = YamlPath::parse(key).value();
        QVERIFY_RESULT(e.setValue(p, value));
        QCOMPARE(e.value(p).value(), value);
        QCOMPARE(changedLines(kSample, e.text()), 1);
        QVERIFY2(e.text().split('\n').contains(expectedLine), e.text().constData());
        // Everything else reads back the same.
        QJsonObject before = doc.value().toJson().toObject();
        QJsonObject after = e.toJson().toObject();
        QCOMPARE(after.keys(), before.keys()); // key order is kept by the file, set equality here
    }

    void everyScalarCanBeChangedAlone()
    {
        auto doc = YamlEditor::parse(kSample, QStringLiteral("app.yaml"));
        QVERIFY_RESULT(doc);
        int edited = 0;
        for (const YamlEntry &entry : doc.value().entries()) {
            const QByteArray token = kSample.mid(entry.value.offset, entry.value.length);
            if (entry.kind != YamlEntry::Kind::Scalar || token.contains('\n') || token.startsWith('|') || token.startsWith('>'))
                continue;
            YamlEditor e = doc.value();
            QVERIFY_RESULT(e.setValue(entry.path, QStringLiteral("changed-%1").arg(edited)));
            QCOMPARE(e.value(entry.path).value().toString(), QStringLiteral("changed-%1").arg(edited));
            QCOMPARE(changedLines(kSample, e.text()), 1);
            ++edited;
        }
        QCOMPARE(edited, 11);
    }

    void blockScalarsKeepTheirStyle()
    {
        auto doc = YamlEditor::parse(kSample, QStringLiteral("app.yaml"));
        YamlEditor e = doc.value();
        QVERIFY_RESULT(e.setValue(path("banner"), QStringLiteral("Hello\nthere\n")));
        QVERIFY(e.text().contains("banner: |\n  Hello\n  there\nmotd:"));
        QVERIFY_RESULT(e.setValue(path("banner"), QStringLiteral("no newline")));
        QVERIFY(e.text().contains("banner: |-\n  no newline\nmotd:"));
        QVERIFY_RESULT(e.setValue(path("motd"), QStringLiteral("one line")));
        QVERIFY(e.text().contains("motd: >-\n  one line\nempty:"));
        QCOMPARE(e.value(path("motd")).value().toString(), QStringLiteral("one line"));
    }

    void addsKeysWithSensibleIndentation_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("top level") << QByteArray("a: 1\nb: 2\n") << "c" << QJsonValue(3) << QByteArray("a: 1\nb: 2\nc: 3\n");
        QTest::newRow("nested, four spaces") << QByteArray("a:\n    x: 1 # c\nb: 2\n") << "a.y" << QJsonValue(QStringLiteral("v"))
                                             << QByteArray("a:\n    x: 1 # c\n    y: v\nb: 2\n");
        QTest::newRow("missing parents") << QByteArray("a: 1\n") << "b.c.d" << QJsonValue(true)
                                         << QByteArray("a: 1\nb:\n  c:\n    d: true\n");
        QTest::newRow("under null") << QByteArray("a:\nb: 1\n") << "a.x" << QJsonValue(1) << QByteArray("a:\n  x: 1\nb: 1\n");
        QTest::newRow("flow map") << QByteArray("a: {x: 1}\n") << "a.y" << QJsonValue(2) << QByteArray("a: {x: 1, y: 2}\n");
        QTest::newRow("empty flow map") << QByteArray("a: {}\n") << "a.y" << QJsonValue(2) << QByteArray("a: {y: 2}\n");
        QTest::newRow("empty document") << QByteArray("") << "a.b" << QJsonValue(1) << QByteArray("a:\n  b: 1\n");
        QTest::newRow("comment-only document") << QByteArray("# hi\n") << "a" << QJsonValue(1) << QByteArray("# hi\na: 1\n");
        QTest::newRow("append to sequence") << QByteArray("l:\n  - a\n  - b\nz: 1\n") << "l[2]" << QJsonValue(QStringLiteral("c"))
                                            << QByteArray("l:\n  - a\n  - b\n  - c\nz: 1\n");
        QTest::newRow("append to flow sequence") << QByteArray("l: [a, b]\n") << "l[2]" << QJsonValue(QStringLiteral("c d"))
                                                 << QByteArray("l: [a, b, c d]\n");
        QTest::newRow("object value") << QByteArray("a: 1\n") << "b" << QJsonValue(QJsonObject{{QStringLiteral("k"), 1}})
                                      << QByteArray("a: 1\nb:\n  k: 1\n");
        QTest::newRow("array of objects") << QByteArray("a: 1\n") << "b"
                                          << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("n"), 1}, {QStringLiteral("m"), 2}}})
                                          << QByteArray("a: 1\nb:\n  - m: 2\n    n: 1\n");
        QTest::newRow("no trailing newline") << QByteArray("a: 1") << "b" << QJsonValue(2) << QByteArray("a: 1\nb: 2");
        QTest::newRow("crlf") << QByteArray("a:\r\n  x: 1\r\nb: 2\r\n") << "a.y" << QJsonValue(2)
                              << QByteArray("a:\r\n  x: 1\r\n  y: 2\r\nb: 2\r\n");
        QTest::newRow("key needing quotes") << QByteArray("a: 1\n") << "[\"b: c\"]" << QJsonValue(1) << QByteArray("a: 1\n\"b: c\": 1\n");
    }
    void addsKeysWithSensibleIndentation()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QByteArray, expected);
        auto doc = YamlEditor::parse(input);
        QVERIFY_RESULT(doc);
        YamlEditor e = doc.value();
        QVERIFY_RESULT(e.setValue(YamlPath::parse(key).value(), value));
        QCOMPARE(e.text(), expected);
    }

    void removesKeys_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("block") << QByteArray("a: 1 # one\nb: 2\nc: 3\n") << "b" << QByteArray("a: 1 # one\nc: 3\n");
        QTest::newRow("block subtree") << QByteArray("a:\n  x: 1\n  y:\n    z: 2\nb: 3\n") << "a.y" << QByteArray("a:\n  x: 1\nb: 3\n");
        QTest::newRow("last key makes {}") << QByteArray("a:\n  x: 1\nb: 3\n") << "a.x" << QByteArray("a: {}\nb: 3\n");
        QTest::newRow("flow middle") << QByteArray("a: {x: 1, y: 2, z: 3}\n") << "a.y" << QByteArray("a: {x: 1, z: 3}\n");
        QTest::newRow("flow last") << QByteArray("a: {x: 1, y: 2}\n") << "a.y" << QByteArray("a: {x: 1}\n");
        QTest::newRow("sequence item") << QByteArray("l:\n  - a\n  - b\n  - c\n") << "l[1]" << QByteArray("l:\n  - a\n  - c\n");
        QTest::newRow("key on dash line") << QByteArray("l:\n  - a: 1\n    b: 2\n") << "l[0].a" << QByteArray("l:\n  - b: 2\n");
        QTest::newRow("block scalar") << QByteArray("a: |\n  t\n  u\nb: 1\n") << "a" << QByteArray("b: 1\n");
    }
    void removesKeys()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, key);
        QFETCH(QByteArray, expected);
        auto doc = YamlEditor::parse(input);
        QVERIFY_RESULT(doc);
        YamlEditor e = doc.value();
        QVERIFY_RESULT(e.remove(YamlPath::parse(key).value()));
        QCOMPARE(e.text(), expected);
    }

    void replacesCollections()
    {
        auto doc = YamlEditor::parse("a:\n  x: 1\nb: 2\n");
        YamlEditor e = doc.value();
        QVERIFY_RESULT(e.setValue(path("a"), QJsonArray{1, 2}));
        QCOMPARE(e.text(), QByteArray("a:\n  - 1\n  - 2\nb: 2\n"));
        QVERIFY_RESULT(e.setValue(path("a"), QStringLiteral("flat")));
        QCOMPARE(e.text(), QByteArray("a: flat\nb: 2\n"));
    }

    void unchangedValueIsANoOp()
    {
        auto doc = YamlEditor::parse("a: 0x10 # hex\n");
        YamlEditor e = doc.value();
        QVERIFY_RESULT(e.setValue(path("a"), 16));
        QCOMPARE(e.text(), QByteArray("a: 0x10 # hex\n"));
    }

    void refusesWhatItCannotEditSafely_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("anchored and aliased") << QByteArray("base: &b\n  x: 1\nprod: *b\n") << "base.x"
                                              << int(ErrorCode::Unsupported) << "anchored";
        QTest::newRow("through alias") << QByteArray("base: &b\n  x: 1\nprod: *b\n") << "prod.x"
                                       << int(ErrorCode::Unsupported) << "alias";
        QTest::newRow("under a scalar") << QByteArray("a: 1\n") << "a.b" << int(ErrorCode::FailedPrecondition) << "scalar";
        QTest::newRow("index out of range") << QByteArray("l: [1]\n") << "l[5]" << int(ErrorCode::NotFound) << "sequence of 1";
        QTest::newRow("merged key removal") << QByteArray("d: &d {x: 1}\ne:\n  <<: *d\n  y: 2\n") << "-e.x"
                                            << int(ErrorCode::NotFound) << "no key";
    }
    void refusesWhatItCannotEditSafely()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, key);
        QFETCH(int, code);
        QFETCH(QString, message);
        auto doc = YamlEditor::parse(input, QStringLiteral("f.yaml"));
        QVERIFY_RESULT(doc);
        YamlEditor e = doc.value();
        const bool remove = key.startsWith(QLatin1Char('-'));
        const YamlPath p = YamlPath::parse(remove ? key.mid(1) : key).value();
        const Result<void> r = remove ? e.remove(p) : e.setValue(p, 5);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code()), code);
        QVERIFY2(r.error().message().contains(message), qPrintable(r.error().message()));
        QCOMPARE(e.text(), input); // nothing changed
    }

    void anchorsWithoutAliasesAndMergeKeysRead()
    {
        auto doc = YamlEditor::parse("d: &d {x: 1, y: 1}\ne:\n  <<: *d\n  y: 2\n");
        QVERIFY_RESULT(doc);
        QCOMPARE(doc.value().value(path("e.x")).value(), QJsonValue(1));
        QCOMPARE(doc.value().value(path("e.y")).value(), QJsonValue(2));
        auto plain = YamlEditor::parse("a: &only 1\n");
        YamlEditor e = plain.value();
        QVERIFY_RESULT(e.setValue(path("a"), 2));
        QCOMPARE(e.text(), QByteArray("a: &only 2\n"));
    }

    void malformedInputIsRefusedWithLine_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n") << int(ErrorCode::Parse) << "f.yaml:3";
        QTest::newRow("unclosed quote") << QByteArray("a: \"x\nb: 1\n") << int(ErrorCode::Parse) << "f.yaml:";
        QTest::newRow("unclosed flow") << QByteArray("a: {x: 1\n") << int(ErrorCode::Parse) << "f.yaml:";
        QTest::newRow("duplicate key") << QByteArray("a: 1\nb: 2\na: 3\n") << int(ErrorCode::Parse) << "duplicate key 'a'";
        QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << int(ErrorCode::Unsupported) << "2 YAML documents";
        QTest::newRow("complex key") << QByteArray("? [a, b]\n: 1\n") << int(ErrorCode::Unsupported) << "scalar mapping keys";
        QTest::newRow("tab indentation") << QByteArray("a:\n\tb: 1\n") << int(ErrorCode::Parse) << "f.yaml:";
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "a: 1\n") << int(ErrorCode::Unsupported) << "byte order mark";
    }
    void malformedInputIsRefusedWithLine()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(QString, message);
        auto doc = YamlEditor::parse(input, QStringLiteral("f.yaml"));
        QVERIFY(!doc.ok());
        QCOMPARE(int(doc.error().code()), code);
        QVERIFY2(doc.error().message().contains(message), qPrintable(doc.error().message()));
    }

    // Mutated documents (deterministic): parsing never crashes, and whatever parses can be
    // edited key by key with the edit verified (or refused) without touching anything else.
    void mutatedDocumentsNeverCorruptText()
    {
        QRandomGenerator rng(20261128);
        const QByteArray alphabet = " :-#'\"[]{},|>&*!\n\tab01";
        int parsed = 0;
        int edits = 0;
        for (int round = 0; round < 1500; ++round) {
            QByteArray text = kSample;
            const int mutations = 1 + int(rng.bounded(4));
            for (int m = 0; m < mutations; ++m) {
                const int pos = int(rng.bounded(text.size()));
                switch (rng.bounded(3)) {
                case 0: text.remove(pos, 1 + int(rng.bounded(3))); break;
                case 1: text.insert(pos, alphabet.at(int(rng.bounded(alphabet.size())))); break;
                default: text[pos] = alphabet.at(int(rng.bounded(alphabet.size()))); break;
                }
            }
            auto doc = YamlEditor::parse(text, QStringLiteral("m.yaml"));
            if (!doc) {
                QVERIFY(!doc.error().message().isEmpty());
                continue;
            }
            ++parsed;
            for (const YamlEntry &entry : doc.value().entries()) {
                if (entry.kind != YamlEntry::Kind::Scalar)
                    continue;
                YamlEditor e = doc.value();
                const Result<void> r = e.setValue(entry.path, QStringLiteral("v%1").arg(round));
                if (r) {
                    ++edits;
                    QCOMPARE(e.value(entry.path).value(), QJsonValue(QStringLiteral("v%1").arg(round)));
                } else {
                    QCOMPARE(e.text(), text); // refused edits change nothing
                }
            }
        }
        QVERIFY(parsed > 100);
        QVERIFY(edits > 1000);
    }

    void pathSyntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("simple") << "a.b.c" << true << "a.b.c";
        QTest::newRow("index") << "a[0].b" << true << "a[0].b";
        QTest::newRow("quoted") << "labels[\"app.kubernetes.io/name\"]" << true << "labels[\"app.kubernetes.io/name\"]";
        QTest::newRow("quoted dotted") << "a.\"b.c\"" << true << "a[\"b.c\"]";
        QTest::newRow("root") << "" << true << "";
        QTest::newRow("empty key") << "a..b" << false << "";
        QTest::newRow("trailing dot") << "a." << false << "";
        QTest::newRow("bad index") << "a[x]" << false << "";
        QTest::newRow("unclosed") << "a[0" << false << "";
        QTest::newRow("unclosed quote") << "a.\"b" << false << "";
    }
    void pathSyntax()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        auto p = YamlPath::parse(text);
        QCOMPARE(p.ok(), valid);
        if (valid) {
            QCOMPARE(p.value().toString(), canonical);
            QCOMPARE(YamlPath::parse(p.value().toString()).value(), p.value());
        } else {
            QVERIFY(p.error().message().contains(text));
        }
    }
};

QTEST_GUILESS_MAIN(tst_YamlEditor)
#include "tst_yamleditor.moc"
