// Collections: list (selectors, limit/continue, resourceVersion semantics), watch and
// deletecollection.
#include "apihandler.h"

#include "apierror.h"
#include "clusterapi.h"
#include "faultinjector.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "resourceregistry.h"
#include "selectors.h"
#include "tableprinter.h"
#include "watchmanager.h"

#include <QJsonDocument>

namespace shipdeck::kubetest {

namespace {
struct Selection
{
    LabelSelector labels;
    FieldSelector fields;
};

Result<Selection> selection(const HttpRequest &request, const ResourceType &type, const QString &name = {})
{
    Selection s;
    SD_TRY(s.labels, LabelSelector::parse(request.queryValue(QStringLiteral("labelSelector"))));
    QString fieldText = request.queryValue(QStringLiteral("fieldSelector"));
    if (!name.isEmpty())
        fieldText = fieldText.isEmpty() ? QStringLiteral("metadata.name=") + name : fieldText + QStringLiteral(",metadata.name=") + name;
    SD_TRY(s.fields, FieldSelector::parse(fieldText, type));
    return s;
}

bool selected(const Selection &s, const ObjectPtr &object)
{
    const QJsonObject labels = object->json.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject();
    return (s.labels.isEmpty() || s.labels.matches(labels)) && (s.fields.isEmpty() || s.fields.matches(object->json));
}

// Continue tokens look like the API server's (base64 of {"v":"meta.k8s.io/v1","rv":…,"start":…})
// plus the snapshot that keeps every page consistent with the first one.
QString encodeContinue(quint64 rv, const QString &start, const QString &snapshot, qsizetype offset)
{
    const QJsonObject token{{QStringLiteral("v"), QStringLiteral("meta.k8s.io/v1")},
                            {QStringLiteral("rv"), qint64(rv)},
                            {QStringLiteral("start"), start + QChar(0)},
                            {QStringLiteral("snapshot"), snapshot},
                            {QStringLiteral("offset"), qint64(offset)}};
    return QString::fromLatin1(toCompactJson(token).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<quint64> parseVersion(const QString &text)
{
    if (text.isEmpty())
        return quint64(0);
    bool ok = false;
    const quint64 rv = text.toULongLong(&ok);
    if (!ok)
        return badRequest(QStringLiteral("resourceVersion: Invalid value: \"%1\": must be a number").arg(text));
    return rv;
}
} // namespace

void ApiHandler::list(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type)
{
    const HttpRequest &request = exchange->request();
    auto sel = selection(request, type);
    if (!sel)
        return sendError(exchange, sel.error());
    const QString ns = type.namespaced ? info.ns : QString();
    const qsizetype limit = request.queryValue(QStringLiteral("limit")).toLongLong();
    const QString continueToken = request.queryValue(QStringLiteral("continue"));
    const QString rvText = request.queryValue(QStringLiteral("resourceVersion"));
    const QString rvMatch = request.queryValue(QStringLiteral("resourceVersionMatch"));
    ObjectStore &store = *m_ctx.store;
    const quint64 current = store.currentResourceVersion();

    QList<ObjectPtr> items;
    quint64 listVersion = current;
    qsizetype offset = 0;
    QString snapshotId;
    if (!continueToken.isEmpty()) {
        if (!rvText.isEmpty() && rvText != QLatin1String("0"))
            return sendError(exchange, badRequest(QStringLiteral("specifying resource version is not allowed when using continue")));
        const QJsonObject token = QJsonDocument::fromJson(QByteArray::fromBase64(continueToken.toLatin1(), QByteArray::Base64UrlEncoding)).object();
        if (token.value(QLatin1String("v")).toString() != QLatin1String("meta.k8s.io/v1"))
            return sendError(exchange, badRequest(QStringLiteral("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)")));
        snapshotId = token.value(QLatin1String("snapshot")).toString();
        const ObjectStore::Snapshot *snapshot = store.snapshot(snapshotId);
        if (!snapshot)
            return sendError(exchange, gone(QStringLiteral("The provided continue parameter is too old to display a consistent list result. "
                                                           "You can start a new list without the continue parameter.")));
        items = snapshot->items;
        listVersion = snapshot->resourceVersion;
        offset = token.value(QLatin1String("offset")).toInteger();
    } else {
        auto parsed = parseVersion(rvText);
        if (!parsed)
            return sendError(exchange, parsed.error());
        const quint64 requested = parsed.value();
        if (requested > current)
            return sendError(exchange, apiError(504, QStringLiteral("Timeout"), QStringLiteral("Too large resource version: %1, current: %2").arg(requested).arg(current))
                                           .withDetail(QStringLiteral("retryAfter"), 1)
                                           .withDetail(QStringLiteral("statusDetails"),
                                                       QJsonObject{{QStringLiteral("causes"), QJsonArray{QJsonObject{{QStringLiteral("reason"), QStringLiteral("ResourceVersionTooLarge")},
                                                                                                                     {QStringLiteral("message"), QStringLiteral("Too large resource version")}}}},
                                                                   {QStringLiteral("retryAfterSeconds"), 1}}));
        const bool exact = rvMatch == QLatin1String("Exact") || (rvMatch.isEmpty() && limit > 0 && requested > 0);
        if (exact && requested > 0 && requested != current)
            return sendError(exchange, gone(QStringLiteral("too old resource version: %1 (%2)").arg(requested).arg(current)));
        for (const ObjectPtr &object : store.list(type.id, ns)) {
            if (selected(sel.value(), object))
                items.append(object);
        }
    }
    QList<ObjectPtr> page = items.mid(offset);
    QJsonObject listMeta{{QStringLiteral("resourceVersion"), QString::number(listVersion)}};
    if (limit > 0 && page.size() > limit) {
        if (snapshotId.isEmpty())
            snapshotId = store.saveSnapshot(items, listVersion);
        const qsizetype next = offset + limit;
        listMeta.insert(QStringLiteral("continue"), encodeContinue(listVersion, page.at(limit - 1)->key(), snapshotId, next));
        listMeta.insert(QStringLiteral("remainingItemCount"), qint64(items.size() - next));
        page = page.mid(0, limit);
    }
    if (wantsTable(request)) {
        const QJsonObject table = TablePrinter::table(type, page, TablePrinter::includeFrom(request.queryValue(QStringLiteral("includeObject"))), listMeta);
        exchange->respond(200, "application/json;as=Table;v=v1;g=meta.k8s.io", toCompactJson(table));
        return;
    }
    QByteArray body;
    body.reserve(256 + page.size() * 1024);
    body += "{\"kind\":\"" + type.listKind.toUtf8() + "\",\"apiVersion\":\"" + type.apiVersion().toUtf8()
            + "\",\"metadata\":" + toCompactJson(listMeta) + ",\"items\":[";
    for (qsizetype i = 0; i < page.size(); ++i) {
        if (i)
            body += ',';
        body += page.at(i)->bytes();
    }
    body += "]}";
    sendJson(exchange, 200, body);
}

void ApiHandler::watch(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type)
{
    const HttpRequest &request = exchange->request();
    auto sel = selection(request, type, info.name);
    if (!sel)
        return sendError(exchange, sel.error());
    auto parsed = parseVersion(request.queryValue(QStringLiteral("resourceVersion")));
    if (!parsed)
        return sendError(exchange, parsed.error());
    WatchRequest watch;
    watch.type = m_ctx.registry->find(type.group, type.version, type.resource);
    watch.ns = type.namespaced ? info.ns : QString();
    watch.labels = sel->labels;
    watch.fields = sel->fields;
    watch.fromVersion = parsed.value();
    watch.bookmarks = request.queryFlag(QStringLiteral("allowWatchBookmarks"));
    watch.sendInitialEvents = request.queryFlag(QStringLiteral("sendInitialEvents"));
    watch.table = wantsTable(request);
    watch.include = TablePrinter::includeFrom(request.queryValue(QStringLiteral("includeObject")));
    watch.timeoutSeconds = request.queryValue(QStringLiteral("timeoutSeconds")).toInt();
    if (watch.sendInitialEvents && !watch.bookmarks)
        return sendError(exchange, invalid(QStringLiteral("ListOptions"), QString(),
                                           {fieldCause(QStringLiteral("FieldValueForbidden"), QStringLiteral("allowWatchBookmarks"),
                                                       QStringLiteral("Forbidden: sendInitialEvents requires setting allowWatchBookmarks=true"))}));
    watch.faults = m_ctx.faults->onStream(QStringLiteral("watch"), type.groupResource(), watch.ns);
    auto started = m_ctx.watches->start(exchange, watch);
    if (!started)
        sendError(exchange, started.error());
}

void ApiHandler::removeCollection(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type)
{
    const HttpRequest &request = exchange->request();
    auto sel = selection(request, type);
    if (!sel)
        return sendError(exchange, sel.error());
    DeleteOptions options;
    options.dryRun = request.queryValues(QStringLiteral("dryRun")).contains(QStringLiteral("All"));
    options.propagationPolicy = request.queryValue(QStringLiteral("propagationPolicy"));
    QByteArray body = "{\"kind\":\"" + type.listKind.toUtf8() + "\",\"apiVersion\":\"" + type.apiVersion().toUtf8()
                      + "\",\"metadata\":{\"resourceVersion\":\"" + QByteArray::number(m_ctx.store->currentResourceVersion()) + "\"},\"items\":[";
    bool first = true;
    for (const ObjectPtr &object : m_ctx.store->list(type.id, type.namespaced ? info.ns : QString())) {
        if (!selected(sel.value(), object))
            continue;
        auto removed = m_ctx.api->remove(type, object->ns, object->name, options);
        if (!removed)
            continue;
        if (!first)
            body += ',';
        body += removed.value()->bytes();
        first = false;
    }
    body += "]}";
    sendJson(exchange, 200, body);
}

} // namespace shipdeck::kubetest
