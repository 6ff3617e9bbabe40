#include "kubetestserver.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>

namespace shipdeck::test {

KubeStream::KubeStream(QNetworkReply *reply) : m_reply(reply)
{
    reply->setParent(this);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this] { m_data += m_reply->readAll(); });
    connect(reply, &QNetworkReply::finished, this, [this] {
        if (m_reply->isOpen())
            m_data += m_reply->readAll();
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_finished = true;
    });
}

KubeStream::~KubeStream()
{
    if (!m_finished)
        m_reply->abort();
}

void KubeStream::parse() const
{
    for (qsizetype end = m_data.indexOf('\n', m_parsed); end >= 0; end = m_data.indexOf('\n', m_parsed)) {
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArrayView(m_data).sliced(m_parsed, end - m_parsed).toByteArray());
        if (doc.isObject() && doc.object().contains(QLatin1String("type")))
            m_events.append(doc.object());
        m_parsed = end + 1;
    }
}

QList<QJsonObject> KubeStream::events() const
{
    parse();
    return m_events;
}

QStringList KubeStream::eventTypes() const
{
    QStringList types;
    for (const QJsonObject &e : events())
        types.append(e.value(QLatin1String("type")).toString());
    return types;
}

bool KubeStream::waitForEvents(int n, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QSignalSpy more(m_reply, &QNetworkReply::readyRead);
    parse();
    while (m_events.size() < n && !m_finished && clock.elapsed() < timeoutMs) {
        more.wait(int(std::max<qint64>(1, std::min<qint64>(200, timeoutMs - clock.elapsed()))));
        parse();
    }
    return m_events.size() >= n;
}

bool KubeStream::waitForFinished(int timeoutMs)
{
    if (!m_finished) {
        QSignalSpy done(m_reply, &QNetworkReply::finished);
        done.wait(timeoutMs);
    }
    return m_finished;
}

void KubeStream::abort()
{
    if (!m_finished)
        m_reply->abort();
}

KubeTestServer::KubeTestServer(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) {}

KubeTestServer::~KubeTestServer() { stop(); }

bool KubeTestServer::start(const QStringList &arguments, int timeoutMs)
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/shipdeck-kube-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    m_kubeconfig = m_dir->filePath(QStringLiteral("kubeconfig"));
    m_process = new QProcess(this);
    m_process->setProgram(program(QStringLiteral("shipdeck-test-apiserver")));
    m_process->setArguments(QStringList{QStringLiteral("--kubeconfig"), m_kubeconfig,
                                        QStringLiteral("--parent-pid"), QString::number(QCoreApplication::applicationPid()),
                                        QStringLiteral("--exit-on-stdin-eof")}
                            + arguments);
    m_stderr.clear();
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > 1'000'000)
            m_stderr = m_stderr.right(500'000);
    });
    m_process->start(); // stdin stays an open pipe: its EOF tells the server we are gone
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_process->program(), m_process->errorString());
        return false;
    }
    QByteArray out;
    QSignalSpy output(m_process, &QProcess::readyReadStandardOutput);
    QSignalSpy finished(m_process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    while (!out.contains('\n') && clock.elapsed() < timeoutMs && m_process->state() == QProcess::Running) {
        if (m_process->bytesAvailable() == 0)
            output.wait(int(std::max<qint64>(1, timeoutMs - clock.elapsed())));
        out += m_process->readAllStandardOutput();
    }
    const QByteArray line = out.left(out.indexOf('\n'));
    if (!line.startsWith("READY ")) {
        m_process->waitForFinished(200);
        m_stderr += m_process->readAllStandardError();
        m_error = QStringLiteral("shipdeck-test-apiserver did not become ready (%1): %2")
                      .arg(m_process->state() == QProcess::Running ? QStringLiteral("timeout") : QStringLiteral("exited"),
                           QString::fromUtf8(m_stderr.right(4000)));
        stop();
        return false;
    }
    const QJsonObject ready = QJsonDocument::fromJson(line.mid(6)).object();
    m_url = QUrl(ready.value(QLatin1String("url")).toString());
    m_adminUrl = QUrl(ready.value(QLatin1String("adminUrl")).toString());
    m_dataDir = ready.value(QLatin1String("dataDir")).toString();
    m_adminToken = ready.value(QLatin1String("adminToken")).toString();
    m_viewerToken = ready.value(QLatin1String("viewerToken")).toString();
    return true;
}

