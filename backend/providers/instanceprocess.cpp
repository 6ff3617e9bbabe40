#include "backend/providers/instanceprocess.h"

#include "backend/components/healthprober.h"
#include "backend/providers/instancelog.h"

#include <QDateTime>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

#include <deque>
#include <mutex>
#include <utility>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace shipdeck {

InstanceProcess::InstanceProcess(Spec spec, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_nam(nam)
    , m_restartTimer(new QTimer(this))
    , m_killTimer(new QTimer(this))
    , m_log(std::make_unique<InstanceLog>(m_spec.logPath, m_spec.logLimits))
{
    m_restartTimer->setSingleShot(true);
    m_killTimer->setSingleShot(true);
    connect(m_restartTimer, &QTimer::timeout, this, &InstanceProcess::launch);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            note(QStringLiteral("did not stop within %1 ms of SIGTERM; sending SIGKILL").arg(m_spec.graceMs));
            m_process->kill();
        }
    });
}

InstanceProcess::~InstanceProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        stopBlocking();
}

QString InstanceProcess::expand(const QString &text, quint16 port, const Spec &spec)
{
    QString out = text;
    out.replace(QLatin1String("{port}"), QString::number(port));
    out.replace(QLatin1String("{version}"), spec.version);
    out.replace(QLatin1String("{component}"), spec.component);
    out.replace(QLatin1String("{instance}"), spec.id);
    return out;
}

quint16 InstanceProcess::freePort()
{
    // The kernel hands out a free ephemeral port; remembering the last ones avoids giving the same
    // port to two instances started in quick succession before either has bound it.
    static std::mutex mutex;
    static std::deque<quint16> recent;
    for (int attempt = 0; attempt < 32; ++attempt) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = probe.serverPort();
        std::lock_guard lock(mutex);
        if (std::find(recent.begin(), recent.end(), port) != recent.end())
            continue;
        recent.push_back(port);
        if (recent.size() > 256)
            recent.pop_front();
        return port;
    }
    return 0;
}

void InstanceProcess::start()
{
    if (m_wanted)
        return;
    m_wanted = true;
    m_crashes = 0;
    launch();
}

void InstanceProcess::launch()
{
    if (!m_wanted)
        return;
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    m_lastProbe.clear();
    m_lastProbeOk = false;
    m_lastProbeAtMs = 0;
    m_port = freePort();
    if (m_port == 0) {
        scheduleRestart(QStringLiteral("no free port on 127.0.0.1"));
        return;
    }
    m_process = new QProcess(this);
    QStringList args;
    for (const QString &a : m_spec.args)
        args.append(expand(a, m_port, m_spec));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = m_spec.env.cbegin(); it != m_spec.env.cend(); ++it)
        env.insert(it.key(), expand(it.value(), m_port, m_spec));
    env.insert(QStringLiteral("SHIPDECK_PORT"), QString::number(m_port));
    env.insert(QStringLiteral("SHIPDECK_INSTANCE"), m_spec.id);
    m_process->setProcessEnvironment(env);
    m_process->setProgram(m_spec.program);
    m_process->setArguments(args);
    // An instance must not outlive its supervisor: if Shipdeck is killed (kill -9, crash), the
    // kernel kills the instance too. The parent check closes the race with a parent that died
    // between fork and prctl.
    const pid_t supervisor = ::getpid();
    m_process->setChildProcessModifier([supervisor] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != supervisor)
            ::_exit(127);
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this, p = m_process] {
        m_log->append(false, p->readAllStandardOutput());
        Q_EMIT logAppended();
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this, p = m_process] {
        m_log->append(true, p->readAllStandardError());
        Q_EMIT logAppended();
    });
    connect(m_process, &QProcess::finished, this, &InstanceProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFailedToStart();
    });
    connect(m_process, &QProcess::started, this, [this] {
        m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
        note(QStringLiteral("started pid %1 on 127.0.0.1:%2").arg(m_process->processId()).arg(m_port));
        delete m_prober;
        m_prober = new HealthProber(m_spec.check, m_port, m_nam, this);
        QStringList exec;
        for (const QString &a : m_spec.check.command)
            exec.append(expand(a, m_port, m_spec));
        m_prober->setExecCommand(exec);
        connect(m_prober, &HealthProber::readyChanged, this, &InstanceProcess::setReady);
        connect(m_prober, &HealthProber::probed, this, [this](bool ok, const QString &detail) {
            const bool flipped = m_lastProbe.isEmpty() || ok != m_lastProbeOk;
            m_lastProbe = detail;
            m_lastProbeOk = ok;
            m_lastProbeAtMs = QDateTime::currentMSecsSinceEpoch();
            if (!ok)
                m_lastError = QStringLiteral("probe failed: %1").arg(detail);
            else if (m_lastError.startsWith(QLatin1String("probe failed")))
                m_lastError.clear();
            if (flipped) // a probe that starts or stops failing is news; a steady one is not
                Q_EMIT statusChanged();
        });
        m_prober->start();
        Q_EMIT statusChanged();
    });
    m_process->start();
}

