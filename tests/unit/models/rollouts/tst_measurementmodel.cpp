#include "models/rollouts/measurementmodel.h"
#include "models/rollouts/verdictexplainer.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTranslator>

using namespace shipdeck;

namespace {
// A judged metric as KayentaJudge reports it: canary 4.8 % vs baseline 1.1 % errors.
QJsonObject judgedErrorRate()
{
    return {{QStringLiteral("name"), QStringLiteral("error-rate")},
            {QStringLiteral("classification"), QStringLiteral("High")},
            {QStringLiteral("critical"), true},
            {QStringLiteral("canaryCount"), 30},
            {QStringLiteral("baselineCount"), 30},
            {QStringLiteral("canaryMean"), 0.048},
            {QStringLiteral("baselineMean"), 0.011},
            {QStringLiteral("effectSize"), 4.36},
            {QStringLiteral("lowerBound"), -0.009},
            {QStringLiteral("upperBound"), 0.009},
            {QStringLiteral("mannWhitney"), QJsonObject{{QStringLiteral("estimate"), 0.036}, {QStringLiteral("ciLow"), 0.029},
                                                        {QStringLiteral("ciHigh"), 0.044}, {QStringLiteral("confidenceLevel"), 0.98}}}};
}

QJsonObject judgeNumbers()
{
    return {{QStringLiteral("method"), QStringLiteral("kayenta-mann-whitney")}, {QStringLiteral("score"), 0},
            {QStringLiteral("classification"), QStringLiteral("Fail")}, {QStringLiteral("pass"), 95}, {QStringLiteral("marginal"), 75},
            {QStringLiteral("reason"), QStringLiteral("critical metric error-rate failed")},
            {QStringLiteral("metrics"), QJsonArray{judgedErrorRate()}}};
}

QJsonObject run(const QString &id, qint64 startedAt, const QJsonArray &metrics)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("kind"), QStringLiteral("step")}, {QStringLiteral("stepIndex"), 1},
            {QStringLiteral("templates"), QJsonArray{QStringLiteral("canary-vs-baseline")}}, {QStringLiteral("startedAt"), startedAt},
            {QStringLiteral("phase"), QStringLiteral("Running")}, {QStringLiteral("metrics"), metrics}};
}

QJsonObject metric(const QString &name, const QString &phase, const QJsonObject &numbers)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("phase"), phase}, {QStringLiteral("count"), 1},
            {QStringLiteral("successful"), phase == QLatin1String("Successful") ? 1 : 0},
            {QStringLiteral("measurements"), QJsonArray{QJsonObject{{QStringLiteral("phase"), phase}, {QStringLiteral("numbers"), numbers}}}}};
}

QJsonArray specs()
{
    return {QJsonObject{{QStringLiteral("template"), QStringLiteral("canary-vs-baseline")}, {QStringLiteral("name"), QStringLiteral("canary-judge")},
                        {QStringLiteral("kind"), QStringLiteral("judge")},
                        {QStringLiteral("judge"), QJsonObject{{QStringLiteral("confidenceLevel"), 0.98},
                                                              {QStringLiteral("metrics"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("error-rate")},
                                                                                                               {QStringLiteral("measure"), QStringLiteral("error-rate")}}}}}}},
            QJsonObject{{QStringLiteral("template"), QStringLiteral("error-budget")}, {QStringLiteral("name"), QStringLiteral("error-rate")},
                        {QStringLiteral("kind"), QStringLiteral("proxy")}, {QStringLiteral("measure"), QStringLiteral("error-rate")},
                        {QStringLiteral("successCondition"), QStringLiteral("result < 0.02")}}};
}
} // namespace

