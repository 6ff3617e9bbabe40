#include "models/notificationmodel.h"

#include <QUuid>

namespace shipdeck {

NotificationModel::NotificationModel(QObject *parent) : QAbstractListModel(parent) {}

QString NotificationModel::add(Notification notification)
{
    const int before = unreadCount();
    if (notification.id.isEmpty())
        notification.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!notification.time.isValid())
        notification.time = QDateTime::currentDateTime();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == notification.id) {
            beginRemoveRows({}, i, i);
            m_items.removeAt(i);
            endRemoveRows();
            break;
        }
    }
    beginInsertRows({}, 0, 0);
    m_items.prepend(notification);
    endInsertRows();
    if (m_items.size() > m_keep) {
        beginRemoveRows({}, m_keep, int(m_items.size()) - 1);
        m_items.resize(m_keep);
        endRemoveRows();
    }
    if (unreadCount() != before)
        Q_EMIT unreadCountChanged(unreadCount());
    return notification.id;
}

void NotificationModel::markAllRead()
{
    if (unreadCount() == 0)
        return;
    for (auto &n : m_items)
        n.read = true;
    Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1));
    Q_EMIT unreadCountChanged(0);
}

void NotificationModel::markRead(const QString &id)
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id && !m_items[i].read) {
            m_items[i].read = true;
            Q_EMIT dataChanged(index(i), index(i));
            Q_EMIT unreadCountChanged(unreadCount());
        }
    }
}

int NotificationModel::unreadCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const Notification &n) { return !n.read; }));
}

const NotificationModel::Notification *NotificationModel::find(const QString &id) const
{
    for (const auto &n : m_items) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

const NotificationModel::Notification *NotificationModel::at(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int NotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification &n = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return n.title;
    case Qt::ToolTipRole: return n.text;
    case IdRole: return n.id;
    case PageRole: return n.pageId;
    case ItemRole: return n.itemId;
    case SeverityRole: return int(n.severity);
    case ReadRole: return n.read;
    default: return {};
    }
}

} // namespace shipdeck
