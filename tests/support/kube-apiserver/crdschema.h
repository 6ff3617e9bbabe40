#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace shipdeck::kubetest {

// Validation and pruning of a custom resource against its structural openAPIV3Schema, as the
// API server does for CRDs: types (with x-kubernetes-int-or-string and nullable), required,
// enum, minimum/maximum; unknown fields are dropped unless x-kubernetes-preserve-unknown-fields.
class CrdSchema
{
public:
    // Returns the 422 causes; value is pruned in place.
    static QJsonArray validate(const QJsonObject &schema, QJsonObject &object);

private:
    static void check(const QJsonObject &schema, QJsonValue &value, const QString &path, QJsonArray &causes, bool root);
};

} // namespace shipdeck::kubetest