void InstanceProcess::onFailedToStart()
{
    const QString why = QStringLiteral("%1 could not start: %2").arg(m_spec.program, m_process->errorString());
    note(why);
    if (!m_wanted) { // stopped or restarted while starting
        if (std::exchange(m_restartRequested, false)) {
            start();
        } else {
            Q_EMIT statusChanged();
            Q_EMIT stopped();
        }
        return;
    }
    scheduleRestart(why);
}

void InstanceProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_log->flush();
    if (m_prober) {
        m_prober->stop();
        m_prober->deleteLater();
        m_prober = nullptr;
    }
    setReady(false);
    m_killTimer->stop();
    const QString how = status == QProcess::CrashExit ? QStringLiteral("was killed or crashed")
                                                      : QStringLiteral("exited with code %1").arg(exitCode);
    note(QStringLiteral("process %1").arg(how));
    if (!m_wanted) {
        if (std::exchange(m_restartRequested, false)) {
            start();
            return;
        }
        Q_EMIT statusChanged();
        Q_EMIT stopped();
        return;
    }
    const qint64 ranMs = QDateTime::currentMSecsSinceEpoch() - m_startedAtMs;
    if (ranMs >= m_spec.stableAfterMs)
        m_crashes = 0;
    scheduleRestart(QStringLiteral("process %1").arg(how));
}

void InstanceProcess::scheduleRestart(const QString &why)
{
    m_lastError = why;
    ++m_crashes;
    const int delay = m_spec.restartPolicy.delayMs(m_crashes);
    note(QStringLiteral("restarting in %1 ms (crash %2 in a row)").arg(delay).arg(m_crashes));
    ++m_restarts;
    m_restartTimer->start(delay);
    Q_EMIT restartScheduled(delay);
    Q_EMIT statusChanged();
}

void InstanceProcess::setReady(bool ready)
{
    if (m_ready == ready)
        return;
    m_ready = ready;
    Q_EMIT readyChanged(ready);
    Q_EMIT statusChanged();
}

void InstanceProcess::note(const QString &text)
{
    m_log->note(text);
    Q_EMIT logAppended();
}

void InstanceProcess::restart()
{
    note(QStringLiteral("restart requested"));
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        // Not running (waiting for a restart after a crash, or never started): start now.
        m_restartTimer->stop();
        m_wanted = false;
        start();
        return;
    }
    stop();
    m_restartRequested = true;
}

void InstanceProcess::stop()
{
    m_restartRequested = false;
    m_wanted = false;
    m_restartTimer->stop();
    if (m_prober)
        m_prober->stop();
    setReady(false);
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        Q_EMIT stopped();
        return;
    }
    note(QStringLiteral("stopping: SIGTERM, SIGKILL after %1 ms").arg(m_spec.graceMs));
    m_process->terminate();
    m_killTimer->start(m_spec.graceMs);
}

void InstanceProcess::stopBlocking()
{
    m_restartRequested = false;
    m_wanted = false;
    m_restartTimer->stop();
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(m_spec.graceMs)) {
        m_process->kill();
        m_process->waitForFinished(2'000);
    }
}

InstanceStatus InstanceProcess::status() const
{
    InstanceStatus s;
    s.id = m_spec.id;
    s.version = m_spec.version;
    s.port = m_port;
    s.running = m_process && m_process->state() == QProcess::Running;
    s.pid = s.running ? m_process->processId() : 0;
    s.ready = m_ready;
    s.restarts = m_restarts;
    s.startedAtMs = s.running ? m_startedAtMs : 0;
    s.lastError = m_lastError;
    s.lastProbe = m_lastProbe;
    s.lastProbeOk = m_lastProbeOk;
    s.lastProbeAtMs = m_lastProbeAtMs;
    return s;
}

} // namespace shipdeck
