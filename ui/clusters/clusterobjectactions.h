#pragma once

#include "models/clusters/kubeactions.h"

#include <QHash>
#include <QObject>

class QAction;
class QWidget;

namespace shipdeck {

class ActionRegistry;
class ClustersViewModel;

// The actions on the selected object of the Clusters page: edit (YAML with a diff before
// apply), scale, restart, delete and the Argo Rollouts actions. Each is registered in the
// action registry (command palette, shortcuts), shown only where it applies and where the
// user is allowed (SelfSubjectAccessReview), and confirms exactly what will happen.
class ClusterObjectActions : public QObject
{
    Q_OBJECT
public:
    ClusterObjectActions(ClustersViewModel *vm, ActionRegistry *registry, QWidget *dialogParent);

    // The selected object (empty name: nothing selected).
    void setTarget(const QString &ns, const QString &name, const QString &replicas);
    QAction *action(KubeAction action) const { return m_actions.value(int(action)); }
    QList<QAction *> objectActions() const;
    QList<QAction *> rolloutActions() const;
    // Shows or hides, enables or disables the actions for the target.
    void update();

    void edit();
    void scale();
    void restart();
    void remove();
    void rollout(KubeAction action);

Q_SIGNALS:
    void logsRequested();
    void yamlRequested();

private:
    QAction *make(KubeAction action, const QString &text, const QKeySequence &shortcut, const QString &icon);
    QString objectName() const;
    QString scopeText() const;

    ClustersViewModel *m_vm;
    ActionRegistry *m_registry;
    QWidget *m_parent;
    QHash<int, QAction *> m_actions;
    QString m_namespace;
    QString m_name;
    QString m_replicas;
};

} // namespace shipdeck
