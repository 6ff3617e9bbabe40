#include "models/secrets/revealedvalues.h"

#include <QTimer>

namespace shipdeck {

RevealedValues::RevealedValues(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_clock.start();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RevealedValues::expire);
}

RevealedValues::~RevealedValues() = default;

void RevealedValues::reveal(const QString &id, SharedSecret value)
{
    if (!value)
        return;
    m_values.insert(id, {std::move(value), m_clock.elapsed() + m_remaskMs});
    schedule();
    Q_EMIT changed(id);
}

QString RevealedValues::text(const QString &id) const
{
    auto it = m_values.constFind(id);
    return it == m_values.constEnd() ? QString() : it->value->toString();
}

void RevealedValues::mask(const QString &id)
{
    if (m_values.remove(id) > 0) {
        schedule();
        Q_EMIT changed(id);
    }
}

void RevealedValues::maskAll(const QString &prefix)
{
    const QStringList ids = m_values.keys();
    for (const QString &id : ids) {
        if (id.startsWith(prefix))
            mask(id);
    }
}

void RevealedValues::schedule()
{
    if (m_values.isEmpty()) {
        m_timer->stop();
        return;
    }
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Entry &e : std::as_const(m_values))
        next = qMin(next, e.deadline);
    m_timer->start(int(qBound(qint64(0), next - m_clock.elapsed(), qint64(std::numeric_limits<int>::max()))));
}

void RevealedValues::expire()
{
    const qint64 now = m_clock.elapsed();
    QStringList due;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        if (it->deadline <= now)
            due.append(it.key());
    }
    for (const QString &id : std::as_const(due))
        mask(id);
    schedule();
}

} // namespace shipdeck
