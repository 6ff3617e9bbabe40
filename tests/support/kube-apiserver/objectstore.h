#pragma once

#include "backend/core/result.h"
#include "storedobject.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <deque>
#include <map>

namespace shipdeck::kubetest {

// The cluster state: objects per resource, one global resourceVersion counter (like etcd's
// revision), a bounded history of changes for watches, and consistent snapshots for paged lists.
class ObjectStore : public QObject
{
    Q_OBJECT
public:
    explicit ObjectStore(QObject *parent = nullptr);

    ObjectPtr get(int typeId, const QString &ns, const QString &name) const;
    // Sorted by namespace/name. An empty ns lists every namespace.
    QList<ObjectPtr> list(int typeId, const QString &ns = {}) const;
    qsizetype count(int typeId, const QString &ns = {}) const;
    // Objects whose metadata.ownerReferences name this uid.
    QList<ObjectPtr> dependents(const QString &ownerUid) const;
    ObjectPtr byUid(const QString &uid) const;

    // Stores json (metadata.resourceVersion is set here) and records the event.
    ObjectPtr put(int typeId, QJsonObject json);
    // Removes the object; the DELETED event carries it with the deletion's resourceVersion.
    ObjectPtr remove(int typeId, const QString &ns, const QString &name);

    quint64 currentResourceVersion() const { return m_rv; }
    // Watches may start from any version >= this one; older ones get 410 Gone.
    quint64 oldestWatchableVersion() const { return m_floor; }
    const std::deque<StoreEvent> &history() const { return m_history; }
    // Index of the first history event newer than rv.
    size_t historyIndexAfter(quint64 rv) const;
    void setHistoryLimit(int events);
    int historyLimit() const { return m_historyLimit; }
    // Forgets all history: every watch from an older version gets 410 Gone.
    void compact();

    // Paged lists: the first page stores a snapshot; continue tokens point into it.
    QString saveSnapshot(QList<ObjectPtr> items, quint64 rv);
    struct Snapshot
    {
        QList<ObjectPtr> items;
        quint64 resourceVersion = 0;
        QDateTime created;
    };
    const Snapshot *snapshot(const QString &id) const;
    void expireSnapshots(); // all continue tokens become too old
    void setSnapshotLifetimeSeconds(int seconds) { m_snapshotLifetime = seconds; }

Q_SIGNALS:
    void changed(const StoreEvent &event);

private:
    void record(StoreEvent event);
    void indexOwners(const ObjectPtr &object, bool add);

    QHash<int, std::map<QString, ObjectPtr>> m_objects;
    QHash<QString, QSet<QPair<int, QString>>> m_dependents; // owner uid -> (typeId, key)
    QHash<QString, QPair<int, QString>> m_byUid;
    std::deque<StoreEvent> m_history;
    quint64 m_rv;
    quint64 m_floor;
    int m_historyLimit = 50'000;
    QHash<QString, Snapshot> m_snapshots;
    QList<QString> m_snapshotOrder;
    int m_snapshotLifetime = 300;
    quint64 m_snapshotCounter = 0;
};

} // namespace shipdeck::kubetest
