#include "models/rollouts/demotraffic.h"

#include "backend/facade/backend.h"
#include "backend/providers/localproviderclient.h"

#include <QJsonArray>
#include <QTimer>

namespace shipdeck {

DemoTraffic::DemoTraffic(Backend *backend, QObject *parent)
    : QObject(parent), m_backend(backend), m_provider(new LocalProviderClient(backend)), m_poll(new QTimer(this))
{
    m_poll->setInterval(250);
    connect(m_poll, &QTimer::timeout, this, &DemoTraffic::poll);
    connect(backend, &Backend::stateChanged, this, [this](BackendState state) {
        if (state != BackendState::Ready) {
            m_poll->stop();
            m_loadId.clear();
            setState(State::Stopped, {}); // the provider stops every process with the workspace
        }
    });
}

DemoTraffic::~DemoTraffic()
{
    delete m_provider;
}

void DemoTraffic::setState(State state, const QString &detail)
{
    m_detail = detail;
    if (state == m_state && state != State::Starting)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DemoTraffic::start(const QString &component, double ratePerSecond)
{
    if (m_state == State::Starting || m_state == State::Running || !m_backend)
        return;
    m_component = component;
    m_rate = ratePerSecond;
    m_polls = 0;
    setState(State::Starting, tr("Starting %1 and its dependencies…").arg(component));
    m_provider->deployStable(component).then(this, [this](const Result<void> &started) {
        if (!started) {
            setState(State::Failed, started.error().toString());
            return;
        }
        m_poll->start();
    });
}

void DemoTraffic::poll()
{
    if (++m_polls > 160) { // 40 s
        m_poll->stop();
        setState(State::Failed, tr("%1 did not become ready within 40 s; see its instance logs").arg(m_component));
        return;
    }
    m_provider->health(m_component).then(this, [this](const Result<QJsonObject> &health) {
        if (m_state != State::Starting || !m_poll->isActive())
            return;
        if (!health) {
            m_poll->stop();
            setState(State::Failed, health.error().toString());
            return;
        }
        const QJsonObject c = health.value().value(QStringLiteral("components")).toArray().at(0).toObject();
        if (c.value(QStringLiteral("state")).toString() != QLatin1String("healthy"))
            return;
        m_poll->stop();
        m_endpoint = c.value(QStringLiteral("endpoint")).toString();
        LoadGenerator::Options load;
        load.url = QUrl(m_endpoint + QStringLiteral("/"));
        load.ratePerSecond = m_rate;
        m_provider->startLoad(load).then(this, [this](const Result<QString> &id) {
            if (!id) {
                setState(State::Failed, id.error().toString());
                return;
            }
            m_loadId = id.value();
            setState(State::Running, tr("%1 serves at %2 with %3 requests/s of demo traffic").arg(m_component, m_endpoint).arg(m_rate));
        });
    });
}

void DemoTraffic::stop()
{
    m_poll->stop();
    if (!m_loadId.isEmpty())
        m_provider->stopLoad(m_loadId);
    m_loadId.clear();
    setState(State::Stopped, {});
}

} // namespace shipdeck
