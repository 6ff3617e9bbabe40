#include "models/rollouts/measurementmodel.h"

namespace shipdeck {

MeasurementModel::MeasurementModel(QObject *parent) : KeyedTableModel(parent) {}

QString MeasurementModel::runKindText(const QString &kind, int stepIndex)
{
    if (kind == QLatin1String("background"))
        return tr("background");
    if (kind == QLatin1String("prePromotion"))
        return tr("pre-promotion");
    if (kind == QLatin1String("postPromotion"))
        return tr("post-promotion");
    if (kind == QLatin1String("validation"))
        return tr("validation");
    return tr("step %1").arg(stepIndex + 1);
}

void MeasurementModel::setAnalysis(const QJsonArray &runs, const QJsonArray &metrics)
{
    m_runs = runs;
    m_metrics = metrics;
    rebuild();
}

void MeasurementModel::upsertRun(const QJsonObject &run)
{
    const QString id = run.value(QStringLiteral("id")).toString();
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).toObject().value(QStringLiteral("id")).toString() == id) {
            if (m_runs.at(i).toObject() == run)
                return;
            m_runs.replace(i, run);
            rebuild();
            return;
        }
    }
    m_runs.append(run);
    rebuild();
}

void MeasurementModel::clear()
{
    m_runs = {};
    m_metrics = {};
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QJsonObject MeasurementModel::specOf(const QString &name, const QStringList &templates) const
{
    QJsonObject fallback;
    for (const QJsonValue &v : m_metrics) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("name")).toString() != name)
            continue;
        if (templates.contains(m.value(QStringLiteral("template")).toString()))
            return m;
        fallback = m;
    }
    return fallback;
}

void MeasurementModel::rebuild()
{
    QList<QJsonObject> runs;
    for (const QJsonValue &v : std::as_const(m_runs))
        runs.append(v.toObject());
    std::stable_sort(runs.begin(), runs.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("startedAt")).toDouble() > b.value(QStringLiteral("startedAt")).toDouble();
    });
    QList<Row> next;
    for (const QJsonObject &run : std::as_const(runs)) {
        const QString runId = run.value(QStringLiteral("id")).toString();
        const QStringList templates = run.value(QStringLiteral("templates")).toVariant().toStringList();
        const QString analysis = tr("%1 · %2").arg(runKindText(run.value(QStringLiteral("kind")).toString(),
                                                               run.value(QStringLiteral("stepIndex")).toInt()),
                                                   templates.join(QStringLiteral(", ")));
        for (const QJsonValue &mv : run.value(QStringLiteral("metrics")).toArray()) {
            const QJsonObject metric = mv.toObject();
            const QString name = metric.value(QStringLiteral("name")).toString();
            const QJsonObject spec = specOf(name, templates);
            const QJsonArray measurements = metric.value(QStringLiteral("measurements")).toArray();
            const QJsonObject last = measurements.isEmpty() ? QJsonObject() : measurements.last().toObject();
            const QJsonObject numbers = last.value(QStringLiteral("numbers")).toObject();
            QString kind = spec.value(QStringLiteral("kind")).toString();
            if (kind.isEmpty()) {
                const QString method = numbers.value(QStringLiteral("method")).toString();
                kind = method == QLatin1String("kayenta-mann-whitney") ? QStringLiteral("judge")
                     : method == QLatin1String("mixture-sprt") ? QStringLiteral("sequential")
                     : numbers.value(QStringLiteral("source")).toString();
            }
            QJsonObject merged = numbers;
            for (const char *key : {"count", "successful", "failed", "inconclusive", "error"})
                merged.insert(QLatin1String(key), metric.value(QLatin1String(key)));
            const QString phase = metric.value(QStringLiteral("phase")).toString();
            QString message = last.value(QStringLiteral("message")).toString();
            if (message.isEmpty())
                message = metric.value(QStringLiteral("message")).toString();
            Row row{runId + QLatin1Char('/') + name, runId, analysis, name, kind, phase, false,
                    VerdictExplainer::metric(kind, phase, merged, spec, message)};
            next.append(row);
            if (kind != QLatin1String("judge"))
                continue;
            QHash<QString, QString> measures;
            const QJsonObject judge = spec.value(QStringLiteral("judge")).toObject();
            for (const QJsonValue &j : judge.value(QStringLiteral("metrics")).toArray())
                measures.insert(j.toObject().value(QStringLiteral("name")).toString(), j.toObject().value(QStringLiteral("measure")).toString());
            for (const QJsonValue &jv : numbers.value(QStringLiteral("metrics")).toArray()) {
                const QJsonObject jm = jv.toObject();
                const QString sub = jm.value(QStringLiteral("name")).toString();
                Row subRow{row.key + QLatin1Char('/') + sub, runId, analysis, tr("%1 › %2").arg(name, sub), kind,
                           jm.value(QStringLiteral("classification")).toString(), true,
                           VerdictExplainer::judgeMetric(jm, measures.value(sub), judge.value(QStringLiteral("confidenceLevel")).toDouble())};
                next.append(subRow);
            }
        }
    }
    applyKeyedRows<Row>(m_rows, next, [](const Row &r) { return r.key; }, [](const Row &a, const Row &b) {
        return a.phase != b.phase || a.e.sentence != b.e.sentence || a.e.samples != b.e.samples || a.e.verdict != b.e.verdict;
    });
}

int MeasurementModel::rowOf(const QString &metric) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).metric == metric)
            return i;
    }
    return -1;
}

VerdictExplainer::Explanation MeasurementModel::explanationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).e : VerdictExplainer::Explanation{};
}

int MeasurementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasurementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasurementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MetricColumn: return row.metric;
        case AnalysisColumn: return row.analysis;
        case VerdictColumn: return row.e.verdict;
        case SamplesColumn: return row.e.samples;
        case StatisticColumn: return row.e.statistic;
        case ThresholdColumn: return row.e.threshold;
        case TestColumn: return row.e.test;
        case ExplanationColumn: return row.e.sentence;
        }
        return {};
    case Qt::ToolTipRole: return row.e.sentence;
    case ToneRole: return int(row.e.tone);
    case RunIdRole: return row.runId;
    case PhaseRole: return row.phase;
    case ExplanationRole: return row.e.sentence;
    case SubMetricRole: return row.subMetric;
    case KindRole: return row.kind;
    default: return {};
    }
}

QVariant MeasurementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MetricColumn: return tr("Metric");
    case AnalysisColumn: return tr("Analysis");
    case VerdictColumn: return tr("Verdict");
    case SamplesColumn: return tr("Samples");
    case StatisticColumn: return tr("Statistic");
    case ThresholdColumn: return tr("Threshold");
    case TestColumn: return tr("Test");
    case ExplanationColumn: return tr("Why");
    }
    return {};
}

} // namespace shipdeck
