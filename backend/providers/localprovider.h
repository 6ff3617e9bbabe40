#pragma once

#include "backend/core/retrypolicy.h"
#include "backend/providers/instancelog.h"
#include "backend/providers/provider.h"
#include "backend/providers/reverseproxy.h"

#include <QByteArray>
#include <QMap>
#include <QMutex>

#include <memory>

class QNetworkAccessManager;
class QThread;

namespace shipdeck {

class AdminServer;
class InstanceProcess;
class ProxyMetrics;

struct LocalProviderOptions
{
    QString logsDir;         // instance logs go to logsDir/<instance>.log; empty = memory only
    int graceMs = 5'000;     // SIGTERM → SIGKILL
    ProxyOptions proxy;
    bool proxyThread = true; // run proxies and the admin listener on their own thread
    quint16 adminPort = 0;   // 0 = ephemeral
    RetryPolicy restartPolicy{1'000'000, 200, 30'000, 2.0, 0.2};
    int stableAfterMs = 30'000;
    InstanceLog::Limits logLimits;
};

// The embedded provider: runs component versions as supervised child processes on loopback
// ports and fronts each component with a weighted reverse proxy on the component's port.
// Serves the metrics of all proxies at http://127.0.0.1:<admin>/metrics (and per component at
// /metrics/<component>). Lives on the thread that created it (the backend thread); the
// proxies run on their own thread unless options.proxyThread is false.
class LocalProvider : public Provider
{
    Q_OBJECT
public:
    explicit LocalProvider(LocalProviderOptions options = {}, QObject *parent = nullptr);
    ~LocalProvider() override;

    // Starts the admin listener; called once before use.
    Result<void> start();

    QString name() const override { return QStringLiteral("local"); }
    Result<void> ensureVersion(const ComponentDefinition &component, const QString &version, int replicas) override;
    Result<void> removeVersion(const QString &componentId, const QString &version) override;
    Result<void> setTraffic(const QString &componentId, const TrafficSplit &split) override;
    Result<TrafficSplit> traffic(const QString &componentId) const override;
    Result<QList<VersionStatus>> status(const QString &componentId) const override;
    QString metricsUrl(const QString &componentId) const override;
    QString endpoint(const QString &componentId) const override;

    // Stops every version and the proxy of the component.
    Result<void> removeComponent(const QString &componentId);
    // Stops all processes (blocking, up to the grace period each) and all proxies.
    void shutdown();

    QStringList components() const;
    quint16 adminPort() const;
    quint16 proxyPort(const QString &componentId) const;
    std::shared_ptr<ProxyMetrics> metrics(const QString &componentId) const;
    Result<QList<InstanceLogLine>> instanceLog(const QString &instanceId, int maxLines = 500) const;
    // The instance's lines numbered seq and later (see InstanceLogChunk), at most maxLines.
    Result<InstanceLogChunk> instanceLogSince(const QString &instanceId, qint64 seq, int maxLines = 1000) const;
    // Restarts one running instance (graceful stop, then a fresh start on a new port).
    Result<void> restartInstance(const QString &instanceId);
    QString instanceLogPath(const QString &instanceId) const;
    // Prometheus text exposition (0.0.4) for one component or, with an empty id, all of them.
    // Thread-safe.
    QByteArray metricsText(const QString &componentId = {}) const;

    // Finds a command: an absolute or relative path, a program next to this executable, or one
    // on PATH. NotFound names what was looked for.
    static Result<QString> resolveProgram(const QString &command);

Q_SIGNALS:
    // An instance wrote output (or the supervisor noted something in its log).
    void instanceLogAppended(const QString &componentId, const QString &instanceId);

private:
    struct VersionRuntime;
    struct ComponentRuntime;
    // What the admin listener's thread reads (under m_exportMutex).
    struct Exported
    {
        std::shared_ptr<ProxyMetrics> metrics;
        std::shared_ptr<const ProxyRoutes> routes;
    };

    Result<ComponentRuntime *> runtimeFor(const ComponentDefinition &component);
    InstanceProcess *createInstance(ComponentRuntime &rt, const QString &version, int index, const QString &program,
                                    const QStringList &args, const QMap<QString, QString> &env);
    void updateRoutes(const QString &componentId);
    InstanceProcess *findInstance(const QString &instanceId) const;
    void destroyOnProxyThread(QObject *object);
    template<typename F> void onProxyThread(QObject *context, F fn);

    LocalProviderOptions m_options;
    QThread *m_proxyThread = nullptr;     // Owned.
    QNetworkAccessManager *m_nam;         // Owned (child).
    AdminServer *m_admin = nullptr;       // Owned; lives on the proxy thread.
    std::map<QString, std::unique_ptr<ComponentRuntime>> m_components;
    mutable QMutex m_exportMutex;
    QMap<QString, std::shared_ptr<Exported>> m_exported; // what the admin thread reads
};

} // namespace shipdeck
