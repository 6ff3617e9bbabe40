#include "backend/kube/kubelogstream.h"

#include "backend/kube/kubelogbuffer.h"
#include "backend/kube/kuberesourcetype.h"
#include "backend/kube/kuberestclient.h"
#include "backend/kube/kubestatus.h"
#include "backend/kube/kubestream.h"

#include <QTimer>

namespace shipdeck {

KubeLogStream::KubeLogStream(KubeRestClient *client, QString ns, QString pod, QString container, KubeLogOptions options,
                             KubeLogBuffer *buffer, QObject *parent)
    : QObject(parent), m_client(client), m_namespace(std::move(ns)), m_pod(std::move(pod)), m_container(std::move(container)),
      m_options(std::move(options)), m_buffer(buffer), m_retry(new QTimer(this))
{
    m_source = m_buffer->addSource(m_pod, m_container);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &KubeLogStream::open);
}

KubeLogStream::~KubeLogStream()
{
    stop();
}

void KubeLogStream::start()
{
    if (m_running)
        return;
    m_running = true;
    open();
}

void KubeLogStream::stop()
{
    m_running = false;
    m_retry->stop();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
}

void KubeLogStream::open()
{
    if (!m_running || !m_client)
        return;
    KubeRequest r;
    r.path = KubeResourceType::find(QStringLiteral("pods"))->objectPath(m_namespace, m_pod, QStringLiteral("log"));
    r.accept = QByteArrayLiteral("*/*");
    r.query.addQueryItem(QStringLiteral("container"), m_container);
    r.query.addQueryItem(QStringLiteral("timestamps"), QStringLiteral("true"));
    if (m_options.follow)
        r.query.addQueryItem(QStringLiteral("follow"), QStringLiteral("true"));
    if (m_options.previous)
        r.query.addQueryItem(QStringLiteral("previous"), QStringLiteral("true"));
    if (m_resuming && m_lastTimeUs > 0) {
        // sinceTime has second precision: resume at the last second and skip what was seen.
        r.query.addQueryItem(QStringLiteral("sinceTime"),
                             QDateTime::fromMSecsSinceEpoch(m_lastTimeUs / 1'000'000 * 1000, Qt::UTC).toString(Qt::ISODate));
    } else {
        if (m_options.sinceTime.isValid())
            r.query.addQueryItem(QStringLiteral("sinceTime"), m_options.sinceTime.toUTC().toString(Qt::ISODate));
        else if (m_options.sinceSeconds > 0)
            r.query.addQueryItem(QStringLiteral("sinceSeconds"), QString::number(m_options.sinceSeconds));
        if (m_options.tailLines >= 0)
            r.query.addQueryItem(QStringLiteral("tailLines"), QString::number(m_options.tailLines));
        if (m_options.limitBytes > 0)
            r.query.addQueryItem(QStringLiteral("limitBytes"), QString::number(m_options.limitBytes));
    }
    r.timeoutMs = 15 * 60 * 1000; // a quiet container is fine; the server ends idle streams itself
    m_partial.clear();
    m_stream = m_client->openStream(r, this);
    connect(m_stream, &KubeStream::dataReceived, this, &KubeLogStream::onData);
    connect(m_stream, &KubeStream::finished, this, &KubeLogStream::onFinished);
}

void KubeLogStream::addLine(const QByteArray &raw, int &count, qsizetype &first)
{
    qint64 t = 0;
    QByteArray text;
    if (!KubeLogBuffer::splitTimestamp(raw, &t, &text)) {
        t = 0;
        text = raw;
    }
    if (t > 0) {
        if (t < m_lastTimeUs)
            return; // already had it before a reconnect
        if (t == m_lastTimeUs) {
            if (m_seenAtLast.contains(text))
                return;
        } else {
            m_seenAtLast.clear();
            m_lastTimeUs = t;
        }
        m_seenAtLast.insert(text);
    }
    const qsizetype index = m_buffer->append(m_source, t, text);
    first = count == 0 ? index : qMin(first, index);
    ++count;
    ++m_lines;
}

void KubeLogStream::onData(const QByteArray &data)
{
    m_failures = 0;
    m_partial.append(data);
    int count = 0;
    qsizetype first = 0;
    qsizetype start = 0;
    while (true) {
        const qsizetype nl = m_partial.indexOf('\n', start);
        if (nl < 0)
            break;
        QByteArray line = m_partial.mid(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        addLine(line, count, first);
        start = nl + 1;
    }
    m_partial.remove(0, start);
    if (count > 0)
        Q_EMIT linesAdded(count, first);
}

void KubeLogStream::onFinished(const Result<void> &result)
{
    if (m_stream) {
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    if (!m_partial.isEmpty()) {
        int count = 0;
        qsizetype first = 0;
        addLine(std::exchange(m_partial, {}), count, first);
        if (count > 0)
            Q_EMIT linesAdded(count, first);
    }
    if (!m_running)
        return;
    if (!result) {
        const Error &e = result.error();
        if (kubeHttpStatus(e) == 404) {
            m_running = false;
            Q_EMIT ended(QStringLiteral("pod %1 no longer exists").arg(m_pod));
            return;
        }
        if (kubeHttpStatus(e) == 400 && (m_options.previous || !m_options.follow)) {
            m_running = false; // e.g. "previous terminated container not found"
            Q_EMIT ended(e.message());
            return;
        }
        Q_EMIT problem(e.toString());
        scheduleReconnect(); // a container still starting answers 400 too; try again
        return;
    }
    if (!m_options.follow) {
        m_running = false;
        Q_EMIT ended(QStringLiteral("complete"));
        return;
    }
    checkPodThenReconnect();
}

void KubeLogStream::checkPodThenReconnect()
{
    // A follow stream ends when the container exits or the server times it out. Keep following
    // while the pod runs (a restarted container continues the log).
    if (!m_client)
        return;
    const QString path = KubeResourceType::find(QStringLiteral("pods"))->objectPath(m_namespace, m_pod);
    m_client->getJson(path).then(this, [this](const Result<QJsonObject> &pod) {
        if (!m_running)
            return;
        if (!pod && kubeHttpStatus(pod.error()) == 404) {
            m_running = false;
            Q_EMIT ended(QStringLiteral("pod %1 no longer exists").arg(m_pod));
            return;
        }
        if (pod) {
            const QString phase = pod->value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
            if (phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed")) {
                m_running = false;
                Q_EMIT ended(QStringLiteral("pod %1 finished (%2)").arg(m_pod, phase));
                return;
            }
        }
        scheduleReconnect();
    });
}

void KubeLogStream::scheduleReconnect()
{
    m_resuming = true;
    ++m_reconnects;
    const int delay = qMin(10'000, 250 * (1 << qMin(m_failures++, 6)));
    m_retry->start(delay);
}

} // namespace shipdeck
