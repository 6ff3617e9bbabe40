#include "apihandler.h"

#include "apierror.h"
#include "clusterapi.h"
#include "discovery.h"
#include "faultinjector.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "openapi.h"
#include "podlogs.h"
#include "protobufdecoder.h"
#include "resourceregistry.h"
#include "tableprinter.h"
#include "yamljson.h"

#include <QJsonDocument>
#include <QTimer>

namespace shipdeck::kubetest {

RequestInfo RequestInfo::parse(const QByteArray &method, const QString &path, bool watchParam)
{
    RequestInfo info;
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList rest;
    if (parts.size() >= 3 && parts[0] == QLatin1String("api")) {
        info.version = parts[1];
        rest = parts.mid(2);
    } else if (parts.size() >= 4 && parts[0] == QLatin1String("apis")) {
        info.group = parts[1];
        info.version = parts[2];
        rest = parts.mid(3);
    } else {
        return info;
    }
    info.isResource = true;
    bool legacyWatch = false;
    if (rest.first() == QLatin1String("watch")) {
        legacyWatch = true;
        rest.removeFirst();
        if (rest.isEmpty()) {
            info.isResource = false;
            return info;
        }
    }
    if (rest.first() == QLatin1String("namespaces") && rest.size() > 1) {
        info.ns = rest[1];
        if (rest.size() > 2 && rest[2] != QLatin1String("status") && rest[2] != QLatin1String("finalize"))
            rest = rest.mid(2);
    }
    info.resource = rest.value(0);
    info.name = rest.value(1);
    info.subresource = rest.value(2);
    if (method == "GET" || method == "HEAD")
        info.verb = legacyWatch || (watchParam && info.subresource.isEmpty()) ? QStringLiteral("watch")
                    : info.name.isEmpty() ? QStringLiteral("list")
                                          : QStringLiteral("get");
    else if (method == "POST")
        info.verb = QStringLiteral("create");
    else if (method == "PUT")
        info.verb = QStringLiteral("update");
    else if (method == "PATCH")
        info.verb = QStringLiteral("patch");
    else if (method == "DELETE")
        info.verb = info.name.isEmpty() ? QStringLiteral("deletecollection") : QStringLiteral("delete");
    else
        info.verb = QString::fromLatin1(method).toLower();
    return info;
}

ApiHandler::ApiHandler(ServerContext context, QObject *parent) : QObject(parent), m_ctx(context) {}

void ApiHandler::handle(HttpExchange *exchange)
{
    const HttpRequest &request = exchange->request();
    const RequestInfo info = RequestInfo::parse(request.method, request.path, request.queryFlag(QStringLiteral("watch")));
    auto user = m_ctx.access->authenticate(request);
    if (m_ctx.verbose)
        qInfo("%s %s (%s)", request.method.constData(), request.target.constData(),
              user ? qPrintable(user->name) : "unauthenticated");
    if (!user) {
        sendError(exchange, user.error());
        return;
    }
    const QString groupResource = info.group.isEmpty() ? info.resource : info.resource + QLatin1Char('.') + info.group;
    const QString faultVerb = info.subresource == QLatin1String("log") ? QStringLiteral("log") : info.verb;
    const auto fault = m_ctx.faults->onRequest(info.isResource ? faultVerb : QString::fromLatin1(request.method).toLower(),
                                               info.isResource ? groupResource : QString(), info.ns, request.path);
    if (fault) {
        switch (fault->kind) {
        case FaultRule::Kind::Reset:
            exchange->abort();
            return;
        case FaultRule::Kind::Status: {
            QString reason = QStringLiteral("InternalError");
            QString message = QStringLiteral("injected fault: internal error");
            if (fault->code == 429) {
                reason = QStringLiteral("TooManyRequests");
                message = QStringLiteral("injected fault: too many requests, please try again later");
            } else if (fault->code == 503) {
                reason = QStringLiteral("ServiceUnavailable");
                message = QStringLiteral("injected fault: the server is currently unable to handle the request");
            } else if (fault->code == 504) {
                reason = QStringLiteral("Timeout");
                message = QStringLiteral("injected fault: the server was unable to return a response in the time allotted");
            } else if (fault->code == 401) {
                reason = QStringLiteral("Unauthorized");
                message = QStringLiteral("Unauthorized");
            } else if (fault->code == 403) {
                reason = QStringLiteral("Forbidden");
                message = QStringLiteral("injected fault: forbidden");
            } else if (fault->code == 409) {
                reason = QStringLiteral("Conflict");
                message = QStringLiteral("injected fault: conflict");
            }
            Error error = apiError(fault->code, reason, message);
            if (fault->code == 429 || fault->code == 503)
                error = error.withDetail(QStringLiteral("retryAfter"), fault->retryAfter)
                            .withDetail(QStringLiteral("statusDetails"), QJsonObject{{QStringLiteral("retryAfterSeconds"), fault->retryAfter}});
            sendError(exchange, error);
            return;
        }
        case FaultRule::Kind::Gone:
            sendError(exchange, gone(QStringLiteral("injected fault: too old resource version")));
            return;
        case FaultRule::Kind::Delay: {
            QPointer<HttpExchange> guard(exchange);
            const UserInfo u = user.value();
            QTimer::singleShot(fault->delayMs, this, [this, guard, info, u] {
                if (guard && !guard->hasResponded())
                    dispatch(guard, info, u);
            });
            return;
        }
        default:
            break;
        }
    }
    dispatch(exchange, info, user.value());
}

void ApiHandler::dispatch(HttpExchange *exchange, const RequestInfo &info, const UserInfo &user)
{
    if (!info.isResource) {
        serveNonResource(exchange, info);
        return;
    }
    const ResourceTypePtr type = m_ctx.registry->find(info.group, info.version, info.resource);
    if (!type) {
        sendError(exchange, apiError(404, QStringLiteral("NotFound"), QStringLiteral("the server could not find the requested resource")));
        return;
    }
    serveResource(exchange, info, *type, user);
}

void ApiHandler::serveNonResource(HttpExchange *exchange, const RequestInfo &info)
{
    const HttpRequest &request = exchange->request();
    const QString path = request.path.endsWith(QLatin1Char('/')) && request.path.size() > 1 ? request.path.chopped(1) : request.path;
    if (request.method != "GET" && request.method != "HEAD") {
        sendError(exchange, methodNotAllowed(QStringLiteral("the server does not allow this method on the requested resource")));
        return;
    }
    if (path == QLatin1String("/healthz") || path == QLatin1String("/livez") || path == QLatin1String("/readyz")) {
        exchange->respond(200, "text/plain; charset=utf-8", "ok");
        return;
    }
    if (path == QLatin1String("/version")) {
        sendJson(exchange, 200, toCompactJson(m_ctx.discovery->version()));
        return;
    }
    if (path == QLatin1String("/api") || path == QLatin1String("/apis")) {
        const QString aggregated = m_ctx.discovery->aggregatedVersionFor(request.header("accept"));
        const bool core = path == QLatin1String("/api");
        if (!aggregated.isEmpty()) {
            exchange->respond(200, "application/json;g=apidiscovery.k8s.io;v=" + aggregated.toLatin1() + ";as=APIGroupDiscoveryList",
                              toCompactJson(m_ctx.discovery->aggregated(core, QStringLiteral("apidiscovery.k8s.io/") + aggregated)));
            return;
        }
        sendJson(exchange, 200, toCompactJson(core ? m_ctx.discovery->coreVersions() : m_ctx.discovery->groupList()));
        return;
    }
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() == 2 && parts[0] == QLatin1String("api")) {
        const QJsonObject list = m_ctx.discovery->resourceList(QString(), parts[1]);
        if (!list.isEmpty()) {
            sendJson(exchange, 200, toCompactJson(list));
            return;
        }
    } else if (parts.size() == 2 && parts[0] == QLatin1String("apis")) {
        const QJsonObject group = m_ctx.discovery->group(parts[1]);
        if (!group.isEmpty()) {
            sendJson(exchange, 200, toCompactJson(group));
            return;
        }
    } else if (parts.size() == 3 && parts[0] == QLatin1String("apis")) {
        const QJsonObject list = m_ctx.discovery->resourceList(parts[1], parts[2]);
        if (!list.isEmpty()) {
            sendJson(exchange, 200, toCompactJson(list));
            return;
        }
    } else if (parts.value(0) == QLatin1String("openapi")) {
        if (m_ctx.openApi->serve(exchange, path))
            return;
    }
    Q_UNUSED(info);
    sendError(exchange, apiError(404, QStringLiteral("NotFound"), QStringLiteral("the server could not find the requested resource")));
}

