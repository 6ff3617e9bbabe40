#pragma once

#include "backend/core/error.h"

#include <QByteArray>
#include <QString>

namespace shipdeck {

// Turns an API server answer into an Error: the Status object's message and reason when the
// body is one (kind: Status), otherwise the HTTP status and the start of the body. `what`
// names the request ("GET /api/v1/namespaces/x/pods/y"). Details carry httpStatus, reason
// and (for 429) retryAfterSeconds.
Error kubeStatusError(int httpStatus, const QByteArray &body, const QString &what);

// True when the error is a 410 Gone / reason Expired or Gone (the informer relists).
bool isKubeGone(const Error &error);
// The HTTP status recorded in an error's details (0 when none).
int kubeHttpStatus(const Error &error);
// The Status reason recorded in an error's details ("NotFound", "Conflict" …).
QString kubeReason(const Error &error);

} // namespace shipdeck
