#include "adminserver.h"

#include "accesscontrol.h"
#include "apierror.h"
#include "httpexchange.h"
#include "apiserver.h"
#include "controllers.h"
#include "eventgenerator.h"
#include "faultinjector.h"
#include "httplistener.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "podlifecycle.h"
#include "podlogs.h"
#include "tlsauthority.h"
#include "watchmanager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTimer>

namespace shipdeck::kubetest {

AdminServer::AdminServer(ServerContext &context, ApiServer &server, QObject *parent)
    : QObject(parent), m_ctx(context), m_server(server),
      m_listener(new HttpListener([this](HttpExchange *exchange) { handle(exchange); }, this))
{
}

AdminServer::~AdminServer() = default;

Result<void> AdminServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_listener->listen(address, port))
        return Error(ErrorCode::Unavailable, QStringLiteral("cannot listen for the admin endpoint on %1:%2: %3")
                                                 .arg(address.toString()).arg(port).arg(m_listener->errorString()));
    return success();
}

QString AdminServer::url() const
{
    const QString host = m_listener->serverAddress().protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + m_listener->serverAddress().toString() + QLatin1Char(']')
                             : m_listener->serverAddress().toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_listener->serverPort());
}

QJsonObject AdminServer::state() const
{
    QJsonArray faults;
    for (const FaultRule &rule : m_ctx.faults->rules())
        faults.append(rule.toJson());
    const EventGenerator *generator = m_server.controllers()->eventGenerator();
    return {{QStringLiteral("url"), m_server.url()},
            {QStringLiteral("resourceVersion"), QString::number(m_ctx.store->currentResourceVersion())},
            {QStringLiteral("oldestWatchableVersion"), QString::number(m_ctx.store->oldestWatchableVersion())},
            {QStringLiteral("watches"), m_ctx.watches->activeCount()},
            {QStringLiteral("watchEventsSent"), qint64(m_ctx.watches->eventsSent())},
            {QStringLiteral("logFollows"), m_ctx.logs->followCount()},
            {QStringLiteral("connections"), m_ctx.listener->connectionCount()},
            {QStringLiteral("faults"), faults},
            {QStringLiteral("generator"), QJsonObject{{QStringLiteral("running"), generator->isRunning()},
                                                      {QStringLiteral("namespace"), generator->ns()},
                                                      {QStringLiteral("rate"), generator->rate()},
                                                      {QStringLiteral("mode"), generator->mode() == EventGenerator::Mode::Restarts ? QStringLiteral("restarts") : QStringLiteral("annotate")},
                                                      {QStringLiteral("emitted"), qint64(generator->emitted())}}},
            {QStringLiteral("config"), QJsonObject{{QStringLiteral("podReadyDelayMs"), m_server.controllers()->pods()->readyDelayMs()},
                                                   {QStringLiteral("logIntervalMs"), m_ctx.logs->defaultIntervalMs()},
                                                   {QStringLiteral("bookmarkIntervalMs"), m_ctx.watches->bookmarkIntervalMs()},
                                                   {QStringLiteral("watchHistory"), m_ctx.store->historyLimit()}}}};
}

void AdminServer::handle(HttpExchange *exchange)
{
    int status = 200;
    auto result = route(exchange, &status);
    if (!result) {
        const QJsonObject body{{QStringLiteral("error"), result.error().toString()}};
        exchange->respond(httpCodeOf(result.error()), "application/json", toCompactJson(body));
        return;
    }
    if (!exchange->hasResponded())
        exchange->respond(status, "application/json", toCompactJson(result.value()));
}

