#include "apiserver.h"

#include "accesscontrol.h"
#include "adminserver.h"
#include "apihandler.h"
#include "clusterapi.h"
#include "controllers.h"
#include "crdcontroller.h"
#include "discovery.h"
#include "eventrecorder.h"
#include "faultinjector.h"
#include "httplistener.h"
#include "jsonutil.h"
#include "kubeconfigwriter.h"
#include "objectstore.h"
#include "openapi.h"
#include "podlogs.h"
#include "resourceregistry.h"
#include "schemaindex.h"
#include "tlsauthority.h"
#include "watchmanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QSslKey>
#include <QStandardPaths>

namespace shipdeck::kubetest {

namespace {
QString randomToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

ApiServer::ApiServer(ServerOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_ctx.verbose = m_options.verbose;
    m_ctx.registry = new ResourceRegistry;
    m_ctx.store = new ObjectStore(this);
    m_ctx.schemas = new SchemaIndex;
    m_ctx.api = new ClusterApi(*m_ctx.registry, *m_ctx.store, *m_ctx.schemas, this);
    m_ctx.watches = new WatchManager(*m_ctx.store, this);
    m_ctx.access = new AccessControl;
    m_ctx.faults = new FaultInjector;
    m_ctx.discovery = new Discovery(*m_ctx.registry);
    m_ctx.openApi = new OpenApi;
    m_ctx.logs = new PodLogs(m_ctx, this);
    m_ctx.events = new EventRecorder(m_ctx, this);
    m_handler = std::make_unique<ApiHandler>(m_ctx);
    m_ctx.listener = new HttpListener([this](HttpExchange *exchange) { m_handler->handle(exchange); }, this);
}

ApiServer::~ApiServer()
{
    m_admin.reset();
    m_controllers.reset();
    m_crds.reset();
    delete m_ctx.listener;
    m_handler.reset();
    delete m_ctx.openApi;
    delete m_ctx.discovery;
    delete m_ctx.faults;
    delete m_ctx.access;
    delete m_ctx.schemas;
    delete m_ctx.registry;
}

Result<void> ApiServer::setupTls()
{
    SD_TRY(m_authority, TlsAuthority::create(QStringLiteral("shipdeck-test-ca")));
    QStringList dns{QStringLiteral("localhost"), QStringLiteral("kubernetes"), QStringLiteral("kubernetes.default"),
                    QStringLiteral("kubernetes.default.svc"), QStringLiteral("shipdeck-test-apiserver")};
    QStringList ips{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    for (const QString &san : std::as_const(m_options.tlsSans))
        (QHostAddress(san).isNull() ? dns : ips).append(san);
    if (!ips.contains(m_options.bindAddress) && !QHostAddress(m_options.bindAddress).isNull())
        ips.append(m_options.bindAddress);
    SD_TRY(IssuedCertificate serving, m_authority->issueServer(dns, ips));
    const QSslCertificate cert(serving.certificatePem, QSsl::Pem);
    const QSslKey key(serving.keyPem, QSsl::Ec, QSsl::Pem);
    if (cert.isNull() || key.isNull())
        return Error(ErrorCode::Internal, QStringLiteral("the generated serving certificate could not be loaded by Qt's TLS backend"));
    m_ctx.listener->setTls(cert, key, m_authority.get());
    m_serving = serving;
    m_ctx.caPem = m_authority->caCertificatePem();
    return success();
}

Result<void> ApiServer::start()
{
    SD_CHECK(m_ctx.openApi->loadBuiltins(m_options.fixturesDir, *m_ctx.schemas).context(QStringLiteral("loading OpenAPI fixtures")));
    m_ctx.openApi->addBuiltinDocuments(*m_ctx.registry, *m_ctx.schemas);
    m_ctx.store->setHistoryLimit(m_options.watchHistory);
    m_ctx.watches->setBookmarkIntervalMs(m_options.bookmarkIntervalMs);
    m_ctx.logs->setDefaultIntervalMs(m_options.logIntervalMs);
    m_ctx.discovery->setServerVersion(m_options.serverVersion);
    m_ctx.discovery->setAggregatedEnabled(m_options.aggregatedDiscovery);
    m_ctx.access->setAnonymousAllowed(m_options.anonymous);
    for (const QString &spec : std::as_const(m_options.faults)) {
        SD_TRY(FaultRule rule, FaultRule::parse(spec));
        SD_CHECK(m_ctx.faults->add(rule));
    }
    m_adminToken = randomToken();
    m_viewerToken = randomToken();
    m_ctx.access->addToken(m_adminToken, QStringLiteral("admin"), {QStringLiteral("system:masters")});
    m_ctx.access->addToken(m_viewerToken, QStringLiteral("viewer"), {QStringLiteral("viewers")});
    for (const QString &spec : std::as_const(m_options.tokens)) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        if (parts.first().isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("--token \"%1\": the token is empty").arg(spec));
        const QString user = parts.value(1, QStringLiteral("admin"));
        const QStringList groups = parts.size() > 2 ? parts.value(2).split(QLatin1Char(','), Qt::SkipEmptyParts)
                                                    : (parts.size() > 1 ? QStringList{} : QStringList{QStringLiteral("system:masters")});
        m_ctx.access->addToken(parts.first(), user, groups);
    }
    if (!m_options.plainHttp)
        SD_CHECK(setupTls());
    m_crds = std::make_unique<CrdController>(m_ctx);
    m_controllers = std::make_unique<Controllers>(m_ctx, m_options);
    SD_CHECK(bootstrap());
    if (m_options.argoCrds)
        SD_CHECK(m_crds->installFromFiles({m_options.fixturesDir + QStringLiteral("/rollout-crd.yaml"),
                                           m_options.fixturesDir + QStringLiteral("/analysis-run-crd.yaml")}));
    SD_CHECK(m_crds->installBuiltinArgoExtras());
    const QHostAddress address(m_options.bindAddress);
    if (!m_ctx.listener->listen(address, m_options.port))
        return Error(ErrorCode::Unavailable, QStringLiteral("cannot listen on %1:%2: %3")
                                                 .arg(m_options.bindAddress).arg(m_options.port).arg(m_ctx.listener->errorString()));
    m_ctx.discovery->setServerAddress(QStringLiteral("%1:%2").arg(m_options.bindAddress).arg(m_ctx.listener->serverPort()));
    m_admin = std::make_unique<AdminServer>(m_ctx, *this);
    SD_CHECK(m_admin->listen(address, m_options.adminPort));

    m_dataDir = m_options.dataDir;
    if (m_dataDir.isEmpty() && !m_options.kubeconfigPath.isEmpty())
        m_dataDir = QFileInfo(m_options.kubeconfigPath).absolutePath();
    if (!m_dataDir.isEmpty()) {
        KubeconfigData data;
        data.path = m_options.kubeconfigPath;
        data.server = url();
        data.adminToken = m_adminToken;
        data.viewerToken = m_viewerToken;
        if (m_authority) {
            data.caPem = m_authority->caCertificatePem();
            SD_TRY(IssuedCertificate admin, m_authority->issueClient(QStringLiteral("admin"), {QStringLiteral("system:masters")},
                                                                       QDateTime::currentDateTimeUtc().addSecs(-3600),
                                                                       QDateTime::currentDateTimeUtc().addDays(365)));
            data.clientCertPem = admin.certificatePem;
            data.clientKeyPem = admin.keyPem;
            data.servingCertPem = m_serving.certificatePem;
            data.servingKeyPem = m_serving.keyPem;
        }
        SD_CHECK(KubeconfigWriter::write(data, m_dataDir));
    }
    if (m_options.bulkPods > 0)
        SD_CHECK(m_controllers->bulkCreatePods(m_options.bulkNamespace, m_options.bulkPods, QString()).context(QStringLiteral("creating bulk pods")));
    if (m_options.eventRate > 0)
        SD_CHECK(m_controllers->startEventGenerator(m_options.eventNamespace, m_options.eventRate));
    return success();
}

Result<void> ApiServer::bootstrap()
{
    const ResourceTypePtr namespaces = m_ctx.registry->find(QString(), QStringLiteral("v1"), QStringLiteral("namespaces"));
    for (const char *name : {"default", "kube-system", "kube-public", "kube-node-lease"}) {
        SD_CHECK(m_ctx.api->create(*namespaces, QString(),
                                   QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)}}}}));
    }
    SD_CHECK(m_controllers->createNodes(m_options.nodes));
    const ResourceTypePtr services = m_ctx.registry->find(QString(), QStringLiteral("v1"), QStringLiteral("services"));
    QJsonObject kubernetes{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("kubernetes")},
                                                 {QStringLiteral("labels"), QJsonObject{{QStringLiteral("component"), QStringLiteral("apiserver")},
                                                                                         {QStringLiteral("provider"), QStringLiteral("kubernetes")}}}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("clusterIP"), QStringLiteral("10.96.0.1")},
                                             {QStringLiteral("clusterIPs"), QJsonArray{QStringLiteral("10.96.0.1")}},
                                             {QStringLiteral("ports"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("https")},
                                                                                               {QStringLiteral("port"), 443},
                                                                                               {QStringLiteral("targetPort"), 6443}}}}}}};
    SD_CHECK(m_ctx.api->create(*services, QStringLiteral("default"), kubernetes));
    return success();
}

