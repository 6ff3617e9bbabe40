#pragma once

#include "backend/core/result.h"

#include <QDateTime>
#include <QString>

namespace shipdeck {

class KubeSyncClient;

// Who may drive a rollout: a coordination.k8s.io/v1 Lease per rollout. A console drives only
// while it holds the lease and renews it; when the holder stops renewing, the lease expires
// (renewTime + leaseDurationSeconds) and another console may take it over. Every change goes
// through the Lease's resourceVersion, so two consoles racing for it cannot both win.
class RolloutLease
{
public:
    struct State
    {
        QString holder;
        QDateTime renewTime;
        int durationSeconds = 0;
        int transitions = 0;
        bool exists = false;
        bool expired(const QDateTime &now) const { return !exists || holder.isEmpty() || renewTime.addSecs(durationSeconds) < now; }
    };

    RolloutLease(const KubeSyncClient &client, QString ns, QString name, QString identity, int durationSeconds = 15);

    // Takes the lease when free or expired, renews it when already held. Fails with
    // FailedPrecondition naming the holder when another console holds it.
    Result<State> acquire();
    Result<void> release();
    Result<State> state() const;
    const QString &identity() const { return m_identity; }
    const QString &name() const { return m_name; }

private:
    QString path() const;
    const KubeSyncClient &m_client;
    QString m_namespace;
    QString m_name;
    QString m_identity;
    int m_duration;
};

} // namespace shipdeck
