#include "backend/kube/kubeobjectstore.h"

#include <QTimer>

namespace shipdeck {

KubeObjectStore::KubeObjectStore(QStringList columns, QObject *parent)
    : QObject(parent), m_columns(std::move(columns)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &KubeObjectStore::flush);
}

const KubeObjectRow *KubeObjectStore::find(const QString &key) const
{
    auto it = m_rows.constFind(key);
    return it == m_rows.constEnd() ? nullptr : &it.value();
}

QList<KubeObjectRow> KubeObjectStore::rows() const
{
    QList<KubeObjectRow> out;
    out.reserve(m_rows.size());
    for (const auto &row : m_rows)
        out.append(row);
    return out;
}

KubeStoreDelta KubeObjectStore::snapshot() const
{
    KubeStoreDelta d;
    d.sequence = m_sequence;
    d.reset = true;
    d.synced = m_synced;
    d.upserted = rows();
    return d;
}

void KubeObjectStore::upsert(KubeObjectRow row)
{
    ++m_changesApplied;
    const QString key = row.key();
    auto it = m_rows.find(key);
    if (it != m_rows.end()) {
        const bool same = it->sameContent(row);
        *it = std::move(row);
        if (same)
            return; // nothing a view shows changed
        if (!m_pending.contains(key))
            m_pending.insert(key, Pending::Updated);
    } else {
        m_rows.insert(key, std::move(row));
        auto p = m_pending.find(key);
        if (p == m_pending.end())
            m_pending.insert(key, Pending::Added);
        else
            *p = Pending::Updated; // removed and back within one batch
    }
    schedule();
}

void KubeObjectStore::remove(const QString &key)
{
    ++m_changesApplied;
    if (m_rows.remove(key) == 0)
        return;
    auto p = m_pending.find(key);
    if (p != m_pending.end() && *p == Pending::Added)
        m_pending.erase(p); // views never saw it
    else
        m_pending.insert(key, Pending::Removed);
    schedule();
}

void KubeObjectStore::replace(QList<KubeObjectRow> rows)
{
    QHash<QString, KubeObjectRow> fresh;
    fresh.reserve(rows.size());
    for (auto &row : rows) {
        const QString key = row.key();
        fresh.insert(key, std::move(row));
    }
    // Report a relist as upserts and removals against what views already have.
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (!fresh.contains(it.key()))
            m_pending.insert(it.key(), Pending::Removed);
    }
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        const KubeObjectRow *old = find(it.key());
        if (!old || !old->sameContent(it.value()))
            m_pending.insert(it.key(), Pending::Updated);
    }
    m_changesApplied += fresh.size();
    m_rows = std::move(fresh);
    schedule();
}

void KubeObjectStore::setSynced(bool synced)
{
    if (m_synced == synced)
        return;
    m_synced = synced;
    m_syncedChanged = true;
    schedule();
}

void KubeObjectStore::clear()
{
    m_rows.clear();
    m_pending.clear();
    m_pendingReset = true;
    m_synced = false;
    schedule();
}

void KubeObjectStore::setBatchIntervalMs(int ms)
{
    m_timer->setInterval(ms);
}

void KubeObjectStore::schedule()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void KubeObjectStore::flush()
{
    m_timer->stop();
    if (m_pending.isEmpty() && !m_pendingReset && !m_syncedChanged)
        return;
    KubeStoreDelta d;
    d.sequence = ++m_sequence;
    d.synced = m_synced;
    if (m_pendingReset) {
        d.reset = true;
        d.upserted = rows();
    } else {
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            if (it.value() == Pending::Removed) {
                d.removed.append(it.key());
            } else if (const KubeObjectRow *row = find(it.key())) {
                d.upserted.append(*row);
            }
        }
    }
    m_pending.clear();
    m_pendingReset = false;
    m_syncedChanged = false;
    Q_EMIT changed(d);
}

} // namespace shipdeck
