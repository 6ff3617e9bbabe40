#pragma once

#include <QString>
#include <QStringView>

namespace shipdeck {

// How the cluster views word and order things: kubectl's ages, natural ordering of names and
// numbers, and which cell values carry a status worth a colour.
namespace KubeText {

// kubectl's human duration ("45s", "5m3s", "3h10m", "2d4h", "1y20d").
QString duration(qint64 ms);
// The age of something created at createdMs (0 = unknown: "<unknown>").
QString age(qint64 createdMs, qint64 nowMs);
// Milliseconds since the epoch of an RFC 3339 time, 0 when it is not one.
qint64 parseTime(const QString &rfc3339);

// Compares digit runs as numbers and the rest case-insensitively: pod-2 < pod-10, 1/2 < 10/12.
int naturalCompare(QStringView a, QStringView b);

enum class Severity { None, Ok, Info, Warning, Danger, Muted };
// The meaning of a cell for a resource ("pods", "Status", "CrashLoopBackOff" → Danger).
Severity severity(const QString &resource, const QString &column, const QString &value);

// Columns whose values are counts (right-aligned).
bool isNumericColumn(const QString &column);
// Columns holding a time the views show as an age.
bool isTimeColumn(const QString &column);

// The translated title of a column the backend names in English.
QString columnTitle(const QString &column);
// The translated plural name of a built-in kind ("pods" → "Pods"); empty when not built in.
QString kindTitle(const QString &resource);

} // namespace KubeText

} // namespace shipdeck
