#pragma once

#include "backend/core/result.h"

#include <QFuture>
#include <QJsonObject>

namespace shipdeck {

class BackendCore;

// Fills a freshly created workspace with the demo content. Each module that has demo content
// adds it here; the future finishes when everything is in place. Runs on the backend thread.
namespace DemoWorkspace {
QFuture<Result<QJsonObject>> seed(BackendCore &core);
}

} // namespace shipdeck
