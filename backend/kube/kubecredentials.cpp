#include "backend/kube/kubecredentials.h"

#include "backend/kube/kubelogging.h"
#include "backend/kube/loginshellenvironment.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace shipdeck {

namespace {

constexpr qint64 kTokenFileRereadMs = 60'000;

struct ExecCache
{
    QMutex mutex;
    QHash<QByteArray, KubeAuth> entries;
    QHash<QByteArray, int> runs;
};

ExecCache &execCache()
{
    static ExecCache cache;
    return cache;
}

QString describePlugin(const KubeEndpoint &e)
{
    return QStringLiteral("exec plugin \"%1\" (%2: users[%3].user.exec)").arg(e.exec->command, e.execOrigin, e.userName);
}

Result<QString> readTokenFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot read token file %1: %2").arg(path, f.errorString()));
    return QString::fromUtf8(f.readAll()).trimmed();
}

} // namespace

Result<KubeAuth> parseExecCredential(const QByteArray &json, const QString &apiVersion, const QString &plugin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return Error(ErrorCode::Parse, QStringLiteral("%1 printed no ExecCredential JSON (%2 at offset %3)")
                                           .arg(plugin, parseError.errorString()).arg(parseError.offset));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("kind")).toString() != QLatin1String("ExecCredential"))
        return Error(ErrorCode::Validation, QStringLiteral("%1 printed kind \"%2\", expected ExecCredential").arg(plugin, o.value(QLatin1String("kind")).toString()));
    const QString version = o.value(QLatin1String("apiVersion")).toString();
    if (version != apiVersion)
        return Error(ErrorCode::Validation, QStringLiteral("%1 answered with apiVersion \"%2\" but was asked for \"%3\"").arg(plugin, version, apiVersion));
    const QJsonObject status = o.value(QLatin1String("status")).toObject();
    if (status.isEmpty())
        return Error(ErrorCode::Validation, QStringLiteral("%1 printed an ExecCredential without status").arg(plugin));
    KubeAuth auth;
    const QString token = status.value(QLatin1String("token")).toString();
    auth.clientCertPem = status.value(QLatin1String("clientCertificateData")).toString().toUtf8();
    auth.clientKeyPem = status.value(QLatin1String("clientKeyData")).toString().toUtf8();
    if (auth.clientCertPem.isEmpty() != auth.clientKeyPem.isEmpty())
        return Error(ErrorCode::Validation, QStringLiteral("%1 returned %2 without %3").arg(plugin,
            auth.clientKeyPem.isEmpty() ? QStringLiteral("clientCertificateData") : QStringLiteral("clientKeyData"),
            auth.clientKeyPem.isEmpty() ? QStringLiteral("clientKeyData") : QStringLiteral("clientCertificateData")));
    if (token.isEmpty() && auth.clientCertPem.isEmpty())
        return Error(ErrorCode::Validation, QStringLiteral("%1 returned neither a token nor a client certificate").arg(plugin));
    if (!token.isEmpty())
        auth.authorization = "Bearer " + token.toUtf8();
    const QString expiry = status.value(QLatin1String("expirationTimestamp")).toString();
    if (!expiry.isEmpty()) {
        auth.expires = QDateTime::fromString(expiry, Qt::ISODateWithMs);
        if (!auth.expires.isValid())
            return Error(ErrorCode::Validation, QStringLiteral("%1 returned expirationTimestamp \"%2\", which is not an RFC 3339 time").arg(plugin, expiry));
    }
    return auth;
}

KubeCredentials::KubeCredentials(KubeEndpoint endpoint, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint))
{
}

