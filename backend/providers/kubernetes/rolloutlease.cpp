#include "backend/providers/kubernetes/rolloutlease.h"

#include "backend/providers/kubernetes/kubesyncclient.h"

namespace shipdeck {

namespace {
QString microTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
}

RolloutLease::State parse(const QJsonObject &lease)
{
    RolloutLease::State s;
    const QJsonObject spec = lease.value(QLatin1String("spec")).toObject();
    s.exists = true;
    s.holder = spec.value(QLatin1String("holderIdentity")).toString();
    s.renewTime = QDateTime::fromString(spec.value(QLatin1String("renewTime")).toString(), Qt::ISODateWithMs);
    s.durationSeconds = spec.value(QLatin1String("leaseDurationSeconds")).toInt();
    s.transitions = spec.value(QLatin1String("leaseTransitions")).toInt();
    return s;
}
} // namespace

RolloutLease::RolloutLease(const KubeSyncClient &client, QString ns, QString name, QString identity, int durationSeconds)
    : m_client(client), m_namespace(std::move(ns)), m_name(std::move(name)), m_identity(std::move(identity)), m_duration(durationSeconds)
{
}

QString RolloutLease::path() const
{
    return QStringLiteral("/apis/coordination.k8s.io/v1/namespaces/%1/leases/%2").arg(m_namespace, m_name);
}

Result<RolloutLease::State> RolloutLease::state() const
{
    auto lease = m_client.get(path());
    if (!lease && lease.error().code() == ErrorCode::NotFound)
        return State{};
    if (!lease)
        return lease.error();
    return parse(lease.value());
}

Result<RolloutLease::State> RolloutLease::acquire()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto existing = m_client.get(path());
    if (!existing && existing.error().code() != ErrorCode::NotFound)
        return std::move(existing).error().withContext(QStringLiteral("reading lease %1/%2").arg(m_namespace, m_name));
    if (!existing) {
        const QJsonObject lease{{QStringLiteral("apiVersion"), QStringLiteral("coordination.k8s.io/v1")},
                                {QStringLiteral("kind"), QStringLiteral("Lease")},
                                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), m_name}, {QStringLiteral("namespace"), m_namespace},
                                                                         {QStringLiteral("labels"), QJsonObject{{QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("shipdeck")}}}}},
                                {QStringLiteral("spec"), QJsonObject{{QStringLiteral("holderIdentity"), m_identity},
                                                                     {QStringLiteral("leaseDurationSeconds"), m_duration},
                                                                     {QStringLiteral("acquireTime"), microTime(now)},
                                                                     {QStringLiteral("renewTime"), microTime(now)},
                                                                     {QStringLiteral("leaseTransitions"), 0}}}};
        auto created = m_client.create(QStringLiteral("/apis/coordination.k8s.io/v1/namespaces/%1/leases").arg(m_namespace), lease);
        if (!created) {
            if (created.error().code() == ErrorCode::AlreadyExists)
                return acquire(); // someone else created it meanwhile: decide on their lease
            return created.error();
        }
        return parse(created.value());
    }
    QJsonObject lease = existing.value();
    const State current = parse(lease);
    if (current.holder != m_identity && !current.expired(now))
        return Error(ErrorCode::FailedPrecondition,
                     QStringLiteral("rollout lease %1 is held by %2 until %3; this console only observes")
                         .arg(m_name, current.holder, current.renewTime.addSecs(current.durationSeconds).toString(Qt::ISODate)))
            .withDetail(QStringLiteral("holder"), current.holder);
    QJsonObject spec = lease.value(QLatin1String("spec")).toObject();
    if (current.holder != m_identity) {
        spec.insert(QStringLiteral("acquireTime"), microTime(now));
        spec.insert(QStringLiteral("leaseTransitions"), current.transitions + 1);
    }
    spec.insert(QStringLiteral("holderIdentity"), m_identity);
    spec.insert(QStringLiteral("leaseDurationSeconds"), m_duration);
    spec.insert(QStringLiteral("renewTime"), microTime(now));
    lease.insert(QStringLiteral("spec"), spec);
    // PUT with the resourceVersion we read: a concurrent taker makes this a 409.
    auto updated = m_client.replace(path(), lease);
    if (!updated) {
        if (updated.error().code() == ErrorCode::Conflict)
            return Error(ErrorCode::FailedPrecondition, QStringLiteral("another console took rollout lease %1 first").arg(m_name));
        return updated.error();
    }
    return parse(updated.value());
}

Result<void> RolloutLease::release()
{
    auto existing = m_client.get(path());
    if (!existing)
        return existing.error().code() == ErrorCode::NotFound ? success() : Result<void>(existing.error());
    QJsonObject lease = existing.value();
    QJsonObject spec = lease.value(QLatin1String("spec")).toObject();
    if (spec.value(QLatin1String("holderIdentity")).toString() != m_identity)
        return success();
    spec.insert(QStringLiteral("holderIdentity"), QString());
    lease.insert(QStringLiteral("spec"), spec);
    auto updated = m_client.replace(path(), lease);
    if (!updated)
        return updated.error();
    return success();
}

} // namespace shipdeck
