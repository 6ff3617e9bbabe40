#include "backend/kube/kubestatus.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace shipdeck {

namespace {

ErrorCode codeFor(int http, const QString &reason)
{
    if (reason == QLatin1String("AlreadyExists"))
        return ErrorCode::AlreadyExists;
    if (reason == QLatin1String("Expired") || reason == QLatin1String("Gone"))
        return ErrorCode::FailedPrecondition;
    switch (http) {
    case 400: return ErrorCode::InvalidArgument;
    case 401: return ErrorCode::Unauthenticated;
    case 403: return ErrorCode::PermissionDenied;
    case 404: return ErrorCode::NotFound;
    case 405: return ErrorCode::Unsupported;
    case 406: return ErrorCode::Unsupported;
    case 409: return ErrorCode::Conflict;
    case 410: return ErrorCode::FailedPrecondition;
    case 415: return ErrorCode::Unsupported;
    case 422: return ErrorCode::Validation;
    case 429: return ErrorCode::ResourceExhausted;
    case 500: return ErrorCode::Internal;
    case 502:
    case 503: return ErrorCode::Unavailable;
    case 504: return ErrorCode::Timeout;
    default: break;
    }
    if (http >= 500)
        return ErrorCode::Unavailable;
    return ErrorCode::Unknown;
}

QString defaultReason(int http)
{
    switch (http) {
    case 400: return QStringLiteral("BadRequest");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("NotFound");
    case 405: return QStringLiteral("MethodNotAllowed");
    case 409: return QStringLiteral("Conflict");
    case 410: return QStringLiteral("Gone");
    case 415: return QStringLiteral("UnsupportedMediaType");
    case 422: return QStringLiteral("Invalid");
    case 429: return QStringLiteral("TooManyRequests");
    case 500: return QStringLiteral("InternalError");
    case 503: return QStringLiteral("ServiceUnavailable");
    case 504: return QStringLiteral("Timeout");
    default: return QString();
    }
}

} // namespace

Error kubeStatusError(int httpStatus, const QByteArray &body, const QString &what)
{
    const QJsonObject status = QJsonDocument::fromJson(body).object();
    QString message;
    QString reason;
    int code = httpStatus;
    int retryAfter = 0;
    if (status.value(QLatin1String("kind")).toString() == QLatin1String("Status")) {
        message = status.value(QLatin1String("message")).toString();
        reason = status.value(QLatin1String("reason")).toString();
        if (status.value(QLatin1String("code")).toInt() > 0)
            code = status.value(QLatin1String("code")).toInt();
        retryAfter = status.value(QLatin1String("details")).toObject().value(QLatin1String("retryAfterSeconds")).toInt();
    }
    if (reason.isEmpty())
        reason = defaultReason(code);
    if (message.isEmpty()) {
        const QString text = QString::fromUtf8(body.left(300)).trimmed();
        message = text.isEmpty() ? QStringLiteral("the server answered HTTP %1").arg(code) : text;
    }
    if (code == 401)
        message += QStringLiteral(" (the credentials were rejected; they may have expired)");
    Error e(codeFor(code, reason), QStringLiteral("%1: %2 (%3, HTTP %4)").arg(what, message, reason.isEmpty() ? QStringLiteral("error") : reason).arg(code));
    e = e.withDetail(QStringLiteral("httpStatus"), code).withDetail(QStringLiteral("reason"), reason);
    if (retryAfter > 0)
        e = e.withDetail(QStringLiteral("retryAfterSeconds"), retryAfter);
    return e;
}

bool isKubeGone(const Error &error)
{
    const QString reason = kubeReason(error);
    return kubeHttpStatus(error) == 410 || reason == QLatin1String("Expired") || reason == QLatin1String("Gone");
}

int kubeHttpStatus(const Error &error)
{
    return error.details().value(QStringLiteral("httpStatus")).toInt();
}

QString kubeReason(const Error &error)
{
    return error.details().value(QStringLiteral("reason")).toString();
}

} // namespace shipdeck
