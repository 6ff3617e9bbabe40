#pragma once

#include "backend/core/result.h"
#include "backend/deploy/analysis/conditionexpression.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <functional>

namespace shipdeck {

class HttpClient;

// One series of a query result.
struct PromSeries
{
    QMap<QString, QString> labels;
    QList<std::pair<qint64, double>> points; // (ms since epoch, value); one point for vectors
};

struct PromQueryResult
{
    QString resultType;   // vector | matrix | scalar | string
    QList<PromSeries> series;
    QStringList warnings;

    // The result as `result` for conditions: a scalar, or one value per series (the latest).
    MeasurementValue toMeasurement() const;
    // All points of all series in time order (range queries for the judge).
    QList<double> values() const;
    QJsonObject toJson() const;
};

// Client of Prometheus' HTTP API (/api/v1/query and /api/v1/query_range). Reads the JSON
// envelope ({"status":"success","data":{...}} or {"status":"error","errorType":...,"error":...})
// and turns every failure into an error naming the server, the query and the cause.
class PrometheusClient
{
public:
    PrometheusClient(HttpClient &http, QUrl address);

    using Callback = std::function<void(Result<PromQueryResult>)>;
    void query(const QString &promql, qint64 atMs, int timeoutMs, Callback done);
    void queryRange(const QString &promql, qint64 startMs, qint64 endMs, qint64 stepMs, int timeoutMs, Callback done);

    // Parses a response body (exposed for tests of malformed answers).
    static Result<PromQueryResult> parse(int httpStatus, const QByteArray &body, const QString &what);
    // Replaces {{name}} placeholders; an unknown placeholder is an error.
    static Result<QString> substitute(const QString &query, const QMap<QString, QString> &values);

private:
    void run(const QUrl &url, const QString &what, int timeoutMs, Callback done);
    HttpClient &m_http;
    QUrl m_address;
};

} // namespace shipdeck
