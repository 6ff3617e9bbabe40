#pragma once

#include "backend/components/componentdefinition.h"
#include "backend/core/result.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace shipdeck {

// Which requests go to which version of a component. Weights are whole percent; the stable
// version gets 100 - canaryWeight. When headerName is set, requests carrying
// headerName: headerValue (or any value when headerValue is empty) go to the canary
// regardless of weight (like NGINX canary-by-header).
struct TrafficSplit
{
    QString stableVersion;
    QString canaryVersion;   // empty = all traffic to stable
    int canaryWeight = 0;    // 0..100
    QString headerName;
    QString headerValue;

    bool operator==(const TrafficSplit &other) const = default;
};

struct InstanceStatus
{
    QString id;        // "storefront-1.5.0-2"
    QString version;
    int port = 0;
    qint64 pid = 0;
    bool running = false;
    bool ready = false;   // passed its readiness probe; only ready instances get traffic
    int restarts = 0;
    qint64 startedAtMs = 0;
    QString lastError;
    // The newest readiness probe of the current process: its result in words ("HTTP 200",
    // "connection refused"), whether it passed, and when. Empty/0 before the first probe.
    QString lastProbe;
    bool lastProbeOk = false;
    qint64 lastProbeAtMs = 0;
};

struct VersionStatus
{
    QString version;
    int desiredReplicas = 0;
    int readyReplicas = 0;
    QList<InstanceStatus> instances;
};

// Where a component runs. Every action is idempotent ("make it so"): repeating it after a
// crash changes nothing that is already so. Lives on the backend thread.
//
// Metrics contract (Prometheus text format, served by the provider at metricsUrl()):
//   shipdeck_proxy_requests_total{component,version,code_class="2xx|3xx|4xx|5xx"}   counter
//   shipdeck_proxy_request_duration_seconds{component,version} histogram (_bucket{le},_sum,_count)
//   shipdeck_proxy_upstream_errors_total{component,version,kind="connect|timeout|reset"} counter
//   shipdeck_proxy_traffic_weight{component,version} gauge (percent of traffic routed)
//   shipdeck_instances_ready{component,version} gauge
// Requests the proxy itself answers with 502/504 count under the version it tried.
class Provider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Provider() override = default;

    virtual QString name() const = 0; // "local", "kubernetes"

    // Runs `replicas` ready instances of the version (starting, stopping or restarting as
    // needed). Returns once the instances are started, not necessarily ready.
    virtual Result<void> ensureVersion(const ComponentDefinition &component, const QString &version,
                                       int replicas) = 0;
    // Stops all instances of the version (graceful, then forced after a grace period).
    virtual Result<void> removeVersion(const QString &componentId, const QString &version) = 0;
    // Applies the split atomically: no request is dropped or split between two states.
    virtual Result<void> setTraffic(const QString &componentId, const TrafficSplit &split) = 0;
    virtual Result<TrafficSplit> traffic(const QString &componentId) const = 0;
    virtual Result<QList<VersionStatus>> status(const QString &componentId) const = 0;
    // The endpoint serving the metrics above (e.g. http://127.0.0.1:PORT/metrics).
    virtual QString metricsUrl(const QString &componentId) const = 0;
    // Where clients reach the component (e.g. http://127.0.0.1:8080).
    virtual QString endpoint(const QString &componentId) const = 0;
    // The component's rollout ended and its clean-up is done. A provider that lets one driver
    // act at a time (a cluster lease) lets another console drive the next rollout.
    virtual void rolloutFinished(const QString &componentId) { Q_UNUSED(componentId); }

Q_SIGNALS:
    // An instance started, stopped, became ready or unready, or crashed.
    void statusChanged(const QString &componentId);
};

} // namespace shipdeck

Q_DECLARE_METATYPE(shipdeck::TrafficSplit)
