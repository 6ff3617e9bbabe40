#include "rolloutbed.h"

#include "backend/deploy/analysis/prometheustext.h"
#include "backend/deploy/rolloutsclient.h"
#include "backend/facade/backend.h"
#include "backend/providers/localproviderclient.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace shipdeck::test {

namespace {
Result<QByteArray> httpGet(const QUrl &url, const QByteArray &header = {}, const QByteArray &value = {}, QByteArray *version = nullptr)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    if (!header.isEmpty())
        request.setRawHeader(header, value);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0)
        return Error(ErrorCode::Network, reply->errorString());
    if (version)
        *version = reply->rawHeader("X-Shipdeck-Version");
    return reply->readAll();
}
} // namespace

RolloutBed::RolloutBed() = default;

RolloutBed::~RolloutBed()
{
    stopLoad();
    rollouts.reset();
    components.reset();
    backend.reset(); // closes the workspace: every process stops
}

ComponentDefinition RolloutBed::storefront(double stableErrorRate, int replicas)
{
    ComponentDefinition c;
    c.id = QStringLiteral("storefront");
    c.name = QStringLiteral("Storefront");
    c.version = QStringLiteral("1.4.2");
    c.scaling = {replicas, 4, 0};
    c.run.command = QStringLiteral("shipdeck-demo-service");
    c.run.args = {QStringLiteral("--port"), QStringLiteral("{port}"), QStringLiteral("--version"), QStringLiteral("{version}"),
                  QStringLiteral("--latency-ms"), QStringLiteral("2")};
    c.healthCheck.kind = HealthCheck::Kind::Http;
    c.healthCheck.path = QStringLiteral("/healthz");
    c.healthCheck.periodMs = 200;
    c.healthCheck.timeoutMs = 500;
    c.healthCheck.failureThreshold = 3;
    auto version = [](QStringList args, const QString &command = {}) {
        VersionOverride o;
        o.extraArgs = std::move(args);
        o.command = command;
        return o;
    };
    c.versions.insert(QStringLiteral("1.4.2"), version(stableErrorRate > 0 ? QStringList{QStringLiteral("--error-rate"), QString::number(stableErrorRate)}
                                                                          : QStringList{}));
    c.versions.insert(QStringLiteral("1.5.0"), version({}));
    c.versions.insert(QStringLiteral("1.5.1"), version({QStringLiteral("--error-rate"), QStringLiteral("0.05")}));
    c.versions.insert(QStringLiteral("1.6.0"), version({QStringLiteral("--unhealthy")}));
    c.versions.insert(QStringLiteral("1.7.0"), version({QStringLiteral("--reset-rate"), QStringLiteral("0.3")}));
    c.versions.insert(QStringLiteral("1.8.0"), version({}, QStringLiteral("/nonexistent/storefront-1.8.0")));
    return c;
}

Result<void> RolloutBed::open(const ComponentDefinition &component)
{
    BackendOptions options;
    options.fileLog = false;
    backend = std::make_unique<Backend>(options);
    Workspace::OpenOptions open;
    open.create = true;
    SD_CHECK(test::await(backend->openWorkspace(dir.path(), open)));
    rollouts = std::make_unique<RolloutsClient>(backend.get());
    components = std::make_unique<LocalProviderClient>(backend.get());
    SD_CHECK(test::await(components->put({component})));
    test::await(rollouts->setDriving(true));
    return success();
}

Result<QString> RolloutBed::startStable(const QString &component)
{
    SD_CHECK(test::await(components->deployStable(component)));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20'000) {
        auto h = test::await(components->health(component));
        if (!h)
            return h.error();
        const QJsonObject c = h->value(QStringLiteral("components")).toArray().at(0).toObject();
        if (c.value(QStringLiteral("state")).toString() == QLatin1String("healthy")) {
            endpoint = c.value(QStringLiteral("endpoint")).toString();
            return endpoint;
        }
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit); // allowed-sleep: polling the provider's readiness
        loop.exec();
    }
    return Error(ErrorCode::Timeout, QStringLiteral("%1 did not become healthy").arg(component));
}

Result<void> RolloutBed::startLoad(double ratePerSecond)
{
    LoadGenerator::Options options;
    options.url = QUrl(endpoint + QStringLiteral("/"));
    options.ratePerSecond = ratePerSecond;
    options.maxConnections = 16;
    SD_TRY(loadId, test::await(components->startLoad(options)));
    return success();
}

void RolloutBed::stopLoad()
{
    if (!loadId.isEmpty() && components)
        components->stopLoad(loadId).waitForFinished();
    loadId.clear();
}

QJsonObject RolloutBed::loadStats()
{
    auto stats = test::await(components->loadStats(loadId));
    return stats ? stats->toJson() : QJsonObject{};
}

Result<QList<RolloutRecord>> RolloutBed::deploy(const QByteArray &yaml)
{
    return test::await(rollouts->deploy(yaml, QStringLiteral("test.yaml"), QStringLiteral("tester"), QStringLiteral("integration test")), 60'000);
}

Result<QJsonObject> RolloutBed::details(const QString &id)
{
    return test::await(rollouts->get(id));
}

Result<QJsonObject> RolloutBed::waitSettled(const QString &id, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        SD_TRY(QJsonObject d, details(id));
        if (RolloutsClient::isSettled(d))
            return d;
        if (waited.elapsed() > timeoutMs)
            return Error(ErrorCode::Timeout, QStringLiteral("rollout %1 did not settle: %2 %3").arg(id, d.value(QStringLiteral("phase")).toString(),
                                                                                                    d.value(QStringLiteral("message")).toString()));
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit); // allowed-sleep: polling the rollout's state
        loop.exec();
    }
}

Result<QHash<QString, QJsonObject>> RolloutBed::proxyCounters(const QString &component)
{
    SD_TRY(QJsonObject h, test::await(components->health(component)));
    const QString url = h.value(QStringLiteral("components")).toArray().at(0).toObject().value(QStringLiteral("metricsUrl")).toString();
    SD_TRY(QByteArray text, httpGet(QUrl(url)));
    SD_TRY(PromScrape scrape, PrometheusText::parse(text, url));
    QHash<QString, QJsonObject> out;
    for (const PromSample &s : scrape.samples) {
        const QString version = s.labels.value(QStringLiteral("version"));
        if (version.isEmpty() || s.labels.value(QStringLiteral("component")) != component)
            continue;
        QJsonObject &o = out[version];
        auto add = [&](const char *key) { o.insert(QLatin1String(key), o.value(QLatin1String(key)).toDouble() + s.value); };
        if (s.name == QLatin1String("shipdeck_proxy_requests_total")) {
            add("requests");
            if (s.labels.value(QStringLiteral("code_class")) == QLatin1String("5xx"))
                add("errors5xx");
        } else if (s.name == QLatin1String("shipdeck_proxy_upstream_errors_total")) {
            add("upstreamErrors");
        } else if (s.name == QLatin1String("shipdeck_proxy_traffic_weight")) {
            o.insert(QStringLiteral("weight"), s.value);
        }
    }
    return out;
}

QHash<QString, int> RolloutBed::versionsServing(int count, const QByteArray &header, const QByteArray &value)
{
    QHash<QString, int> out;
    for (int i = 0; i < count; ++i) {
        QByteArray version;
        auto body = httpGet(QUrl(endpoint + QStringLiteral("/version")), header, value, &version);
        if (!body) {
            out[QStringLiteral("failed")] += 1;
            continue;
        }
        if (version.isEmpty())
            version = body->trimmed();
        out[QString::fromLatin1(version)] += 1;
    }
    return out;
}

} // namespace shipdeck::test
