#include "backend/components/dependencygraph.h"

#include <QSet>

#include <functional>

#include <algorithm>

namespace shipdeck {

DependencyGraph::DependencyGraph(const QList<ComponentDefinition> &components)
{
    for (const ComponentDefinition &c : components) {
        QStringList deps = c.dependencies;
        deps.removeDuplicates();
        deps.sort();
        m_edges.insert(c.id, deps);
    }
}

Result<void> DependencyGraph::checkMissing() const
{
    QStringList ids = m_edges.keys();
    ids.sort();
    for (const QString &id : ids) {
        for (const QString &dep : m_edges.value(id)) {
            if (!m_edges.contains(dep))
                return Error(ErrorCode::Validation,
                             QStringLiteral("missing dependency: %1 → %2 (%2 is not registered)").arg(id, dep))
                    .withDetail(QStringLiteral("path"), QStringList{id, dep});
        }
    }
    return success();
}

QStringList DependencyGraph::findCycle() const
{
    enum Mark { White, Grey, Black };
    QHash<QString, Mark> marks;
    QStringList stack;
    QStringList cycle;
    QStringList ids = m_edges.keys();
    ids.sort();
    std::function<bool(const QString &)> visit = [&](const QString &id) {
        marks[id] = Grey;
        stack.append(id);
        for (const QString &dep : m_edges.value(id)) {
            const Mark m = marks.value(dep, White);
            if (m == Grey) {
                cycle = stack.mid(stack.indexOf(dep));
                cycle.append(dep);
                return true;
            }
            if (m == White && m_edges.contains(dep) && visit(dep))
                return true;
        }
        stack.removeLast();
        marks[id] = Black;
        return false;
    };
    for (const QString &id : ids) {
        if (marks.value(id, White) == White && visit(id))
            return cycle;
    }
    return {};
}

Result<void> DependencyGraph::check() const
{
    SD_CHECK(checkMissing());
    const QStringList cycle = findCycle();
    if (!cycle.isEmpty())
        return Error(ErrorCode::Validation, QStringLiteral("cycle: %1").arg(cycle.join(QStringLiteral(" → "))))
            .withDetail(QStringLiteral("path"), cycle);
    return success();
}

Result<QStringList> DependencyGraph::deployOrder() const
{
    SD_CHECK(check());
    // Kahn's algorithm, always taking the smallest ready id.
    QHash<QString, int> pending;
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it)
        pending.insert(it.key(), int(it.value().size()));
    QStringList ready;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (it.value() == 0)
            ready.append(it.key());
    }
    QStringList order;
    while (!ready.isEmpty()) {
        std::sort(ready.begin(), ready.end());
        const QString next = ready.takeFirst();
        order.append(next);
        for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it) {
            if (it.value().contains(next) && --pending[it.key()] == 0)
                ready.append(it.key());
        }
    }
    return order;
}

Result<QStringList> DependencyGraph::deployOrderFor(const QString &id) const
{
    if (!m_edges.contains(id))
        return Error(ErrorCode::NotFound, QStringLiteral("component %1 is not registered").arg(id));
    SD_TRY(const QStringList all, deployOrder());
    QSet<QString> needed;
    QStringList todo{id};
    while (!todo.isEmpty()) {
        const QString next = todo.takeLast();
        if (needed.contains(next))
            continue;
        needed.insert(next);
        todo.append(m_edges.value(next));
    }
    QStringList out;
    for (const QString &c : all) {
        if (needed.contains(c))
            out.append(c);
    }
    return out;
}

QStringList DependencyGraph::dependents(const QString &id) const
{
    QStringList out;
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it) {
        if (it.value().contains(id))
            out.append(it.key());
    }
    out.sort();
    return out;
}

} // namespace shipdeck
