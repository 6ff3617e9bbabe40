#include "backend/deploy/analysis/prometheusclient.h"

#include "backend/deploy/httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>

namespace shipdeck {

namespace {
Result<double> sampleValue(const QJsonValue &v, const QString &what)
{
    // Prometheus sends values as strings: "1.5", "NaN", "+Inf".
    const QString text = v.toString();
    if (text == QLatin1String("NaN"))
        return qQNaN();
    if (text == QLatin1String("+Inf") || text == QLatin1String("Inf"))
        return qInf();
    if (text == QLatin1String("-Inf"))
        return -qInf();
    bool ok = false;
    const double d = text.toDouble(&ok);
    if (!ok)
        return Error(ErrorCode::Parse, QStringLiteral("%1: sample value '%2' is not a number").arg(what, text));
    return d;
}

Result<std::pair<qint64, double>> point(const QJsonValue &v, const QString &what)
{
    const QJsonArray pair = v.toArray();
    if (pair.size() != 2 || !pair.at(0).isDouble())
        return Error(ErrorCode::Parse, QStringLiteral("%1: a sample is not [time, \"value\"]").arg(what));
    SD_TRY(double value, sampleValue(pair.at(1), what));
    return std::make_pair(qint64(std::llround(pair.at(0).toDouble() * 1000.0)), value);
}

QString seconds(qint64 ms)
{
    return QString::number(ms / 1000.0, 'f', 3);
}
} // namespace

MeasurementValue PromQueryResult::toMeasurement() const
{
    if (resultType == QLatin1String("scalar"))
        return MeasurementValue::scalar(series.value(0).points.value(0).second);
    QList<double> latest;
    for (const PromSeries &s : series) {
        if (!s.points.isEmpty())
            latest.append(s.points.last().second);
    }
    return MeasurementValue::vector(latest);
}

QList<double> PromQueryResult::values() const
{
    QList<std::pair<qint64, double>> all;
    for (const PromSeries &s : series)
        all += s.points;
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<double> out;
    for (const auto &p : all)
        out.append(p.second);
    return out;
}

QJsonObject PromQueryResult::toJson() const
{
    QJsonArray list;
    for (const PromSeries &s : series) {
        QJsonObject labels;
        for (auto it = s.labels.begin(); it != s.labels.end(); ++it)
            labels.insert(it.key(), it.value());
        QJsonArray points;
        for (const auto &p : s.points)
            points.append(QJsonArray{double(p.first), std::isfinite(p.second) ? QJsonValue(p.second) : QJsonValue(QString::number(p.second))});
        list.append(QJsonObject{{QStringLiteral("labels"), labels}, {QStringLiteral("points"), points}});
    }
    return {{QStringLiteral("resultType"), resultType}, {QStringLiteral("series"), list},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

PrometheusClient::PrometheusClient(HttpClient &http, QUrl address) : m_http(http), m_address(std::move(address))
{
    // Resolve api/v1/... below a path prefix (http://host/prometheus/ -> .../prometheus/api/v1/query).
    if (!m_address.path().endsWith(QLatin1Char('/')))
        m_address.setPath(m_address.path() + QLatin1Char('/'));
}

Result<PromQueryResult> PrometheusClient::parse(int httpStatus, const QByteArray &body, const QString &what)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString excerpt = QString::fromUtf8(body.left(120)).simplified();
        return Error(httpStatus >= 400 ? ErrorCode::Unavailable : ErrorCode::Parse,
                     QStringLiteral("%1: HTTP %2 with a body that is not Prometheus JSON: %3").arg(what).arg(httpStatus).arg(excerpt));
    }
    const QJsonObject root = doc.object();
    const QString status = root.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("error")) {
        const QString type = root.value(QStringLiteral("errorType")).toString();
        const QString message = root.value(QStringLiteral("error")).toString();
        const ErrorCode code = type == QLatin1String("bad_data") ? ErrorCode::InvalidArgument
                             : type == QLatin1String("timeout") ? ErrorCode::Timeout
                             : type == QLatin1String("canceled") ? ErrorCode::Cancelled : ErrorCode::Unavailable;
        return Error(code, QStringLiteral("%1: Prometheus answered %2 (%3): %4").arg(what, QString::number(httpStatus), type, message));
    }
    if (status != QLatin1String("success"))
        return Error(ErrorCode::Parse, QStringLiteral("%1: unexpected status '%2' in the answer").arg(what, status));
    const QJsonObject data = root.value(QStringLiteral("data")).toObject();
    PromQueryResult out;
    out.resultType = data.value(QStringLiteral("resultType")).toString();
    for (const QJsonValue &w : root.value(QStringLiteral("warnings")).toArray())
        out.warnings.append(w.toString());
    const QJsonValue result = data.value(QStringLiteral("result"));
    if (out.resultType == QLatin1String("scalar")) {
        SD_TRY(auto p, point(result, what));
        out.series.append(PromSeries{{}, {p}});
        return out;
    }
    if (out.resultType != QLatin1String("vector") && out.resultType != QLatin1String("matrix"))
        return Error(ErrorCode::Unsupported, QStringLiteral("%1: result type '%2' cannot be measured (use a vector, matrix or scalar)")
                                                 .arg(what, out.resultType));
    if (!result.isArray())
        return Error(ErrorCode::Parse, QStringLiteral("%1: data.result is not a list").arg(what));
    for (const QJsonValue &item : result.toArray()) {
        const QJsonObject o = item.toObject();
        PromSeries series;
        const QJsonObject metric = o.value(QStringLiteral("metric")).toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it)
            series.labels.insert(it.key(), it.value().toString());
        if (out.resultType == QLatin1String("vector")) {
            SD_TRY(auto p, point(o.value(QStringLiteral("value")), what));
            series.points.append(p);
        } else {
            for (const QJsonValue &v : o.value(QStringLiteral("values")).toArray()) {
                SD_TRY(auto p, point(v, what));
                series.points.append(p);
            }
        }
        out.series.append(series);
    }
    return out;
}

