#include "ui/shell/actionregistry.h"

#include "ui/shell/themeicons.h"

#include <QAction>
#include <QWidget>

namespace shipdeck {

ActionRegistry::ActionRegistry(QWidget *shortcutScope, QObject *parent) : QObject(parent), m_scope(shortcutScope) {}

QAction *ActionRegistry::add(const QString &id, const QString &text, const QString &category,
                             const QKeySequence &shortcut, const QString &iconName)
{
    Q_ASSERT_X(!m_byId.contains(id), "ActionRegistry::add", "duplicate action id");
    auto *action = new QAction(text, this);
    action->setObjectName(id);
    action->setProperty("category", category);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                          shortcut.toString(QKeySequence::NativeText)));
    }
    if (!iconName.isEmpty())
        action->setIcon(ThemeIcons::icon(iconName));
    if (m_scope)
        m_scope->addAction(action);
    m_byId.insert(id, action);
    m_ordered.append(action);
    return action;
}

QAction *ActionRegistry::action(const QString &id) const
{
    return m_byId.value(id);
}

} // namespace shipdeck
