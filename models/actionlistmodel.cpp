#include "models/actionlistmodel.h"

#include "models/fuzzymatcher.h"

#include <QAction>

#include <algorithm>

namespace shipdeck {

namespace {
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    return text;
}

QString categoryOf(const QAction *action)
{
    return action->property("category").toString();
}
} // namespace

ActionListModel::ActionListModel(QObject *parent) : QAbstractListModel(parent) {}

void ActionListModel::setActions(const QList<QAction *> &actions)
{
    m_all.clear();
    for (QAction *action : actions)
        m_all.append(action);
    rebuild();
}

void ActionListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    rebuild();
}

void ActionListModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    for (const auto &action : std::as_const(m_all)) {
        if (!action || action->isSeparator() || !action->isVisible())
            continue;
        const QString haystack = categoryOf(action) + QLatin1Char(' ') + plainText(action);
        int s = FuzzyMatcher::score(m_query, plainText(action));
        const int s2 = FuzzyMatcher::score(m_query, haystack);
        s = qMax(s, s2 - 50);
        if (s < 0)
            continue;
        m_visible.append({action, s});
    }
    if (!m_query.isEmpty()) {
        std::stable_sort(m_visible.begin(), m_visible.end(), [](const Entry &a, const Entry &b) {
            if (a.action->isEnabled() != b.action->isEnabled())
                return a.action->isEnabled();
            return a.score > b.score;
        });
    }
    endResetModel();
}

QAction *ActionListModel::actionAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? m_visible.at(row).action.data() : nullptr;
}

int ActionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant ActionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_visible.at(index.row());
    const QAction *action = entry.action;
    if (!action)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return plainText(action);
    case Qt::DecorationRole:
        return action->icon();
    case Qt::ToolTipRole:
        return action->toolTip();
    case Qt::StatusTipRole:
        return action->statusTip();
    case ActionRole:
        return QVariant::fromValue(static_cast<QObject *>(entry.action.data()));
    case ShortcutRole:
        return action->shortcut().toString(QKeySequence::NativeText);
    case CategoryRole:
        return categoryOf(action);
    case ScoreRole:
        return entry.score;
    default:
        return {};
    }
}

} // namespace shipdeck
