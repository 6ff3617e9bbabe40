#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace shipdeck {

class ActionRegistry;
class ActiveJobsModel;
class Backend;
class CommandPalette;
class NavigationSidebar;
class NotificationCenter;
class Page;
class StatusBarWidget;
class ThemeManager;
class WorkspaceActions;

// Composes the shell — sidebar, pages, status bar, command palette, menus — and routes
// actions. It does no work of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Backend *backend, ThemeManager *theme, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(const QString &pageId);
    QString currentPageId() const;
    Page *page(const QString &pageId) const;
    QList<Page *> pages() const { return m_pages; }
    ActionRegistry *actions() const { return m_actions; }
    CommandPalette *commandPalette() const { return m_palette; }
    WorkspaceActions *workspaceActions() const { return m_workspaceActions; }
    StatusBarWidget *statusWidget() const { return m_status; }
    NotificationCenter *notifications() const { return m_notifications; }
    // Shows a page and, on it, one item.
    void openItem(const QString &pageId, const QString &itemId);

    void restoreWindowState();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createPages();
    void createShellActions();
    void createMenus();
    void showMessage(const QString &text, int severity);

    Backend *m_backend;     // Not owned.
    ThemeManager *m_theme;  // Not owned.
    ActionRegistry *m_actions;
    ActiveJobsModel *m_jobs;
    NavigationSidebar *m_sidebar;
    QStackedWidget *m_stack;
    StatusBarWidget *m_status;
    CommandPalette *m_palette;
    WorkspaceActions *m_workspaceActions;
    NotificationCenter *m_notifications;
    QList<Page *> m_pages;
};

} // namespace shipdeck
