#include "kubeserverprocess.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

namespace shipdeck::test {

KubeServerProcess::KubeServerProcess(QStringList extraArgs) : m_args(std::move(extraArgs)) {}

KubeServerProcess::~KubeServerProcess()
{
    stop();
}

bool KubeServerProcess::start()
{
    m_process.setProgram(program(QStringLiteral("shipdeck-test-apiserver")));
    m_process.setArguments(QStringList{QStringLiteral("--kubeconfig"), m_dir.filePath(QStringLiteral("kubeconfig")),
                                       QStringLiteral("--exit-on-stdin-eof"), QStringLiteral("--parent-pid"),
                                       QString::number(QCoreApplication::applicationPid()),
                                       QStringLiteral("--fixtures"), fixturesDir() + QStringLiteral("/kubernetes")}
                           + m_args);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    QByteArray out;
    QSignalSpy spy(&m_process, &QProcess::readyReadStandardOutput);
    for (int i = 0; i < 300 && !out.contains('\n'); ++i) {
        if (m_process.bytesAvailable() == 0 && !spy.wait(200) && m_process.state() != QProcess::Running)
            break;
        out += m_process.readAllStandardOutput();
    }
    if (!out.startsWith("READY ")) {
        qWarning("test API server did not start: %s %s", out.constData(), m_process.readAllStandardError().constData());
        return false;
    }
    m_ready = QJsonDocument::fromJson(out.mid(6, out.indexOf('\n') - 6)).object();
    return !m_ready.isEmpty();
}

void KubeServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QJsonObject KubeServerProcess::admin(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(m_ready.value(QLatin1String("adminUrl")).toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(30000);
    const QByteArray data = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        qWarning("admin %s %s failed: %s %s", method.constData(), qPrintable(path), qPrintable(reply->errorString()), data.constData());
    reply->deleteLater();
    return QJsonDocument::fromJson(data).object();
}

int KubeServerProcess::kubectl(const QStringList &args, QByteArray *out, const QByteArray &stdinData)
{
    QProcess p;
    p.setProgram(QStringLiteral("kubectl"));
    p.setArguments(QStringList{QStringLiteral("--kubeconfig"), kubeconfig()} + args);
    p.start();
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        qWarning("kubectl %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
    return p.exitCode();
}

bool KubeServerProcess::apply(const QByteArray &yaml)
{
    return kubectl({QStringLiteral("--context"), QStringLiteral("shipdeck-test-token"), QStringLiteral("apply"), QStringLiteral("--validate=false"),
                    QStringLiteral("-f"), QStringLiteral("-")}, nullptr, yaml) == 0;
}

} // namespace shipdeck::test
