#pragma once

#include "models/keyedrows.h"
#include "models/rollouts/verdictexplainer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shipdeck {

// The analysis of a rollout, one row per metric of each analysis run (newest run first) and,
// for a canary-vs-baseline judge, one row per judged metric: verdict, samples, statistic,
// threshold, the test used, and a sentence that explains the verdict.
class MeasurementModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        MetricColumn, AnalysisColumn, VerdictColumn, SamplesColumn, StatisticColumn, ThresholdColumn, TestColumn,
        ExplanationColumn, ColumnCount
    };
    enum Role { ToneRole = Qt::UserRole + 1, RunIdRole, PhaseRole, ExplanationRole, SubMetricRole, KindRole };

    explicit MeasurementModel(QObject *parent = nullptr);

    // `runs`: AnalysisRunRecord::toJson() list; `metrics`: the analysisMetrics of the details.
    void setAnalysis(const QJsonArray &runs, const QJsonArray &metrics);
    // A live update of one run (RolloutsClient::analysisUpdated).
    void upsertRun(const QJsonObject &run);
    const QJsonArray &runs() const { return m_runs; }
    void clear();

    int rowOf(const QString &metric) const; // first row of a metric name ("canary-judge › error-rate" too)
    VerdictExplainer::Explanation explanationAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString runKindText(const QString &kind, int stepIndex);

private:
    struct Row
    {
        QString key;
        QString runId;
        QString analysis;
        QString metric;
        QString kind;
        QString phase;
        bool subMetric = false;
        VerdictExplainer::Explanation e;
    };
    void rebuild();
    QJsonObject specOf(const QString &name, const QStringList &templates) const;

    QJsonArray m_runs;
    QJsonArray m_metrics;
    QList<Row> m_rows;
};

} // namespace shipdeck
