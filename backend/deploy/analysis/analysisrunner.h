#pragma once

#include "backend/deploy/analysis/sequentialtest.h"
#include "backend/deploy/analysisstore.h"
#include "backend/deploy/deploymentspec.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>

#include <memory>

namespace shipdeck {

class Clock;
class HttpClient;
class MetricSampler;

// What an analysis run measures against.
struct AnalysisContext
{
    QString rolloutId;
    QString component;
    QString environment;
    QString canaryVersion;
    QString stableVersion;
    QMap<QString, QString> args;
    QString prometheusAddress = QStringLiteral("http://127.0.0.1:9090");
    MetricSampler *sampler = nullptr;
    HttpClient *http = nullptr;
    AnalysisStore *store = nullptr;
    const Clock *clock = nullptr;
    qint64 errorRetryMs = 10'000;
    int measurementRetention = 20;
};

// One AnalysisRun: takes each metric's measurements when they are due (Argo semantics for
// count, interval, initialDelay and limits), persists every measurement and verdict, and
// decides the run's phase (worst of the metrics). Driven by tick(); measurements that need the
// network complete asynchronously and emit updated().
class AnalysisRunner : public QObject
{
    Q_OBJECT
public:
    AnalysisRunner(AnalysisContext context, AnalysisRunRecord record, QList<MetricSpec> metrics, QObject *parent = nullptr);
    ~AnalysisRunner() override;

    const AnalysisRunRecord &record() const { return m_record; }
    bool isFinished() const;
    // Takes the measurements that are due and re-assesses the run.
    void tick();
    // Stops the run (rollout aborted, promoted, step skipped): Argo's terminate semantics.
    void terminate(const QString &why);
    // When tick() should be called next (ms since epoch), or -1.
    qint64 nextWakeMs() const;

    // For judge and sequential metrics the source of samples must exist.
    static QString checkSources(const QList<MetricSpec> &metrics, const AnalysisContext &context);

Q_SIGNALS:
    void updated();

private:
    struct MetricState;
    qint64 dueAt(int index) const;
    void measure(int index);
    void finishMeasurement(int index, Measurement measurement, const QString &kind);
    void measureProxy(int index, Measurement &m);
    void measurePrometheus(int index, Measurement m);
    void measureJudge(int index, Measurement m);
    void judgePrometheus(int index, Measurement m);
    void measureSequential(int index, Measurement &m);
    void assess();
    void recordVerdict(const QString &metric, const QString &kind, const QString &phase, const QString &summary,
                       const QJsonObject &numbers);
    QMap<QString, QString> placeholders(const QString &version) const;
    qint64 windowStart(int index) const;
    void persist();

    AnalysisContext m_context;
    AnalysisRunRecord m_record;
    QList<MetricSpec> m_metrics;
    std::vector<std::unique_ptr<MetricState>> m_state;
    bool m_terminate = false;
    QString m_terminateReason;
    bool m_finishedEmitted = false;
};

} // namespace shipdeck
