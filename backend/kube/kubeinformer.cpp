#include "backend/kube/kubeinformer.h"

#include "backend/kube/kubelogging.h"
#include "backend/kube/kubeobjectstore.h"
#include "backend/kube/kuberestclient.h"
#include "backend/kube/kubestatus.h"
#include "backend/kube/kubestream.h"

#include <QRandomGenerator>
#include <QTimer>

namespace shipdeck {

namespace {
constexpr qint64 kBackoffResetMs = 120'000;
}

KubeInformer::KubeInformer(KubeRestClient *client, KubeResourceType type, Options options, QObject *parent)
    : QObject(parent), m_client(client), m_summarizer(std::move(type)), m_options(std::move(options)),
      m_store(new KubeObjectStore(m_summarizer.columns(), this)), m_retry(new QTimer(this))
{
    m_store->setBatchIntervalMs(m_options.batchIntervalMs);
    m_retry->setSingleShot(true);
}

KubeInformer::~KubeInformer()
{
    closeStream();
}

void KubeInformer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void KubeInformer::start()
{
    if (m_state != State::Idle && m_state != State::Stopped)
        return;
    m_sinceFailure.start();
    list(QString());
}

void KubeInformer::stop()
{
    m_retry->stop();
    disconnect(m_retry, nullptr, this, nullptr);
    ++m_listGeneration; // pages still in flight are ignored
    closeStream();
    setState(State::Stopped);
}

void KubeInformer::closeStream()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    m_decoder.reset();
}

void KubeInformer::list(const QString &continueToken)
{
    if (!m_client)
        return;
    setState(State::Listing);
    if (continueToken.isEmpty())
        m_listing.clear();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    if (!continueToken.isEmpty())
        query.addQueryItem(QStringLiteral("continue"), continueToken);
    if (!m_options.labelSelector.isEmpty())
        query.addQueryItem(QStringLiteral("labelSelector"), m_options.labelSelector);
    if (!m_options.fieldSelector.isEmpty())
        query.addQueryItem(QStringLiteral("fieldSelector"), m_options.fieldSelector);
    const int generation = ++m_listGeneration;
    m_client->getJson(type().collectionPath(m_options.namespaceName), query).then(this, [this, generation](const Result<QJsonObject> &page) {
        if (generation == m_listGeneration)
            onListPage(page);
    });
}

void KubeInformer::onListPage(const Result<QJsonObject> &page)
{
    if (!page) {
        // An expired continue token (410) restarts the list from the beginning.
        fail(std::move(page).error().withContext(QStringLiteral("listing %1").arg(type().groupResource())), true);
        return;
    }
    const QJsonObject meta = page->value(QLatin1String("metadata")).toObject();
    const QJsonArray items = page->value(QLatin1String("items")).toArray();
    const bool incremental = !m_store->isSynced(); // first sync: show rows as pages arrive
    for (const auto &item : items) {
        KubeObjectRow row = m_summarizer.summarize(item.toObject());
        if (incremental)
            m_store->upsert(row);
        m_listing.append(std::move(row));
    }
    if (incremental)
        m_store->flush();
    const QString next = meta.value(QLatin1String("continue")).toString();
    if (!next.isEmpty()) {
        list(next);
        return;
    }
    m_resourceVersion = meta.value(QLatin1String("resourceVersion")).toString();
    m_store->replace(std::exchange(m_listing, {}));
    m_store->setSynced(true);
    m_store->flush();
    ++m_listsCompleted;
    Q_EMIT synced();
    watch();
}

void KubeInformer::watch()
{
    if (!m_client)
        return;
    closeStream();
    const int timeout = m_options.minWatchSeconds + int(QRandomGenerator::global()->bounded(m_options.minWatchSeconds));
    KubeRequest r;
    r.path = type().collectionPath(m_options.namespaceName);
    r.query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    r.query.addQueryItem(QStringLiteral("resourceVersion"), m_resourceVersion);
    r.query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    r.query.addQueryItem(QStringLiteral("timeoutSeconds"), QString::number(timeout));
    if (!m_options.labelSelector.isEmpty())
        r.query.addQueryItem(QStringLiteral("labelSelector"), m_options.labelSelector);
    if (!m_options.fieldSelector.isEmpty())
        r.query.addQueryItem(QStringLiteral("fieldSelector"), m_options.fieldSelector);
    // A dead connection (a load balancer that dropped it silently) shows as silence.
    r.timeoutMs = (timeout + 30) * 1000;
    m_stream = new KubeStream(m_client, r, this);
    connect(m_stream, &KubeStream::dataReceived, this, &KubeInformer::onWatchData);
    connect(m_stream, &KubeStream::finished, this, &KubeInformer::onWatchFinished);
    ++m_watchesOpened;
    setState(State::Watching);
    m_stream->start();
}

