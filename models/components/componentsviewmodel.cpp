#include "models/components/componentsviewmodel.h"

#include "backend/facade/backend.h"
#include "backend/providers/localproviderclient.h"
#include "models/components/componentlistmodel.h"
#include "models/components/instancelistmodel.h"

#include <QTimer>

#include <utility>

namespace shipdeck {

ComponentsViewModel::ComponentsViewModel(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_components(new ComponentListModel(this))
    , m_instances(new InstanceListModel(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(100);
    connect(m_debounce, &QTimer::timeout, this, &ComponentsViewModel::refresh);
    connect(backend, &Backend::workspaceOpened, this, &ComponentsViewModel::refresh);
    connect(backend, &Backend::stateChanged, this, [this](BackendState state) {
        if (state == BackendState::Ready)
            return;
        // The workspace is closing or gone: nothing of it runs any more.
        m_loaded = false;
        m_components->setComponents({}, {});
        m_instances->clear();
        Q_EMIT refreshed();
    });
    connect(backend, &Backend::serviceEvent, this, [this](const QString &service, const QString &event, const QJsonObject &) {
        if (service == QLatin1String("localprovider")
            && (event == QLatin1String("provider.statusChanged") || event == QLatin1String("components.changed")))
            scheduleRefresh();
    });
}

ComponentsViewModel::~ComponentsViewModel() = default;

QString ComponentsViewModel::actor()
{
    return qEnvironmentVariable("SHIPDECK_USER", qEnvironmentVariable("USER", QStringLiteral("gui")));
}

ChangeNote ComponentsViewModel::note(const QString &reason) const
{
    return ChangeNote{actor(), reason};
}

void ComponentsViewModel::scheduleRefresh()
{
    if (!m_debounce->isActive())
        m_debounce->start();
}

void ComponentsViewModel::refresh()
{
    if (m_refreshing) {
        m_again = true;
        return;
    }
    m_refreshing = true;
    LocalProviderClient client(m_backend);
    client.components().then(this, [this](const Result<QList<ComponentDefinition>> &definitions) {
        if (!definitions) {
            m_refreshing = false;
            m_loadError = definitions.error().toString();
            Q_EMIT refreshed();
            if (std::exchange(m_again, false))
                refresh();
            return;
        }
        LocalProviderClient(m_backend).runStatus().then(this, [this, definitions = definitions.value()](
                                                                   const Result<QList<ComponentRunStatus>> &statuses) {
            m_refreshing = false;
            m_loadError = statuses ? QString() : statuses.error().toString();
            m_components->setComponents(definitions, statuses ? statuses.value() : QList<ComponentRunStatus>{});
            m_loaded = true;
            applySelection();
            Q_EMIT refreshed();
            if (std::exchange(m_again, false))
                refresh();
        });
    });
}

void ComponentsViewModel::setSelectedComponent(const QString &id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    applySelection();
    Q_EMIT selectionChanged(id);
}

void ComponentsViewModel::applySelection()
{
    const ComponentRow *row = m_components->find(m_selected);
    if (row)
        m_instances->setStatus(row->status);
    else
        m_instances->clear();
}

const ComponentRow *ComponentsViewModel::selectedRow() const
{
    return m_components->find(m_selected);
}

template<typename T>
QFuture<Result<T>> ComponentsViewModel::track(const QString &key, const QString &what, QFuture<Result<T>> future)
{
    m_busy.insert(key);
    Q_EMIT busyChanged();
    return future.then(this, [this, key, what](const Result<T> &result) {
        m_busy.remove(key);
        Q_EMIT busyChanged();
        Q_EMIT actionFinished(what, result ? QString() : result.error().toString());
        scheduleRefresh();
        return result;
    });
}

QFuture<Result<void>> ComponentsViewModel::deployStable(const QString &id, const QString &reason)
{
    return track(id, tr("Deploy %1").arg(id), LocalProviderClient(m_backend).deployStable(id, note(reason)));
}

QFuture<Result<void>> ComponentsViewModel::scaleVersion(const QString &id, const QString &version, int replicas,
                                                        const QString &reason)
{
    return track(QStringLiteral("%1@%2").arg(id, version), tr("Scale %1 %2 to %n instance(s)", nullptr, replicas).arg(id, version),
                 LocalProviderClient(m_backend).scaleVersion(id, version, replicas, note(reason)));
}

QFuture<Result<void>> ComponentsViewModel::stopVersion(const QString &id, const QString &version, const QString &reason)
{
    return track(QStringLiteral("%1@%2").arg(id, version), tr("Stop %1 %2").arg(id, version),
                 LocalProviderClient(m_backend).stopVersion(id, version, note(reason)));
}

QFuture<Result<void>> ComponentsViewModel::restartInstance(const QString &instanceId, const QString &reason)
{
    return track(instanceId, tr("Restart %1").arg(instanceId),
                 LocalProviderClient(m_backend).restartInstance(instanceId, note(reason)));
}

QFuture<Result<void>> ComponentsViewModel::remove(const QString &id, const QString &reason)
{
    return track(id, tr("Remove %1").arg(id), LocalProviderClient(m_backend).remove(id, note(reason)));
}

QFuture<Result<QStringList>> ComponentsViewModel::addFromFile(const QString &path)
{
    return track(path, tr("Add the components of %1").arg(path), LocalProviderClient(m_backend).addFromFile(path, note({})));
}

QFuture<Result<ComponentFileCheck>> ComponentsViewModel::checkFile(const QString &path)
{
    return LocalProviderClient(m_backend).checkFile(path);
}

} // namespace shipdeck
