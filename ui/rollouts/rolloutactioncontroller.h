#pragma once

#include "backend/deploy/rollouttypes.h"
#include "ui/shell/uicontext.h"

#include <QHash>
#include <QObject>

class QAction;
class QWidget;

namespace shipdeck {

class RolloutDetailViewModel;

// The actions on the open rollout — Promote, Promote Full, Abort, Retry, Pause, Resume and
// Roll Back — in the action registry (shortcut, command palette), enabled only where the
// engine allows them, each confirmed with what will happen and a required reason, run with
// the person's name as the actor.
class RolloutActionController : public QObject
{
    Q_OBJECT
public:
    RolloutActionController(const UiContext &context, RolloutDetailViewModel *vm, QWidget *dialogParent);

    QAction *action(RolloutAction action) const { return m_actions.value(int(action)); }
    QAction *rollbackAction() const { return m_rollback; }
    // Asks to roll back to `revision` (0 = the revision before the one serving now).
    void rollbackTo(int revision);
    void update();

Q_SIGNALS:
    void message(const QString &text, bool error);
    void rollbackTabRequested();

private:
    QAction *make(const QString &id, const QString &text, const QKeySequence &shortcut, const QString &icon);
    void run(RolloutAction action);

    UiContext m_context;
    RolloutDetailViewModel *m_vm; // Not owned.
    QWidget *m_parent;            // Not owned.
    QHash<int, QAction *> m_actions;
    QAction *m_rollback;
    bool m_busy = false;
    QString m_pending; // What the running action is, for its result message.
};

} // namespace shipdeck
