#pragma once

#include <QLoggingCategory>
#include <QString>

// One category per backend module; enable with QT_LOGGING_RULES="shipdeck.store.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcBackend)

namespace shipdeck::Logging {

// Sends Qt messages also to DIR/shipdeck.log (rotated at maxBytes, keeping `keep` old files).
// Messages pass through redact() first. Safe to call again with another folder.
void installFileLog(const QString &dir, qint64 maxBytes = 5 * 1024 * 1024, int keep = 3);
void uninstallFileLog();

// Replaces anything that looks like a credential (tokens, passwords, age keys, PEM blocks,
// bearer headers) with "[redacted]". Used for every line written to a log file.
QString redact(const QString &line);

} // namespace shipdeck::Logging
