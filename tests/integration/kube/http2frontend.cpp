#include "http2frontend.h"

#include "kubetestserver.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

namespace shipdeck::test {

namespace {

// A port that was free a moment ago on 127.0.0.1 (the proxy may still lose a race for it; start()
// then tries another).
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

Http2Frontend::Http2Frontend(QObject *parent) : QObject(parent) {}

Http2Frontend::~Http2Frontend() { stop(); }

QString Http2Frontend::programPath()
{
    // Debian installs it in /usr/sbin, which is not on every user's PATH.
    const QString found = QStandardPaths::findExecutable(QStringLiteral("nghttpx"));
    return found.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("nghttpx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")})
                           : found;
}

QString Http2Frontend::url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }

bool Http2Frontend::start(const KubeTestServer &server, Protocols protocols, int timeoutMs)
{
    if (programPath().isEmpty()) {
        m_error = QStringLiteral("nghttpx is not installed (Debian package nghttp2-proxy)");
        return false;
    }
    if (!QFileInfo::exists(server.servingCertFile())) {
        m_error = QStringLiteral("the test API server wrote no serving certificate (%1); is it running with TLS?").arg(server.servingCertFile());
        return false;
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        const quint16 port = freePort();
        if (port != 0 && startOn(server, port, protocols, timeoutMs))
            return true;
    }
    return false;
}

bool Http2Frontend::startOn(const KubeTestServer &server, quint16 port, Protocols protocols, int timeoutMs)
{
    stop();
    m_log.clear();
    m_process = new QProcess(this);
    m_process->setProgram(programPath());
    const QString backend = QStringLiteral("127.0.0.1,%1;;tls;sni=localhost").arg(server.url().port());
    m_process->setArguments({
        QStringLiteral("--conf=/dev/null"), // no system-wide configuration
        // ALPN, in order of preference.
        protocols == Protocols::Http2AndHttp1 ? QStringLiteral("--npn-list=h2,http/1.1") : QStringLiteral("--npn-list=http/1.1"),
        QStringLiteral("--single-process"), QStringLiteral("--workers=1"),
        QStringLiteral("--frontend=127.0.0.1,%1").arg(port),
        QStringLiteral("--backend=") + backend,
        QStringLiteral("--cacert=") + server.caFile(), // verify the test API server like any client
        // A watch may stay quiet for minutes; the proxy must not cut it (client-side timeouts apply).
        QStringLiteral("--backend-read-timeout=1h"), QStringLiteral("--frontend-http2-read-timeout=1h"),
        QStringLiteral("--frontend-read-timeout=1h"), QStringLiteral("--stream-write-timeout=0"),
        QStringLiteral("--no-ocsp"), QStringLiteral("--no-server-push"), QStringLiteral("--no-via"),
        QStringLiteral("--log-level=WARN"),
        server.servingKeyFile(), server.servingCertFile(),
    });
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // The proxy dies with this test process, even when the test crashes.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_log += m_process->readAllStandardOutput();
        if (m_log.size() > 200'000)
            m_log = m_log.right(100'000);
    });
    m_process->start();
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_process->program(), m_process->errorString());
        stop();
        return false;
    }
    m_port = port;
    if (!waitUntilListening(timeoutMs)) {
        m_error = QStringLiteral("nghttpx did not listen on 127.0.0.1:%1 (%2): %3")
                      .arg(port)
                      .arg(m_process->state() == QProcess::Running ? QStringLiteral("timeout") : QStringLiteral("exited"),
                           QString::fromUtf8(m_log.right(4000)));
        stop();
        return false;
    }
    return true;
}

bool Http2Frontend::waitUntilListening(int timeoutMs)
{
    return QTest::qWaitFor([this] {
        if (m_process->state() != QProcess::Running)
            return true; // exited: reported by the caller
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        return probe.waitForConnected(100);
    }, timeoutMs) && m_process->state() == QProcess::Running;
}

void Http2Frontend::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // --single-process: SIGTERM ends it at once
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    delete m_process;
    m_process = nullptr;
    m_port = 0;
}

QString Http2Frontend::writeKubeconfig(const KubeTestServer &server, const QString &path)
{
    const QByteArray yaml = "apiVersion: v1\nkind: Config\nclusters:\n- name: shipdeck-test-h2\n  cluster:\n    server: " + url().toUtf8()
                            + "\n    certificate-authority-data: " + server.caPem().toBase64()
                            + "\nusers:\n- name: admin-token\n  user:\n    token: " + server.adminToken().toUtf8()
                            + "\ncontexts:\n- name: shipdeck-test-h2\n  context:\n    cluster: shipdeck-test-h2\n    user: admin-token\n"
                              "    namespace: default\ncurrent-context: shipdeck-test-h2\npreferences: {}\n";
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return {};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(yaml);
    if (!file.commit()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return {};
    }
    return path;
}

} // namespace shipdeck::test
