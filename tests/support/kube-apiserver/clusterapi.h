#pragma once

#include "backend/core/result.h"
#include "patcher.h"
#include "storedobject.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace shipdeck::kubetest {

class ObjectStore;
class ResourceRegistry;
class SchemaIndex;
struct ResourceType;

enum class Subresource { None, Status, Scale };

struct WriteOptions
{
    bool dryRun = false;
    QString fieldValidation; // Strict, Warn, Ignore (kubectl sends Strict); empty for internal writers
    QString fieldManager;
    QStringList *warnings = nullptr;
    bool keepStatus = false; // internal writers (bulk load, bootstrap) create objects with a status
};

struct DeleteOptions
{
    bool dryRun = false;
    QString propagationPolicy; // Background (default), Foreground, Orphan
    QString preconditionUid;
    QString preconditionResourceVersion;
};

// The API's object operations with the real server's semantics: defaulting, validation (422),
// resourceVersion preconditions (409), generation, status and scale subresources, finalizers,
// deletion propagation and dry-run. The HTTP layer and the controllers both write through it.
class ClusterApi : public QObject
{
    Q_OBJECT
public:
    ClusterApi(ResourceRegistry &registry, ObjectStore &store, SchemaIndex &schemas, QObject *parent = nullptr);

    ResourceRegistry &registry() { return m_registry; }
    ObjectStore &store() { return m_store; }
    SchemaIndex &schemas() { return m_schemas; }

    Result<ObjectPtr> get(const ResourceType &type, const QString &ns, const QString &name) const;
    Result<ObjectPtr> create(const ResourceType &type, const QString &ns, QJsonObject object, const WriteOptions &options = {});
    Result<ObjectPtr> update(const ResourceType &type, const QString &ns, const QString &name, QJsonObject object,
                             Subresource part = Subresource::None, const WriteOptions &options = {});
    Result<ObjectPtr> patch(const ResourceType &type, const QString &ns, const QString &name, PatchType patchType,
                            const QByteArray &patch, Subresource part, const WriteOptions &options, bool *created = nullptr);
    Result<ObjectPtr> remove(const ResourceType &type, const QString &ns, const QString &name, const DeleteOptions &options = {});

    // autoscaling/v1 Scale of a workload, and writing spec.replicas through it.
    Result<QJsonObject> scale(const ResourceType &type, const QString &ns, const QString &name) const;
    Result<QJsonObject> updateScale(const ResourceType &type, const QString &ns, const QString &name, const QJsonObject &scale,
                                    const WriteOptions &options);

    // Validates a custom resource against its CRD schema (set by the CRD controller).
    using CustomValidator = std::function<QJsonArray(const ResourceType &, QJsonObject &)>;
    void setCustomValidator(CustomValidator validator) { m_customValidator = std::move(validator); }

    static QString randomSuffix(int length = 5);

private:
    Result<void> checkTypeMeta(const ResourceType &type, QJsonObject &object) const;
    Result<void> admit(const ResourceType &type, QJsonObject &object, const QJsonObject *old, const WriteOptions &options);
    Result<ObjectPtr> store(const ResourceType &type, QJsonObject object, const WriteOptions &options);
    QString allocateClusterIp();

    ResourceRegistry &m_registry;
    ObjectStore &m_store;
    SchemaIndex &m_schemas;
    CustomValidator m_customValidator;
    int m_nextServiceIp = 10;
};

} // namespace shipdeck::kubetest
