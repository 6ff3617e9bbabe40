#include "patcher.h"

#include "apierror.h"
#include "resourcetype.h"
#include "strategicmerge.h"

#include <QJsonDocument>

#include <nlohmann/json.hpp>

namespace shipdeck::kubetest {

namespace {
Result<nlohmann::json> toNlohmann(const QByteArray &bytes, const QString &what)
{
    try {
        return nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const nlohmann::json::exception &e) {
        return badRequest(QStringLiteral("%1 is not valid JSON: %2").arg(what, QString::fromUtf8(e.what())));
    }
}

Result<QJsonObject> fromNlohmann(const nlohmann::json &json)
{
    const std::string text = json.dump();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    if (!doc.isObject())
        return apiError(422, QStringLiteral("Invalid"), QStringLiteral("the patch result is not a JSON object"));
    return doc.object();
}

Error patchFailed(const QString &why)
{
    return apiError(422, QStringLiteral("Invalid"), QStringLiteral("the server rejected our request due to an error in our request: %1").arg(why))
        .withDetail(QStringLiteral("statusDetails"),
                    QJsonObject{{QStringLiteral("causes"),
                                 QJsonArray{fieldCause(QStringLiteral("FieldValueInvalid"), QString(), why)}}});
}
} // namespace

Result<PatchType> Patcher::typeFor(const QByteArray &contentType, const ResourceType &type)
{
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    if (mime == "application/merge-patch+json")
        return PatchType::Merge;
    if (mime == "application/json-patch+json")
        return PatchType::Json;
    if (mime == "application/apply-patch+yaml" || mime == "application/apply-patch+cbor")
        return PatchType::Apply;
    if (mime == "application/strategic-merge-patch+json") {
        if (type.custom)
            return apiError(415, QStringLiteral("UnsupportedMediaType"),
                            QStringLiteral("the body of the request was in an unknown format - accepted media types include: "
                                           "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml"));
        return PatchType::Strategic;
    }
    return apiError(415, QStringLiteral("UnsupportedMediaType"),
                    QStringLiteral("the body of the request was in an unknown format - accepted media types include: "
                                   "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, "
                                   "application/strategic-merge-patch+json (got \"%1\")").arg(QString::fromLatin1(mime)));
}

Result<QJsonObject> Patcher::mergePatch(const QJsonObject &original, const QJsonObject &patch)
{
    SD_TRY(nlohmann::json target, toNlohmann(QJsonDocument(original).toJson(QJsonDocument::Compact), QStringLiteral("the object")));
    SD_TRY(nlohmann::json p, toNlohmann(QJsonDocument(patch).toJson(QJsonDocument::Compact), QStringLiteral("the patch")));
    target.merge_patch(p);
    return fromNlohmann(target);
}

Result<QJsonObject> Patcher::apply(PatchType patchType, const QJsonObject &original, const QByteArray &patch,
                                   const SchemaNode &schema)
{
    SD_TRY(nlohmann::json p, toNlohmann(patch, QStringLiteral("the patch body")));
    switch (patchType) {
    case PatchType::Json: {
        if (!p.is_array())
            return badRequest(QStringLiteral("json: cannot unmarshal %1 into Go value of type jsonpatch.Patch").arg(QString::fromLatin1(p.type_name())));
        SD_TRY(nlohmann::json target, toNlohmann(QJsonDocument(original).toJson(QJsonDocument::Compact), QStringLiteral("the object")));
        try {
            return fromNlohmann(target.patch(p));
        } catch (const nlohmann::json::exception &e) {
            return patchFailed(QString::fromUtf8(e.what()));
        }
    }
    case PatchType::Merge:
    case PatchType::Apply: {
        if (!p.is_object())
            return badRequest(QStringLiteral("a merge patch must be a JSON object"));
        SD_TRY(nlohmann::json target, toNlohmann(QJsonDocument(original).toJson(QJsonDocument::Compact), QStringLiteral("the object")));
        target.merge_patch(p);
        return fromNlohmann(target);
    }
    case PatchType::Strategic: {
        const QJsonDocument doc = QJsonDocument::fromJson(patch);
        if (!doc.isObject())
            return badRequest(QStringLiteral("a strategic merge patch must be a JSON object"));
        return StrategicMerge::apply(original, doc.object(), schema);
    }
    }
    return badRequest(QStringLiteral("unknown patch type"));
}

} // namespace shipdeck::kubetest
