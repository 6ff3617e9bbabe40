#pragma once

#include "reconciler.h"

namespace shipdeck::kubetest {

struct StoreEvent;

// Namespaces: a new one gets its "default" ServiceAccount; a deleted one (phase Terminating)
// loses its content and then disappears, as the namespace controller does it.
class NamespaceController : public Reconciler
{
    Q_OBJECT
public:
    explicit NamespaceController(ServerContext &context, QObject *parent = nullptr);

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    void onChanged(const StoreEvent &event);
};

// Deletes dependents whose owners are gone (ownerReferences), and finishes foreground
// deletions once an owner's dependents are gone.
class GarbageCollector : public Reconciler
{
    Q_OBJECT
public:
    explicit GarbageCollector(ServerContext &context, QObject *parent = nullptr);

protected:
    // Keys are "uid/<uid>" of owners whose dependents need a look.
    void reconcile(const QString &kind, const QString &uid) override;

private:
    void onChanged(const StoreEvent &event);
};

} // namespace shipdeck::kubetest