Result<QJsonObject> AdminServer::route(HttpExchange *exchange, int *status)
{
    const HttpRequest &request = exchange->request();
    const QByteArray method = request.method;
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (!doc.isObject())
            return badRequest(QStringLiteral("the admin request body is not a JSON object: %1").arg(error.errorString()));
        body = doc.object();
    }
    const QString resource = request.queryValue(QStringLiteral("resource"));
    const QString first = parts.value(0);
    if (method == "GET" && (first == QLatin1String("healthz") || first.isEmpty()))
        return QJsonObject{{QStringLiteral("ok"), true}};
    if (method == "GET" && first == QLatin1String("state"))
        return state();
    if (first == QLatin1String("faults")) {
        if (method == "GET")
            return QJsonObject{{QStringLiteral("faults"), state().value(QLatin1String("faults"))}};
        if (method == "DELETE" && parts.size() == 1) {
            m_ctx.faults->clear();
            return QJsonObject{{QStringLiteral("cleared"), true}};
        }
        if (method == "DELETE" && parts.size() == 2) {
            if (!m_ctx.faults->remove(parts[1]))
                return notFound(QStringLiteral("faults"), parts[1]);
            return QJsonObject{{QStringLiteral("removed"), parts[1]}};
        }
        if (method == "POST") {
            SD_TRY(FaultRule rule, body.contains(QLatin1String("spec")) ? FaultRule::parse(body.value(QLatin1String("spec")).toString())
                                                                        : FaultRule::fromJson(body));
            SD_TRY(QString id, m_ctx.faults->add(rule));
            *status = 201;
            return QJsonObject{{QStringLiteral("id"), id}};
        }
    }
    if (method == "POST" && first == QLatin1String("watches") && parts.value(1) == QLatin1String("drop"))
        return QJsonObject{{QStringLiteral("dropped"), m_ctx.watches->drop(resource)}};
    if (method == "POST" && first == QLatin1String("watches") && parts.value(1) == QLatin1String("expire"))
        return QJsonObject{{QStringLiteral("expired"), m_ctx.watches->expire(resource)}};
    if (method == "POST" && first == QLatin1String("logs") && parts.value(1) == QLatin1String("drop"))
        return QJsonObject{{QStringLiteral("dropped"), m_ctx.logs->dropFollows()}};
    if (method == "POST" && first == QLatin1String("connections") && parts.value(1) == QLatin1String("drop")) {
        const int n = m_ctx.listener->connectionCount();
        m_ctx.listener->dropAllConnections();
        return QJsonObject{{QStringLiteral("dropped"), n}};
    }
    if (method == "POST" && first == QLatin1String("compact")) {
        m_ctx.store->compact();
        m_ctx.store->expireSnapshots();
        return QJsonObject{{QStringLiteral("resourceVersion"), QString::number(m_ctx.store->currentResourceVersion())}};
    }
    if (method == "POST" && first == QLatin1String("continue") && parts.value(1) == QLatin1String("expire")) {
        m_ctx.store->expireSnapshots();
        return QJsonObject{{QStringLiteral("expired"), true}};
    }
    if (method == "POST" && first == QLatin1String("bookmarks")) {
        m_ctx.watches->sendBookmarks();
        return QJsonObject{{QStringLiteral("resourceVersion"), QString::number(m_ctx.store->currentResourceVersion())}};
    }
    if (first == QLatin1String("pods") && parts.value(1) == QLatin1String("bulk") && method == "POST") {
        QElapsedTimer clock;
        clock.start();
        SD_TRY(int created, m_server.controllers()->bulkCreatePods(body.value(QLatin1String("namespace")).toString(QStringLiteral("bulk")),
                                                                   body.value(QLatin1String("count")).toInt(),
                                                                   body.value(QLatin1String("prefix")).toString()));
        return QJsonObject{{QStringLiteral("created"), created}, {QStringLiteral("ms"), clock.elapsed()},
                           {QStringLiteral("resourceVersion"), QString::number(m_ctx.store->currentResourceVersion())}};
    }
    if (first == QLatin1String("pods") && parts.size() == 4 && method == "POST" && parts[3] == QLatin1String("restart")) {
        SD_CHECK(m_server.controllers()->pods()->restart(parts[1], parts[2], body.value(QLatin1String("reason")).toString(QStringLiteral("Error"))));
        return QJsonObject{{QStringLiteral("restarted"), parts[2]}};
    }
    if (first == QLatin1String("pods") && parts.size() == 4 && method == "POST" && parts[3] == QLatin1String("logs")) {
        QStringList lines;
        for (const auto &l : body.value(QLatin1String("lines")).toArray())
            lines.append(l.toString());
        SD_TRY(int n, m_ctx.logs->append(parts[1], parts[2], body.value(QLatin1String("container")).toString(), lines));
        return QJsonObject{{QStringLiteral("appended"), n}};
    }
    if (first == QLatin1String("events") && parts.value(1) == QLatin1String("generator")) {
        if (method == "DELETE") {
            m_server.controllers()->stopEventGenerator();
            return QJsonObject{{QStringLiteral("stopped"), true}, {QStringLiteral("emitted"), qint64(m_server.controllers()->eventGenerator()->emitted())}};
        }
        if (method == "POST") {
            SD_CHECK(m_server.controllers()->startEventGenerator(body.value(QLatin1String("namespace")).toString(QStringLiteral("bulk")),
                                                                 body.value(QLatin1String("rate")).toInt(),
                                                                 body.value(QLatin1String("mode")).toString()));
            return QJsonObject{{QStringLiteral("started"), true}};
        }
    }
    if (first == QLatin1String("config") && (method == "PUT" || method == "POST")) {
        if (body.contains(QLatin1String("podReadyDelayMs")))
            m_server.controllers()->pods()->setReadyDelayMs(body.value(QLatin1String("podReadyDelayMs")).toInt());
        if (body.contains(QLatin1String("logIntervalMs")))
            m_ctx.logs->setDefaultIntervalMs(body.value(QLatin1String("logIntervalMs")).toInt());
        if (body.contains(QLatin1String("bookmarkIntervalMs")))
            m_ctx.watches->setBookmarkIntervalMs(body.value(QLatin1String("bookmarkIntervalMs")).toInt());
        if (body.contains(QLatin1String("watchHistory")))
            m_ctx.store->setHistoryLimit(body.value(QLatin1String("watchHistory")).toInt());
        return state().value(QLatin1String("config")).toObject();
    }
    if (first == QLatin1String("tokens")) {
        if (method == "POST") {
            const QString token = body.value(QLatin1String("token")).toString();
            if (token.isEmpty())
                return badRequest(QStringLiteral("a token needs a non-empty \"token\""));
            QStringList groups;
            for (const auto &g : body.value(QLatin1String("groups")).toArray())
                groups.append(g.toString());
            m_ctx.access->addToken(token, body.value(QLatin1String("user")).toString(QStringLiteral("admin")), groups);
            *status = 201;
            return QJsonObject{{QStringLiteral("token"), token}};
        }
        if (method == "DELETE" && parts.size() == 2) {
            if (!m_ctx.access->removeToken(parts[1]))
                return notFound(QStringLiteral("tokens"), parts[1]);
            return QJsonObject{{QStringLiteral("removed"), true}};
        }
        if (method == "GET")
            return QJsonObject{{QStringLiteral("tokens"), m_ctx.access->tokens()}};
    }
    if (first == QLatin1String("users") && parts.size() == 3 && parts[2] == QLatin1String("rules") && (method == "PUT" || method == "POST")) {
        QList<PolicyRule> rules;
        for (const auto &r : body.value(QLatin1String("rules")).toArray())
            rules.append(PolicyRule::fromJson(r.toObject()));
        m_ctx.access->setRules(parts[1], rules);
        return QJsonObject{{QStringLiteral("user"), parts[1]}, {QStringLiteral("rules"), int(rules.size())}};
    }
    if (first == QLatin1String("certificates") && method == "POST") {
        if (!m_server.authority())
            return badRequest(QStringLiteral("the server runs without TLS (--plain-http)"));
        QStringList groups;
        for (const auto &g : body.value(QLatin1String("groups")).toArray())
            groups.append(g.toString());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const bool expired = body.value(QLatin1String("expired")).toBool();
        SD_TRY(IssuedCertificate cert, m_server.authority()->issueClient(body.value(QLatin1String("user")).toString(), groups,
                                                                           expired ? now.addDays(-2) : now.addSecs(-3600),
                                                                           expired ? now.addDays(-1) : now.addDays(body.value(QLatin1String("days")).toInt(30))));
        *status = 201;
        return QJsonObject{{QStringLiteral("certificate"), QString::fromLatin1(cert.certificatePem)},
                           {QStringLiteral("key"), QString::fromLatin1(cert.keyPem)},
                           {QStringLiteral("ca"), QString::fromLatin1(m_server.authority()->caCertificatePem())}};
    }
    if (first == QLatin1String("shutdown") && method == "POST") {
        QTimer::singleShot(50, qApp, [] { QCoreApplication::exit(0); });
        return QJsonObject{{QStringLiteral("stopping"), true}};
    }
    return apiError(404, QStringLiteral("NotFound"), QStringLiteral("no admin endpoint %1 %2").arg(QString::fromLatin1(method), request.path));
}

} // namespace shipdeck::kubetest
