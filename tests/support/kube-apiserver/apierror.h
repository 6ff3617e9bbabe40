#pragma once

#include "backend/core/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shipdeck::kubetest {

// Kubernetes API errors travel as shipdeck::Error with the HTTP code, the Status reason and the
// Status details attached, so that every layer uses Result<T> and the HTTP layer turns the error
// into a faithful meta/v1 Status object.
Error apiError(int httpCode, const QString &reason, const QString &message);
Error notFound(const QString &resource, const QString &name);
Error alreadyExists(const QString &resource, const QString &name);
Error conflict(const QString &resource, const QString &name, const QString &why);
Error invalid(const QString &kind, const QString &name, const QJsonArray &causes);
Error badRequest(const QString &message);
Error methodNotAllowed(const QString &message);
Error gone(const QString &message);
Error tooManyRequests(const QString &message, int retryAfterSeconds);
Error internalError(const QString &message);

// One entry of details.causes for a 422 Invalid.
QJsonObject fieldCause(const QString &reason, const QString &field, const QString &message);

int httpCodeOf(const Error &error);
int retryAfterOf(const Error &error);
// meta/v1 Status for an error.
QJsonObject statusObject(const Error &error);
QJsonObject successStatus(const QJsonObject &details = {});

} // namespace shipdeck::kubetest
