#pragma once

#include "reconciler.h"

namespace shipdeck::kubetest {

struct StoreEvent;

// DaemonSets -> one pod per node (spec.nodeName set, honouring the template's nodeSelector);
// RollingUpdate replaces one pod of an old template at a time.
class DaemonSetController : public Reconciler
{
    Q_OBJECT
public:
    explicit DaemonSetController(ServerContext &context, QObject *parent = nullptr);

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    void onChanged(const StoreEvent &event);
};

} // namespace shipdeck::kubetest