void KubeInformer::onWatchData(const QByteArray &data)
{
    QList<WatchEvent> events;
    const Result<void> decoded = m_decoder.feed(data, events);
    for (const WatchEvent &e : std::as_const(events)) {
        if (e.type == WatchEvent::Type::Error) {
            const QJsonObject status = e.object;
            Error error = kubeStatusError(status.value(QLatin1String("code")).toInt(500), QJsonDocument(status).toJson(), QStringLiteral("watch"));
            fail(error.withContext(QStringLiteral("watching %1").arg(type().groupResource())), isKubeGone(error));
            return;
        }
        const QString rv = e.object.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
        if (e.type != WatchEvent::Type::Bookmark) {
            KubeObjectRow row = m_summarizer.summarize(e.object);
            if (e.type == WatchEvent::Type::Deleted)
                m_store->remove(row.key());
            else
                m_store->upsert(std::move(row));
            ++m_eventsApplied;
        }
        if (!rv.isEmpty())
            m_resourceVersion = rv;
    }
    if (!decoded) {
        // Events before the bad frame are applied; the watch resumes after the last good one.
        fail(decoded.error().withContext(QStringLiteral("watching %1").arg(type().groupResource())), false);
        return;
    }
    if (m_consecutiveFailures > 0 && m_sinceFailure.elapsed() > kBackoffResetMs)
        m_consecutiveFailures = 0;
}

void KubeInformer::onWatchFinished(const Result<void> &result)
{
    KubeStream *stream = std::exchange(m_stream, nullptr);
    if (stream)
        stream->deleteLater();
    if (!result) {
        m_decoder.reset();
        fail(std::move(result).error().withContext(QStringLiteral("watching %1").arg(type().groupResource())), isKubeGone(result.error()));
        return;
    }
    const Result<void> tail = m_decoder.finish();
    if (!tail) {
        fail(tail.error().withContext(QStringLiteral("watching %1").arg(type().groupResource())), false);
        return;
    }
    // The server closed the watch (its timeout): resume from the last version seen.
    watch();
}

int KubeInformer::nextBackoffMs()
{
    if (m_sinceFailure.isValid() && m_sinceFailure.elapsed() > kBackoffResetMs)
        m_consecutiveFailures = 0;
    const int n = m_consecutiveFailures++;
    m_sinceFailure.restart();
    const double base = qMin<double>(m_options.backoffMaxMs, m_options.backoffInitialMs * std::pow(2.0, qMin(n, 20)));
    // Jitter 1.0 as client-go: wait in [base, 2·base), capped.
    const double wait = base * (1.0 + QRandomGenerator::global()->generateDouble());
    return int(qMin<double>(wait, 2.0 * m_options.backoffMaxMs));
}

void KubeInformer::fail(const Error &error, bool relist)
{
    closeStream();
    ++m_failureCount;
    m_lastError = error.toString();
    if (relist) {
        ++m_goneRelists;
        m_resourceVersion.clear(); // relist with a consistent read
    }
    qCDebug(lcKube) << "informer" << type().groupResource() << m_options.namespaceName << ":" << m_lastError;
    Q_EMIT problem(m_lastError);
    const bool needList = relist || m_resourceVersion.isEmpty() || m_state == State::Listing;
    // The first 410 relists at once; repeated failures (a 410 storm) back off.
    const int delay = relist && m_consecutiveFailures == 0 ? 0 : nextBackoffMs();
    if (relist && delay == 0)
        ++m_consecutiveFailures;
    setState(State::Backoff);
    disconnect(m_retry, nullptr, this, nullptr);
    connect(m_retry, &QTimer::timeout, this, [this, needList] {
        if (needList)
            list(QString());
        else
            watch();
    });
    m_retry->start(delay);
}

} // namespace shipdeck
