#include "models/rollouts/rolloutlistmodel.h"
#include "models/rollouts/rolloutsviewmodel.h"
#include "models/rollouts/rollouttext.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTranslator>

using namespace shipdeck;

namespace {
QJsonObject rollout(const QString &id, const QString &phase, qint64 createdAt, qint64 updatedAt = 0)
{
    QJsonArray steps{QJsonObject{{QStringLiteral("kind"), QStringLiteral("setWeight")}, {QStringLiteral("weight"), 10}},
                     QJsonObject{{QStringLiteral("kind"), QStringLiteral("approval")}, {QStringLiteral("required"), 2}},
                     QJsonObject{{QStringLiteral("kind"), QStringLiteral("setWeight")}, {QStringLiteral("weight"), 50}}};
    return {{QStringLiteral("id"), id}, {QStringLiteral("component"), QStringLiteral("storefront")},
            {QStringLiteral("environment"), QStringLiteral("production")}, {QStringLiteral("provider"), QStringLiteral("local")},
            {QStringLiteral("strategy"), QStringLiteral("canary")}, {QStringLiteral("stableVersion"), QStringLiteral("1.4.2")},
            {QStringLiteral("targetVersion"), QStringLiteral("1.5.0")}, {QStringLiteral("phase"), phase},
            {QStringLiteral("revision"), 3}, {QStringLiteral("stepIndex"), 1}, {QStringLiteral("stepCount"), 3},
            {QStringLiteral("steps"), steps}, {QStringLiteral("createdAt"), createdAt}, {QStringLiteral("updatedAt"), updatedAt ? updatedAt : createdAt},
            {QStringLiteral("traffic"), QJsonObject{{QStringLiteral("canaryWeight"), 10}}}};
}

QJsonObject waitingForApproval(const QString &id, const QString &message = {})
{
    QJsonObject r = rollout(id, QStringLiteral("Paused"), 5000, 6000);
    r.insert(QStringLiteral("pauseConditions"), QJsonArray{QJsonObject{{QStringLiteral("reason"), QStringLiteral("Approval")},
                                                                      {QStringLiteral("message"), message}}});
    return r;
}
} // namespace

