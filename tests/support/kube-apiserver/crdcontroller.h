#pragma once

#include "backend/core/result.h"

#include <QObject>
#include <QStringList>

namespace shipdeck::kubetest {

struct ServerContext;
struct StoreEvent;

// apiextensions.k8s.io/v1 CustomResourceDefinitions: creating one serves its resource at once
// (discovery, OpenAPI v3 document, schema validation and pruning, printer columns, status and
// scale subresources) and sets Established/NamesAccepted; deleting one removes the resource
// and its objects. The Argo Rollouts CRDs are installed from tests/fixtures/kubernetes.
class CrdController : public QObject
{
    Q_OBJECT
public:
    explicit CrdController(ServerContext &context, QObject *parent = nullptr);

    // Creates the CRDs found in these YAML files.
    Result<void> installFromFiles(const QStringList &paths);
    // AnalysisTemplate, ClusterAnalysisTemplate and Experiment (schema-less, as Argo ships no
    // fixture for them here) so that clients can create the objects Argo Rollouts refers to.
    Result<void> installBuiltinArgoExtras();

private:
    void onChanged(const StoreEvent &event);
    void serve(const QJsonObject &crd);
    void unserve(const QJsonObject &crd);
    void markEstablished(const QJsonObject &crd);

    ServerContext &m_ctx;
};

} // namespace shipdeck::kubetest
