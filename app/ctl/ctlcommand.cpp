#include "ctlcommand.h"

#include <algorithm>

namespace shipdeck::ctl::CtlRegistry {

namespace {
QList<CtlCommand> &commands()
{
    static QList<CtlCommand> list;
    return list;
}
} // namespace

bool add(CtlCommand command)
{
    commands().append(std::move(command));
    return true;
}

QList<CtlCommand> all()
{
    QList<CtlCommand> sorted = commands();
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return sorted;
}

const CtlCommand *find(const QString &name)
{
    for (const auto &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace shipdeck::ctl::CtlRegistry
