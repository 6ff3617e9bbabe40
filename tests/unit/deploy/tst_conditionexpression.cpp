#include "backend/deploy/analysis/conditionexpression.h"
#include "testsupport.h"

using namespace shipdeck;

class tst_ConditionExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluates_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<bool>("vector");
        QTest::addColumn<bool>("expected");
        using L = QList<double>;
        QTest::newRow("less") << QStringLiteral("result < 0.05") << L{0.01} << false << true;
        QTest::newRow("less false") << QStringLiteral("result < 0.05") << L{0.05} << false << false;
        QTest::newRow("index") << QStringLiteral("result[0] >= 0.95") << L{0.97} << true << true;
        QTest::newRow("one-element vector as number") << QStringLiteral("result >= 0.95") << L{0.97} << true << true;
        QTest::newRow("and") << QStringLiteral("result > 1 && result < 3") << L{2} << false << true;
        QTest::newRow("or words") << QStringLiteral("result < 1 or result > 3") << L{2} << false << false;
        QTest::newRow("not") << QStringLiteral("!(result == 2)") << L{2} << false << false;
        QTest::newRow("arithmetic precedence") << QStringLiteral("result * 100 + 1 - 2 / 2 == 50") << L{0.5} << false << true;
        QTest::newRow("unary minus") << QStringLiteral("-result < -1") << L{2} << false << true;
        QTest::newRow("scientific") << QStringLiteral("result <= 1e-3") << L{0.0005} << false << true;
        QTest::newRow("len") << QStringLiteral("len(result) == 3") << L{1, 2, 3} << true << true;
        QTest::newRow("max") << QStringLiteral("max(result) < 4") << L{1, 2, 3} << true << true;
        QTest::newRow("avg") << QStringLiteral("avg(result) == 2") << L{1, 2, 3} << true << true;
        QTest::newRow("sum") << QStringLiteral("sum(result) == 6") << L{1, 2, 3} << true << true;
        QTest::newRow("min of numbers") << QStringLiteral("min(result, 0.5) == 0.5") << L{1} << false << true;
        QTest::newRow("isNaN") << QStringLiteral("isNaN(result)") << L{qQNaN()} << false << true;
        QTest::newRow("NaN compares false") << QStringLiteral("result < 1") << L{qQNaN()} << false << false;
        QTest::newRow("default on NaN") << QStringLiteral("default(result, 0) < 1") << L{qQNaN()} << false << true;
        QTest::newRow("default on empty vector") << QStringLiteral("default(result, 0) == 0") << L{} << true << true;
        QTest::newRow("abs") << QStringLiteral("abs(result) > 1") << L{-2} << false << true;
        QTest::newRow("bool literal") << QStringLiteral("true && result > 0") << L{1} << false << true;
        QTest::newRow("modulo") << QStringLiteral("result % 2 == 1") << L{7} << false << true;
    }
    void evaluates()
    {
        QFETCH(QString, condition);
        QFETCH(QList<double>, values);
        QFETCH(bool, vector);
        QFETCH(bool, expected);
        auto expr = ConditionExpression::parse(condition);
        QVERIFY_RESULT(expr);
        auto value = expr->evaluate(vector ? MeasurementValue::vector(values) : MeasurementValue{values, false});
        QVERIFY_RESULT(value);
        QCOMPARE(value.value(), expected);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("dangling operator") << QStringLiteral("result <") << QStringLiteral("column 9");
        QTest::newRow("unknown name") << QStringLiteral("reslt < 1") << QStringLiteral("unknown name 'reslt'");
        QTest::newRow("unclosed paren") << QStringLiteral("(result < 1") << QStringLiteral("')'");
        QTest::newRow("unclosed index") << QStringLiteral("result[0 < 1") << QStringLiteral("']'");
        QTest::newRow("bad character") << QStringLiteral("result $ 1") << QStringLiteral("unexpected character '$'");
        QTest::newRow("trailing tokens") << QStringLiteral("result < 1 2") << QStringLiteral("the end of the condition");
        QTest::newRow("wrong arity") << QStringLiteral("isNaN(result, 1)") << QStringLiteral("takes 1");
        QTest::newRow("deep nesting") << QStringLiteral("(").repeated(200) + QStringLiteral("1") + QStringLiteral(")").repeated(200)
                                      << QStringLiteral("nested too deeply");
        QTest::newRow("too long") << QStringLiteral("result < 1 && ").repeated(400) + QStringLiteral("true")
                                  << QStringLiteral("longer than");
        QTest::newRow("missing function paren") << QStringLiteral("len result") << QStringLiteral("'(' after len");
    }
    void malformed()
    {
        QFETCH(QString, condition);
        QFETCH(QString, mentions);
        auto expr = ConditionExpression::parse(condition);
        QVERIFY(!expr.ok());
        QCOMPARE(expr.error().code(), ErrorCode::Parse);
        QVERIFY2(expr.error().message().contains(mentions), qPrintable(expr.error().message()));
    }

    void evaluationErrors_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QString>("mentions");
        using L = QList<double>;
        QTest::newRow("index out of range") << QStringLiteral("result[2] < 1") << L{1} << QStringLiteral("out of range");
        QTest::newRow("vector as number") << QStringLiteral("result < 1") << L{1, 2} << QStringLiteral("result[0]");
        QTest::newRow("number not boolean") << QStringLiteral("result + 1") << L{1} << QStringLiteral("not true/false");
        QTest::newRow("boolean as number") << QStringLiteral("(result < 1) + 1 > 0") << L{1} << QStringLiteral("expected a number");
        QTest::newRow("empty result") << QStringLiteral("result[0] < 1") << L{} << QStringLiteral("out of range");
    }
    void evaluationErrors()
    {
        QFETCH(QString, condition);
        QFETCH(QList<double>, values);
        QFETCH(QString, mentions);
        auto expr = ConditionExpression::parse(condition);
        QVERIFY_RESULT(expr);
        auto value = expr->evaluate(MeasurementValue::vector(values));
        QVERIFY(!value.ok());
        QVERIFY2(value.error().toString().contains(mentions), qPrintable(value.error().toString()));
    }
};

QTEST_GUILESS_MAIN(tst_ConditionExpression)
#include "tst_conditionexpression.moc"
