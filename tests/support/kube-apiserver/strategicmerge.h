#pragma once

#include "backend/core/result.h"
#include "schemaindex.h"

#include <QJsonObject>

namespace shipdeck::kubetest {

// Strategic merge patch as the API server applies it (k8s.io/apimachinery strategicpatch):
// lists merge by their x-kubernetes-patch-merge-key, and the directives $patch (replace,
// delete, merge), $retainKeys, $setElementOrder/<list> and $deleteFromPrimitiveList/<list> are
// honoured. Patch strategies come from the OpenAPI schema of the kind; where none is known, the
// merge keys of the core types (containers by name, ports by containerPort ...) are used.
class StrategicMerge
{
public:
    static Result<QJsonObject> apply(const QJsonObject &original, const QJsonObject &patch, const SchemaNode &schema);
};

} // namespace shipdeck::kubetest
