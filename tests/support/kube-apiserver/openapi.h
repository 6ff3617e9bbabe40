#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace shipdeck::kubetest {

class HttpExchange;
class SchemaIndex;

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

    // Answers /openapi/... paths; false when the path is not one of them.
    bool serve(HttpExchange *exchange, const QString &path) const;

private:
    QMap<QString, QByteArray> m_documents; // "api/v1" -> JSON
    QMap<QString, QByteArray> m_hashes;
};

} // namespace shipdeck::kubetest
