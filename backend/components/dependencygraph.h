#pragma once

#include "backend/components/componentdefinition.h"
#include "backend/core/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace shipdeck {

// The dependency graph of a set of components. Edges point from a component to what it needs.
class DependencyGraph
{
public:
    explicit DependencyGraph(const QList<ComponentDefinition> &components);

    // Every component after everything it depends on; ties broken by id so the order is stable.
    // A missing dependency ("missing dependency: web → api (api is not registered)") or a cycle
    // ("cycle: api → db → cache → api") is a Validation error naming the path.
    Result<QStringList> deployOrder() const;
    // Only `id` and what it needs, transitively, in deploy order.
    Result<QStringList> deployOrderFor(const QString &id) const;
    // Components that depend on `id` directly.
    QStringList dependents(const QString &id) const;
    Result<void> check() const;

private:
    Result<void> checkMissing() const;
    QStringList findCycle() const;

    QHash<QString, QStringList> m_edges;
};

} // namespace shipdeck
