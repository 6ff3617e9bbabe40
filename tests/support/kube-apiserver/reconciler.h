#pragma once

#include "storedobject.h"

#include <QObject>
#include <QSet>

class QTimer;

namespace shipdeck::kubetest {

struct ServerContext;

// Base of the controllers: a de-duplicated work queue of "namespace/name" keys processed on
// the next event-loop turn (or after a delay), like a client-go workqueue.
class Reconciler : public QObject
{
    Q_OBJECT
public:
    Reconciler(ServerContext &context, QObject *parent = nullptr);

    void enqueue(const QString &ns, const QString &name);
    void enqueueAfter(const QString &ns, const QString &name, int ms);

protected:
    virtual void reconcile(const QString &ns, const QString &name) = 0;
    ServerContext &m_ctx;

private:
    void process();
    QSet<QString> m_dirty;
    QTimer *m_timer;
};

} // namespace shipdeck::kubetest
