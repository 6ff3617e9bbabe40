#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace shipdeck::ctl {

class CtlContext;

// One top-level command of shipdeckctl ("workspace", "jobs", ...). Commands register
// themselves from their own source file with SD_CTL_COMMAND.
struct CtlCommand
{
    QString name;
    QString summary;  // one line for `shipdeckctl help`
    QString usage;    // full help text for `shipdeckctl help NAME`
    std::function<int(CtlContext &context, const QStringList &args)> run;
};

namespace CtlRegistry {
bool add(CtlCommand command);
QList<CtlCommand> all();
const CtlCommand *find(const QString &name);
} // namespace CtlRegistry

// Exit codes (documented in docs/cli.md).
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,       // the operation failed
    ExitUsage = 2,         // bad command line
    ExitNotFound = 3,      // no such workspace, job, rollout ...
    ExitWorkspace = 4,     // workspace unusable: damaged, read-only, newer schema, disk full
    ExitRefused = 5,       // not valid in the current state (conflict, precondition)
    ExitCheckFailed = 6,   // a check found problems
    ExitUnavailable = 7,   // timeout, network, dependency down
    ExitCancelled = 130,
};

} // namespace shipdeck::ctl

#define SD_CTL_COMMAND(id, ...) \
    static const bool sdCtlCommand_##id = ::shipdeck::ctl::CtlRegistry::add(__VA_ARGS__)