KubeCredentials::~KubeCredentials()
{
    if (m_process) {
        m_process->disconnect();
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QByteArray KubeCredentials::cacheKey() const
{
    // client-go keys the cache by the exec configuration and the cluster.
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto &x = *m_endpoint.exec;
    h.addData(x.command.toUtf8());
    h.addData(x.args.join(QChar(0)).toUtf8());
    for (const auto &kv : x.env)
        h.addData((kv.first + QLatin1Char('=') + kv.second).toUtf8());
    h.addData(x.apiVersion.toUtf8());
    h.addData(m_endpoint.server.toString().toUtf8());
    h.addData(m_endpoint.caPem);
    return h.result();
}

int KubeCredentials::execRuns(const KubeEndpoint &endpoint)
{
    if (!endpoint.exec)
        return 0;
    KubeCredentials probe(endpoint);
    QMutexLocker lock(&execCache().mutex);
    return execCache().runs.value(probe.cacheKey());
}

void KubeCredentials::clearExecCache()
{
    QMutexLocker lock(&execCache().mutex);
    execCache().entries.clear();
    execCache().runs.clear();
}

Result<KubeAuth> KubeCredentials::staticAuth()
{
    KubeAuth auth;
    auth.clientCertPem = m_endpoint.clientCertPem;
    auth.clientKeyPem = m_endpoint.clientKeyPem;
    QString token = m_endpoint.token;
    if (!m_endpoint.tokenFile.isEmpty()) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (m_fileTokenReadMs == 0 || now - m_fileTokenReadMs >= kTokenFileRereadMs) {
            auto read = readTokenFile(m_endpoint.tokenFile);
            if (read) {
                m_fileToken = read.value();
                m_fileTokenReadMs = now;
            } else if (m_fileToken.isEmpty() && token.isEmpty()) {
                return std::move(read).error().withContext(QStringLiteral("user \"%1\" (%2)").arg(m_endpoint.userName, m_endpoint.tokenFile));
            }
        }
        if (!m_fileToken.isEmpty())
            token = m_fileToken; // the last successfully read value takes precedence
    }
    if (!token.isEmpty())
        auth.authorization = "Bearer " + token.toUtf8();
    else if (!m_endpoint.username.isEmpty())
        auth.authorization = "Basic " + (m_endpoint.username + QLatin1Char(':') + m_endpoint.password).toUtf8().toBase64();
    return auth;
}

void KubeCredentials::get(std::function<void(const Result<KubeAuth> &)> done)
{
    if (!m_endpoint.exec) {
        done(staticAuth());
        return;
    }
    {
        QMutexLocker lock(&execCache().mutex);
        auto it = execCache().entries.constFind(cacheKey());
        if (it != execCache().entries.constEnd()) {
            const KubeAuth cached = it.value();
            if (!cached.expires.isValid() || QDateTime::currentDateTimeUtc() < cached.expires) {
                lock.unlock();
                done(cached);
                return;
            }
            execCache().entries.remove(cacheKey());
        }
    }
    m_waiting.append(std::move(done));
    if (m_waiting.size() > 1)
        return; // a plugin run is already under way
    const auto &x = *m_endpoint.exec;
    if (x.interactiveMode == QLatin1String("Always")) {
        finishPlugin(Error(ErrorCode::Unauthenticated,
                           QStringLiteral("%1 requires an interactive terminal (interactiveMode: Always), which Shipdeck does not have; "
                                          "log in once from a terminal (for example `kubectl get ns`) or set interactiveMode to IfAvailable")
                               .arg(describePlugin(m_endpoint))));
        return;
    }
    LoginShellEnvironment::path(this, [this](const QString &path) { runPlugin(path); });
}

QByteArray KubeCredentials::execInfo() const
{
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (m_endpoint.exec->provideClusterInfo) {
        QJsonObject cluster{{QStringLiteral("server"), m_endpoint.server.toString()}};
        if (!m_endpoint.tlsServerName.isEmpty())
            cluster.insert(QStringLiteral("tls-server-name"), m_endpoint.tlsServerName);
        if (m_endpoint.insecureSkipTlsVerify)
            cluster.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        if (!m_endpoint.caPem.isEmpty())
            cluster.insert(QStringLiteral("certificate-authority-data"), QString::fromLatin1(m_endpoint.caPem.toBase64()));
        if (!m_endpoint.proxyUrl.isEmpty())
            cluster.insert(QStringLiteral("proxy-url"), m_endpoint.proxyUrl);
        if (m_endpoint.disableCompression)
            cluster.insert(QStringLiteral("disable-compression"), true);
        if (!m_endpoint.execClusterConfig.isEmpty())
            cluster.insert(QStringLiteral("config"), m_endpoint.execClusterConfig);
        spec.insert(QStringLiteral("cluster"), cluster);
    }
    const QJsonObject info{{QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("apiVersion"), m_endpoint.exec->apiVersion},
                           {QStringLiteral("spec"), spec}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

void KubeCredentials::runPlugin(const QString &path)
{
    const auto &x = *m_endpoint.exec;
    QString program = x.command;
    if (!program.contains(QLatin1Char('/')))
        program = QStandardPaths::findExecutable(x.command, path.split(QLatin1Char(':'), Qt::SkipEmptyParts));
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        QString message = QStringLiteral("%1 was not found%2").arg(describePlugin(m_endpoint),
            x.command.contains(QLatin1Char('/')) ? QString() : QStringLiteral(" on the login shell's PATH (%1)").arg(path));
        if (!x.installHint.isEmpty())
            message += QStringLiteral("; ") + x.installHint.trimmed();
        finishPlugin(Error(ErrorCode::NotFound, message));
        return;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), path);
    for (const auto &kv : x.env)
        env.insert(kv.first, kv.second);
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(execInfo()));
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(env);
    m_process->setProgram(program);
    m_process->setArguments(x.args);
    // No terminal and no stdin: a plugin that wants to prompt gets EOF instead of hanging.
    m_process->setStandardInputFile(QProcess::nullDevice());
    auto *timer = new QTimer(m_process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this] {
        m_process->disconnect();
        m_process->kill();
        finishPlugin(Error(ErrorCode::Timeout, QStringLiteral("%1 did not answer within %2 s")
                                                   .arg(describePlugin(m_endpoint)).arg(m_execTimeoutMs / 1000)));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_process->disconnect();
        finishPlugin(Error(ErrorCode::Unavailable, QStringLiteral("%1 could not be started: %2").arg(describePlugin(m_endpoint), m_process->errorString())));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_process->disconnect();
        const QByteArray out = m_process->readAllStandardOutput();
        const QString err = QString::fromUtf8(m_process->readAllStandardError()).trimmed().right(600);
        if (status != QProcess::NormalExit || code != 0) {
            finishPlugin(Error(ErrorCode::Unauthenticated, QStringLiteral("%1 failed with exit code %2%3")
                                                               .arg(describePlugin(m_endpoint)).arg(code)
                                                               .arg(err.isEmpty() ? QString() : QStringLiteral(": ") + err)));
            return;
        }
        auto auth = parseExecCredential(out, m_endpoint.exec->apiVersion, describePlugin(m_endpoint));
        if (auth && auth->expires.isValid() && auth->expires <= QDateTime::currentDateTimeUtc())
            qCWarning(lcKube) << describePlugin(m_endpoint) << "returned an already expired credential";
        finishPlugin(auth);
    });
    {
        QMutexLocker lock(&execCache().mutex);
        execCache().runs[cacheKey()] += 1;
    }
    timer->start(m_execTimeoutMs);
    m_process->start();
}

void KubeCredentials::finishPlugin(const Result<KubeAuth> &result)
{
    if (m_process) {
        m_process->deleteLater();
        m_process = nullptr;
    }
    if (result) {
        QMutexLocker lock(&execCache().mutex);
        execCache().entries.insert(cacheKey(), result.value());
    }
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &done : waiting)
        done(result);
}

bool KubeCredentials::invalidate()
{
    if (m_endpoint.exec) {
        QMutexLocker lock(&execCache().mutex);
        execCache().entries.remove(cacheKey());
        return true;
    }
    if (!m_endpoint.tokenFile.isEmpty()) {
        m_fileTokenReadMs = 0;
        return true;
    }
    return false;
}

} // namespace shipdeck
