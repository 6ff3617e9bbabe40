#pragma once

#include <QByteArray>
#include <QString>

namespace shipdeck::kubetest {

class AccessControl;
class ClusterApi;
class Discovery;
class EventRecorder;
class FaultInjector;
class HttpListener;
class ObjectStore;
class OpenApi;
class PodLogs;
class ResourceRegistry;
class SchemaIndex;
class WatchManager;

// The server's parts, owned by ApiServer; handlers and controllers reach each other through it.
struct ServerContext
{
    ResourceRegistry *registry = nullptr;
    ObjectStore *store = nullptr;
    SchemaIndex *schemas = nullptr;
    ClusterApi *api = nullptr;
    WatchManager *watches = nullptr;
    AccessControl *access = nullptr;
    FaultInjector *faults = nullptr;
    Discovery *discovery = nullptr;
    OpenApi *openApi = nullptr;
    PodLogs *logs = nullptr;
    EventRecorder *events = nullptr;
    HttpListener *listener = nullptr;
    QByteArray caPem; // the cluster CA (empty with --plain-http), published as kube-root-ca.crt
    bool verbose = false;
};

} // namespace shipdeck::kubetest
