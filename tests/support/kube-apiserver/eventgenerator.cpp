#include "eventgenerator.h"

#include "clusterapi.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "resourcetype.h"
#include "servercontext.h"
#include "workloadutil.h"

#include <QJsonArray>
#include <QTimer>

namespace shipdeck::kubetest {

EventGenerator::EventGenerator(ServerContext &context, QObject *parent) : QObject(parent), m_ctx(context), m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &EventGenerator::tick);
}

void EventGenerator::start(const QString &ns, int perSecond, Mode mode)
{
    m_ns = ns;
    m_rate = perSecond;
    m_mode = mode;
    m_names.clear();
    m_next = 0;
    m_startEmitted = m_emitted;
    m_clock.start();
    m_timer->start(5);
}

void EventGenerator::stop()
{
    m_timer->stop();
    m_rate = 0;
}

bool EventGenerator::isRunning() const { return m_timer->isActive(); }

void EventGenerator::tick()
{
    const ResourceType &pods = workload::type(m_ctx, QString(), QStringLiteral("pods"));
    const quint64 due = quint64(double(m_clock.elapsed()) * m_rate / 1000.0);
    quint64 toEmit = due > m_emitted - m_startEmitted ? due - (m_emitted - m_startEmitted) : 0;
    // At most a few milliseconds of work per turn: the event loop must keep writing the watch
    // streams (a rate the server cannot keep up with is delivered as fast as it can).
    QElapsedTimer turn;
    turn.start();
    int misses = 0;
    while (toEmit > 0 && misses < 3 && turn.nsecsElapsed() < 4'000'000) {
        if (m_next >= m_names.size()) {
            m_names.clear();
            for (const ObjectPtr &pod : m_ctx.store->list(pods.id, m_ns))
                m_names.append(pod->name);
            m_next = 0;
            if (m_names.isEmpty())
                return;
            ++misses;
        }
        const ObjectPtr pod = m_ctx.store->get(pods.id, m_ns, m_names.at(m_next++));
        if (!pod)
            continue;
        QJsonObject json = pod->json;
        Subresource part = Subresource::None;
        if (m_mode == Mode::Restarts) {
            QJsonArray statuses = valueAt(json, QStringLiteral("status.containerStatuses")).toArray();
            if (statuses.isEmpty())
                continue;
            QJsonObject first = statuses.at(0).toObject();
            first.insert(QStringLiteral("restartCount"), first.value(QLatin1String("restartCount")).toInt() + 1);
            statuses[0] = first;
            setAt(json, QStringLiteral("status.containerStatuses"), statuses);
            part = Subresource::Status;
        } else {
            QJsonObject annotations = valueAt(json, QStringLiteral("metadata.annotations")).toObject();
            annotations.insert(QStringLiteral("test.shipdeck.io/tick"), QString::number(m_emitted + 1));
            setAt(json, QStringLiteral("metadata.annotations"), annotations);
        }
        if (m_ctx.api->update(pods, m_ns, pod->name, json, part)) {
            ++m_emitted;
            --toEmit;
        }
    }
}

} // namespace shipdeck::kubetest
