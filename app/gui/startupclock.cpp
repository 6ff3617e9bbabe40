#include "startupclock.h"

#include <QFile>
#include <QList>

#include <unistd.h>

namespace shipdeck {

qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray statLine = stat.readAll();
    // Field 22 (starttime, in clock ticks since boot) counts after the ")" closing the name.
    const QList<QByteArray> fields = statLine.mid(statLine.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble();
    const double uptimeSeconds = uptime.readAll().split(' ').value(0).toDouble();
    const double ticksPerSecond = double(sysconf(_SC_CLK_TCK));
    return qint64((uptimeSeconds - startTicks / ticksPerSecond) * 1000.0);
}

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

} // namespace shipdeck
