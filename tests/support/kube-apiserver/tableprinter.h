#pragma once

#include "storedobject.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace shipdeck::kubetest {

struct ResourceType;

// Server-side printing (meta.k8s.io/v1 Table) with the columns the real API server's printers
// produce for each built-in kind and a CRD's additionalPrinterColumns, so that `kubectl get`
// shows what it shows against a cluster.
class TablePrinter
{
public:
    enum class Include { None, Metadata, Object };
    static Include includeFrom(const QString &includeObject);

    static QJsonArray columns(const ResourceType &type);
    static QJsonArray cells(const ResourceType &type, const QJsonObject &object);
    static QJsonObject row(const ResourceType &type, const QJsonObject &object, Include include);
    static QJsonObject table(const ResourceType &type, const QList<ObjectPtr> &objects, Include include,
                             const QJsonObject &listMeta, bool withColumns = true);
    // "5m", "3h12m", "2d": how the API server renders an age.
    static QString humanDuration(qint64 seconds);
    static QString age(const QString &timestamp);
};

} // namespace shipdeck::kubetest
