// shipdeck-test-apiserver: a Kubernetes API server for Shipdeck's tests. See docs/testing-kube.md.
#include "apiserver.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>

using namespace shipdeck::kubetest;

namespace {
// Exits when the parent process is gone, so that a crashed test never leaves a server behind.
void watchParent(qint64 parentPid)
{
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (::getppid() != pid_t(parentPid)) {
        std::fprintf(stderr, "shipdeck-test-apiserver: parent %lld is already gone\n", static_cast<long long>(parentPid));
        std::exit(3);
    }
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, qApp, [parentPid] {
        if (::kill(pid_t(parentPid), 0) != 0 && errno == ESRCH)
            QCoreApplication::exit(0);
    });
    timer->start(500);
}

void watchStdin()
{
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [notifier] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            notifier->setEnabled(false);
            QCoreApplication::exit(0);
        }
    });
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shipdeck-test-apiserver"));
    std::signal(SIGPIPE, SIG_IGN);
    auto options = ServerOptions::parse(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "shipdeck-test-apiserver: %s\n", qPrintable(options.error().toString()));
        return 2;
    }
    if (options->parentPid > 0)
        watchParent(options->parentPid);
    if (options->exitOnStdinEof)
        watchStdin();
    ApiServer server(options.value());
    if (auto started = server.start(); !started) {
        std::fprintf(stderr, "shipdeck-test-apiserver: %s\n", qPrintable(started.error().toString()));
        return 1;
    }
    const QByteArray ready = server.readyLine();
    std::fwrite(ready.constData(), 1, size_t(ready.size()), stdout);
    std::fflush(stdout);
    return app.exec();
}
