// Review objects that are answered, never stored: SelfSubjectAccessReview, SubjectAccessReview,
// SelfSubjectRulesReview and SelfSubjectReview (kubectl auth can-i / whoami).
#include "apihandler.h"

#include "apierror.h"
#include "jsonutil.h"

namespace shipdeck::kubetest {

void ApiHandler::review(HttpExchange *exchange, const RequestInfo &info, const ResourceType &type, const UserInfo &user)
{
    Q_UNUSED(info);
    auto body = parseBody(exchange->request());
    if (!body)
        return sendError(exchange, body.error());
    QJsonObject review = body.value();
    review.insert(QStringLiteral("apiVersion"), type.apiVersion());
    review.insert(QStringLiteral("kind"), type.kind);
    QJsonObject meta = review.value(QLatin1String("metadata")).toObject();
    meta.insert(QStringLiteral("creationTimestamp"), QJsonValue::Null);
    review.insert(QStringLiteral("metadata"), meta);
    const QJsonObject spec = review.value(QLatin1String("spec")).toObject();
    QJsonObject status;
    if (type.resource == QLatin1String("selfsubjectreviews")) {
        QJsonArray groups;
        for (const QString &g : user.groups)
            groups.append(g);
        status.insert(QStringLiteral("userInfo"), QJsonObject{{QStringLiteral("username"), user.name}, {QStringLiteral("groups"), groups}});
    } else if (type.resource == QLatin1String("selfsubjectrulesreviews")) {
        status.insert(QStringLiteral("resourceRules"), m_ctx.access->resourceRules(user, spec.value(QLatin1String("namespace")).toString()));
        status.insert(QStringLiteral("nonResourceRules"),
                      QJsonArray{QJsonObject{{QStringLiteral("verbs"), QJsonArray{QStringLiteral("get")}},
                                             {QStringLiteral("nonResourceURLs"), QJsonArray{QStringLiteral("/api"), QStringLiteral("/api/*"),
                                                                                              QStringLiteral("/apis"), QStringLiteral("/apis/*"),
                                                                                              QStringLiteral("/version"), QStringLiteral("/healthz")}}}});
        status.insert(QStringLiteral("incomplete"), false);
    } else {
        UserInfo subject = user;
        if (type.resource == QLatin1String("subjectaccessreviews")) {
            subject.name = spec.value(QLatin1String("user")).toString();
            subject.groups.clear();
            for (const auto &g : spec.value(QLatin1String("groups")).toArray())
                subject.groups.append(g.toString());
        }
        const QJsonObject attributes = spec.value(QLatin1String("resourceAttributes")).toObject();
        bool allowed = false;
        if (!attributes.isEmpty()) {
            allowed = m_ctx.access->allowed(subject, attributes.value(QLatin1String("verb")).toString(),
                                            attributes.value(QLatin1String("group")).toString(),
                                            attributes.value(QLatin1String("resource")).toString(),
                                            attributes.value(QLatin1String("subresource")).toString(),
                                            attributes.value(QLatin1String("namespace")).toString());
        } else if (spec.contains(QLatin1String("nonResourceAttributes"))) {
            const QString verb = valueAt(spec, QStringLiteral("nonResourceAttributes.verb")).toString();
            allowed = subject.groups.contains(QStringLiteral("system:masters")) || verb == QLatin1String("get");
        } else {
            return sendError(exchange, invalid(type.kind, QString(), {fieldCause(QStringLiteral("FieldValueRequired"), QStringLiteral("spec.resourceAttributes"),
                                                                                  QStringLiteral("Required value: exactly one of nonResourceAttributes or resourceAttributes must be specified"))}));
        }
        status.insert(QStringLiteral("allowed"), allowed);
        if (allowed)
            status.insert(QStringLiteral("reason"), subject.groups.contains(QStringLiteral("system:masters"))
                                                        ? QStringLiteral("allowed: member of system:masters")
                                                        : QStringLiteral("allowed by a rule of user \"%1\"").arg(subject.name));
    }
    review.insert(QStringLiteral("status"), status);
    sendJson(exchange, 201, toCompactJson(review));
}

} // namespace shipdeck::kubetest
