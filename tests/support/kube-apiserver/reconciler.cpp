#include "reconciler.h"

#include <QTimer>

namespace shipdeck::kubetest {

Reconciler::Reconciler(ServerContext &context, QObject *parent) : QObject(parent), m_ctx(context), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &Reconciler::process);
}

void Reconciler::enqueue(const QString &ns, const QString &name)
{
    m_dirty.insert(ns + QLatin1Char('/') + name);
    if (!m_timer->isActive())
        m_timer->start();
}

void Reconciler::enqueueAfter(const QString &ns, const QString &name, int ms)
{
    QTimer::singleShot(ms, this, [this, ns, name] { enqueue(ns, name); });
}

void Reconciler::process()
{
    const QSet<QString> keys = std::exchange(m_dirty, {});
    for (const QString &key : keys) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        reconcile(key.left(slash), key.mid(slash + 1));
    }
}

} // namespace shipdeck::kubetest
