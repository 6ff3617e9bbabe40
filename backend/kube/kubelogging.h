#pragma once

#include <QLoggingCategory>

// Kubernetes client messages; enable with QT_LOGGING_RULES="shipdeck.kube.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcKube)
