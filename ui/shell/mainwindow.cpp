#include "ui/shell/mainwindow.h"

#include "backend/facade/backend.h"
#include "models/activejobsmodel.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/commandpalette.h"
#include "ui/shell/navigationsidebar.h"
#include "ui/shell/notificationcenter.h"
#include "ui/shell/page.h"
#include "ui/shell/statusbarwidget.h"
#include "ui/shell/themeicons.h"
#include "ui/shell/thememanager.h"
#include "ui/shell/workspaceactions.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace shipdeck {

MainWindow::MainWindow(Backend *backend, ThemeManager *theme, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_theme(theme)
    , m_actions(new ActionRegistry(this, this))
    , m_jobs(new ActiveJobsModel(this))
    , m_sidebar(new NavigationSidebar(this))
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Shipdeck"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/shipdeck.svg")));
    setObjectName(QStringLiteral("mainWindow"));
    connect(backend, &Backend::jobChanged, m_jobs, &ActiveJobsModel::upsert);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({200, 1000});
    setCentralWidget(splitter);

    m_status = new StatusBarWidget(backend, m_jobs, theme, this);
    statusBar()->addPermanentWidget(m_status, 1);
    m_notifications = new NotificationCenter(this);
    statusBar()->addPermanentWidget(m_notifications->bellButton());
    connect(m_notifications, &NotificationCenter::openRequested, this, &MainWindow::openItem);
    statusBar()->setSizeGripEnabled(true);

    m_workspaceActions = new WorkspaceActions(backend, m_actions, this);
    connect(m_workspaceActions, &WorkspaceActions::message, this, &MainWindow::showMessage);
    createPages();
    createShellActions();
    createMenus();
    m_palette = new CommandPalette(m_actions, this);

    connect(m_sidebar, &NavigationSidebar::pageSelected, this, &MainWindow::showPage);
    connect(backend, &Backend::workspaceOpened, this, [this](const WorkspaceInfo &info) {
        setWindowTitle(tr("%1 — Shipdeck").arg(info.name));
    });
    if (!m_pages.isEmpty())
        showPage(m_pages.first()->pageId());
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    UiContext context{m_backend, m_actions, m_theme, m_notifications};
    int index = 0;
    for (const auto &factory : PageRegistry::factories()) {
        Page *page = factory(context);
        page->setParent(m_stack);
        m_pages.append(page);
        m_stack->addWidget(page);
        m_sidebar->addPage(page->pageId(), page->title(), ThemeIcons::icon(page->iconName()));
        const QString id = page->pageId();
        connect(page, &Page::badgeChanged, this, [this, id](int count) { m_sidebar->setBadge(id, count); });
        connect(page, &Page::navigateRequested, this, &MainWindow::openItem);
        ++index;
        QKeySequence shortcut = index <= 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + index)) : QKeySequence();
        QAction *go = m_actions->add(QStringLiteral("go.") + id, tr("Go to %1").arg(page->title()), tr("Navigate"),
                                     shortcut, page->iconName());
        connect(go, &QAction::triggered, this, [this, id] { showPage(id); });
    }
}

