#include "apierror.h"

namespace shipdeck::kubetest {

namespace {
const QString kCode = QStringLiteral("httpCode");
const QString kReason = QStringLiteral("reason");
const QString kDetails = QStringLiteral("statusDetails");
const QString kRetryAfter = QStringLiteral("retryAfter");

ErrorCode errorCodeFor(int httpCode)
{
    switch (httpCode) {
    case 400: return ErrorCode::InvalidArgument;
    case 401: return ErrorCode::Unauthenticated;
    case 403: return ErrorCode::PermissionDenied;
    case 404: return ErrorCode::NotFound;
    case 405: return ErrorCode::Unsupported;
    case 409: return ErrorCode::Conflict;
    case 410: return ErrorCode::FailedPrecondition;
    case 413: return ErrorCode::ResourceExhausted;
    case 415: return ErrorCode::Unsupported;
    case 422: return ErrorCode::Validation;
    case 429: return ErrorCode::ResourceExhausted;
    case 504: return ErrorCode::Timeout;
    default: return httpCode >= 500 ? ErrorCode::Internal : ErrorCode::Unknown;
    }
}

QJsonObject nameDetails(const QString &resource, const QString &name)
{
    // "deployments.apps" -> group apps, kind deployments (the API server reports the resource).
    const qsizetype dot = resource.indexOf(QLatin1Char('.'));
    QJsonObject details{{QStringLiteral("name"), name},
                        {QStringLiteral("kind"), dot < 0 ? resource : resource.left(dot)}};
    if (dot >= 0)
        details.insert(QStringLiteral("group"), resource.mid(dot + 1));
    return details;
}
} // namespace

Error apiError(int httpCode, const QString &reason, const QString &message)
{
    return Error(errorCodeFor(httpCode), message).withDetail(kCode, httpCode).withDetail(kReason, reason);
}

Error notFound(const QString &resource, const QString &name)
{
    return apiError(404, QStringLiteral("NotFound"), QStringLiteral("%1 \"%2\" not found").arg(resource, name))
        .withDetail(kDetails, nameDetails(resource, name));
}

Error alreadyExists(const QString &resource, const QString &name)
{
    return apiError(409, QStringLiteral("AlreadyExists"),
                    QStringLiteral("%1 \"%2\" already exists").arg(resource, name))
        .withDetail(kDetails, nameDetails(resource, name));
}

Error conflict(const QString &resource, const QString &name, const QString &why)
{
    return apiError(409, QStringLiteral("Conflict"),
                    QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": %3").arg(resource, name, why))
        .withDetail(kDetails, nameDetails(resource, name));
}

Error invalid(const QString &kind, const QString &name, const QJsonArray &causes)
{
    QStringList parts;
    for (const auto &cause : causes) {
        const QJsonObject c = cause.toObject();
        parts.append(QStringLiteral("%1: %2").arg(c.value(QStringLiteral("field")).toString(),
                                                  c.value(QStringLiteral("message")).toString()));
    }
    const QString message = QStringLiteral("%1 \"%2\" is invalid: %3").arg(kind, name, parts.join(QStringLiteral(", ")));
    QJsonObject details{{QStringLiteral("name"), name}, {QStringLiteral("kind"), kind}, {QStringLiteral("causes"), causes}};
    return apiError(422, QStringLiteral("Invalid"), message).withDetail(kDetails, details);
}

Error badRequest(const QString &message) { return apiError(400, QStringLiteral("BadRequest"), message); }

Error methodNotAllowed(const QString &message)
{
    return apiError(405, QStringLiteral("MethodNotAllowed"), message);
}

Error gone(const QString &message) { return apiError(410, QStringLiteral("Expired"), message); }

Error tooManyRequests(const QString &message, int retryAfterSeconds)
{
    return apiError(429, QStringLiteral("TooManyRequests"), message)
        .withDetail(kRetryAfter, retryAfterSeconds)
        .withDetail(kDetails, QJsonObject{{QStringLiteral("retryAfterSeconds"), retryAfterSeconds}});
}

Error internalError(const QString &message)
{
    return apiError(500, QStringLiteral("InternalError"), message);
}

QJsonObject fieldCause(const QString &reason, const QString &field, const QString &message)
{
    return {{QStringLiteral("reason"), reason}, {QStringLiteral("field"), field}, {QStringLiteral("message"), message}};
}

int httpCodeOf(const Error &error)
{
    const QVariant code = error.details().value(kCode);
    if (code.isValid())
        return code.toInt();
    switch (error.code()) {
    case ErrorCode::NotFound: return 404;
    case ErrorCode::AlreadyExists:
    case ErrorCode::Conflict: return 409;
    case ErrorCode::InvalidArgument:
    case ErrorCode::Parse: return 400;
    case ErrorCode::Validation: return 422;
    case ErrorCode::Unauthenticated: return 401;
    case ErrorCode::PermissionDenied: return 403;
    case ErrorCode::ResourceExhausted: return 429;
    case ErrorCode::Unsupported: return 415;
    case ErrorCode::Timeout: return 504;
    default: return 500;
    }
}

int retryAfterOf(const Error &error) { return error.details().value(kRetryAfter, 0).toInt(); }

QJsonObject statusObject(const Error &error)
{
    const int code = httpCodeOf(error);
    QString reason = error.details().value(kReason).toString();
    if (reason.isEmpty())
        reason = code == 500 ? QStringLiteral("InternalError") : QStringLiteral("BadRequest");
    QJsonObject status{{QStringLiteral("kind"), QStringLiteral("Status")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("metadata"), QJsonObject{}},
                       {QStringLiteral("status"), QStringLiteral("Failure")},
                       {QStringLiteral("message"), error.toString()},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("code"), code}};
    const QVariant details = error.details().value(kDetails);
    if (details.isValid())
        status.insert(QStringLiteral("details"), details.toJsonObject());
    return status;
}

QJsonObject successStatus(const QJsonObject &details)
{
    QJsonObject status{{QStringLiteral("kind"), QStringLiteral("Status")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("metadata"), QJsonObject{}},
                       {QStringLiteral("status"), QStringLiteral("Success")}};
    if (!details.isEmpty())
        status.insert(QStringLiteral("details"), details);
    return status;
}

} // namespace shipdeck::kubetest
