#pragma once

#include <QAbstractListModel>
#include <QDateTime>

namespace shipdeck {

// Desktop notifications of this session (approvals waiting, rollouts failed …), newest first,
// with where each one leads (a page and an item on it).
class NotificationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Severity { Info, Warning, Error };
    struct Notification
    {
        QString id;
        QString title;
        QString text;
        Severity severity = Severity::Info;
        QString pageId;
        QString itemId;
        QDateTime time;
        bool read = false;
    };
    enum Role { IdRole = Qt::UserRole + 1, PageRole, ItemRole, SeverityRole, ReadRole };

    explicit NotificationModel(QObject *parent = nullptr);

    // Adds a notification; one with the same id replaces the earlier one (no duplicates).
    QString add(Notification notification);
    void markAllRead();
    void markRead(const QString &id);
    int unreadCount() const;
    const Notification *find(const QString &id) const;
    const Notification *at(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void unreadCountChanged(int count);

private:
    QList<Notification> m_items;
    int m_keep = 50;
};

} // namespace shipdeck
