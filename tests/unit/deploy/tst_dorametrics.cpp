#include "backend/deploy/dorametrics.h"
#include "testsupport.h"

#include <QJsonArray>

using namespace shipdeck;

namespace {
constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;
const qint64 kStart = 1'714'521'600'000; // 2024-05-01T00:00:00Z

RolloutRecord deployment(int revision, qint64 finishedAt, RolloutPhase phase, qint64 commitAt = 0, int undoOf = 0)
{
    RolloutRecord r;
    r.id = QStringLiteral("r%1").arg(revision);
    r.component = QStringLiteral("storefront");
    r.environment = QStringLiteral("production");
    r.revision = revision;
    r.createdAtMs = finishedAt - kHour;
    r.startedAtMs = finishedAt - kHour;
    r.finishedAtMs = finishedAt;
    r.phase = phase;
    r.changeCreatedAtMs = commitAt;
    r.undoOfRevision = undoOf;
    return r;
}
} // namespace

class tst_DoraMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fourKeys()
    {
        QList<RolloutRecord> history;
        // Two deployments a day on weekdays for two weeks: lead times of 2 h and 6 h.
        int revision = 0;
        for (int day = 0; day < 14; ++day) {
            if (day % 7 >= 5)
                continue;
            const qint64 at = kStart + day * kDay + 10 * kHour;
            history.append(deployment(++revision, at, RolloutPhase::Healthy, at - 2 * kHour));
            history.append(deployment(++revision, at + 4 * kHour, RolloutPhase::Healthy, at - 2 * kHour));
        }
        // One canary rolled back by the engine 15 minutes after it started.
        RolloutRecord bad = deployment(++revision, kStart + 3 * kDay + 17 * kHour, RolloutPhase::RolledBack);
        bad.startedAtMs = bad.finishedAtMs - 15 * 60 * 1000;
        history.append(bad);
        // A staging deployment does not count for production.
        RolloutRecord staging = deployment(++revision, kStart + kDay, RolloutPhase::Healthy);
        staging.environment = QStringLiteral("staging");
        history.append(staging);

        DoraOptions o;
        o.fromMs = kStart;
        o.toMs = kStart + 14 * kDay;
        const DoraReport r = DoraMetrics::compute(history, o);
        QCOMPARE(r.deployments, 21);
        QCOMPARE(r.successful, 20);
        QCOMPARE(r.failed, 1);
        QCOMPARE(r.deploymentsPerDay, 20.0 / 14);
        QCOMPARE(r.frequencyBucket, QStringLiteral("daily")); // 5 days a week with deploys
        QCOMPARE(r.leadTimeSamples, 20);
        QCOMPARE(r.leadTimeMedianMs, 4 * kHour);            // median of 2 h and 6 h lead times
        QCOMPARE(r.leadTimeBucket, QStringLiteral("less than one day"));
        QCOMPARE(r.changeFailRate, 1.0 / 21);
        QCOMPARE(r.changeFailBucket, QStringLiteral("0-15 %"));
        QCOMPARE(r.recoveryMedianMs, 15 * 60 * 1000);
        QCOMPARE(r.daily.size(), 15);
        QCOMPARE(r.daily.at(3).toObject().value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(r.daily.at(0).toObject().value(QStringLiteral("day")).toString(), QStringLiteral("2024-05-01"));
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("changeLeadTime")).toObject().value(QStringLiteral("medianMs")).toDouble(), double(4 * kHour));
    }

    void undoMarksTheUndoneRevisionFailed()
    {
        QList<RolloutRecord> history{deployment(1, kStart + kDay, RolloutPhase::Healthy),
                                     deployment(2, kStart + 2 * kDay, RolloutPhase::Healthy),
                                     deployment(3, kStart + 2 * kDay + 3 * kHour, RolloutPhase::Healthy, 0, 1)};
        DoraOptions o;
        o.fromMs = kStart;
        o.toMs = kStart + 7 * kDay;
        const DoraReport r = DoraMetrics::compute(history, o);
        QCOMPARE(r.failed, 1);
        QCOMPARE(r.changeFailRate, 1.0 / 3);
        QCOMPARE(r.changeFailBucket, QStringLiteral("16-45 %"));
        QCOMPARE(r.recoveryMedianMs, 3 * kHour); // revision 2 went live, revision 3 restored revision 1
    }

    void sparseAndEmpty()
    {
        DoraOptions o;
        o.fromMs = kStart;
        o.toMs = kStart + 90 * kDay;
        const DoraReport none = DoraMetrics::compute({}, o);
        QCOMPARE(none.frequencyBucket, QStringLiteral("none"));
        QCOMPARE(none.changeFailRate, -1.0);
        QCOMPARE(none.leadTimeMedianMs, -1);
        QCOMPARE(none.daily.size(), 91);
        const DoraReport monthly = DoraMetrics::compute({deployment(1, kStart + 5 * kDay, RolloutPhase::Healthy),
                                                         deployment(2, kStart + 40 * kDay, RolloutPhase::Healthy),
                                                         deployment(3, kStart + 70 * kDay, RolloutPhase::Healthy)}, o);
        QCOMPARE(monthly.frequencyBucket, QStringLiteral("monthly"));
        // Lead times of zero or less (automated pushes) are ignored, as in Four Keys.
        const DoraReport lead = DoraMetrics::compute({deployment(1, kStart + kDay, RolloutPhase::Healthy, kStart + 2 * kDay)}, o);
        QCOMPARE(lead.leadTimeSamples, 0);
    }

    void buckets_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("bucket");
        QTest::newRow("hours") << 5 * kHour << QStringLiteral("less than one day");
        QTest::newRow("days") << 3 * kDay << QStringLiteral("less than one week");
        QTest::newRow("weeks") << 20 * kDay << QStringLiteral("less than one month");
        QTest::newRow("months") << 100 * kDay << QStringLiteral("less than six months");
        QTest::newRow("year") << 400 * kDay << QStringLiteral("six months or more");
    }
    void buckets()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, bucket);
        QCOMPARE(DoraMetrics::durationBucket(ms), bucket);
    }
};

QTEST_GUILESS_MAIN(tst_DoraMetrics)
#include "tst_dorametrics.moc"
