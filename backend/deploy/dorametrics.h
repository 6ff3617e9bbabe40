#pragma once

#include "backend/deploy/rollouttypes.h"

#include <QJsonObject>
#include <QList>

namespace shipdeck {

// DORA's software delivery metrics computed from the rollout history, with the Four Keys
// definitions (reference/progressive-delivery.md §5; docs/deploy.md says exactly what counts).
struct DoraOptions
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString environment = QStringLiteral("production");
    QString component; // empty = all components
};

struct DoraReport
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString environment;
    QString component;
    int deployments = 0;           // rollouts that ended in the window
    int successful = 0;            // ... fully promoted
    int failed = 0;                // ... rolled back, aborted, or undone afterwards
    double deploymentsPerDay = 0;  // successful / days
    QString frequencyBucket;       // daily | weekly | monthly | yearly | none
    qint64 leadTimeMedianMs = -1;  // commit -> promoted; -1 = no data
    qint64 leadTimeP90Ms = -1;
    int leadTimeSamples = 0;
    QString leadTimeBucket;
    double changeFailRate = -1;    // failed / deployments; -1 = no deployments
    QString changeFailBucket;
    qint64 recoveryMedianMs = -1;  // failed deployment recovery time
    int recoverySamples = 0;
    QString recoveryBucket;
    QJsonArray daily;              // [{day, deployments, successful, failed, leadTimeMedianMs}]

    QJsonObject toJson() const;
};

namespace DoraMetrics {
DoraReport compute(const QList<RolloutRecord> &history, const DoraOptions &options);
// "< 1 day", "< 1 week", "< 1 month", "< 6 months", ">= 6 months" (Four Keys lead-time buckets).
QString durationBucket(qint64 ms);
} // namespace DoraMetrics

} // namespace shipdeck
