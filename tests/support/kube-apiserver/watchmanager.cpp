#include "watchmanager.h"

#include "apierror.h"
#include "httpexchange.h"
#include "jsonutil.h"
#include "objectstore.h"

#include <QTimer>

namespace shipdeck::kubetest {

namespace {
constexpr qint64 kMaxPendingBytes = 64LL * 1024 * 1024;

QByteArray line(const QByteArray &type, const QByteArray &objectJson)
{
    return "{\"type\":\"" + type + "\",\"object\":" + objectJson + "}\n";
}
} // namespace

QByteArray expiredStatusJson(quint64 requested, quint64 oldest)
{
    const Error error = gone(QStringLiteral("too old resource version: %1 (%2)").arg(requested).arg(oldest));
    return toCompactJson(statusObject(error));
}

struct WatchManager::Stream
{
    QPointer<HttpExchange> exchange;
    WatchRequest request;
    quint64 lastVersion = 0;
    int sent = 0;
    bool tableColumnsSent = false;
    bool done = false;
    std::unique_ptr<QTimer> timeout;
};

WatchManager::WatchManager(ObjectStore &store, QObject *parent)
    : QObject(parent), m_store(store), m_bookmarkTimer(new QTimer(this))
{
    connect(&m_store, &ObjectStore::changed, this, &WatchManager::onChanged);
    connect(m_bookmarkTimer, &QTimer::timeout, this, &WatchManager::sendBookmarks);
    m_bookmarkTimer->start(m_bookmarkMs);
}

WatchManager::~WatchManager() = default;

void WatchManager::setBookmarkIntervalMs(int ms)
{
    m_bookmarkMs = std::max(10, ms);
    m_bookmarkTimer->start(m_bookmarkMs);
}

bool WatchManager::matches(const Stream &stream, const ObjectPtr &object) const
{
    if (!object || object->typeId != stream.request.type->id)
        return false;
    if (!stream.request.ns.isEmpty() && object->ns != stream.request.ns)
        return false;
    if (!stream.request.labels.isEmpty()
        && !stream.request.labels.matches(object->json.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject()))
        return false;
    return stream.request.fields.isEmpty() || stream.request.fields.matches(object->json);
}

QByteArray WatchManager::encode(const Stream &stream, const QByteArray &type, const ObjectPtr &object)
{
    if (!stream.request.table)
        return line(type, object->bytes());
    const ResourceType &rt = *stream.request.type;
    QJsonObject table = TablePrinter::table(rt, {object}, stream.request.include,
                                            QJsonObject{{QStringLiteral("resourceVersion"), QString::number(object->resourceVersion)}},
                                            !stream.tableColumnsSent);
    return line(type, toCompactJson(table));
}

Result<void> WatchManager::start(HttpExchange *exchange, WatchRequest request)
{
    if (request.fromVersion > 0 && request.fromVersion < m_store.oldestWatchableVersion())
        return gone(QStringLiteral("too old resource version: %1 (%2)").arg(request.fromVersion).arg(m_store.oldestWatchableVersion()));
    auto stream = std::make_unique<Stream>();
    stream->exchange = exchange;
    stream->request = std::move(request);
    stream->lastVersion = stream->request.fromVersion;
    Stream *raw = stream.get();
    m_streams.push_back(std::move(stream));
    connect(exchange, &HttpExchange::closed, this, [this, raw] {
        raw->done = true;
        QMetaObject::invokeMethod(this, &WatchManager::removeClosed, Qt::QueuedConnection);
    });
    exchange->beginStream(200, raw->request.table ? "application/json;as=Table;v=v1;g=meta.k8s.io" : "application/json");
    for (const FaultRule &fault : std::as_const(raw->request.faults)) {
        if (fault.kind == FaultRule::Kind::Gone) {
            raw->exchange->write(line("ERROR", expiredStatusJson(raw->request.fromVersion, m_store.currentResourceVersion())));
            endStream(raw, true);
            return success();
        }
    }
    sendInitial(*raw);
    if (!raw->done && raw->request.timeoutSeconds > 0) {
        raw->timeout = std::make_unique<QTimer>();
        raw->timeout->setSingleShot(true);
        connect(raw->timeout.get(), &QTimer::timeout, this, [this, raw] { endStream(raw, true); });
        raw->timeout->start(raw->request.timeoutSeconds * 1000);
    }
    return success();
}

void WatchManager::sendInitial(Stream &stream)
{
    const WatchRequest &req = stream.request;
    const quint64 current = m_store.currentResourceVersion();
    if (req.fromVersion == 0 || req.sendInitialEvents) {
        for (const ObjectPtr &object : m_store.list(req.type->id, req.type->namespaced ? req.ns : QString())) {
            if (matches(stream, object) && !deliver(stream, "ADDED", object))
                return;
        }
        if (req.sendInitialEvents) {
            QJsonObject bookmark{{QStringLiteral("kind"), req.type->kind},
                                 {QStringLiteral("apiVersion"), req.type->apiVersion()},
                                 {QStringLiteral("metadata"),
                                  QJsonObject{{QStringLiteral("resourceVersion"), QString::number(current)},
                                              {QStringLiteral("annotations"),
                                               QJsonObject{{QStringLiteral("k8s.io/initial-events-end"), QStringLiteral("true")}}}}}};
            stream.exchange->write(line("BOOKMARK", toCompactJson(bookmark)));
        }
        stream.lastVersion = current;
        return;
    }
    // Replay the history after the requested version.
    const auto &history = m_store.history();
    for (size_t i = m_store.historyIndexAfter(req.fromVersion); i < history.size() && !stream.done; ++i) {
        const StoreEvent &event = history[i];
        if (event.typeId != req.type->id)
            continue;
        const bool now = event.type != EventType::Deleted && matches(stream, event.object);
        const bool before = event.previous && matches(stream, event.previous);
        if (event.type == EventType::Added && now)
            deliver(stream, "ADDED", event.object);
        else if (event.type == EventType::Modified && (now || before))
            deliver(stream, now && before ? "MODIFIED" : now ? "ADDED" : "DELETED", event.object);
        else if (event.type == EventType::Deleted && before)
            deliver(stream, "DELETED", event.object);
    }
    stream.lastVersion = std::max(stream.lastVersion, current);
}

bool WatchManager::deliver(Stream &stream, const QByteArray &type, const ObjectPtr &object)
{
    if (stream.done || !stream.exchange)
        return false;
    for (const FaultRule &fault : std::as_const(stream.request.faults)) {
        if (stream.sent < fault.afterEvents)
            continue;
        if (fault.kind == FaultRule::Kind::Truncate) {
            const QByteArray frame = encode(stream, type, object);
            stream.exchange->write(frame.left(std::max<qsizetype>(1, frame.size() / 2)));
            endStream(&stream, false);
            return false;
        }
        if (fault.kind == FaultRule::Kind::Drop) {
            endStream(&stream, false);
            return false;
        }
    }
    if (stream.exchange->pendingBytes() > kMaxPendingBytes) {
        qWarning("closing a %s watch: the client is not reading (more than 64 MiB pending)",
                 qPrintable(stream.request.type->groupResource()));
        endStream(&stream, false);
        return false;
    }
    stream.exchange->write(encode(stream, type, object));
    stream.tableColumnsSent = true;
    stream.lastVersion = std::max(stream.lastVersion, object->resourceVersion);
    ++stream.sent;
    ++m_eventsSent;
    return true;
}

void WatchManager::onChanged(const StoreEvent &event)
{
    for (auto &s : m_streams) {
        Stream &stream = *s;
        if (stream.done || event.typeId != stream.request.type->id)
            continue;
        const bool now = event.type != EventType::Deleted && matches(stream, event.object);
        const bool before = event.previous && matches(stream, event.previous);
        if (event.type == EventType::Added && now)
            deliver(stream, "ADDED", event.object);
        else if (event.type == EventType::Modified && (now || before))
            deliver(stream, now && before ? "MODIFIED" : now ? "ADDED" : "DELETED", event.object);
        else if (event.type == EventType::Deleted && before)
            deliver(stream, "DELETED", event.object);
    }
}

void WatchManager::sendBookmarks()
{
    const quint64 rv = m_store.currentResourceVersion();
    for (auto &s : m_streams) {
        Stream &stream = *s;
        if (stream.done || !stream.request.bookmarks || !stream.exchange || stream.lastVersion >= rv)
            continue;
        const QJsonObject bookmark{{QStringLiteral("kind"), stream.request.type->kind},
                                   {QStringLiteral("apiVersion"), stream.request.type->apiVersion()},
                                   {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("resourceVersion"), QString::number(rv)}}}};
        stream.exchange->write(line("BOOKMARK", toCompactJson(bookmark)));
        stream.lastVersion = rv;
    }
}

