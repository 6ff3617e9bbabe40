#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace shipdeck {

// Every user action of the application, with an id, a category for the command palette, a
// shortcut and an icon. Actions are added to the main window so their shortcuts work
// everywhere; the command palette lists them all.
class ActionRegistry : public QObject
{
    Q_OBJECT
public:
    explicit ActionRegistry(QWidget *shortcutScope, QObject *parent = nullptr);

    QAction *add(const QString &id, const QString &text, const QString &category,
                 const QKeySequence &shortcut = {}, const QString &iconName = {});
    QAction *action(const QString &id) const;
    QList<QAction *> all() const { return m_ordered; }

private:
    QWidget *m_scope; // Not owned.
    QHash<QString, QAction *> m_byId;
    QList<QAction *> m_ordered;
};

} // namespace shipdeck
