#pragma once

#include "backend/deploy/rollouttypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointF>

class QTimer;

namespace shipdeck {

class MeasurementModel;
class RevisionModel;
class RolloutEventModel;
class RolloutStepModel;
class RolloutsClient;

// One rollout as the rollout view shows it: details, steps, analysis, events, revisions and
// the traffic samples behind the charts, kept current from the engine's signals; and the
// actions on it. Never blocks: every call is a future continued on this object's thread.
class RolloutDetailViewModel : public QObject
{
    Q_OBJECT
public:
    enum class Chart { ErrorRate, LatencyP50, LatencyP99, RequestRate };
    struct Threshold
    {
        Chart chart;
        double value;  // in the chart's unit (error rate in %)
        QString label;
    };
    struct Window
    {
        double fromMs = 0;
        double toMs = 0;
        QString label;
        bool isValid() const { return toMs > fromMs; }
    };

    explicit RolloutDetailViewModel(RolloutsClient *client, QObject *parent = nullptr);
    ~RolloutDetailViewModel() override;

    // Loads a rollout by id or reference and follows it.
    void open(const QString &ref);
    void close();
    void reload();
    const QString &rolloutId() const { return m_id; }
    const QJsonObject &rollout() const { return m_details; }
    bool isLoaded() const { return !m_details.isEmpty(); }

    RolloutStepModel *steps() const { return m_steps; }
    MeasurementModel *measurements() const { return m_measurements; }
    RolloutEventModel *events() const { return m_events; }
    RevisionModel *revisions() const { return m_revisions; }

    const QJsonArray &samples() const { return m_samples; }
    // Points of one chart for the canary or the baseline (stable) version.
    static QList<QPointF> points(const QJsonArray &samples, Chart chart, bool canary);
    QList<Threshold> thresholds() const;
    // The newest analysis run's time span (running runs end now).
    Window analysisWindow(qint64 nowMs) const;
    double actualCanaryWeight() const { return m_actual; }

    // Runs an action with the actor and reason recorded; `done` reports the outcome.
    void act(RolloutAction action, const QString &actor, const QString &reason);
    void rollbackTo(int revision, const QString &actor, const QString &reason);

Q_SIGNALS:
    void loaded();              // details replaced (first load or refresh)
    void loadFailed(const QString &error);
    void samplesReset();        // samples() replaced
    void samplesAppended(const QJsonArray &samples);
    void actionFinished(bool ok, const QString &message);

private:
    void apply(const QJsonObject &details, bool withSamples);
    void scheduleReload();

    RolloutsClient *m_client; // Not owned.
    RolloutStepModel *m_steps;
    MeasurementModel *m_measurements;
    RolloutEventModel *m_events;
    RevisionModel *m_revisions;
    QTimer *m_debounce;
    QTimer *m_clock;
    QString m_ref;
    QString m_id;
    QJsonObject m_details;
    QJsonArray m_samples;
    double m_actual = -1;
    quint64 m_generation = 0;
};

} // namespace shipdeck
