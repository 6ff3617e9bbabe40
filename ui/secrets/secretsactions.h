#pragma once

#include "ui/shell/uicontext.h"

#include <QObject>

class QAction;

namespace shipdeck {

class Error;
class SecretsPage;
class SecretsViewModel;

// What the Secrets page does, as actions in the ActionRegistry (the command palette lists
// them) and as the page's buttons. Each says first what will happen — which item or file,
// which recipients — and reveals are recorded in the audit log with an optional reason.
class SecretsActions : public QObject
{
    Q_OBJECT
public:
    SecretsActions(SecretsPage *page, SecretsViewModel *vm, const UiContext &context);

    QAction *action(const QString &id) const;

    void unlockVault();
    void lockVault();
    void revealVaultItem();
    void copyVaultItem();
    void rotateVaultItem();
    void revealSopsValue();
    void editSopsValue();
    void editSopsRecipients();
    void rotateSopsDataKey();
    void revealKubeValue();

private:
    QAction *add(const QString &id, const QString &text, const QString &icon, void (SecretsActions::*slot)());
    void updateEnabled();
    void report(const QString &okText, const Error *error);
    // Asks before a reveal; returns false when cancelled. *reason receives the optional reason.
    bool confirmReveal(const QString &what, QString *reason);

    SecretsPage *m_page;     // Not owned.
    SecretsViewModel *m_vm;  // Not owned.
    UiContext m_context;
};

} // namespace shipdeck
