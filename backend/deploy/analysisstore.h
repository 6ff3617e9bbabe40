#pragma once

#include "backend/core/result.h"
#include "backend/deploy/analysis/metricassessment.h"
#include "backend/deploy/analysis/proxytraffic.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace shipdeck {

class Clock;
class Database;

struct AnalysisRunRecord
{
    QString id;
    QString rolloutId;
    QString kind;        // step | background | prePromotion | postPromotion | validation
    int stepIndex = 0;
    QStringList templates;
    AnalysisPhase phase = AnalysisPhase::Running;
    QString message;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    QList<MetricResult> metrics;
    QJsonObject toJson() const;
};

// A verdict and the numbers behind it: a metric's measurement decision, a judge's score, a
// sequential test's decision, or a whole run's result.
struct AnalysisVerdict
{
    qint64 seq = 0;
    QString rolloutId;
    QString runId;
    QString metric;      // empty for the run itself
    QString kind;        // proxy | prometheus | judge | sequential | run
    QString phase;
    QString summary;     // the sentence a person reads
    QJsonObject numbers;
    qint64 atMs = 0;
    QJsonObject toJson() const;
};

// One per-interval sample of a version's traffic during a rollout.
struct TrafficSample
{
    qint64 atMs = 0;      // end of the window
    QString role;         // canary | stable
    QString version;
    qint64 windowMs = 0;
    VersionTraffic traffic;
    QJsonObject toJson() const;
};

class AnalysisStore
{
public:
    AnalysisStore(Database &db, const Clock *clock);

    Result<void> saveRun(const AnalysisRunRecord &run); // insert or replace
    Result<std::optional<AnalysisRunRecord>> run(const QString &id);
    Result<QList<AnalysisRunRecord>> runs(const QString &rolloutId);

    Result<AnalysisVerdict> addVerdict(AnalysisVerdict verdict);
    Result<QList<AnalysisVerdict>> verdicts(const QString &rolloutId, qint64 afterSeq = 0, int limit = 1000);

    Result<void> addSample(const QString &rolloutId, const TrafficSample &sample);
    Result<QList<TrafficSample>> samples(const QString &rolloutId, qint64 fromMs = 0, qint64 toMs = 0, int limit = 100'000);
    // Removes samples of rollouts that finished before cutoffMs.
    Result<int> pruneSamples(qint64 cutoffMs);

private:
    Database &m_db;
    const Clock *m_clock;
};

} // namespace shipdeck
