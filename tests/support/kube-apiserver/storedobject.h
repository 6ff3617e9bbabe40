#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace shipdeck::kubetest {

// An immutable stored object. A write stores a new one; watches and list snapshots share them.
struct StoredObject
{
    int typeId = -1;
    QString ns;
    QString name;
    QString uid;
    quint64 resourceVersion = 0;
    QJsonObject json;

    QString key() const { return ns.isEmpty() ? name : ns + QLatin1Char('/') + name; }
    QJsonObject metadata() const { return json.value(QLatin1String("metadata")).toObject(); }
    // Compact JSON, computed once.
    const QByteArray &bytes() const;

private:
    mutable QByteArray m_bytes;
};

using ObjectPtr = std::shared_ptr<const StoredObject>;

enum class EventType { Added, Modified, Deleted };

QByteArray eventTypeName(EventType type);

// One change, as kept in the watch history.
struct StoreEvent
{
    EventType type = EventType::Added;
    quint64 resourceVersion = 0;
    int typeId = -1;
    ObjectPtr object;   // state after the change (for DELETED: the last state, with the deletion's RV)
    ObjectPtr previous; // state before the change (null for ADDED)
};

} // namespace shipdeck::kubetest
