#include "backend/kube/kubelogsession.h"

#include "backend/kube/kubeinformer.h"
#include "backend/kube/kubelogbuffer.h"
#include "backend/kube/kubeobjectstore.h"
#include "backend/kube/kuberestclient.h"

#include <QTimer>

namespace shipdeck {

namespace {
constexpr int kContainersColumn = 6; // KubeSummarizer's pod columns: … "Containers"
}

KubeLogSession::KubeLogSession(KubeRestClient *client, Target target, KubeLogOptions options, QObject *parent)
    : QObject(parent), m_client(client), m_target(std::move(target)), m_options(std::move(options)),
      m_buffer(std::make_shared<KubeLogBuffer>()), m_notify(new QTimer(this))
{
    m_notify->setSingleShot(true);
    m_notify->setInterval(100);
    connect(m_notify, &QTimer::timeout, this, [this] {
        Q_EMIT changed(m_buffer->size(), m_firstChanged);
        m_firstChanged = -1;
    });
}

KubeLogSession::~KubeLogSession()
{
    stop();
}

void KubeLogSession::start()
{
    if (!m_client)
        return;
    KubeInformer::Options o;
    o.namespaceName = m_target.namespaceName;
    if (!m_target.pod.isEmpty())
        o.fieldSelector = QStringLiteral("metadata.name=") + m_target.pod;
    else
        o.labelSelector = m_target.labelSelector;
    o.batchIntervalMs = 50;
    m_pods = new KubeInformer(m_client, *KubeResourceType::find(QStringLiteral("pods")), o, this);
    connect(m_pods->store(), &KubeObjectStore::changed, this, &KubeLogSession::onPods);
    connect(m_pods, &KubeInformer::problem, this, &KubeLogSession::problem);
    connect(m_pods, &KubeInformer::synced, this, [this] {
        m_podsSynced = true;
        m_pods->store()->flush();
        QMetaObject::invokeMethod(this, &KubeLogSession::checkFinished, Qt::QueuedConnection);
    });
    m_pods->start();
}

void KubeLogSession::stop()
{
    if (m_pods)
        m_pods->stop();
    for (KubeLogStream *s : std::as_const(m_streams))
        s->stop();
}

int KubeLogSession::activeStreams() const
{
    int n = 0;
    for (const KubeLogStream *s : m_streams)
        n += s->isRunning() ? 1 : 0;
    return n;
}

int KubeLogSession::totalReconnects() const
{
    int n = 0;
    for (const KubeLogStream *s : m_streams)
        n += s->reconnects();
    return n;
}

void KubeLogSession::onPods(const KubeStoreDelta &delta)
{
    for (const KubeObjectRow &row : delta.upserted) {
        if (!m_target.pod.isEmpty() && row.name != m_target.pod)
            continue;
        QStringList containers = row.cells.value(kContainersColumn).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (!m_target.container.isEmpty())
            containers = containers.contains(m_target.container) ? QStringList{m_target.container} : QStringList{};
        startPod(row.name, containers);
    }
    for (const QString &key : delta.removed) {
        const QString pod = key.section(QLatin1Char('/'), -1);
        for (auto it = m_streams.begin(); it != m_streams.end(); ++it) {
            if (it.value()->pod() == pod)
                it.value()->stop(); // the lines stay in the buffer
        }
    }
}

void KubeLogSession::startPod(const QString &pod, const QStringList &containers)
{
    for (const QString &container : containers) {
        const QString key = pod + QLatin1Char('/') + container;
        KubeLogStream *&stream = m_streams[key];
        if (stream) {
            if (!stream->isRunning() && m_options.follow)
                stream->start(); // an ended stream of a pod that is back (recreated with the same name)
            continue;
        }
        stream = new KubeLogStream(m_client, m_target.namespaceName, pod, container, m_options, m_buffer.get(), this);
        connect(stream, &KubeLogStream::linesAdded, this, &KubeLogSession::note);
        connect(stream, &KubeLogStream::problem, this, &KubeLogSession::problem);
        connect(stream, &KubeLogStream::ended, this, [this, key](const QString &reason) {
            Q_EMIT streamEnded(key, reason);
            checkFinished();
        });
        stream->start();
    }
}

void KubeLogSession::note(int, qsizetype first)
{
    m_firstChanged = m_firstChanged < 0 ? first : qMin(m_firstChanged, first);
    if (!m_notify->isActive())
        m_notify->start();
}

} // namespace shipdeck

namespace shipdeck {

void KubeLogSession::checkFinished()
{
    if (m_options.follow || !m_podsSynced || m_finishedSent || activeStreams() > 0)
        return;
    m_finishedSent = true;
    if (m_notify->isActive()) {
        m_notify->stop();
        Q_EMIT changed(m_buffer->size(), m_firstChanged);
        m_firstChanged = -1;
    }
    Q_EMIT finished();
}

} // namespace shipdeck
