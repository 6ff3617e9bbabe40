#include "objectstore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace shipdeck::kubetest {

const QByteArray &StoredObject::bytes() const
{
    if (m_bytes.isEmpty())
        m_bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return m_bytes;
}

QByteArray eventTypeName(EventType type)
{
    switch (type) {
    case EventType::Added: return "ADDED";
    case EventType::Modified: return "MODIFIED";
    case EventType::Deleted: return "DELETED";
    }
    return {};
}

namespace {
constexpr quint64 kFirstResourceVersion = 1000;

ObjectPtr makeObject(int typeId, QJsonObject json, quint64 rv)
{
    QJsonObject meta = json.value(QLatin1String("metadata")).toObject();
    meta.insert(QStringLiteral("resourceVersion"), QString::number(rv));
    json.insert(QStringLiteral("metadata"), meta);
    auto object = std::make_shared<StoredObject>();
    object->typeId = typeId;
    object->ns = meta.value(QLatin1String("namespace")).toString();
    object->name = meta.value(QLatin1String("name")).toString();
    object->uid = meta.value(QLatin1String("uid")).toString();
    object->resourceVersion = rv;
    object->json = std::move(json);
    return object;
}

QStringList ownerUids(const ObjectPtr &object)
{
    QStringList uids;
    const QJsonArray owners = object->metadata().value(QLatin1String("ownerReferences")).toArray();
    for (const auto &owner : owners)
        uids.append(owner.toObject().value(QLatin1String("uid")).toString());
    return uids;
}
} // namespace

ObjectStore::ObjectStore(QObject *parent)
    : QObject(parent), m_rv(kFirstResourceVersion), m_floor(kFirstResourceVersion)
{
}

ObjectPtr ObjectStore::get(int typeId, const QString &ns, const QString &name) const
{
    const auto bucket = m_objects.constFind(typeId);
    if (bucket == m_objects.constEnd())
        return nullptr;
    const auto it = bucket->find(ns.isEmpty() ? name : ns + QLatin1Char('/') + name);
    return it == bucket->end() ? nullptr : it->second;
}

QList<ObjectPtr> ObjectStore::list(int typeId, const QString &ns) const
{
    QList<ObjectPtr> result;
    const auto bucket = m_objects.constFind(typeId);
    if (bucket == m_objects.constEnd())
        return result;
    if (ns.isEmpty()) {
        result.reserve(qsizetype(bucket->size()));
        for (const auto &[key, object] : *bucket)
            result.append(object);
        return result;
    }
    const QString prefix = ns + QLatin1Char('/');
    for (auto it = bucket->lower_bound(prefix); it != bucket->end() && it->first.startsWith(prefix); ++it)
        result.append(it->second);
    return result;
}

qsizetype ObjectStore::count(int typeId, const QString &ns) const
{
    if (ns.isEmpty()) {
        const auto bucket = m_objects.constFind(typeId);
        return bucket == m_objects.constEnd() ? 0 : qsizetype(bucket->size());
    }
    return list(typeId, ns).size();
}

QList<ObjectPtr> ObjectStore::dependents(const QString &ownerUid) const
{
    QList<ObjectPtr> result;
    const auto refs = m_dependents.value(ownerUid);
    for (const auto &[typeId, key] : refs) {
        const auto bucket = m_objects.constFind(typeId);
        if (bucket == m_objects.constEnd())
            continue;
        const auto it = bucket->find(key);
        if (it != bucket->end())
            result.append(it->second);
    }
    std::sort(result.begin(), result.end(), [](const ObjectPtr &a, const ObjectPtr &b) { return a->key() < b->key(); });
    return result;
}

ObjectPtr ObjectStore::byUid(const QString &uid) const
{
    const auto it = m_byUid.constFind(uid);
    if (it == m_byUid.constEnd())
        return nullptr;
    const auto bucket = m_objects.constFind(it->first);
    if (bucket == m_objects.constEnd())
        return nullptr;
    const auto found = bucket->find(it->second);
    return found == bucket->end() ? nullptr : found->second;
}

