#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QSortFilterProxyModel;
class QTimer;

namespace shipdeck {

class Backend;
class LocalProviderClient;
class RolloutListModel;
class RolloutsClient;

// The rollout part of the Overview: active rollouts (pending approvals first), recent
// failures with their reasons, component health (local provider) and the DORA metrics over
// 30 or 90 days, kept current from the engine's and the provider's events.
class RolloutOverviewModel : public QObject
{
    Q_OBJECT
public:
    explicit RolloutOverviewModel(Backend *backend, QObject *parent = nullptr);
    ~RolloutOverviewModel() override;

    // Unfinished rollouts, attention first, then newest.
    QSortFilterProxyModel *active() const { return m_active; }
    // Rollouts that ended rolled back or aborted, newest first (at most 10).
    QSortFilterProxyModel *failures() const { return m_failures; }
    RolloutListModel *all() const { return m_all; }
    const QJsonArray &components() const { return m_components; } // LocalProviderService::health
    const QJsonObject &dora() const { return m_dora; }
    int doraDays() const { return m_days; }
    void setDoraDays(int days);

    void refresh();

Q_SIGNALS:
    void healthChanged();
    void doraChanged();

private:
    void refreshHealth();
    void scheduleRefresh();

    QPointer<Backend> m_backend;
    RolloutsClient *m_client;
    LocalProviderClient *m_provider;
    RolloutListModel *m_all;
    QSortFilterProxyModel *m_active;
    QSortFilterProxyModel *m_failures;
    QTimer *m_debounce;
    QJsonArray m_components;
    QJsonObject m_dora;
    int m_days = 30;
};

} // namespace shipdeck