void ApiHandler::serveResource(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type, const UserInfo &user)
{
    const QString ns = type.namespaced ? info.ns : QString();
    if (!type.namespaced && !info.ns.isEmpty() && type.resource != QLatin1String("namespaces")) {
        sendError(exchange, apiError(404, QStringLiteral("NotFound"), QStringLiteral("the server could not find the requested resource")));
        return;
    }
    const bool collectionVerb = info.verb == QLatin1String("list") || info.verb == QLatin1String("watch")
                                || info.verb == QLatin1String("deletecollection");
    if (type.namespaced && ns.isEmpty() && !collectionVerb) {
        sendError(exchange, apiError(404, QStringLiteral("NotFound"), QStringLiteral("the server could not find the requested resource")));
        return;
    }
    if (!info.subresource.isEmpty()) {
        const bool known = (info.subresource == QLatin1String("status") && type.statusSubresource)
                           || (info.subresource == QLatin1String("scale") && type.scaleSubresource)
                           || (info.subresource == QLatin1String("log") && type.logSubresource);
        const bool verbOk = info.subresource == QLatin1String("log") ? info.verb == QLatin1String("get")
                                                                      : (info.verb == QLatin1String("get") || info.verb == QLatin1String("update")
                                                                         || info.verb == QLatin1String("patch"));
        if (!known || !verbOk) {
            sendError(exchange, apiError(404, QStringLiteral("NotFound"), QStringLiteral("the server could not find the requested resource")));
            return;
        }
    } else if (!type.hasVerb(info.verb)
               || ((info.verb == QLatin1String("update") || info.verb == QLatin1String("patch")) && info.name.isEmpty())) {
        sendError(exchange, methodNotAllowed(QStringLiteral("the server does not allow this method on the requested resource")));
        return;
    }
    if (!m_ctx.access->allowed(user, info.verb, type.group, type.resource, info.subresource, ns)) {
        QString message = QStringLiteral("%1%2 is forbidden: User \"%3\" cannot %4 resource \"%5\" in API group \"%6\"")
                              .arg(type.groupResource(), info.name.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(info.name),
                                   user.name, info.verb,
                                   info.subresource.isEmpty() ? type.resource : type.resource + QLatin1Char('/') + info.subresource,
                                   type.group);
        message += ns.isEmpty() ? QStringLiteral(" at the cluster scope") : QStringLiteral(" in the namespace \"%1\"").arg(ns);
        sendError(exchange, apiError(403, QStringLiteral("Forbidden"), message)
                                .withDetail(QStringLiteral("statusDetails"), QJsonObject{{QStringLiteral("name"), info.name},
                                                                                         {QStringLiteral("kind"), type.resource}}));
        return;
    }
    if (type.virtualOnly) {
        review(exchange, info, type, user);
        return;
    }
    if (info.subresource == QLatin1String("log")) {
        m_ctx.logs->serve(exchange, ns, info.name);
        return;
    }
    if (info.verb == QLatin1String("get"))
        get(exchange, info, type);
    else if (info.verb == QLatin1String("list"))
        list(exchange, info, type);
    else if (info.verb == QLatin1String("watch"))
        watch(exchange, info, type);
    else if (info.verb == QLatin1String("create"))
        create(exchange, info, type, user);
    else if (info.verb == QLatin1String("update"))
        update(exchange, info, type);
    else if (info.verb == QLatin1String("patch"))
        patch(exchange, info, type);
    else if (info.verb == QLatin1String("delete"))
        remove(exchange, info, type);
    else if (info.verb == QLatin1String("deletecollection"))
        removeCollection(exchange, info, type);
    else
        sendError(exchange, methodNotAllowed(QStringLiteral("the server does not allow this method on the requested resource")));
}

