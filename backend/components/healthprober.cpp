#include "backend/components/healthprober.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace shipdeck {

HealthProber::HealthProber(HealthCheck check, quint16 port, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_check(std::move(check))
    , m_port(port)
    , m_nam(nam)
    , m_execCommand(m_check.command)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HealthProber::runProbe);
}

HealthProber::~HealthProber()
{
    stop();
}

void HealthProber::start()
{
    m_running = true;
    if (m_check.kind == HealthCheck::Kind::None) {
        m_lastResult = QStringLiteral("no probe");
        if (!m_ready) {
            m_ready = true;
            Q_EMIT readyChanged(true);
        }
        return;
    }
    m_timer->start(std::max(0, m_check.initialDelayMs));
}

void HealthProber::stop()
{
    m_running = false;
    m_timer->stop();
    delete m_inFlight; // aborts a probe in progress (socket, reply or process)
    m_inFlight = nullptr;
}

void HealthProber::runProbe()
{
    if (!m_running)
        return;
    delete m_inFlight;
    m_inFlight = new QObject(this);
    ++m_probes;
    switch (m_check.kind) {
    case HealthCheck::Kind::Http: probeHttp(); break;
    case HealthCheck::Kind::Tcp: probeTcp(); break;
    case HealthCheck::Kind::Exec: probeExec(); break;
    case HealthCheck::Kind::None: finishProbe(true, QStringLiteral("no probe")); break;
    }
}

void HealthProber::probeHttp()
{
    if (!m_nam) {
        finishProbe(false, QStringLiteral("no network access"));
        return;
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    const qsizetype q = m_check.path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? m_check.path : m_check.path.left(q));
    if (q >= 0)
        url.setQuery(m_check.path.mid(q + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_check.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("User-Agent", "shipdeck-probe");
    QNetworkReply *reply = m_nam->get(request);
    reply->setParent(m_inFlight);
    QObject *context = m_inFlight;
    connect(reply, &QNetworkReply::finished, context, [this, reply] {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            finishProbe(false, reply->error() == QNetworkReply::OperationCanceledError
                                   ? QStringLiteral("HTTP probe timed out after %1 ms").arg(m_check.timeoutMs)
                                   : QStringLiteral("HTTP probe failed: %1").arg(reply->errorString()));
            return;
        }
        const int code = status.toInt();
        const bool ok = code >= m_check.expectedStatusMin && code <= m_check.expectedStatusMax;
        finishProbe(ok, QStringLiteral("HTTP %1").arg(code));
    });
}

void HealthProber::probeTcp()
{
    auto *socket = new QTcpSocket(m_inFlight);
    auto *timeout = new QTimer(m_inFlight);
    timeout->setSingleShot(true);
    QObject *context = m_inFlight;
    connect(socket, &QTcpSocket::connected, context, [this] { finishProbe(true, QStringLiteral("TCP connected")); });
    connect(socket, &QTcpSocket::errorOccurred, context, [this, socket] {
        finishProbe(false, QStringLiteral("TCP connect failed: %1").arg(socket->errorString()));
    });
    connect(timeout, &QTimer::timeout, context, [this] {
        finishProbe(false, QStringLiteral("TCP connect timed out after %1 ms").arg(m_check.timeoutMs));
    });
    timeout->start(m_check.timeoutMs);
    socket->connectToHost(QHostAddress::LocalHost, m_port);
}

void HealthProber::probeExec()
{
    if (m_execCommand.isEmpty()) {
        finishProbe(false, QStringLiteral("exec probe without a command"));
        return;
    }
    auto *process = new QProcess(m_inFlight);
    auto *timeout = new QTimer(m_inFlight);
    timeout->setSingleShot(true);
    QObject *context = m_inFlight;
    process->setProgram(m_execCommand.first());
    process->setArguments(m_execCommand.mid(1));
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::finished, context, [this, process](int exitCode, QProcess::ExitStatus status) {
        if (status != QProcess::NormalExit)
            finishProbe(false, QStringLiteral("exec probe crashed"));
        else
            finishProbe(exitCode == 0, QStringLiteral("exit code %1").arg(exitCode));
    });
    connect(process, &QProcess::errorOccurred, context, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finishProbe(false, QStringLiteral("exec probe %1 could not start: %2").arg(process->program(), process->errorString()));
    });
    connect(timeout, &QTimer::timeout, context, [this, process] {
        process->kill();
        finishProbe(false, QStringLiteral("exec probe timed out after %1 ms").arg(m_check.timeoutMs));
    });
    timeout->start(m_check.timeoutMs);
    process->start();
}

void HealthProber::finishProbe(bool success, const QString &detail)
{
    QObject *done = m_inFlight;
    if (!done)
        return; // the probe already has its result (a late signal of its objects)
    m_inFlight = nullptr;
    // Delete the probe's objects later: this may run inside one of their signals.
    done->deleteLater();
    if (auto *process = done->findChild<QProcess *>()) {
        process->disconnect();
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(100);
        }
    }
    m_lastResult = detail;
    if (success) {
        ++m_successes;
        m_failures = 0;
    } else {
        ++m_failures;
        m_successes = 0;
    }
    Q_EMIT probed(success, detail);
    if (!m_ready && m_successes >= m_check.successThreshold) {
        m_ready = true;
        Q_EMIT readyChanged(true);
    } else if (m_ready && m_failures >= m_check.failureThreshold) {
        m_ready = false;
        Q_EMIT readyChanged(false);
    }
    if (m_running)
        m_timer->start(std::max(10, m_check.periodMs));
}

} // namespace shipdeck
