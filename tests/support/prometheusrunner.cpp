#include "prometheusrunner.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>

namespace shipdeck::test {
namespace {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

PrometheusRunner::PrometheusRunner(QList<Target> targets, int scrapeIntervalMs)
    : m_targets(std::move(targets))
    , m_scrapeIntervalMs(scrapeIntervalMs)
{
}

PrometheusRunner::~PrometheusRunner()
{
    stop();
}

QString PrometheusRunner::binary()
{
    return QStandardPaths::findExecutable(QStringLiteral("prometheus"));
}

QUrl PrometheusRunner::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString PrometheusRunner::output() const
{
    QFile log(m_dir.filePath(QStringLiteral("prometheus.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(8000)) : QString();
}

Result<void> PrometheusRunner::start(int timeoutMs)
{
    const QString program = binary();
    if (program.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("prometheus is not installed (Debian package prometheus)"));
    if (!m_dir.isValid())
        return Error(ErrorCode::Io, QStringLiteral("cannot create a temporary folder for prometheus"));
    QByteArray config = "global:\n  scrape_interval: " + QByteArray::number(m_scrapeIntervalMs) + "ms\n"
                        "  evaluation_interval: " + QByteArray::number(m_scrapeIntervalMs) + "ms\n"
                        "scrape_configs:\n";
    for (const Target &t : m_targets) {
        config += "  - job_name: \"" + t.job.toUtf8() + "\"\n"
                  "    scrape_timeout: " + QByteArray::number(std::min(m_scrapeIntervalMs, 1000)) + "ms\n"
                  "    metrics_path: \"" + t.metricsPath.toUtf8() + "\"\n"
                  "    static_configs:\n      - targets: [\"" + t.hostPort.toUtf8() + "\"]\n";
    }
    const QString configPath = m_dir.filePath(QStringLiteral("prometheus.yml"));
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1").arg(configPath));
    file.close();

    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freeLoopbackPort();
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(program);
        m_process->setArguments({QStringLiteral("--config.file=%1").arg(configPath),
                                 QStringLiteral("--storage.tsdb.path=%1").arg(m_dir.filePath(QStringLiteral("data"))),
                                 QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                                 QStringLiteral("--storage.tsdb.retention.time=1h"),
                                 QStringLiteral("--log.level=warn")});
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("prometheus.log")), QIODevice::Append);
        m_process->start();
        if (!m_process->waitForStarted(5'000))
            return Error(ErrorCode::Unavailable, QStringLiteral("prometheus did not start: %1").arg(m_process->errorString()));
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            auto ready = getJson(QStringLiteral("/-/ready"), 1'000);
            if (ready || ready.error().code() == ErrorCode::Parse) // /-/ready answers plain text
                return success();
            spin(100);
        }
        if (m_process->state() == QProcess::Running)
            break; // running but never ready: a timeout, not a port clash
        m_process.reset();
    }
    const QString out = output();
    stop();
    return Error(ErrorCode::Timeout, QStringLiteral("prometheus did not become ready: %1").arg(out));
}

void PrometheusRunner::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10'000)) {
            m_process->kill();
            m_process->waitForFinished(5'000);
        }
    }
    m_process.reset();
}

Result<QJsonObject> PrometheusRunner::getJson(const QString &pathAndQuery, int timeoutMs)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(url().toString() + pathAndQuery));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString why = reply->errorString();
    reply->deleteLater();
    if (status == 0 || status == 503)
        return Error(ErrorCode::Unavailable, QStringLiteral("prometheus at %1: %2").arg(url().toString(), why));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return Error(ErrorCode::Parse, QStringLiteral("prometheus answered %1 with %2").arg(status).arg(QString::fromUtf8(body.left(200))));
    if (doc.object().value(QStringLiteral("status")).toString() != QLatin1String("success"))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("prometheus: %1").arg(doc.object().value(QStringLiteral("error")).toString()));
    return doc.object().value(QStringLiteral("data")).toObject();
}

Result<QJsonObject> PrometheusRunner::query(const QString &promql, int timeoutMs)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), promql);
    return getJson(QStringLiteral("/api/v1/query?") + q.toString(QUrl::FullyEncoded), timeoutMs);
}

Result<double> PrometheusRunner::queryValue(const QString &promql, int timeoutMs)
{
    SD_TRY(const QJsonObject data, query(promql, timeoutMs));
    const QJsonValue result = data.value(QStringLiteral("result"));
    QJsonArray sample;
    if (data.value(QStringLiteral("resultType")).toString() == QLatin1String("scalar")) {
        sample = result.toArray();
    } else {
        const QJsonArray vector = result.toArray();
        if (vector.isEmpty())
            return Error(ErrorCode::NotFound, QStringLiteral("no sample for %1").arg(promql));
        sample = vector.first().toObject().value(QStringLiteral("value")).toArray();
    }
    bool ok = false;
    const double value = sample.at(1).toString().toDouble(&ok);
    if (!ok)
        return Error(ErrorCode::Parse, QStringLiteral("unexpected sample for %1").arg(promql));
    return value;
}

Result<void> PrometheusRunner::waitForTargetsUp(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QString last;
    while (!deadline.hasExpired()) {
        auto targets = getJson(QStringLiteral("/api/v1/targets"), 2'000);
        if (targets) {
            const QJsonArray active = targets.value().value(QStringLiteral("activeTargets")).toArray();
            bool allUp = !active.isEmpty();
            for (const QJsonValue &t : active) {
                const QString health = t.toObject().value(QStringLiteral("health")).toString();
                last = t.toObject().value(QStringLiteral("lastError")).toString();
                allUp = allUp && health == QLatin1String("up");
            }
            if (allUp)
                return success();
        }
        spin(200);
    }
    return Error(ErrorCode::Timeout, QStringLiteral("prometheus targets not up in time (last error: %1)").arg(last));
}

} // namespace shipdeck::test
