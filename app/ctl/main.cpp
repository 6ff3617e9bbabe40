// shipdeckctl: the headless face of Shipdeck. Links the backend only (no QtGui/QtWidgets).
#include "ctlcommand.h"
#include "ctlcontext.h"

#include <QCoreApplication>

using namespace shipdeck::ctl;

namespace {
const char *kUsage =
    "usage: shipdeckctl [--workspace DIR] [--json] [--quiet] COMMAND [ARGS...]\n"
    "\n"
    "Global options:\n"
    "  -w, --workspace DIR   workspace folder (default: $SHIPDECK_WORKSPACE or the platform default)\n"
    "  --json                machine-readable output on stdout, errors as JSON on stderr\n"
    "  -q, --quiet           print only what scripts need\n"
    "  -h, --help            this help; `shipdeckctl help COMMAND` for a command\n";

int printHelp(CtlContext &context, const QString &command)
{
    if (!command.isEmpty()) {
        const CtlCommand *found = CtlRegistry::find(command);
        if (!found)
            return context.usage(QStringLiteral("unknown command '%1'").arg(command), QString::fromLatin1(kUsage));
        context.out() << found->usage << Qt::endl;
        return ExitOk;
    }
    context.out() << kUsage << "\nCommands:\n";
    for (const auto &c : CtlRegistry::all())
        context.out() << "  " << c.name.leftJustified(14) << c.summary << '\n';
    context.out() << "\nExit codes: 0 ok, 1 failed, 2 usage, 3 not found, 4 workspace unusable, 5 refused,\n"
                     "6 check found problems, 7 unavailable/timeout, 130 cancelled.\n";
    context.out().flush();
    return ExitOk;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Shipdeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("Shipdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHIPDECK_VERSION));

    CtlContext context;
    QStringList args = app.arguments().mid(1);
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--json")) {
            context.json = true;
        } else if (option == QLatin1String("-q") || option == QLatin1String("--quiet")) {
            context.quiet = true;
        } else if (option == QLatin1String("-w") || option == QLatin1String("--workspace")) {
            if (args.isEmpty())
                return context.usage(QStringLiteral("%1 needs a folder").arg(option), QString::fromLatin1(kUsage));
            context.workspaceDir = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--workspace="))) {
            context.workspaceDir = option.mid(12);
        } else if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            return printHelp(context, {});
        } else if (option == QLatin1String("--version")) {
            args.prepend(QStringLiteral("version"));
            break;
        } else {
            return context.usage(QStringLiteral("unknown option '%1'").arg(option), QString::fromLatin1(kUsage));
        }
    }
    if (args.isEmpty())
        return printHelp(context, {});
    const QString name = args.takeFirst();
    if (name == QLatin1String("help"))
        return printHelp(context, args.value(0));
    const CtlCommand *command = CtlRegistry::find(name);
    if (!command)
        return context.usage(QStringLiteral("unknown command '%1'").arg(name), QString::fromLatin1(kUsage));
    // `COMMAND --help` (or `COMMAND -h`) prints the command's usage instead of running it.
    if (args.contains(QLatin1String("--help")) || args.value(0) == QLatin1String("-h"))
        return printHelp(context, name);
    // Per-command options (--json etc.) may also follow the command.
    for (auto it = args.begin(); it != args.end();) {
        if (*it == QLatin1String("--json")) {
            context.json = true;
            it = args.erase(it);
        } else if (*it == QLatin1String("-w") || *it == QLatin1String("--workspace")) {
            it = args.erase(it);
            if (it == args.end())
                return context.usage(QStringLiteral("--workspace needs a folder"), command->usage);
            context.workspaceDir = *it;
            it = args.erase(it);
        } else {
            ++it;
        }
    }
    return command->run(context, args);
}
