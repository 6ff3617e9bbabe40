#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace shipdeck {

class ActionRegistry;
class ComponentsViewModel;
class ThemeManager;

// The Components page's actions, in the action registry (so they are in the command palette,
// with shortcuts) and behind the page's buttons. Each one says what will happen and asks
// before it changes anything; failures are reported through actionFinished of the view-model.
class ComponentActions : public QObject
{
    Q_OBJECT
public:
    ComponentActions(ComponentsViewModel *vm, ActionRegistry *registry, ThemeManager *theme, QWidget *dialogParent);

    QAction *deployAction() const { return m_deploy; }
    QAction *stopAction() const { return m_stop; }
    QAction *scaleAction() const { return m_scale; }
    QAction *restartAction() const { return m_restart; }
    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }

    // The instance the restart action applies to (the page's current one).
    void setCurrentInstance(const QString &instanceId);

    void deploySelected();
    // By value: the arguments often point into a model that a refresh replaces while the
    // confirmation is open.
    void stopVersion(QString version);
    void scaleVersion(QString version, int replicas);
    void restartInstance(QString instanceId);
    void removeSelected();
    void addFromFile(const QString &path = {});
    // Enables what makes sense for the selection.
    void updateEnabled();

Q_SIGNALS:
    // Triggered from elsewhere (palette, shortcut): the page should show itself first.
    void pageWanted();
    // Scale was chosen from the palette: the page focuses the scale control.
    void scaleFocusWanted();
    void componentsAdded(const QStringList &ids);

private:
    ComponentsViewModel *m_vm; // Not owned.
    ThemeManager *m_theme;     // Not owned.
    QWidget *m_parent;         // Not owned.
    QString m_instance;
    QAction *m_deploy = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_scale = nullptr;
    QAction *m_restart = nullptr;
    QAction *m_add = nullptr;
    QAction *m_remove = nullptr;
};

} // namespace shipdeck
