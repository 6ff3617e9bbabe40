#pragma once

#include "reconciler.h"

namespace shipdeck::kubetest {

struct StoreEvent;

// Jobs -> pods that run to completion: parallelism, completions, backoffLimit; the Complete
// (with SuccessCriteriaMet) and Failed conditions, startTime and completionTime.
class JobController : public Reconciler
{
    Q_OBJECT
public:
    explicit JobController(ServerContext &context, QObject *parent = nullptr);

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    void onChanged(const StoreEvent &event);
};

} // namespace shipdeck::kubetest
