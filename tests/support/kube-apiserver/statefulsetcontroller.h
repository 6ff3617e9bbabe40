#pragma once

#include "reconciler.h"

namespace shipdeck::kubetest {

struct StoreEvent;

// StatefulSets -> pods <name>-0 … <name>-N-1: OrderedReady (one at a time, each Ready before
// the next) or Parallel; RollingUpdate replaces pods of an old revision from the highest
// ordinal down; ControllerRevisions and the revision status `kubectl rollout status` reads.
class StatefulSetController : public Reconciler
{
    Q_OBJECT
public:
    explicit StatefulSetController(ServerContext &context, QObject *parent = nullptr);

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    void onChanged(const StoreEvent &event);
};

} // namespace shipdeck::kubetest
