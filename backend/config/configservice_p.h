#pragma once

// Internal to backend/config: what ConfigService's source files share.

#include "backend/config/configservice.h"
#include "backend/config/configworkspace.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace shipdeck {

// What the worker thread owns: the open repository. Reached only from tasks on m_pool.
struct ConfigService::State
{
    QString dir;
    std::unique_ptr<ConfigWorkspace> ws;

    Result<ConfigWorkspace *> workspace()
    {
        if (!ws) {
            if (!GitRepository::isRepository(dir)) {
                return Error(ErrorCode::NotFound, QStringLiteral("there is no configuration repository at %1; create one "
                                                                 "(shipdeckctl config init) or clone one (shipdeckctl config clone URL)").arg(dir));
            }
            SD_TRY(ws, ConfigWorkspace::open(dir));
        }
        return ws.get();
    }
};

// The commit author: the settings when both are set, else git's user.name/user.email, else
// $SHIPDECK_USER@localhost.
inline GitSignature fallbackAuthor(ConfigWorkspace &ws, const GitSignature &fromSettings)
{
    if (!fromSettings.name.isEmpty() && !fromSettings.email.isEmpty())
        return fromSettings;
    if (auto git = ws.git().defaultSignature())
        return *git;
    const QString user = qEnvironmentVariable("SHIPDECK_USER", qEnvironmentVariable("USER", QStringLiteral("shipdeck")));
    return {fromSettings.name.isEmpty() ? user : fromSettings.name,
            fromSettings.email.isEmpty() ? user + QStringLiteral("@localhost") : fromSettings.email};
}

template<typename T, typename F>
QFuture<Result<T>> ConfigService::run(F fn)
{
    auto state = m_state;
    return QtConcurrent::run(m_pool, [state, fn = std::move(fn)]() -> Result<T> {
        SD_TRY(ConfigWorkspace * ws, state->workspace());
        return fn(*ws);
    });
}

} // namespace shipdeck
