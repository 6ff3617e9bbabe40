#pragma once

#include "backend/core/result.h"
#include "schemaindex.h"

#include <QByteArray>
#include <QJsonObject>

namespace shipdeck::kubetest {

struct ResourceType;

enum class PatchType { Merge, Json, Strategic, Apply };

// Applies the PATCH kinds the API server accepts, chosen by Content-Type:
// application/merge-patch+json (RFC 7386), application/json-patch+json (RFC 6902) — both through
// nlohmann::json, which implements the RFCs — and application/strategic-merge-patch+json
// (StrategicMerge; refused for custom resources, like the real server does).
class Patcher
{
public:
    static Result<PatchType> typeFor(const QByteArray &contentType, const ResourceType &type);
    static Result<QJsonObject> apply(PatchType patchType, const QJsonObject &original, const QByteArray &patch,
                                     const SchemaNode &schema);
    static Result<QJsonObject> mergePatch(const QJsonObject &original, const QJsonObject &patch);
};

} // namespace shipdeck::kubetest
