#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace shipdeck {

// The PATH of the user's login shell. A desktop program started from a launcher does not
// inherit it, so credential plugins (aws, gke-gcloud-auth-plugin, kubelogin …) would not be
// found. The login shell is asked once per process (asynchronously, with a timeout) and the
// answer is cached; the process PATH is appended so nothing that worked before is lost.
class LoginShellEnvironment
{
public:
    // Calls `done(path)` on `context`'s thread: at once when cached, otherwise after asking
    // the login shell ($SHELL -l -c …). Never blocks.
    static void path(QObject *context, std::function<void(const QString &path)> done);
    // The cached PATH, or the process PATH when the shell has not been asked yet.
    static QString cachedPath();
    // Forgets the cached answer (tests change $SHELL between cases).
    static void reset();
    // Joins login-shell and process PATH entries, login shell first, without duplicates.
    static QString mergePaths(const QString &loginPath, const QString &processPath);
    static int timeoutMs();
};

} // namespace shipdeck
