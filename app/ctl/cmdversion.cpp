#include "ctlcommand.h"
#include "ctlcontext.h"

#include "backend/store/migrations.h"

#include <QJsonObject>
#include <QLibraryInfo>

#include <sqlite3.h>

namespace shipdeck::ctl {
namespace {

int runVersion(CtlContext &context, const QStringList &)
{
    const QJsonObject info{
        {QStringLiteral("shipdeck"), QStringLiteral(SHIPDECK_VERSION)},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("schema"), Migrations::latestVersion()},
    };
    if (context.json) {
        context.printJson(info);
    } else {
        context.out() << "shipdeckctl " << SHIPDECK_VERSION << " (Qt " << qVersion() << ", SQLite "
                      << sqlite3_libversion() << ", workspace schema " << Migrations::latestVersion() << ")"
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace

SD_CTL_COMMAND(version, {QStringLiteral("version"), QStringLiteral("print the version of Shipdeck and its parts"),
                         QStringLiteral("usage: shipdeckctl version [--json]"), runVersion});

} // namespace shipdeck::ctl
