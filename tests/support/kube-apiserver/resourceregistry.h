#pragma once

#include "resourcetype.h"

#include <QHash>
#include <QList>

namespace shipdeck::kubetest {

// Every resource the server serves: the built-in kinds plus those added by CRDs at runtime.
class ResourceRegistry
{
public:
    ResourceRegistry();

    QList<ResourceTypePtr> all() const { return m_types; }
    ResourceTypePtr find(const QString &group, const QString &version, const QString &resource) const;
    ResourceTypePtr findByKind(const QString &group, const QString &kind) const;
    ResourceTypePtr findByApiVersionKind(const QString &apiVersion, const QString &kind) const;
    ResourceTypePtr byId(int id) const { return id >= 0 && id < m_byId.size() ? m_byId.at(id) : nullptr; }
    // Groups in discovery order, each with its versions (preferred first).
    QList<QPair<QString, QStringList>> groups() const;
    QList<ResourceTypePtr> inGroupVersion(const QString &group, const QString &version) const;

    // Adds (or replaces, keeping the id of an identical group/resource) a resource; returns it.
    ResourceTypePtr add(ResourceType type);
    void remove(const QString &group, const QString &resource);
    quint64 generation() const { return m_generation; }

private:
    QList<ResourceTypePtr> m_types;
    QList<ResourceTypePtr> m_byId; // ids stay valid after removal (slot kept)
    quint64 m_generation = 0;
};

} // namespace shipdeck::kubetest