Result<QString> PrometheusClient::substitute(const QString &query, const QMap<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(query);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1);
        if (!values.contains(name)) {
            return Error(ErrorCode::InvalidArgument, QStringLiteral("the query uses {{%1}}, which is not defined (known: %2)")
                                                         .arg(name, values.keys().join(QStringLiteral(", "))));
        }
        out += query.mid(last, m.capturedStart(0) - last) + values.value(name);
        last = m.capturedEnd(0);
    }
    out += query.mid(last);
    return out;
}

void PrometheusClient::query(const QString &promql, qint64 atMs, int timeoutMs, Callback done)
{
    QUrl url = m_address.resolved(QUrl(QStringLiteral("api/v1/query")));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), promql);
    if (atMs > 0)
        q.addQueryItem(QStringLiteral("time"), seconds(atMs));
    url.setQuery(q);
    run(url, QStringLiteral("query '%1' on %2").arg(promql, m_address.toString()), timeoutMs, std::move(done));
}

void PrometheusClient::queryRange(const QString &promql, qint64 startMs, qint64 endMs, qint64 stepMs, int timeoutMs, Callback done)
{
    QUrl url = m_address.resolved(QUrl(QStringLiteral("api/v1/query_range")));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), promql);
    q.addQueryItem(QStringLiteral("start"), seconds(startMs));
    q.addQueryItem(QStringLiteral("end"), seconds(endMs));
    q.addQueryItem(QStringLiteral("step"), seconds(qMax<qint64>(1, stepMs)));
    url.setQuery(q);
    run(url, QStringLiteral("range query '%1' on %2").arg(promql, m_address.toString()), timeoutMs, std::move(done));
}

void PrometheusClient::run(const QUrl &url, const QString &what, int timeoutMs, Callback done)
{
    m_http.get(url, timeoutMs, [what, done = std::move(done)](Result<HttpResponse> response) {
        if (!response) {
            done(response.error().withContext(what));
            return;
        }
        done(parse(response->status, response->body, what));
    });
}

} // namespace shipdeck
