#pragma once

#include "backend/secrets/secretstypes.h"

#include <QObject>
#include <QPointer>

class QClipboard;
class QTimer;

namespace shipdeck {

// Puts a secret on the clipboard as the backend's ClipboardGrant says: with the hints that
// keep it out of clipboard managers' histories, and cleared after clearAfterMs — but only if
// the clipboard still holds that secret (the user may have copied something else since).
// Also cleared when this object goes away (the application quits).
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    explicit SecretClipboard(QClipboard *clipboard = nullptr, QObject *parent = nullptr);
    ~SecretClipboard() override;

    void copy(const ClipboardGrant &grant, const QString &label);
    bool isHolding() const;
    const QString &label() const { return m_label; }
    int clearAfterMs() const { return m_grant.clearAfterMs; }
    // Clears now if the clipboard still holds our secret; returns whether it did.
    bool clearNow();

Q_SIGNALS:
    void copied(const QString &label, int clearAfterMs);
    // byUs: the secret was removed; false: something else was on the clipboard by then.
    void cleared(const QString &label, bool byUs);

private:
    bool stillOurs() const;

    QPointer<QClipboard> m_clipboard;
    QTimer *m_timer;
    ClipboardGrant m_grant;
    QString m_label;
};

} // namespace shipdeck