void ObjectStore::indexOwners(const ObjectPtr &object, bool add)
{
    if (!object->uid.isEmpty()) {
        if (add)
            m_byUid.insert(object->uid, {object->typeId, object->key()});
        else
            m_byUid.remove(object->uid);
    }
    for (const QString &uid : ownerUids(object)) {
        if (add) {
            m_dependents[uid].insert({object->typeId, object->key()});
        } else {
            auto it = m_dependents.find(uid);
            if (it != m_dependents.end()) {
                it->remove({object->typeId, object->key()});
                if (it->isEmpty())
                    m_dependents.erase(it);
            }
        }
    }
}

ObjectPtr ObjectStore::put(int typeId, QJsonObject json)
{
    ObjectPtr object = makeObject(typeId, std::move(json), ++m_rv);
    auto &bucket = m_objects[typeId];
    auto it = bucket.find(object->key());
    ObjectPtr previous;
    if (it != bucket.end()) {
        previous = it->second;
        indexOwners(previous, false);
        it->second = object;
    } else {
        bucket.emplace(object->key(), object);
    }
    indexOwners(object, true);
    record(StoreEvent{previous ? EventType::Modified : EventType::Added, m_rv, typeId, object, previous});
    return object;
}

ObjectPtr ObjectStore::remove(int typeId, const QString &ns, const QString &name)
{
    auto bucket = m_objects.find(typeId);
    if (bucket == m_objects.end())
        return nullptr;
    auto it = bucket->find(ns.isEmpty() ? name : ns + QLatin1Char('/') + name);
    if (it == bucket->end())
        return nullptr;
    ObjectPtr previous = it->second;
    bucket->erase(it);
    indexOwners(previous, false);
    ObjectPtr deleted = makeObject(typeId, previous->json, ++m_rv);
    record(StoreEvent{EventType::Deleted, m_rv, typeId, deleted, previous});
    return deleted;
}

void ObjectStore::record(StoreEvent event)
{
    m_history.push_back(event);
    while (int(m_history.size()) > m_historyLimit) {
        m_floor = m_history.front().resourceVersion;
        m_history.pop_front();
    }
    Q_EMIT changed(event);
}

size_t ObjectStore::historyIndexAfter(quint64 rv) const
{
    const auto it = std::upper_bound(m_history.begin(), m_history.end(), rv,
                                     [](quint64 v, const StoreEvent &e) { return v < e.resourceVersion; });
    return size_t(it - m_history.begin());
}

void ObjectStore::setHistoryLimit(int events)
{
    m_historyLimit = std::max(1, events);
    while (int(m_history.size()) > m_historyLimit) {
        m_floor = m_history.front().resourceVersion;
        m_history.pop_front();
    }
}

void ObjectStore::compact()
{
    m_history.clear();
    m_floor = m_rv;
}

QString ObjectStore::saveSnapshot(QList<ObjectPtr> items, quint64 rv)
{
    const QString id = QString::number(++m_snapshotCounter);
    m_snapshots.insert(id, Snapshot{std::move(items), rv, QDateTime::currentDateTimeUtc()});
    m_snapshotOrder.append(id);
    while (m_snapshotOrder.size() > 64)
        m_snapshots.remove(m_snapshotOrder.takeFirst());
    return id;
}

const ObjectStore::Snapshot *ObjectStore::snapshot(const QString &id) const
{
    const auto it = m_snapshots.constFind(id);
    if (it == m_snapshots.constEnd())
        return nullptr;
    if (it->created.secsTo(QDateTime::currentDateTimeUtc()) > m_snapshotLifetime)
        return nullptr;
    return &*it;
}

void ObjectStore::expireSnapshots()
{
    m_snapshots.clear();
    m_snapshotOrder.clear();
}

} // namespace shipdeck::kubetest