namespace {
Result<WriteOptions> writeOptions(const HttpRequest &request)
{
    WriteOptions options;
    const QStringList dryRun = request.queryValues(QStringLiteral("dryRun"));
    for (const QString &d : dryRun) {
        if (d != QLatin1String("All"))
            return badRequest(QStringLiteral("unsupported dry run value \"%1\": only \"All\" is supported").arg(d));
        options.dryRun = true;
    }
    // Without the parameter the API server warns about unknown fields (fieldValidation=Warn).
    options.fieldValidation = request.hasQuery(QStringLiteral("fieldValidation")) ? request.queryValue(QStringLiteral("fieldValidation"))
                                                                                   : QStringLiteral("Warn");
    if (!options.fieldValidation.isEmpty() && options.fieldValidation != QLatin1String("Strict")
        && options.fieldValidation != QLatin1String("Warn") && options.fieldValidation != QLatin1String("Ignore"))
        return badRequest(QStringLiteral("fieldValidation must be one of Ignore, Warn, Strict, got \"%1\"").arg(options.fieldValidation));
    options.fieldManager = request.queryValue(QStringLiteral("fieldManager"));
    return options;
}

Subresource subresourceOf(const RequestInfo &info)
{
    if (info.subresource == QLatin1String("status"))
        return Subresource::Status;
    if (info.subresource == QLatin1String("scale"))
        return Subresource::Scale;
    return Subresource::None;
}
} // namespace

