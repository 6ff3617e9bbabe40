#include "backend/config/configmerge.h"
#include "backend/config/configschema.h"
#include "backend/config/gitrepository.h"
#include "testsupport.h"

using namespace shipdeck;

namespace {
GitConflict conflict(const QString &path, const char *base, const char *ours, const char *theirs)
{
    GitConflict c;
    c.path = path;
    c.hasBase = base != nullptr;
    c.hasOurs = ours != nullptr;
    c.hasTheirs = theirs != nullptr;
    c.base = base ? QByteArray(base) : QByteArray();
    c.ours = ours ? QByteArray(ours) : QByteArray();
    c.theirs = theirs ? QByteArray(theirs) : QByteArray();
    return c;
}
} // namespace

class tst_ConfigMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mergesKeyByKey_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("ours");
        QTest::addColumn<QByteArray>("theirs");
        QTest::addColumn<QByteArray>("merged");
        QTest::addColumn<QStringList>("conflicts");
        QTest::newRow("different keys") << QByteArray("a: 1 # x\nb: 1\n") << QByteArray("a: 2 # x\nb: 1\n") << QByteArray("a: 1 # x\nb: 3\n")
                                        << QByteArray("a: 2 # x\nb: 3\n") << QStringList();
        QTest::newRow("same change") << QByteArray("a: 1\n") << QByteArray("a: 2\n") << QByteArray("a: 2\n") << QByteArray("a: 2\n") << QStringList();
        QTest::newRow("same key") << QByteArray("a: 1\nb: 1\n") << QByteArray("a: 2\nb: 1\n") << QByteArray("a: 3\nb: 5\n")
                                  << QByteArray("a: 2\nb: 5\n") << QStringList{QStringLiteral("a")};
        QTest::newRow("added by theirs") << QByteArray("a: 1\n") << QByteArray("a: 1\nz: 0\n") << QByteArray("a: 1\nn:\n  m: 2\n")
                                         << QByteArray("a: 1\nz: 0\nn:\n  m: 2\n") << QStringList();
        QTest::newRow("removed by theirs") << QByteArray("a: 1\nb: 2\nc: 3\n") << QByteArray("a: 9\nb: 2\nc: 3\n") << QByteArray("a: 1\nc: 3\n")
                                           << QByteArray("a: 9\nc: 3\n") << QStringList();
        QTest::newRow("removed vs changed") << QByteArray("a: 1\nb: 2\n") << QByteArray("a: 1\nb: 5\n") << QByteArray("a: 1\n")
                                            << QByteArray("a: 1\nb: 5\n") << QStringList{QStringLiteral("b")};
        QTest::newRow("both added differently") << QByteArray("a: 1\n") << QByteArray("a: 1\nn: x\n") << QByteArray("a: 1\nn: y\n")
                                                << QByteArray("a: 1\nn: x\n") << QStringList{QStringLiteral("n")};
    }
    void mergesKeyByKey()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, ours);
        QFETCH(QByteArray, theirs);
        QFETCH(QByteArray, merged);
        QFETCH(QStringList, conflicts);
        const auto outcome = ConfigMerge::mergeFile(conflict(QStringLiteral("base/app.yaml"), base.constData(), ours.constData(), theirs.constData()), {});
        QCOMPARE(outcome.merged, merged);
        QStringList keys;
        for (const ConfigConflict &c : outcome.conflicts)
            keys.append(c.key);
        QCOMPARE(keys, conflicts);
    }

    void resolutionsApply()
    {
        const GitConflict c = conflict(QStringLiteral("f.yaml"), "a: 1\nb: 1\n", "a: 2\nb: 2\n", "a: 3\nb: 3\n");
        ConfigConflict takeTheirs;
        takeTheirs.file = c.path;
        takeTheirs.key = QStringLiteral("a");
        takeTheirs.resolution = QStringLiteral("theirs");
        ConfigConflict byValue;
        byValue.file = c.path;
        byValue.key = QStringLiteral("b");
        byValue.resolution = QStringLiteral("value");
        byValue.resolvedValue = QStringLiteral("hand");
        const auto outcome = ConfigMerge::mergeFile(c, {takeTheirs, byValue});
        QVERIFY(outcome.conflicts.isEmpty());
        QCOMPARE(outcome.merged, QByteArray("a: 3\nb: hand\n"));
    }

    void wholeFileConflicts_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("oursDeleted");
        QTest::addColumn<QByteArray>("ours");
        QTest::newRow("not yaml") << "schema/app.schema.json" << false << QByteArray("{\"a\": 2}");
        QTest::newRow("malformed on one side") << "base/app.yaml" << false << QByteArray("a: [2\n");
        QTest::newRow("deleted by us") << "base/app.yaml" << true << QByteArray();
    }
    void wholeFileConflicts()
    {
        QFETCH(QString, path);
        QFETCH(bool, oursDeleted);
        QFETCH(QByteArray, ours);
        GitConflict c = conflict(path, "a: 1\n", oursDeleted ? nullptr : ours.constData(), "a: 3\n");
        const auto outcome = ConfigMerge::mergeFile(c, {});
        QCOMPARE(outcome.conflicts.size(), 1);
        QVERIFY(outcome.conflicts.first().key.isEmpty());
        QCOMPARE(outcome.merged.isNull(), oursDeleted);
        ConfigConflict r;
        r.file = path;
        r.resolution = QStringLiteral("theirs");
        QCOMPARE(ConfigMerge::mergeFile(c, {r}).merged, QByteArray("a: 3\n"));
        r.resolution = QStringLiteral("ours");
        QCOMPARE(ConfigMerge::mergeFile(c, {r}).merged.isNull(), oursDeleted);
    }

    void conflictJsonRoundTrip()
    {
        ConfigConflict c;
        c.file = QStringLiteral("f.yaml");
        c.key = QStringLiteral("a.b");
        c.base = QJsonValue(QJsonValue::Undefined);
        c.ours = QJsonValue(QJsonValue::Null);
        c.theirs = 3;
        const ConfigConflict back = ConfigConflict::fromJson(c.toJson());
        QVERIFY(back.base.isUndefined());
        QVERIFY(back.ours.isNull());
        QCOMPARE(back.theirs, QJsonValue(3));
    }

    void schemaErrors_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<int>("code");
        QTest::newRow("not json") << QByteArray("{\"type\": ") << int(ErrorCode::Parse);
        QTest::newRow("not an object") << QByteArray("[1]") << int(ErrorCode::Validation);
        QTest::newRow("bad keyword value") << QByteArray("{\"type\": 5}") << int(ErrorCode::Validation);
        QTest::newRow("unresolvable ref") << QByteArray("{\"$ref\": \"http://example.invalid/x.json\"}") << int(ErrorCode::Validation);
    }
    void schemaErrors()
    {
        QFETCH(QByteArray, schema);
        QFETCH(int, code);
        auto compiled = ConfigSchema::compile(schema, QStringLiteral("schema/x.schema.json"));
        QVERIFY(!compiled.ok());
        QCOMPARE(int(compiled.error().code()), code);
        QVERIFY(compiled.error().message().contains(QStringLiteral("schema/x.schema.json")));
    }

    void schemaViolationsCarryPaths()
    {
        auto schema = ConfigSchema::compile(R"({"type":"object","properties":{"l":{"type":"array","items":{"type":"integer"}},
            "o":{"type":"object","required":["k"]}}})", QStringLiteral("s"));
        QVERIFY_RESULT(schema);
        const auto violations = schema.value().validate(QJsonObject{{QStringLiteral("l"), QJsonArray{1, QStringLiteral("x")}},
                                                                    {QStringLiteral("o"), QJsonObject{}}});
        QStringList paths;
        for (const auto &v : violations)
            paths.append(v.path.join(QLatin1Char('/')));
        QVERIFY2(paths.contains(QStringLiteral("l/[1]")), qPrintable(paths.join(QLatin1Char(' '))));
        QVERIFY2(paths.contains(QStringLiteral("o")), qPrintable(paths.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(tst_ConfigMerge)
#include "tst_configmerge.moc"
