#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace shipdeck::kubetest {

struct ResourceType;

// Field validation in the API server's words: each problem is a details.causes entry
// (FieldValueRequired, FieldValueInvalid, FieldValueForbidden ...). An empty array means valid.
class Validation
{
public:
    static QJsonArray validate(const ResourceType &type, const QJsonObject &object, const QJsonObject *old);
    static bool isDnsSubdomain(const QString &name);
    static bool isDnsLabel(const QString &name);
};

} // namespace shipdeck::kubetest
