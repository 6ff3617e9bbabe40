#pragma once

#include "backend/core/result.h"

#include <QJsonObject>

namespace shipdeck::ConfigDemo {

// Creates the demo configuration repository (base, development/staging/production overlays,
// schemas, a pending migration, four commits) at dir; an existing repository is left alone.
Result<QJsonObject> seedRepository(const QString &dir);

} // namespace shipdeck::ConfigDemo