void ApiHandler::get(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type)
{
    if (info.subresource == QLatin1String("scale")) {
        auto scale = m_ctx.api->scale(type, info.ns, info.name);
        if (!scale)
            return sendError(exchange, scale.error());
        return sendJson(exchange, 200, toCompactJson(scale.value()));
    }
    auto object = m_ctx.api->get(type, info.ns, info.name);
    if (!object)
        return sendError(exchange, object.error());
    if (wantsTable(exchange->request())) {
        const QJsonObject table = TablePrinter::table(type, {object.value()},
                                                      TablePrinter::includeFrom(exchange->request().queryValue(QStringLiteral("includeObject"))),
                                                      QJsonObject{{QStringLiteral("resourceVersion"), QString::number(object.value()->resourceVersion)}});
        exchange->respond(200, "application/json;as=Table;v=v1;g=meta.k8s.io", toCompactJson(table));
        return;
    }
    sendJson(exchange, 200, object.value()->bytes());
}

void ApiHandler::create(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type, const UserInfo &user)
{
    Q_UNUSED(user);
    auto body = parseBody(exchange->request());
    if (!body)
        return sendError(exchange, body.error());
    auto options = writeOptions(exchange->request());
    if (!options)
        return sendError(exchange, options.error());
    QStringList warnings;
    options->warnings = &warnings;
    if (!info.name.isEmpty() && info.subresource.isEmpty()) {
        return sendError(exchange, methodNotAllowed(QStringLiteral("the server does not allow this method on the requested resource")));
    }
    auto created = m_ctx.api->create(type, info.ns, body.value(), options.value());
    if (!created)
        return sendError(exchange, created.error());
    sendObject(exchange, 201, type, created.value()->json, warnings);
}

void ApiHandler::update(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type)
{
    auto body = parseBody(exchange->request());
    if (!body)
        return sendError(exchange, body.error());
    auto options = writeOptions(exchange->request());
    if (!options)
        return sendError(exchange, options.error());
    QStringList warnings;
    options->warnings = &warnings;
    if (info.subresource == QLatin1String("scale")) {
        auto scale = m_ctx.api->updateScale(type, info.ns, info.name, body.value(), options.value());
        if (!scale)
            return sendError(exchange, scale.error());
        return sendJson(exchange, 200, toCompactJson(scale.value()));
    }
    auto updated = m_ctx.api->update(type, info.ns, info.name, body.value(), subresourceOf(info), options.value());
    if (!updated)
        return sendError(exchange, updated.error());
    sendObject(exchange, 200, type, updated.value()->json, warnings);
}

void ApiHandler::patch(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type)
{
    const HttpRequest &request = exchange->request();
    auto patchType = Patcher::typeFor(request.header("content-type"), type);
    if (!patchType)
        return sendError(exchange, patchType.error());
    auto options = writeOptions(request);
    if (!options)
        return sendError(exchange, options.error());
    QStringList warnings;
    options->warnings = &warnings;
    QByteArray body = request.body;
    if (patchType.value() == PatchType::Apply) {
        auto json = parseBody(request);
        if (!json)
            return sendError(exchange, json.error());
        body = toCompactJson(json.value());
    }
    bool created = false;
    auto patched = m_ctx.api->patch(type, info.ns, info.name, patchType.value(), body, subresourceOf(info), options.value(), &created);
    if (!patched)
        return sendError(exchange, patched.error());
    if (info.subresource == QLatin1String("scale"))
        return sendJson(exchange, 200, toCompactJson(patched.value()->json));
    sendObject(exchange, created ? 201 : 200, type, patched.value()->json, warnings);
}

