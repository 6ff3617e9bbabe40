#include "backend/core/result.h"
#include "testsupport.h"

using namespace shipdeck;

namespace {
Result<int> parsePositive(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return Error(ErrorCode::Parse, QStringLiteral("'%1' is not a number").arg(text));
    if (value <= 0)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 is not positive").arg(value));
    return value;
}

Result<int> doubled(const QString &text)
{
    SD_TRY(int value, parsePositive(text).context(QStringLiteral("reading the count")));
    return value * 2;
}

Result<void> checkAll(const QStringList &items)
{
    for (const auto &item : items)
        SD_CHECK(parsePositive(item));
    return success();
}
} // namespace

class tst_Result : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueAndError_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("code");
        QTest::newRow("number") << QStringLiteral("21") << true << 42 << 0;
        QTest::newRow("garbage") << QStringLiteral("x1") << false << 0 << int(ErrorCode::Parse);
        QTest::newRow("negative") << QStringLiteral("-3") << false << 0 << int(ErrorCode::InvalidArgument);
    }
    void valueAndError()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(int, value);
        QFETCH(int, code);
        const Result<int> r = doubled(input);
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QCOMPARE(r.value(), value);
        } else {
            QCOMPARE(int(r.error().code()), code);
            QCOMPARE(r.error().context().first(), QStringLiteral("reading the count"));
            QVERIFY(r.error().toString().startsWith(QStringLiteral("reading the count: ")));
        }
    }

    void voidResultStopsAtFirstError()
    {
        QVERIFY(checkAll({QStringLiteral("1"), QStringLiteral("2")}).ok());
        const auto r = checkAll({QStringLiteral("1"), QStringLiteral("zero"), QStringLiteral("-1")});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message().contains(QStringLiteral("zero")));
    }

    void errorJsonRoundTrip()
    {
        const Error e = Error(ErrorCode::SchemaTooNew, QStringLiteral("too new"))
                            .withContext(QStringLiteral("opening"))
                            .withDetail(QStringLiteral("file"), QStringLiteral("/x/shipdeck.db"));
        const Error back = Error::fromJson(e.toJson());
        QCOMPARE(back.code(), ErrorCode::SchemaTooNew);
        QCOMPARE(back.message(), QStringLiteral("too new"));
        QCOMPARE(back.context(), QStringList{QStringLiteral("opening")});
        QCOMPARE(back.details().value(QStringLiteral("file")).toString(), QStringLiteral("/x/shipdeck.db"));
    }

    void transientCodes()
    {
        QVERIFY(Error(ErrorCode::Busy, {}).isTransient());
        QVERIFY(Error(ErrorCode::Network, {}).isTransient());
        QVERIFY(!Error(ErrorCode::Corrupt, {}).isTransient());
        QVERIFY(!Error(ErrorCode::InvalidArgument, {}).isTransient());
    }

    void moveOnlyValues()
    {
        Result<std::unique_ptr<int>> r(std::make_unique<int>(7));
        QVERIFY(r.ok());
        std::unique_ptr<int> taken = std::move(r).value();
        QCOMPARE(*taken, 7);
    }
};

QTEST_GUILESS_MAIN(tst_Result)
#include "tst_result.moc"