class tst_RolloutListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        // English carries the plural forms ("1 more person", "2 more people").
        auto *english = new QTranslator(qApp);
        QVERIFY(english->load(test::buildDir() + QStringLiteral("/ui/shipdeck_en.qm")));
        QCoreApplication::installTranslator(english);
    }

    void snapshotsAndLiveUpdates()
    {
        RolloutListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(61'000);
        model.setRollouts({rollout(QStringLiteral("a"), QStringLiteral("Healthy"), 1000), rollout(QStringLiteral("b"), QStringLiteral("Progressing"), 5000)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rolloutAt(0).value(QStringLiteral("id")).toString(), QStringLiteral("b")); // newest first
        QCOMPARE(model.index(1, RolloutListModel::AgeColumn).data().toString(), QStringLiteral("1 min"));
        QCOMPARE(model.index(0, RolloutListModel::ComponentColumn).data().toString(), QStringLiteral("storefront 1.4.2 → 1.5.0"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsert(waitingForApproval(QStringLiteral("b")));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.attentionCount(), 1);
        QCOMPARE(model.index(0, RolloutListModel::NeedsColumn).data().toString(), QStringLiteral("approval by 2 more people"));
        QVERIFY(model.index(0, 0).data(RolloutListModel::ApprovalRole).toBool());

        // An older state arriving late does not undo a newer one.
        model.upsert(rollout(QStringLiteral("b"), QStringLiteral("Progressing"), 5000, 5500));
        QCOMPARE(model.rolloutAt(0).value(QStringLiteral("phase")).toString(), QStringLiteral("Paused"));

        // A new rollout goes on top; snapshots keep rows in place.
        model.upsert(rollout(QStringLiteral("c"), QStringLiteral("Progressing"), 9000));
        QCOMPARE(model.rowOf(QStringLiteral("c")), 0);
        model.setRollouts({rollout(QStringLiteral("c"), QStringLiteral("Progressing"), 9000), waitingForApproval(QStringLiteral("b")),
                           rollout(QStringLiteral("a"), QStringLiteral("Healthy"), 1000)});
        QCOMPARE(reset.count(), 0);
        const QHash<QString, int> counts = model.phaseCounts();
        QCOMPARE(counts.value(QStringLiteral("Progressing")), 1);
        QCOMPARE(counts.value(QStringLiteral("Paused")), 1);
        QCOMPARE(counts.value(QStringLiteral("Healthy")), 1);

        model.setActualWeight(QStringLiteral("c"), 9.6);
        QCOMPARE(model.index(0, RolloutListModel::WeightColumn).data().toString(), QStringLiteral("10 % (actual 9.6 %)"));
        model.setRollouts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void needs_data()
    {
        QTest::addColumn<QJsonObject>("rollout");
        QTest::addColumn<QString>("needs");
        QTest::addColumn<bool>("attention");
        QTest::newRow("progressing") << rollout(QStringLiteral("x"), QStringLiteral("Progressing"), 1) << QString() << false;
        QTest::newRow("approval 1 of 2") << waitingForApproval(QStringLiteral("x"), QStringLiteral("1 of 2 approvals given"))
                                         << QStringLiteral("approval by 1 more person") << true;
        QJsonObject degraded = rollout(QStringLiteral("x"), QStringLiteral("Degraded"), 1);
        QTest::newRow("degraded") << degraded << QStringLiteral("a person: degraded, promote or abort") << true;
        QJsonObject inconclusive = rollout(QStringLiteral("x"), QStringLiteral("Paused"), 1);
        inconclusive.insert(QStringLiteral("pauseConditions"), QJsonArray{QJsonObject{{QStringLiteral("reason"), QStringLiteral("InconclusiveAnalysisRun")}}});
        QTest::newRow("inconclusive") << inconclusive << QStringLiteral("a decision: analysis inconclusive") << true;
        QJsonObject user = rollout(QStringLiteral("x"), QStringLiteral("Paused"), 1);
        user.insert(QStringLiteral("userPaused"), true);
        QTest::newRow("paused by a person") << user << QStringLiteral("resume by a person") << false;
        QJsonObject timed = rollout(QStringLiteral("x"), QStringLiteral("Paused"), 1);
        timed.insert(QStringLiteral("pauseConditions"), QJsonArray{QJsonObject{{QStringLiteral("reason"), QStringLiteral("CanaryPauseStep")}}});
        QJsonArray steps = timed.value(QStringLiteral("steps")).toArray();
        steps.replace(1, QJsonObject{{QStringLiteral("kind"), QStringLiteral("pause")}, {QStringLiteral("durationMs"), 10000}});
        timed.insert(QStringLiteral("steps"), steps);
        QTest::newRow("timed pause") << timed << QString() << false;
        steps.replace(1, QJsonObject{{QStringLiteral("kind"), QStringLiteral("pause")}});
        timed.insert(QStringLiteral("steps"), steps);
        QTest::newRow("pause until promoted") << timed << QStringLiteral("promotion by a person") << false;
        QTest::newRow("rolled back") << rollout(QStringLiteral("x"), QStringLiteral("RolledBack"), 1) << QString() << false;
        QTest::newRow("empty object") << QJsonObject() << QString() << false;
    }
    void needs()
    {
        QFETCH(QJsonObject, rollout);
        QFETCH(QString, needs);
        QFETCH(bool, attention);
        QCOMPARE(RolloutText::needsText(rollout), needs);
        QCOMPARE(RolloutText::needsAttention(rollout), attention);
    }

    void actualWeight_data()
    {
        QTest::addColumn<QJsonArray>("samples");
        QTest::addColumn<double>("percent");
        auto s = [](qint64 at, const char *role, double requests) {
            return QJsonObject{{QStringLiteral("at"), at}, {QStringLiteral("role"), QLatin1String(role)}, {QStringLiteral("requests"), requests}};
        };
        QTest::newRow("newest window only") << QJsonArray{s(1, "canary", 50), s(1, "stable", 50), s(2, "canary", 10), s(2, "stable", 90)} << 10.0;
        QTest::newRow("no requests") << QJsonArray{s(2, "canary", 0), s(2, "stable", 0)} << -1.0;
        QTest::newRow("empty") << QJsonArray{} << -1.0;
        QTest::newRow("malformed") << QJsonArray{QJsonValue(3), QJsonValue(QStringLiteral("x"))} << -1.0;
    }
    void actualWeight()
    {
        QFETCH(QJsonArray, samples);
        QFETCH(double, percent);
        QCOMPARE(RolloutsViewModel::actualCanaryWeight(samples), percent);
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("ms") << qint64(250) << QStringLiteral("250 ms");
        QTest::newRow("s") << qint64(1500) << QStringLiteral("1.5 s");
        QTest::newRow("min") << qint64(125'000) << QStringLiteral("2 min 5 s");
        QTest::newRow("h") << qint64(3'600'000 + 120'000) << QStringLiteral("1 h 2 min");
        QTest::newRow("d") << qint64(2 * 86'400'000LL + 3'600'000) << QStringLiteral("2 d 1 h");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("–");
    }
    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(RolloutText::durationText(ms), text);
    }
};

QTEST_MAIN(tst_RolloutListModel)
#include "tst_rolloutlistmodel.moc"
