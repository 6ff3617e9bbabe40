#include "ui/clusters/clusterobjectactions.h"

#include "backend/kube/kubeclient.h"
#include "models/clusters/clustersviewmodel.h"
#include "ui/clusters/yamleditdialog.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/confirmdialog.h"
#include "ui/shell/themeicons.h"

#include <QAction>
#include <QInputDialog>
#include <QWidget>

namespace shipdeck {

ClusterObjectActions::ClusterObjectActions(ClustersViewModel *vm, ActionRegistry *registry, QWidget *dialogParent)
    : QObject(dialogParent), m_vm(vm), m_registry(registry), m_parent(dialogParent)
{
    connect(make(KubeAction::ViewYaml, tr("Show YAML of the Selected Object"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Y),
                 QStringLiteral("file-text")),
            &QAction::triggered, this, &ClusterObjectActions::yamlRequested);
    connect(make(KubeAction::Edit, tr("Edit Object…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E), QStringLiteral("wrench")),
            &QAction::triggered, this, &ClusterObjectActions::edit);
    connect(make(KubeAction::Scale, tr("Scale…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), QStringLiteral("sliders")),
            &QAction::triggered, this, &ClusterObjectActions::scale);
    connect(make(KubeAction::Restart, tr("Restart Rollout…"), {}, QStringLiteral("refresh")), &QAction::triggered, this,
            &ClusterObjectActions::restart);
    connect(make(KubeAction::Delete, tr("Delete Object…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D), QStringLiteral("x")),
            &QAction::triggered, this, &ClusterObjectActions::remove);
    connect(make(KubeAction::Logs, tr("Show Logs"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O), QStringLiteral("terminal")),
            &QAction::triggered, this, &ClusterObjectActions::logsRequested);
    const QList<std::tuple<KubeAction, QString, QString>> argo = {
        {KubeAction::Promote, tr("Promote Rollout…"), QStringLiteral("forward")},
        {KubeAction::PromoteFull, tr("Promote Rollout Fully…"), QStringLiteral("skip-forward")},
        {KubeAction::Abort, tr("Abort Rollout…"), QStringLiteral("stop")},
        {KubeAction::Retry, tr("Retry Rollout…"), QStringLiteral("retry")},
        {KubeAction::Undo, tr("Undo Rollout…"), QStringLiteral("rewind")},
        {KubeAction::Pause, tr("Pause Rollout…"), QStringLiteral("pause")},
        {KubeAction::RestartRollout, tr("Restart Rollout Pods…"), QStringLiteral("power")},
    };
    for (const auto &[kind, text, icon] : argo) {
        const KubeAction a = kind;
        connect(make(a, text, {}, icon), &QAction::triggered, this, [this, a] { rollout(a); });
    }
    connect(m_vm, &ClustersViewModel::accessChanged, this, &ClusterObjectActions::update);
    connect(m_vm, &ClustersViewModel::scopeChanged, this, &ClusterObjectActions::update);
    update();
}

QAction *ClusterObjectActions::make(KubeAction kind, const QString &text, const QKeySequence &shortcut, const QString &icon)
{
    const QString id = QStringLiteral("clusters.") + KubeActions::id(kind);
    QAction *a = m_registry ? m_registry->add(id, text, tr("Clusters"), shortcut, icon) : new QAction(ThemeIcons::icon(icon), text, this);
    if (!m_registry && !shortcut.isEmpty())
        a->setShortcut(shortcut);
    a->setObjectName(id);
    m_actions.insert(int(kind), a);
    return a;
}

QList<QAction *> ClusterObjectActions::objectActions() const
{
    QList<QAction *> out;
    for (KubeAction a : {KubeAction::Logs, KubeAction::Edit, KubeAction::Scale, KubeAction::Restart, KubeAction::Delete})
        out.append(action(a));
    return out;
}

QList<QAction *> ClusterObjectActions::rolloutActions() const
{
    QList<QAction *> out;
    for (KubeAction a : {KubeAction::Promote, KubeAction::PromoteFull, KubeAction::Abort, KubeAction::Retry, KubeAction::Undo,
                         KubeAction::Pause, KubeAction::RestartRollout})
        out.append(action(a));
    return out;
}

void ClusterObjectActions::setTarget(const QString &ns, const QString &name, const QString &replicas)
{
    m_namespace = ns;
    m_name = name;
    m_replicas = replicas;
    if (!name.isEmpty())
        m_vm->checkAccess(ns);
    update();
}

void ClusterObjectActions::update()
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const auto kind = KubeAction(it.key());
        const bool applies = KubeActions::applies(kind, m_vm->type());
        const std::optional<bool> allowed = m_vm->allowed(kind, m_namespace);
        // Shown where the kind has the action and the user is not refused; usable once an
        // object is selected and the answer is in.
        it.value()->setVisible(applies && allowed.value_or(true));
        it.value()->setEnabled(applies && !m_name.isEmpty() && allowed.value_or(false));
        if (applies && !m_name.isEmpty() && !allowed.has_value())
            it.value()->setToolTip(tr("Checking your permissions…"));
        else
            it.value()->setToolTip(it.value()->text());
    }
}

QString ClusterObjectActions::objectName() const
{
    const QString kind = m_vm->type().kind.isEmpty() ? m_vm->resource() : m_vm->type().kind.toLower();
    return kind + QLatin1Char('/') + m_name;
}

QString ClusterObjectActions::scopeText() const
{
    QString text = tr("Context: %1").arg(m_vm->context());
    if (!m_namespace.isEmpty())
        text += QStringLiteral(" · ") + tr("Namespace: %1").arg(m_namespace);
    return text;
}

void ClusterObjectActions::edit()
{
    if (m_name.isEmpty())
        return;
    const QString resource = m_vm->resource();
    const QString ns = m_namespace;
    const QString name = m_name;
    m_vm->client()->getYaml(resource, ns, name).then(this, [this, resource, ns, name](const Result<QByteArray> &yaml) {
        if (!yaml) {
            Q_EMIT m_vm->actionFinished(false, yaml.error().toString());
            return;
        }
        auto *dialog = new YamlEditDialog(m_vm->client(), resource, ns, name, yaml.value(), m_parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &YamlEditDialog::applied, m_vm, [this](const QString &message) { Q_EMIT m_vm->actionFinished(true, message); });
        dialog->open();
    });
}

void ClusterObjectActions::scale()
{
    if (m_name.isEmpty())
        return;
    bool ok = false;
    const int current = m_replicas.section(QLatin1Char('/'), -1).toInt();
    const int replicas = QInputDialog::getInt(m_parent, tr("Scale %1").arg(objectName()), tr("Replicas:"), current, 0, 10'000, 1, &ok);
    if (!ok)
        return;
    ConfirmDialog::Spec spec;
    spec.title = tr("Scale %1?").arg(objectName());
    spec.summary = tr("%1 will run %n replica(s).", nullptr, replicas).arg(objectName());
    spec.details = {scopeText(), tr("Replicas now: %1").arg(m_replicas.isEmpty() ? tr("unknown") : m_replicas)};
    spec.confirmText = tr("Scale");
    spec.destructive = replicas == 0;
    if (ConfirmDialog::ask(m_parent, spec))
        m_vm->scale(m_namespace, m_name, replicas);
}

void ClusterObjectActions::restart()
{
    if (m_name.isEmpty())
        return;
    ConfirmDialog::Spec spec;
    spec.title = tr("Restart %1?").arg(objectName());
    spec.summary = tr("Every pod of %1 is replaced, following its rollout strategy (kubectl rollout restart).").arg(objectName());
    spec.details = {scopeText()};
    spec.confirmText = tr("Restart");
    if (ConfirmDialog::ask(m_parent, spec))
        m_vm->restart(m_namespace, m_name);
}

void ClusterObjectActions::remove()
{
    if (m_name.isEmpty())
        return;
    ConfirmDialog::Spec spec;
    spec.title = tr("Delete %1?").arg(objectName());
    spec.summary = tr("%1 is deleted from the cluster; objects it owns are deleted with it.").arg(objectName());
    spec.details = {scopeText()};
    spec.confirmText = tr("Delete");
    spec.destructive = true;
    if (ConfirmDialog::ask(m_parent, spec))
        m_vm->remove(m_namespace, m_name);
}

void ClusterObjectActions::rollout(KubeAction kind)
{
    if (m_name.isEmpty())
        return;
    ConfirmDialog::Spec spec;
    qint64 argument = 0;
    switch (kind) {
    case KubeAction::Promote: spec.summary = tr("%1 moves on to its next step.").arg(objectName()); break;
    case KubeAction::PromoteFull: spec.summary = tr("%1 skips its remaining steps and analyses and goes to 100%.").arg(objectName()); break;
    case KubeAction::Abort: spec.summary = tr("%1 is aborted: traffic goes back to the stable version.").arg(objectName()); spec.destructive = true; break;
    case KubeAction::Retry: spec.summary = tr("The aborted %1 starts its steps again.").arg(objectName()); break;
    case KubeAction::Undo: spec.summary = tr("%1 rolls back to its previous revision.").arg(objectName()); spec.destructive = true; break;
    case KubeAction::Pause: spec.summary = tr("%1 is paused until it is promoted.").arg(objectName()); break;
    case KubeAction::RestartRollout: spec.summary = tr("The pods of %1 are restarted one after another.").arg(objectName()); break;
    default: return;
    }
    spec.title = tr("%1 %2?").arg(action(kind)->text().remove(QStringLiteral("…")), objectName());
    spec.details = {scopeText()};
    spec.confirmText = tr("Confirm");
    if (ConfirmDialog::ask(m_parent, spec))
        m_vm->rolloutAction(kind, m_namespace, m_name, argument);
}

} // namespace shipdeck
