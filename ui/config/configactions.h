#pragma once

#include "ui/shell/uicontext.h"

#include <QObject>

class QAction;

namespace shipdeck {

class ConfigPage;
class Error;
class ConfigViewModel;

// Everything the Config page does that changes something, as actions in the ActionRegistry
// (so the command palette lists them) and as the page's buttons: save or discard unsaved
// edits, commit, sync (with progress and cancel), branches, migrations, merge completion,
// external changes, creating or cloning the repository. Each says what will happen first.
class ConfigActions : public QObject
{
    Q_OBJECT
public:
    ConfigActions(ConfigPage *page, ConfigViewModel *vm, const UiContext &context);

    QAction *action(const QString &id) const;

    void saveDrafts();
    void discardDrafts();
    void commit();
    void sync();
    void newBranch();
    void switchBranch(const QString &name);
    void chooseBranch();
    void migrations();
    void completeMerge();
    void abortMerge();
    void keepMine();
    void takeTheirs();
    void revert(const QString &commitId, const QString &summary);
    void createRepository();
    void cloneRepository();
    void setValue(const QString &key, const QString &environment, const QJsonValue &value);
    void unsetValue(const QString &key, const QString &environment);

private:
    QAction *add(const QString &id, const QString &text, const QString &icon, void (ConfigActions::*slot)());
    void updateEnabled();
    void fillBranchMenu();
    void report(const QString &okText, const Error *error);

    ConfigPage *m_page;     // Not owned.
    ConfigViewModel *m_vm;  // Not owned.
    UiContext m_context;
};

} // namespace shipdeck