void ApiHandler::remove(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type)
{
    const HttpRequest &request = exchange->request();
    DeleteOptions options;
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        auto parsed = parseBody(request);
        if (!parsed)
            return sendError(exchange, parsed.error());
        body = parsed.value();
    }
    options.propagationPolicy = body.value(QLatin1String("propagationPolicy")).toString(request.queryValue(QStringLiteral("propagationPolicy")));
    if (body.value(QLatin1String("orphanDependents")).toBool() || request.queryValue(QStringLiteral("orphanDependents")) == QLatin1String("true"))
        options.propagationPolicy = QStringLiteral("Orphan");
    options.preconditionUid = valueAt(body, QStringLiteral("preconditions.uid")).toString();
    options.preconditionResourceVersion = valueAt(body, QStringLiteral("preconditions.resourceVersion")).toString();
    QStringList dryRun = request.queryValues(QStringLiteral("dryRun"));
    for (const auto &d : body.value(QLatin1String("dryRun")).toArray())
        dryRun.append(d.toString());
    for (const QString &d : dryRun) {
        if (d != QLatin1String("All"))
            return sendError(exchange, badRequest(QStringLiteral("unsupported dry run value \"%1\"").arg(d)));
        options.dryRun = true;
    }
    const QString policy = options.propagationPolicy;
    if (!policy.isEmpty() && policy != QLatin1String("Background") && policy != QLatin1String("Foreground") && policy != QLatin1String("Orphan"))
        return sendError(exchange, badRequest(QStringLiteral("propagationPolicy must be Background, Foreground or Orphan, got \"%1\"").arg(policy)));
    auto removed = m_ctx.api->remove(type, info.ns, info.name, options);
    if (!removed)
        return sendError(exchange, removed.error());
    sendObject(exchange, 200, type, removed.value()->json);
}

void ApiHandler::sendJson(HttpExchange *exchange, int status, const QByteArray &json, const QStringList &warnings)
{
    HeaderList headers;
    for (const QString &w : warnings)
        headers.append({"Warning", "299 - \"" + w.toUtf8().replace('"', "\\\"") + "\""});
    exchange->respond(status, "application/json", json, headers);
}

void ApiHandler::sendObject(HttpExchange *exchange, int status, const ResourceType &type, const QJsonObject &object,
                            const QStringList &warnings)
{
    Q_UNUSED(type);
    sendJson(exchange, status, toCompactJson(object), warnings);
}

void ApiHandler::sendError(HttpExchange *exchange, const Error &error)
{
    const int code = httpCodeOf(error);
    HeaderList headers;
    const int retryAfter = retryAfterOf(error);
    if (retryAfter > 0)
        headers.append({"Retry-After", QByteArray::number(retryAfter)});
    if (m_ctx.verbose)
        qInfo("  -> %d %s", code, qPrintable(error.message()));
    exchange->respond(code, "application/json", toCompactJson(statusObject(error)), headers);
}

bool ApiHandler::wantsTable(const HttpRequest &request)
{
    for (const QByteArray &raw : request.header("accept").split(',')) {
        const QByteArray entry = raw.trimmed();
        if (entry.contains("as=Table") && entry.contains("g=meta.k8s.io") && (entry.contains("v=v1;") || entry.endsWith("v=v1") || entry.contains("v=v1beta1")))
            return true;
        if (entry.startsWith("application/json") && !entry.contains(';'))
            return false;
    }
    return false;
}

Result<QJsonObject> ApiHandler::parseBody(const HttpRequest &request)
{
    const QByteArray contentType = request.header("content-type").split(';').first().trimmed().toLower();
    if (contentType == "application/yaml" || contentType == "application/apply-patch+yaml") {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (doc.isObject())
            return doc.object();
        return yamlToJsonObject(request.body);
    }
    if (ProtobufDecoder::isProtobuf(contentType))
        return ProtobufDecoder::decode(request.body);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return badRequest(QStringLiteral("couldn't get version/kind; json parse error: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return badRequest(QStringLiteral("the request body must be a JSON object"));
    return doc.object();
}

} // namespace shipdeck::kubetest
