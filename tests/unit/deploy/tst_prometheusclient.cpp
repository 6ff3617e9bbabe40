#include "backend/deploy/analysis/prometheusclient.h"
#include "testsupport.h"

#include <cmath>

using namespace shipdeck;

// Prometheus' HTTP API envelopes, including the malformed and the failing ones.
class tst_PrometheusClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void results()
    {
        auto vector = PrometheusClient::parse(200, R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{"version":"1.5.0"},"value":[1714521600.5,"0.25"]},{"metric":{"version":"1.4.2"},"value":[1714521600.5,"NaN"]}]}})", {});
        QVERIFY_RESULT(vector);
        QCOMPARE(vector->series.size(), 2);
        QCOMPARE(vector->series[0].labels.value(QStringLiteral("version")), QStringLiteral("1.5.0"));
        QCOMPARE(vector->series[0].points[0].first, 1714521600500);
        const MeasurementValue m = vector->toMeasurement();
        QVERIFY(m.isVector);
        QCOMPARE(m.values[0], 0.25);
        QVERIFY(std::isnan(m.values[1]));
        auto matrix = PrometheusClient::parse(200, R"({"status":"success","data":{"resultType":"matrix","result":[
            {"metric":{},"values":[[1,"1"],[3,"3"]]},{"metric":{},"values":[[2,"2"]]}]},"warnings":["slow"]})", {});
        QVERIFY_RESULT(matrix);
        QCOMPARE(matrix->values(), (QList<double>{1, 2, 3}));
        QCOMPARE(matrix->warnings, QStringList{QStringLiteral("slow")});
        auto scalar = PrometheusClient::parse(200, R"({"status":"success","data":{"resultType":"scalar","result":[1,"+Inf"]}})", {});
        QVERIFY(std::isinf(scalar->toMeasurement().values[0]));
        auto empty = PrometheusClient::parse(200, R"({"status":"success","data":{"resultType":"vector","result":[]}})", {});
        QVERIFY(empty->toMeasurement().values.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad_data") << 400 << QByteArray(R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected end of input"})")
                                  << int(ErrorCode::InvalidArgument) << QStringLiteral("bad_data");
        QTest::newRow("timeout") << 503 << QByteArray(R"({"status":"error","errorType":"timeout","error":"query timed out"})")
                                 << int(ErrorCode::Timeout) << QStringLiteral("query timed out");
        QTest::newRow("proxy html") << 502 << QByteArray("<html>Bad Gateway</html>") << int(ErrorCode::Unavailable) << QStringLiteral("HTTP 502");
        QTest::newRow("not json") << 200 << QByteArray("ok") << int(ErrorCode::Parse) << QStringLiteral("not Prometheus JSON");
        QTest::newRow("odd status") << 200 << QByteArray(R"({"status":"maybe"})") << int(ErrorCode::Parse) << QStringLiteral("'maybe'");
        QTest::newRow("string result") << 200 << QByteArray(R"({"status":"success","data":{"resultType":"string","result":[1,"x"]}})")
                                       << int(ErrorCode::Unsupported) << QStringLiteral("cannot be measured");
        QTest::newRow("bad sample") << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"abc"]}]}})")
                                    << int(ErrorCode::Parse) << QStringLiteral("'abc' is not a number");
        QTest::newRow("bad point") << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":"x"}]}})")
                                   << int(ErrorCode::Parse) << QStringLiteral("not [time");
    }
    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        auto r = PrometheusClient::parse(status, body, QStringLiteral("query 'up' on http://127.0.0.1:9090"));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code()), code);
        QVERIFY2(r.error().message().contains(mentions), qPrintable(r.error().message()));
        QVERIFY(r.error().message().contains(QStringLiteral("query 'up'")));
    }

    void placeholders()
    {
        const QMap<QString, QString> values{{QStringLiteral("version"), QStringLiteral("1.5.0")}, {QStringLiteral("args.window"), QStringLiteral("5m")}};
        QCOMPARE(PrometheusClient::substitute(QStringLiteral("rate(x{version=\"{{ version }}\"}[{{args.window}}])"), values).value(),
                 QStringLiteral("rate(x{version=\"1.5.0\"}[5m])"));
        auto unknown = PrometheusClient::substitute(QStringLiteral("x{v=\"{{canary}}\"}"), values);
        QVERIFY(unknown.error().message().contains(QStringLiteral("{{canary}}")));
    }
};

QTEST_GUILESS_MAIN(tst_PrometheusClient)
#include "tst_prometheusclient.moc"
