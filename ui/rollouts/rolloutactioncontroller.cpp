#include "ui/rollouts/rolloutactioncontroller.h"

#include "models/rollouts/revisionmodel.h"
#include "models/rollouts/rolloutactionrules.h"
#include "models/rollouts/rolloutdetailviewmodel.h"
#include "models/rollouts/rollouttext.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/confirmdialog.h"
#include "ui/shell/themeicons.h"

#include <QAction>
#include <QWidget>

namespace shipdeck {

RolloutActionController::RolloutActionController(const UiContext &context, RolloutDetailViewModel *vm, QWidget *dialogParent)
    : QObject(dialogParent), m_context(context), m_vm(vm), m_parent(dialogParent)
{
    struct Def
    {
        RolloutAction action;
        const char *id;
        QString text;
        QKeySequence shortcut;
        const char *icon;
    };
    const QList<Def> defs{
        {RolloutAction::Promote, "rollout.promote", tr("&Promote Rollout…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), "forward"},
        {RolloutAction::PromoteFull, "rollout.promoteFull", tr("Promote Rollout &Fully…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), "skip-forward"},
        {RolloutAction::Abort, "rollout.abort", tr("&Abort Rollout…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), "stop"},
        {RolloutAction::Retry, "rollout.retry", tr("&Retry Rollout…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), "retry"},
        {RolloutAction::Pause, "rollout.pause", tr("Pa&use Rollout…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), "pause"},
        {RolloutAction::Resume, "rollout.resume", tr("Res&ume Rollout…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), "play"},
    };
    for (const Def &d : defs) {
        QAction *a = make(QString::fromLatin1(d.id), d.text, d.shortcut, QString::fromLatin1(d.icon));
        a->setProperty("shortText", RolloutActionRules::actionText(d.action));
        m_actions.insert(int(d.action), a);
        connect(a, &QAction::triggered, this, [this, action = d.action] { run(action); });
    }
    m_rollback = make(QStringLiteral("rollout.rollback"), tr("Roll &Back to a Revision…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                      QStringLiteral("rewind"));
    m_rollback->setProperty("shortText", tr("Roll Back"));
    connect(m_rollback, &QAction::triggered, this, [this] {
        Q_EMIT rollbackTabRequested();
        rollbackTo(0);
    });
    connect(vm, &RolloutDetailViewModel::loaded, this, &RolloutActionController::update);
    connect(vm->revisions(), &QAbstractItemModel::modelReset, this, &RolloutActionController::update);
    connect(vm->revisions(), &QAbstractItemModel::rowsInserted, this, &RolloutActionController::update);
    connect(vm->revisions(), &QAbstractItemModel::dataChanged, this, &RolloutActionController::update);
    connect(vm, &RolloutDetailViewModel::actionFinished, this, [this](bool ok, const QString &text) {
        m_busy = false;
        update();
        const QString done = m_pending.isEmpty() ? tr("Done") : tr("%1: done").arg(m_pending);
        Q_EMIT message(!ok ? text : text.isEmpty() ? done : tr("%1 — %2").arg(done, text), !ok);
    });
    update();
}

QAction *RolloutActionController::make(const QString &id, const QString &text, const QKeySequence &shortcut, const QString &icon)
{
    QAction *a = nullptr;
    if (m_context.actions) {
        a = m_context.actions->add(id, text, tr("Rollout"), shortcut, icon);
    } else {
        a = new QAction(ThemeIcons::icon(icon), text, this);
        a->setObjectName(id);
        a->setShortcut(shortcut);
    }
    a->setProperty("baseToolTip", a->toolTip());
    return a;
}

void RolloutActionController::update()
{
    const QJsonObject r = m_vm->rollout();
    const QString actor = RolloutText::actor();
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it) {
        const auto state = RolloutActionRules::state(r, RolloutAction(it.key()), actor);
        it.value()->setEnabled(state.enabled && !m_busy);
        it.value()->setToolTip(state.enabled ? it.value()->property("baseToolTip").toString() : state.why);
    }
    RevisionModel *revisions = m_vm->revisions();
    bool any = false;
    for (int row = 0; row < revisions->rowCount() && !any; ++row)
        any = revisions->canRollbackTo(row);
    m_rollback->setEnabled(any && !m_busy && !r.isEmpty());
    m_rollback->setToolTip(any ? m_rollback->property("baseToolTip").toString()
                               : tr("No earlier fully promoted revision to return to, or a rollout is in progress."));
}

void RolloutActionController::run(RolloutAction action)
{
    const QJsonObject r = m_vm->rollout();
    const QString actor = RolloutText::actor();
    const auto state = RolloutActionRules::state(r, action, actor);
    if (!state.enabled) {
        Q_EMIT message(state.why, true);
        return;
    }
    const auto d = RolloutActionRules::describe(r, action, actor);
    ConfirmDialog::Spec spec;
    spec.title = d.title;
    spec.summary = d.summary;
    spec.details = d.details;
    spec.confirmText = d.confirmText;
    spec.destructive = d.destructive;
    spec.reasonRequired = true;
    spec.reasonPlaceholder = tr("Why? e.g. \"judge passed, dashboards green\" — recorded with your name (%1)").arg(actor);
    QString reason;
    if (!ConfirmDialog::ask(m_parent, spec, &reason))
        return;
    // The rollout may have moved on while the dialog was open: check again.
    const auto again = RolloutActionRules::state(m_vm->rollout(), action, actor);
    if (!again.enabled) {
        Q_EMIT message(again.why, true);
        return;
    }
    m_busy = true;
    m_pending = RolloutActionRules::actionText(action);
    update();
    m_vm->act(action, actor, reason);
}

void RolloutActionController::rollbackTo(int revision)
{
    RevisionModel *revisions = m_vm->revisions();
    int row = revision > 0 ? revisions->rowOfRevision(revision) : -1;
    if (revision <= 0) {
        // The newest promoted revision before the one serving now.
        const int serving = revisions->servingRevision();
        for (int i = 0; i < revisions->rowCount(); ++i) {
            if (revisions->revisionAt(i)->revision < serving && revisions->canRollbackTo(i)) {
                row = i;
                break;
            }
        }
    }
    QString why;
    if (row < 0 || !revisions->canRollbackTo(row, &why)) {
        Q_EMIT message(why.isEmpty() ? tr("There is no earlier fully promoted revision to roll back to.") : why, true);
        return;
    }
    const RolloutRecord *target = revisions->revisionAt(row);
    const RolloutRecord *serving = revisions->revisionAt(revisions->rowOfRevision(revisions->servingRevision()));
    const QString actor = RolloutText::actor();
    const auto d = RolloutActionRules::describeRollback(m_vm->rollout(), target->revision, target->targetVersion,
                                                        serving ? serving->targetVersion : QString(), actor);
    ConfirmDialog::Spec spec{d.title, d.summary, d.details, d.confirmText, d.destructive, true,
                             tr("Why roll back? Recorded with your name (%1)").arg(actor)};
    QString reason;
    if (!ConfirmDialog::ask(m_parent, spec, &reason))
        return;
    m_busy = true;
    m_pending = tr("Roll back to revision %1").arg(target->revision);
    update();
    m_vm->rollbackTo(target->revision, actor, reason);
}

} // namespace shipdeck
