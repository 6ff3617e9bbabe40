#include "ui/shell/notificationcenter.h"

#include "ui/shell/themeicons.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QWidget>

namespace shipdeck {

NotificationCenter::NotificationCenter(QWidget *window)
    : QObject(window), m_window(window), m_model(new NotificationModel(this)), m_bell(new QToolButton(window))
{
    m_bell->setAutoRaise(true);
    m_bell->setIcon(ThemeIcons::icon(QStringLiteral("bell")));
    m_bell->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_bell->setAccessibleName(tr("Notifications"));
    connect(m_bell, &QToolButton::clicked, this, &NotificationCenter::showMenu);
    connect(m_model, &NotificationModel::unreadCountChanged, this, &NotificationCenter::updateBell);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/shipdeck.svg")), this);
        m_tray->setToolTip(tr("Shipdeck"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastShownId.isEmpty())
                activate(m_lastShownId);
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
    }
    updateBell();
}

void NotificationCenter::notify(const QString &id, const QString &title, const QString &text,
                                NotificationModel::Severity severity, const QString &pageId, const QString &itemId)
{
    if (const auto *existing = m_model->find(id); existing && existing->text == text)
        return; // already told
    NotificationModel::Notification n;
    n.id = id;
    n.title = title;
    n.text = text;
    n.severity = severity;
    n.pageId = pageId;
    n.itemId = itemId;
    m_lastShownId = m_model->add(n);
    if (m_tray) {
        const auto icon = severity == NotificationModel::Severity::Error ? QSystemTrayIcon::Critical
                        : severity == NotificationModel::Severity::Warning ? QSystemTrayIcon::Warning
                                                                           : QSystemTrayIcon::Information;
        m_tray->showMessage(title, text, icon, 10'000);
    }
}

void NotificationCenter::activate(const QString &id)
{
    const auto *n = m_model->find(id);
    if (!n)
        return;
    const QString page = n->pageId, item = n->itemId;
    m_model->markRead(id);
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    Q_EMIT openRequested(page, item);
}

void NotificationCenter::updateBell()
{
    const int unread = m_model->unreadCount();
    m_bell->setText(unread > 0 ? QString::number(unread) : QString());
    m_bell->setToolTip(unread > 0 ? tr("%n unread notification(s)", nullptr, unread) : tr("No new notifications"));
}

void NotificationCenter::showMenu()
{
    QMenu menu(m_bell);
    if (m_model->rowCount() == 0)
        menu.addAction(tr("No notifications"))->setEnabled(false);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto *n = m_model->at(row);
        QAction *a = menu.addAction(n->read ? n->title : QStringLiteral("● ") + n->title);
        a->setToolTip(n->text);
        const QString id = n->id;
        connect(a, &QAction::triggered, this, [this, id] { activate(id); });
    }
    menu.exec(m_bell->mapToGlobal(QPoint(0, -menu.sizeHint().height())));
}

} // namespace shipdeck
