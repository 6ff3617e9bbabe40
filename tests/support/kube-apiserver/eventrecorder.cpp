#include "eventrecorder.h"

#include "clusterapi.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "resourceregistry.h"
#include "servercontext.h"

#include <QRandomGenerator>

namespace shipdeck::kubetest {

EventRecorder::EventRecorder(ServerContext &context, QObject *parent) : QObject(parent), m_ctx(context) {}

void EventRecorder::record(const ObjectPtr &involved, const QString &type, const QString &reason, const QString &message,
                           const QString &component)
{
    if (!involved)
        return;
    const ResourceTypePtr events = m_ctx.registry->find(QString(), QStringLiteral("v1"), QStringLiteral("events"));
    const QString ns = involved->ns.isEmpty() ? QStringLiteral("default") : involved->ns;
    const QString now = nowTime();
    const QString key = involved->uid + QLatin1Char('|') + reason + QLatin1Char('|') + message;
    if (const QString existing = m_aggregate.value(key); !existing.isEmpty()) {
        if (const ObjectPtr event = m_ctx.store->get(events->id, ns, existing)) {
            QJsonObject json = event->json;
            json.insert(QStringLiteral("count"), json.value(QLatin1String("count")).toInt(1) + 1);
            json.insert(QStringLiteral("lastTimestamp"), now);
            if (m_ctx.api->update(*events, ns, existing, json))
                return;
        }
    }
    const QString name = QStringLiteral("%1.%2").arg(involved->name)
                             .arg(QRandomGenerator::global()->generate64() & Q_UINT64_C(0xffffffffffff), 16, 16, QLatin1Char('0'));
    const QJsonObject meta = involved->metadata();
    QJsonObject involvedRef{{QStringLiteral("kind"), involved->json.value(QLatin1String("kind"))},
                            {QStringLiteral("name"), involved->name},
                            {QStringLiteral("uid"), involved->uid},
                            {QStringLiteral("apiVersion"), involved->json.value(QLatin1String("apiVersion"))},
                            {QStringLiteral("resourceVersion"), meta.value(QLatin1String("resourceVersion"))}};
    if (!involved->ns.isEmpty())
        involvedRef.insert(QStringLiteral("namespace"), involved->ns);
    const QJsonObject event{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), ns}}},
        {QStringLiteral("involvedObject"), involvedRef},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("message"), message},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("component"), component}}},
        {QStringLiteral("firstTimestamp"), now},
        {QStringLiteral("lastTimestamp"), now},
        {QStringLiteral("count"), 1},
        {QStringLiteral("type"), type},
        {QStringLiteral("eventTime"), QJsonValue::Null},
        {QStringLiteral("reportingComponent"), component},
        {QStringLiteral("reportingInstance"), QString()}};
    if (m_ctx.api->create(*events, ns, event))
        m_aggregate.insert(key, name);
}

} // namespace shipdeck::kubetest