class tst_MeasurementModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        auto *english = new QTranslator(qApp);
        QVERIFY(english->load(test::buildDir() + QStringLiteral("/ui/shipdeck_en.qm")));
        QCoreApplication::installTranslator(english);
    }

    void judgedMetricInWordsAPersonCanActOn()
    {
        const auto e = VerdictExplainer::judgeMetric(judgedErrorRate(), QStringLiteral("error-rate"), 0.98);
        QCOMPARE(e.sentence, QStringLiteral("canary error rate 4.80 % vs baseline 1.10 %, Mann-Whitney shift +3.6 pts, "
                                            "98 % CI [2.9, 4.4] > tolerance +0.9, mean ratio 4.36 → High (critical)"));
        QCOMPARE(e.tone, VerdictExplainer::Tone::Bad);
        QCOMPARE(e.samples, QStringLiteral("30 canary / 30 baseline samples"));
        QCOMPARE(e.test, QStringLiteral("Mann-Whitney U, 98 % CI"));
        QCOMPARE(e.threshold, QStringLiteral("tolerance ±0.9"));
    }

    void rowsPerRunAndJudgedMetric()
    {
        MeasurementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis({run(QStringLiteral("r1"), 1000, {metric(QStringLiteral("canary-judge"), QStringLiteral("Failed"), judgeNumbers())})}, specs());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, MeasurementModel::MetricColumn).data().toString(), QStringLiteral("canary-judge"));
        QCOMPARE(model.index(0, MeasurementModel::VerdictColumn).data().toString(), QStringLiteral("Fail"));
        QCOMPARE(model.index(0, MeasurementModel::StatisticColumn).data().toString(), QStringLiteral("score 0"));
        QVERIFY(model.index(0, MeasurementModel::ExplanationColumn).data().toString().contains(QStringLiteral("critical metric error-rate failed")));
        QCOMPARE(model.rowOf(QStringLiteral("canary-judge › error-rate")), 1);
        QVERIFY(model.index(1, 0).data(MeasurementModel::SubMetricRole).toBool());

        // A live update of a newer run puts it on top, without a reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QJsonObject proxy{{QStringLiteral("source"), QStringLiteral("proxy")}, {QStringLiteral("measure"), QStringLiteral("error-rate")},
                          {QStringLiteral("target"), QStringLiteral("canary")}, {QStringLiteral("windowMs"), 5000},
                          {QStringLiteral("requests"), 250}, {QStringLiteral("errors"), 3}, {QStringLiteral("value"), 0.012}};
        QJsonObject r2 = run(QStringLiteral("r2"), 2000, {metric(QStringLiteral("error-rate"), QStringLiteral("Successful"), proxy)});
        r2.insert(QStringLiteral("templates"), QJsonArray{QStringLiteral("error-budget")});
        model.upsertRun(r2);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, MeasurementModel::MetricColumn).data().toString(), QStringLiteral("error-rate"));
        QCOMPARE(model.index(0, MeasurementModel::ExplanationColumn).data().toString(),
                 QStringLiteral("canary error rate 1.20 % (3 of 250 requests) over 5 s; success when < 2.00 % → Successful"));
        QCOMPARE(model.index(0, 0).data(MeasurementModel::ToneRole).toInt(), int(VerdictExplainer::Tone::Good));
        // The same run again changes nothing.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsertRun(r2);
        QCOMPARE(changed.count(), 0);
    }

    void sequentialTest()
    {
        const QJsonObject n{{QStringLiteral("method"), QStringLiteral("mixture-sprt")}, {QStringLiteral("alpha"), 0.01},
                            {QStringLiteral("canaryRequests"), 1000}, {QStringLiteral("canaryErrors"), 51},
                            {QStringLiteral("canaryErrorRate"), 0.051}, {QStringLiteral("baselineRequests"), 9000},
                            {QStringLiteral("baselineErrors"), 0}, {QStringLiteral("baselineErrorRate"), 0.0},
                            {QStringLiteral("logLikelihoodRatio"), 6.2}, {QStringLiteral("bound"), 4.61},
                            {QStringLiteral("alwaysValidPValue"), 0.002}, {QStringLiteral("regression"), true}};
        const auto e = VerdictExplainer::metric(QStringLiteral("sequential"), QStringLiteral("Failed"), n, {}, {});
        QCOMPARE(e.sentence, QStringLiteral("canary error rate 5.10 % (51 of 1000) vs stable 0.00 % (0 of 9000); log-likelihood ratio 6.20 "
                                            "≥ bound 4.61 → regression (always-valid p = 0.002) → Failed"));
        QCOMPARE(e.tone, VerdictExplainer::Tone::Bad);
        QCOMPARE(e.test, QStringLiteral("sequential test on the error rate (mixture SPRT, α 1 %)"));
    }

    // Malformed or partial numbers never crash and still say what is known.
    void malformedNumbers_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("numbers");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty proxy") << QStringLiteral("proxy") << QJsonObject() << QStringLiteral("no data: no requests");
        QTest::newRow("empty judge") << QStringLiteral("judge") << QJsonObject() << QString();
        QTest::newRow("judge without metrics") << QStringLiteral("judge") << QJsonObject{{QStringLiteral("score"), QStringLiteral("x")}} << QString();
        QTest::newRow("sequential nulls") << QStringLiteral("sequential")
                                          << QJsonObject{{QStringLiteral("canaryErrorRate"), QJsonValue::Null}} << QString();
        QTest::newRow("unknown kind") << QStringLiteral("webhook") << QJsonObject{{QStringLiteral("x"), 1}} << QStringLiteral("hook said no");
    }
    void malformedNumbers()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, numbers);
        QFETCH(QString, message);
        const auto e = VerdictExplainer::metric(kind, QStringLiteral("Error"), numbers, {}, message);
        QVERIFY(!e.verdict.isEmpty());
        QVERIFY(!e.sentence.isEmpty());
        if (!message.isEmpty())
            QVERIFY2(e.sentence.contains(message), qPrintable(e.sentence));
        const auto j = VerdictExplainer::judgeMetric(numbers, QString(), 0);
        QVERIFY(!j.sentence.isEmpty());
    }

    void conditions_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("measure");
        QTest::addColumn<bool>("simple");
        QTest::addColumn<QString>("text");
        QTest::newRow("rate") << QStringLiteral("result < 0.02") << QStringLiteral("error-rate") << true << QStringLiteral("< 2.00 %");
        QTest::newRow("latency") << QStringLiteral("result <= 250") << QStringLiteral("latency-p99") << true << QStringLiteral("≤ 250 ms");
        QTest::newRow("exponent") << QStringLiteral("result>=1e-3") << QStringLiteral("error-rate") << true << QStringLiteral("≥ 0.10 %");
        QTest::newRow("expression") << QStringLiteral("result[0] < 0.02 && result[1] < 5") << QStringLiteral("error-rate") << false
                                    << QStringLiteral("result[0] < 0.02 && result[1] < 5");
        QTest::newRow("empty") << QString() << QStringLiteral("error-rate") << false << QString();
        QTest::newRow("garbage") << QStringLiteral("result < abc") << QStringLiteral("error-rate") << false << QStringLiteral("result < abc");
    }
    void conditions()
    {
        QFETCH(QString, condition);
        QFETCH(QString, measure);
        QFETCH(bool, simple);
        QFETCH(QString, text);
        double bound = 0;
        QCOMPARE(VerdictExplainer::conditionBound(condition, &bound), simple);
        QCOMPARE(VerdictExplainer::conditionText(condition, measure), text);
    }
};

QTEST_MAIN(tst_MeasurementModel)
#include "tst_measurementmodel.moc"