void MainWindow::createShellActions()
{
    const QString view = tr("View");
    QAction *palette = m_actions->add(QStringLiteral("shell.palette"), tr("Command &Palette…"), view,
                                      QKeySequence(Qt::CTRL | Qt::Key_K), QStringLiteral("search"));
    connect(palette, &QAction::triggered, this, [this] { m_palette->popup(); });

    auto *themes = new QActionGroup(this);
    const QList<QPair<ThemeManager::Mode, QString>> modes = {
        {ThemeManager::Mode::System, tr("Theme: Follow System")},
        {ThemeManager::Mode::Light, tr("Theme: Light")},
        {ThemeManager::Mode::Dark, tr("Theme: Dark")}};
    for (const auto &[mode, text] : modes) {
        QAction *a = m_actions->add(QStringLiteral("theme.") + ThemeManager::modeName(mode), text, view, {},
                                    QStringLiteral("contrast"));
        a->setCheckable(true);
        a->setChecked(m_theme->mode() == mode);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, mode = mode] { m_theme->setMode(mode); });
    }
    QAction *toggle = m_actions->add(QStringLiteral("theme.toggle"), tr("Switch Light/Dark Theme"), view,
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), QStringLiteral("contrast"));
    connect(toggle, &QAction::triggered, this, [this] {
        m_theme->setMode(m_theme->isDark() ? ThemeManager::Mode::Light : ThemeManager::Mode::Dark);
        m_actions->action(QStringLiteral("theme.") + ThemeManager::modeName(m_theme->mode()))->setChecked(true);
    });
    const QString language = tr("Language");
    for (const auto &[code, name] : QList<QPair<QString, QString>>{{QStringLiteral("en"), QStringLiteral("English")},
                                                                   {QStringLiteral("de"), QStringLiteral("Deutsch")}}) {
        QAction *a = m_actions->add(QStringLiteral("language.") + code, tr("Language: %1").arg(name), language, {},
                                    QStringLiteral("globe"));
        connect(a, &QAction::triggered, this, [this, code = code, name = name] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            showMessage(tr("Shipdeck will use %1 from its next start.").arg(name), 0);
        });
    }
    const QString help = tr("Help");
    QAction *about = m_actions->add(QStringLiteral("help.about"), tr("&About Shipdeck"), help, {}, QStringLiteral("info"));
    connect(about, &QAction::triggered, this, [this] {
        AboutDialog dialog(m_workspaceActions->workspacePath(), this);
        dialog.exec();
    });
    QAction *quit = m_actions->add(QStringLiteral("app.quit"), tr("&Quit"), tr("Application"), QKeySequence::Quit,
                                   QStringLiteral("power"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    for (const char *id : {"workspace.open", "workspace.demo", "workspace.backup"})
        file->addAction(m_actions->action(QString::fromLatin1(id)));
    file->addSeparator();
    file->addAction(m_actions->action(QStringLiteral("app.quit")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->action(QStringLiteral("shell.palette")));
    view->addSeparator();
    for (Page *page : std::as_const(m_pages))
        view->addAction(m_actions->action(QStringLiteral("go.") + page->pageId()));
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    for (const char *id : {"theme.system", "theme.light", "theme.dark", "theme.toggle"})
        theme->addAction(m_actions->action(QString::fromLatin1(id)));
    QMenu *language = view->addMenu(tr("&Language"));
    language->addAction(m_actions->action(QStringLiteral("language.en")));
    language->addAction(m_actions->action(QStringLiteral("language.de")));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    for (const char *id : {"workspace.maintenance", "workspace.check"})
        tools->addAction(m_actions->action(QString::fromLatin1(id)));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->action(QStringLiteral("help.about")));
}

void MainWindow::showPage(const QString &pageId)
{
    Page *target = page(pageId);
    if (!target)
        return;
    if (m_stack->currentWidget() != target)
        m_stack->setCurrentWidget(target);
    if (m_sidebar->currentPageId() != pageId)
        m_sidebar->setCurrentPage(pageId);
    target->activated();
}

void MainWindow::openItem(const QString &pageId, const QString &itemId)
{
    showPage(pageId);
    if (Page *target = page(pageId); target && !itemId.isEmpty())
        target->openItem(itemId);
}

QString MainWindow::currentPageId() const
{
    auto *current = qobject_cast<Page *>(m_stack->currentWidget());
    return current ? current->pageId() : QString();
}

Page *MainWindow::page(const QString &pageId) const
{
    for (Page *p : m_pages) {
        if (p->pageId() == pageId)
            return p;
    }
    return nullptr;
}

void MainWindow::showMessage(const QString &text, int severity)
{
    statusBar()->showMessage(text, severity == 0 ? 8000 : 20000);
    if (severity >= 2)
        statusBar()->setToolTip(text);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("mainwindow/state")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings.value(QStringLiteral("mainwindow/splitter")).toByteArray());
    const QString pageId = settings.value(QStringLiteral("mainwindow/page")).toString();
    if (page(pageId))
        showPage(pageId);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/state"), saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("mainwindow/splitter"), splitter->saveState());
    settings.setValue(QStringLiteral("mainwindow/page"), currentPageId());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (Page *p : std::as_const(m_pages))
            m_sidebar->retitle(p->pageId(), p->title(), ThemeIcons::icon(p->iconName()));
    }
    QMainWindow::changeEvent(event);
}


} // namespace shipdeck
