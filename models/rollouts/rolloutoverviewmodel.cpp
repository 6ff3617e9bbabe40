#include "models/rollouts/rolloutoverviewmodel.h"

#include "backend/deploy/rolloutsclient.h"
#include "backend/facade/backend.h"
#include "backend/providers/localproviderclient.h"
#include "models/rollouts/rolloutlistmodel.h"

#include <QSortFilterProxyModel>
#include <QTimer>

namespace shipdeck {

namespace {
class ActiveProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return !sourceModel()->index(row, 0, parent).data(RolloutListModel::FinishedRole).toBool();
    }
    bool lessThan(const QModelIndex &a, const QModelIndex &b) const override
    {
        const bool aa = a.data(RolloutListModel::AttentionRole).toBool(), ba = b.data(RolloutListModel::AttentionRole).toBool();
        if (aa != ba)
            return aa; // attention first (ascending order)
        return a.data(RolloutListModel::CreatedAtRole).toLongLong() > b.data(RolloutListModel::CreatedAtRole).toLongLong();
    }
};

class FailureProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString phase = sourceModel()->index(row, 0, parent).data(RolloutListModel::PhaseRole).toString();
        if (phase != QLatin1String("RolledBack") && phase != QLatin1String("Aborted"))
            return false;
        // The ten newest: count failures created after this one.
        const qint64 created = sourceModel()->index(row, 0, parent).data(RolloutListModel::CreatedAtRole).toLongLong();
        int newer = 0;
        for (int i = 0; i < sourceModel()->rowCount(parent); ++i) {
            const QModelIndex other = sourceModel()->index(i, 0, parent);
            const QString p = other.data(RolloutListModel::PhaseRole).toString();
            if ((p == QLatin1String("RolledBack") || p == QLatin1String("Aborted"))
                && other.data(RolloutListModel::CreatedAtRole).toLongLong() > created)
                ++newer;
        }
        return newer < 10;
    }
    bool lessThan(const QModelIndex &a, const QModelIndex &b) const override
    {
        return a.data(RolloutListModel::CreatedAtRole).toLongLong() > b.data(RolloutListModel::CreatedAtRole).toLongLong();
    }
};
} // namespace

RolloutOverviewModel::RolloutOverviewModel(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_client(new RolloutsClient(backend, this))
    , m_provider(new LocalProviderClient(backend))
    , m_all(new RolloutListModel(this))
    , m_active(new ActiveProxy(this))
    , m_failures(new FailureProxy(this))
    , m_debounce(new QTimer(this))
{
    for (QSortFilterProxyModel *proxy : {m_active, m_failures}) {
        proxy->setSourceModel(m_all);
        proxy->setDynamicSortFilter(true);
        proxy->sort(0);
    }
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(500);
    connect(m_debounce, &QTimer::timeout, this, &RolloutOverviewModel::refresh);
    connect(backend, &Backend::workspaceOpened, this, &RolloutOverviewModel::refresh);
    connect(m_client, &RolloutsClient::rolloutChanged, this, [this](const QJsonObject &r) {
        m_all->upsert(r);
        if (r.value(QStringLiteral("finishedAt")).toDouble() > 0)
            scheduleRefresh(); // DORA and health change when a rollout ends
    });
    connect(backend, &Backend::serviceEvent, this, [this](const QString &service, const QString &event) {
        if (service == QLatin1String("localprovider") && event == QLatin1String("provider.statusChanged"))
            scheduleRefresh();
    });
}

RolloutOverviewModel::~RolloutOverviewModel()
{
    delete m_provider;
}

void RolloutOverviewModel::setDoraDays(int days)
{
    if (days == m_days)
        return;
    m_days = days;
    refresh();
}

void RolloutOverviewModel::scheduleRefresh()
{
    if (!m_debounce->isActive())
        m_debounce->start();
}

void RolloutOverviewModel::refresh()
{
    if (!m_backend || m_backend->state() != BackendState::Ready)
        return;
    RolloutsClient::ListFilter filter;
    filter.limit = 300;
    m_client->list(filter).then(this, [this](const Result<QList<RolloutRecord>> &list) {
        if (!list)
            return;
        QList<QJsonObject> rows;
        for (const RolloutRecord &r : list.value())
            rows.append(r.toJson());
        m_all->setRollouts(rows);
        m_active->invalidate();
        m_failures->invalidate();
    });
    const int days = m_days;
    m_client->dora(QStringLiteral("production"), days).then(this, [this, days](const Result<QJsonObject> &dora) {
        if (!dora || days != m_days)
            return;
        m_dora = dora.value();
        Q_EMIT doraChanged();
    });
    refreshHealth();
}

void RolloutOverviewModel::refreshHealth()
{
    m_provider->health().then(this, [this](const Result<QJsonObject> &health) {
        if (!health)
            return;
        m_components = health.value().value(QStringLiteral("components")).toArray();
        Q_EMIT healthChanged();
    });
}

} // namespace shipdeck
