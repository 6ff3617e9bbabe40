#pragma once

#include <QListWidget>

namespace shipdeck {

// The page list on the left: icon, title and a badge count per page. Keyboard navigable.
class NavigationSidebar : public QListWidget
{
    Q_OBJECT
public:
    explicit NavigationSidebar(QWidget *parent = nullptr);

    void addPage(const QString &pageId, const QString &title, const QIcon &icon);
    void setBadge(const QString &pageId, int count);
    void setCurrentPage(const QString &pageId);
    QString currentPageId() const;
    void retitle(const QString &pageId, const QString &title, const QIcon &icon);

Q_SIGNALS:
    void pageSelected(const QString &pageId);

private:
    QListWidgetItem *itemFor(const QString &pageId) const;
};

} // namespace shipdeck
