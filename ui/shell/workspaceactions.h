#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace shipdeck {

class ActionRegistry;
class Backend;

// The workspace actions (open, demo, back up, maintenance, check): each asks what it must,
// confirms what will happen, runs in the backend and reports the outcome.
class WorkspaceActions : public QObject
{
    Q_OBJECT
public:
    WorkspaceActions(Backend *backend, ActionRegistry *actions, QWidget *window);

    // Opens dir; creates the workspace when `create`; seeds the demo content into a new demo workspace.
    void openWorkspace(const QString &dir, bool create, bool demo = false);
    const QString &workspacePath() const { return m_path; }

Q_SIGNALS:
    // A result for the status bar / a notification: severity 0 info, 1 warning, 2 error.
    void message(const QString &text, int severity);

private:
    void chooseWorkspace();
    void backup();
    void runMaintenance();
    void check();

    Backend *m_backend;        // Not owned.
    ActionRegistry *m_actions; // Not owned.
    QWidget *m_window;         // Not owned.
    QString m_path;
    QString m_name;
};

} // namespace shipdeck
