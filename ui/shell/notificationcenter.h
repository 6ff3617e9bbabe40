#pragma once

#include "models/notificationmodel.h"

#include <QObject>

class QSystemTrayIcon;
class QToolButton;
class QWidget;

namespace shipdeck {

// Shows notifications on the desktop (system tray) when one is available, and always in the
// status bar's bell menu. Clicking either opens what the notification is about.
class NotificationCenter : public QObject
{
    Q_OBJECT
public:
    explicit NotificationCenter(QWidget *window);

    // Notifies; `id` deduplicates (the same approval waiting is one notification).
    void notify(const QString &id, const QString &title, const QString &text,
                NotificationModel::Severity severity, const QString &pageId, const QString &itemId);
    NotificationModel *model() const { return m_model; }
    QToolButton *bellButton() const { return m_bell; }
    bool trayAvailable() const { return m_tray != nullptr; }
    // Opens what a notification is about (as a click on it would).
    void activate(const QString &id);

Q_SIGNALS:
    void openRequested(const QString &pageId, const QString &itemId);

private:
    void showMenu();
    void updateBell();

    QWidget *m_window; // Not owned.
    NotificationModel *m_model;
    QSystemTrayIcon *m_tray = nullptr;
    QToolButton *m_bell;
    QString m_lastShownId;
};

} // namespace shipdeck
