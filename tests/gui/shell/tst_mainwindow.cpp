// Smoke test of the shell on a real workspace: open, navigate every page, run a palette action.
#include "backend/facade/backend.h"
#include "guitestsupport.h"
#include "models/actionlistmodel.h"
#include "ui/pages/auditpage.h"
#include "ui/pages/jobspage.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/commandpalette.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/page.h"
#include "ui/shell/statusbarwidget.h"
#include "ui/shell/thememanager.h"
#include "ui/shell/workspaceactions.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTimer>

using namespace shipdeck;

class tst_MainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { test::isolateUserSettings(); }

    void opensNavigatesAndRunsAPaletteAction()
    {
        ThemeManager theme(qApp);
        theme.setMode(ThemeManager::Mode::Light);
        BackendOptions options;
        options.fileLog = false;
        options.lockWorkspace = true;
        Backend backend(options);
        MainWindow window(&backend, &theme);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSignalSpy opened(&backend, &Backend::workspaceOpened);
        window.workspaceActions()->openWorkspace(m_dir.path(), true, false);
        QVERIFY(opened.wait(10'000));
        QTRY_COMPARE(window.statusWidget()->stateText(), QStringLiteral("backend ready"));
        QVERIFY(window.windowTitle().contains(QFileInfo(m_dir.path()).fileName()));

        // Every registered page is reachable, by the sidebar's shortcut too.
        const QList<Page *> pages = window.pages();
        QVERIFY(pages.size() >= 3);
        for (int i = 0; i < pages.size() && i < 9; ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QTRY_COMPARE(window.currentPageId(), pages.at(i)->pageId());
        }
        window.showPage(QStringLiteral("overview"));

        // Every shortcut is window-wide, so no two actions of any page may share one (Qt fires
        // neither of an ambiguous pair).
        QHash<QString, QString> owners;
        for (QAction *action : window.actions()->all()) {
            for (const QKeySequence &key : action->shortcuts()) {
                const QString text = key.toString();
                QVERIFY2(!owners.contains(text), qPrintable(QStringLiteral("%1 is bound to both %2 and %3")
                                                                .arg(text, owners.value(text), action->objectName())));
                owners.insert(text, action->objectName());
            }
        }

        // The maintenance action is enabled once the workspace is open and confirms first.
        QAction *maintenance = window.actions()->action(QStringLiteral("workspace.maintenance"));
        QTRY_VERIFY(maintenance->isEnabled());

        // Command palette: Ctrl+K, type, Enter — switches to the dark theme.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        CommandPalette *palette = window.commandPalette();
        QTRY_VERIFY(palette->isVisible());
        QTest::keyClicks(palette->input(), QStringLiteral("theme dark"));
        QVERIFY(palette->model()->rowCount() >= 1);
        QCOMPARE(palette->model()->data(palette->model()->index(0, 0)).toString(), QStringLiteral("Theme: Dark"));
        QTest::keyClick(palette->input(), Qt::Key_Return);
        QTRY_VERIFY(theme.isDark());
        QVERIFY(!palette->isVisible());
        QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));

        // Run maintenance from the palette, confirming the dialog; the run appears on the Jobs page.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *confirm = QApplication::activeModalWidget()->findChild<QAbstractButton *>(QStringLiteral("confirmButton"));
            QVERIFY(confirm);
            confirm->click();
        });
        QSignalSpy finished(&backend, &Backend::workflowFinished);
        maintenance->trigger();
        QVERIFY(finished.wait(30'000));
        window.showPage(QStringLiteral("jobs"));
        auto *jobs = qobject_cast<JobsPage *>(window.page(QStringLiteral("jobs")));
        QTRY_COMPARE(jobs->view()->model()->rowCount(), 1);

        window.showPage(QStringLiteral("audit"));
        auto *audit = qobject_cast<AuditPage *>(window.page(QStringLiteral("audit")));
        audit->verifyChain();
        QTRY_VERIFY(audit->verdict()->text().contains(QStringLiteral("intact")));
        test::saveScreenshot(&window, QStringLiteral("smoke-audit-dark"));

        // Window state is remembered.
        window.close();
        QCOMPARE(QSettings().value(QStringLiteral("mainwindow/page")).toString(), QStringLiteral("audit"));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
