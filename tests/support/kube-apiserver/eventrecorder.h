#pragma once

#include "storedobject.h"

#include <QHash>
#include <QObject>

namespace shipdeck::kubetest {

struct ServerContext;

// Writes core/v1 Events for what the controllers do, aggregated like the real event recorder
// (the same reason and message on the same object increments count and lastTimestamp).
class EventRecorder : public QObject
{
    Q_OBJECT
public:
    explicit EventRecorder(ServerContext &context, QObject *parent = nullptr);

    void record(const ObjectPtr &involved, const QString &type, const QString &reason, const QString &message,
                const QString &component);

private:
    ServerContext &m_ctx;
    QHash<QString, QString> m_aggregate; // uid|reason|message -> event name
};

} // namespace shipdeck::kubetest
