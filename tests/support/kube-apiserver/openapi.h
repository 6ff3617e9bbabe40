#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace shipdeck::kubetest {

class HttpExchange;
class ResourceRegistry;
class SchemaIndex;
struct ResourceType;

// OpenAPI v3 as the API server publishes it: /openapi/v3 lists one document per group version,
// each served at /openapi/v3/<api|apis/group>/<version>?hash=… . core/v1 and apps/v1 are the
// Kubernetes project's own documents (tests/fixtures/kubernetes); CRD versions get generated ones.
class OpenApi
{
public:
    // Loads the fixture documents and registers their schemas.
    Result<void> loadBuiltins(const QString &fixturesDir, SchemaIndex &schemas);
    void setDocument(const QString &path, const QByteArray &json);
    void removeDocument(const QString &path);
    QByteArray document(const QString &path) const { return m_documents.value(path); }

    // Documents for the built-in group versions without a fixture (batch, networking, Gateway API,
    // coordination, authorization, apiextensions): paths with the operations' group/version/kind
    // and the fieldValidation parameter, so that kubectl relies on server-side field validation,
    // and a permissive schema per kind. They offer no strategic merge patch, so that kubectl
    // computes strategic patches from its compiled-in types.
    void addBuiltinDocuments(const ResourceRegistry &registry, const SchemaIndex &schemas);
    // Merges the paths and component schemas of kinds into the document of their group version.
    void addKinds(const QList<const ResourceType *> &types, const QJsonObject &kindSchemas, const SchemaIndex &schemas,
                  bool strategicMergePatch);

    // Answers /openapi/... paths; false when the path is not one of them.
    bool serve(HttpExchange *exchange, const QString &path) const;

private:
    QMap<QString, QByteArray> m_documents; // "api/v1" -> JSON
    QMap<QString, QByteArray> m_hashes;
};

} // namespace shipdeck::kubetest
