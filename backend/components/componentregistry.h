#pragma once

#include "backend/components/componentdefinition.h"
#include "backend/core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace shipdeck {

class Database;

// The components of a workspace, persisted in its database (table `components`, migration 100).
// Every change keeps the dependency graph valid: adding a component whose dependency is not
// registered, or that closes a cycle, is refused; so is removing a component others need.
// Belongs to the thread of its Database connection.
class ComponentRegistry
{
public:
    explicit ComponentRegistry(Database &db) : m_db(db) {}

    // Adds new components and updates existing ones, all in one transaction; the set as a whole
    // must form a valid graph (so a file may list components in any order).
    Result<void> put(const QList<ComponentDefinition> &components);
    // Adds a component; AlreadyExists if the id is taken.
    Result<void> add(const ComponentDefinition &component);
    // Replaces an existing component; NotFound if it is not registered.
    Result<void> update(const ComponentDefinition &component);
    Result<void> remove(const QString &id);
    Result<ComponentDefinition> get(const QString &id);
    // All components in deploy order (dependencies first).
    Result<QList<ComponentDefinition>> list();
    Result<QStringList> deployOrder();

private:
    Result<QList<ComponentDefinition>> loadAll();
    Result<void> write(const ComponentDefinition &component);
    Result<bool> exists(const QString &id);

    Database &m_db; // Not owned.
};

} // namespace shipdeck
