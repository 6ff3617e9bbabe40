#include "backend/kube/loginshellenvironment.h"

#include "backend/kube/kubelogging.h"

#include <QMutex>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <optional>

namespace shipdeck {

namespace {

const QByteArray kBegin = QByteArrayLiteral("__SHIPDECK_PATH_BEGIN__");
const QByteArray kEnd = QByteArrayLiteral("__SHIPDECK_PATH_END__");

struct State
{
    QMutex mutex;
    std::optional<QString> path;
    int generation = 0;
};

State &state()
{
    static State s;
    return s;
}

QString shellProgram()
{
    const QString shell = qEnvironmentVariable("SHELL");
    return shell.isEmpty() ? QStringLiteral("/bin/sh") : shell;
}

} // namespace

int LoginShellEnvironment::timeoutMs() { return 5000; }

QString LoginShellEnvironment::mergePaths(const QString &loginPath, const QString &processPath)
{
    QStringList out;
    for (const QString &p : loginPath.split(QLatin1Char(':'), Qt::SkipEmptyParts) + processPath.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        if (!out.contains(p))
            out.append(p);
    }
    return out.join(QLatin1Char(':'));
}

QString LoginShellEnvironment::cachedPath()
{
    QMutexLocker lock(&state().mutex);
    return state().path.value_or(qEnvironmentVariable("PATH"));
}

void LoginShellEnvironment::reset()
{
    QMutexLocker lock(&state().mutex);
    state().path.reset();
    ++state().generation;
}

void LoginShellEnvironment::path(QObject *context, std::function<void(const QString &)> done)
{
    int generation = 0;
    {
        QMutexLocker lock(&state().mutex);
        if (state().path) {
            const QString p = *state().path;
            lock.unlock();
            done(p);
            return;
        }
        generation = state().generation;
    }
    auto *process = new QProcess(context);
    process->setProgram(shellProgram());
    // printf of a marked value survives greetings and motd lines the login files may print.
    process->setArguments({QStringLiteral("-l"), QStringLiteral("-c"),
                           QStringLiteral("printf '\\n%s%s%s\\n' '%1' \"$PATH\" '%2'")
                               .arg(QString::fromLatin1(kBegin), QString::fromLatin1(kEnd))});
    process->setStandardInputFile(QProcess::nullDevice());
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto finish = [process, timer, done = std::move(done), generation](bool timedOut) {
        timer->stop();
        const QByteArray out = process->readAllStandardOutput();
        QString login;
        const int b = out.lastIndexOf(kBegin);
        const int e = out.lastIndexOf(kEnd);
        if (!timedOut && b >= 0 && e > b)
            login = QString::fromLocal8Bit(out.mid(b + kBegin.size(), e - b - kBegin.size()));
        else
            qCWarning(lcKube) << "could not read the login shell's PATH from" << process->program()
                              << (timedOut ? "(timed out)" : "") << "; using the process PATH";
        const QString merged = mergePaths(login, qEnvironmentVariable("PATH"));
        {
            QMutexLocker lock(&state().mutex);
            if (state().generation == generation)
                state().path = merged;
        }
        process->disconnect();
        if (process->state() != QProcess::NotRunning)
            process->kill();
        process->deleteLater();
        done(merged);
    };
    auto shared = std::make_shared<decltype(finish)>(std::move(finish));
    auto fired = std::make_shared<bool>(false);
    QObject::connect(process, &QProcess::finished, process, [shared, fired] {
        if (!std::exchange(*fired, true))
            (*shared)(false);
    });
    QObject::connect(process, &QProcess::errorOccurred, process, [shared, fired](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && !std::exchange(*fired, true))
            (*shared)(true);
    });
    QObject::connect(timer, &QTimer::timeout, process, [shared, fired] {
        if (!std::exchange(*fired, true))
            (*shared)(true);
    });
    timer->start(timeoutMs());
    process->start();
}

} // namespace shipdeck