void KubeTestServer::stop()
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->closeWriteChannel(); // the server exits on stdin EOF
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        delete m_process;
        m_process = nullptr;
    }
}

bool KubeTestServer::isRunning() const { return m_process && m_process->state() == QProcess::Running; }

qint64 KubeTestServer::processId() const { return m_process ? m_process->processId() : 0; }

QByteArray KubeTestServer::caPem() const
{
    QFile file(caFile());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSslConfiguration KubeTestServer::sslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromData(caPem(), QSsl::Pem));
    return config;
}

QJsonObject KubeTestServer::Response::json() const { return QJsonDocument::fromJson(body).object(); }

QByteArray KubeTestServer::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

KubeTestServer::Response KubeTestServer::finish(QNetworkReply *reply, int timeoutMs)
{
    Response response;
    if (!reply->isFinished()) {
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(timeoutMs);
    }
    if (!reply->isFinished()) {
        reply->abort();
        response.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    }
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    if (response.status == 0 && response.error.isEmpty())
        response.error = reply->errorString();
    reply->deleteLater();
    return response;
}

KubeTestServer::Response KubeTestServer::request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                                 const QByteArray &contentType, const QString &token, int timeoutMs)
{
    QNetworkRequest request(QUrl(m_url.toString() + pathAndQuery));
    if (m_url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(sslConfiguration());
    request.setRawHeader("Authorization", "Bearer " + (token.isEmpty() ? m_adminToken : token).toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return finish(m_network->sendCustomRequest(request, method, body), timeoutMs);
}

KubeStream *KubeTestServer::stream(const QString &pathAndQuery, const QByteArray &accept, const QString &token)
{
    QNetworkRequest request(QUrl(m_url.toString() + pathAndQuery));
    if (m_url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(sslConfiguration());
    request.setRawHeader("Authorization", "Bearer " + (token.isEmpty() ? m_adminToken : token).toUtf8());
    request.setRawHeader("Accept", accept);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return new KubeStream(m_network->get(request));
}

KubeTestServer::Response KubeTestServer::admin(const QByteArray &method, const QString &path, const QJsonObject &body, int timeoutMs)
{
    QNetworkRequest request(QUrl(m_adminUrl.toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return finish(m_network->sendCustomRequest(request, method, payload), timeoutMs);
}

namespace {
bool ok(const KubeTestServer::Response &response, const char *what)
{
    if (response.status >= 200 && response.status < 300)
        return true;
    qWarning("kube test server admin call %s failed: HTTP %d %s %s", what, response.status, response.body.constData(),
             qPrintable(response.error));
    return false;
}
} // namespace

QString KubeTestServer::addFault(const QString &spec)
{
    const Response r = admin("POST", QStringLiteral("/faults"), QJsonObject{{QStringLiteral("spec"), spec}});
    return ok(r, "add fault") ? r.json().value(QLatin1String("id")).toString() : QString();
}

bool KubeTestServer::clearFaults() { return ok(admin("DELETE", QStringLiteral("/faults")), "clear faults"); }

int KubeTestServer::dropWatches(const QString &groupResource)
{
    const Response r = admin("POST", QStringLiteral("/watches/drop") + (groupResource.isEmpty() ? QString() : QStringLiteral("?resource=") + groupResource));
    return ok(r, "drop watches") ? r.json().value(QLatin1String("dropped")).toInt() : -1;
}

bool KubeTestServer::compact() { return ok(admin("POST", QStringLiteral("/compact")), "compact"); }

int KubeTestServer::bulkCreatePods(const QString &ns, int count, const QString &prefix)
{
    const Response r = admin("POST", QStringLiteral("/pods/bulk"),
                             QJsonObject{{QStringLiteral("namespace"), ns}, {QStringLiteral("count"), count}, {QStringLiteral("prefix"), prefix}});
    return ok(r, "bulk create pods") ? r.json().value(QLatin1String("created")).toInt() : -1;
}

bool KubeTestServer::startEventGenerator(const QString &ns, int perSecond, const QString &mode)
{
    QJsonObject body{{QStringLiteral("namespace"), ns}, {QStringLiteral("rate"), perSecond}};
    if (!mode.isEmpty())
        body.insert(QStringLiteral("mode"), mode);
    return ok(admin("POST", QStringLiteral("/events/generator"), body), "start event generator");
}

bool KubeTestServer::stopEventGenerator() { return ok(admin("DELETE", QStringLiteral("/events/generator")), "stop event generator"); }

bool KubeTestServer::restartPod(const QString &ns, const QString &pod)
{
    return ok(admin("POST", QStringLiteral("/pods/%1/%2/restart").arg(ns, pod)), "restart pod");
}

bool KubeTestServer::appendLogLines(const QString &ns, const QString &pod, const QString &container, const QStringList &lines)
{
    return ok(admin("POST", QStringLiteral("/pods/%1/%2/logs").arg(ns, pod),
                    QJsonObject{{QStringLiteral("container"), container}, {QStringLiteral("lines"), QJsonArray::fromStringList(lines)}}),
              "append log lines");
}

bool KubeTestServer::addToken(const QString &token, const QString &user, const QStringList &groups)
{
    return ok(admin("POST", QStringLiteral("/tokens"),
                    QJsonObject{{QStringLiteral("token"), token}, {QStringLiteral("user"), user}, {QStringLiteral("groups"), QJsonArray::fromStringList(groups)}}),
              "add token");
}

bool KubeTestServer::removeToken(const QString &token) { return ok(admin("DELETE", QStringLiteral("/tokens/") + token), "remove token"); }

QJsonObject KubeTestServer::state() { return admin("GET", QStringLiteral("/state")).json(); }

QString KubeTestServer::kubectlPath() { return QStandardPaths::findExecutable(QStringLiteral("kubectl")); }

QProcessEnvironment KubeTestServer::kubectlEnvironment(const QString &kubeconfig) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("KUBE")) || key.compare(QLatin1String("http_proxy"), Qt::CaseInsensitive) == 0
            || key.compare(QLatin1String("https_proxy"), Qt::CaseInsensitive) == 0)
            env.remove(key);
    }
    env.insert(QStringLiteral("KUBECONFIG"), kubeconfig.isEmpty() ? m_kubeconfig : kubeconfig);
    const QString home = m_dir ? m_dir->filePath(QStringLiteral("home")) : QDir::tempPath();
    QDir().mkpath(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
    return env;
}

KubeTestServer::KubectlResult KubeTestServer::kubectl(const QStringList &arguments, int timeoutMs, const QByteArray &input,
                                                      const QString &kubeconfig)
{
    KubectlResult result;
    QProcess process;
    process.setProcessEnvironment(kubectlEnvironment(kubeconfig));
    process.start(kubectlPath(), arguments);
    if (!process.waitForStarted(10'000)) {
        result.err = "cannot start kubectl: " + process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool KubeTestServer::apply(const QByteArray &yaml)
{
    const KubectlResult r = kubectl({QStringLiteral("--context"), QStringLiteral("shipdeck-test-token"), QStringLiteral("apply"),
                                     QStringLiteral("--validate=false"), QStringLiteral("-f"), QStringLiteral("-")},
                                    60'000, yaml);
    if (r.exitCode != 0)
        qWarning("kubectl apply failed (exit %d%s): %s", r.exitCode, r.timedOut ? ", timed out" : "", r.err.constData());
    return r.exitCode == 0;
}

QProcess *KubeTestServer::startKubectl(const QStringList &arguments, const QString &kubeconfig)
{
    auto *process = new QProcess;
    process->setProcessEnvironment(kubectlEnvironment(kubeconfig));
    process->start(kubectlPath(), arguments);
    return process;
}

} // namespace shipdeck::test