void WatchManager::endStream(Stream *stream, bool clean)
{
    if (stream->done)
        return;
    stream->done = true;
    if (stream->timeout)
        stream->timeout->stop();
    if (stream->exchange) {
        if (clean)
            stream->exchange->endStream();
        else
            stream->exchange->closeConnection();
    }
    QMetaObject::invokeMethod(this, &WatchManager::removeClosed, Qt::QueuedConnection);
}

void WatchManager::removeClosed()
{
    m_streams.remove_if([this](const std::unique_ptr<Stream> &s) {
        const bool gone = s->done || !s->exchange;
        if (gone && s->exchange)
            disconnect(s->exchange, nullptr, this, nullptr);
        return gone;
    });
}

int WatchManager::activeCount(const QString &groupResource) const
{
    int n = 0;
    for (const auto &s : m_streams) {
        if (!s->done && s->exchange && (groupResource.isEmpty() || s->request.type->groupResource() == groupResource))
            ++n;
    }
    return n;
}

int WatchManager::drop(const QString &groupResource)
{
    int n = 0;
    for (auto &s : m_streams) {
        if (!s->done && (groupResource.isEmpty() || s->request.type->groupResource() == groupResource)) {
            endStream(s.get(), false);
            ++n;
        }
    }
    return n;
}

int WatchManager::expire(const QString &groupResource)
{
    int n = 0;
    for (auto &s : m_streams) {
        if (s->done || !s->exchange || !(groupResource.isEmpty() || s->request.type->groupResource() == groupResource))
            continue;
        s->exchange->write(line("ERROR", expiredStatusJson(s->lastVersion, m_store.currentResourceVersion())));
        endStream(s.get(), true);
        ++n;
    }
    return n;
}

} // namespace shipdeck::kubetest