QString ApiServer::url() const
{
    const QString host = m_options.bindAddress.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_options.bindAddress + QLatin1Char(']')
                                                                          : m_options.bindAddress;
    return QStringLiteral("%1://%2:%3").arg(m_options.plainHttp ? QStringLiteral("http") : QStringLiteral("https"), host)
        .arg(m_ctx.listener->serverPort());
}

QString ApiServer::adminUrl() const { return m_admin ? m_admin->url() : QString(); }

QByteArray ApiServer::readyLine() const
{
    QJsonObject ready{{QStringLiteral("url"), url()},
                      {QStringLiteral("port"), int(m_ctx.listener->serverPort())},
                      {QStringLiteral("adminUrl"), adminUrl()},
                      {QStringLiteral("kubeconfig"), m_options.kubeconfigPath.isEmpty() ? QString() : QFileInfo(m_options.kubeconfigPath).absoluteFilePath()},
                      {QStringLiteral("dataDir"), m_dataDir.isEmpty() ? QString() : QFileInfo(m_dataDir).absoluteFilePath()},
                      {QStringLiteral("adminToken"), m_adminToken},
                      {QStringLiteral("viewerToken"), m_viewerToken},
                      {QStringLiteral("tls"), !m_options.plainHttp},
                      {QStringLiteral("pid"), qint64(QCoreApplication::applicationPid())}};
    return "READY " + toCompactJson(ready) + '\n';
}

} // namespace shipdeck::kubetest
