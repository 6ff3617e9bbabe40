// Renders every page of the demo workspace in both themes and at two window sizes to PNG files
// under <build>/test-artifacts/screenshots, for people to look at (and to catch blank pages).
#include "backend/facade/backend.h"
#include "guitestsupport.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/page.h"
#include "ui/shell/thememanager.h"
#include "ui/shell/workspaceactions.h"

#include <QApplication>
#include <QFileInfo>
#include <QImage>

using namespace shipdeck;

class tst_PageScreenshots : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { test::isolateUserSettings(); }

    void renderEveryPage()
    {
        ThemeManager theme(qApp);
        BackendOptions options;
        options.fileLog = false;
        Backend backend(options);
        MainWindow window(&backend, &theme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(&backend, &Backend::workspaceOpened);
        window.workspaceActions()->openWorkspace(m_dir.filePath(QStringLiteral("demo")), true, true);
        QVERIFY(opened.wait(10'000));
        // The demo content arrives through the seeding; wait for the first workflow run.
        QSignalSpy finished(&backend, &Backend::workflowFinished);
        QVERIFY(finished.wait(60'000));

        int shots = 0;
        for (const auto mode : {ThemeManager::Mode::Light, ThemeManager::Mode::Dark}) {
            theme.setMode(mode);
            for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
                window.resize(size);
                for (Page *page : window.pages()) {
                    window.showPage(page->pageId());
                    QCoreApplication::processEvents();
                    const QString name = QStringLiteral("%1-%2-%3x%4").arg(page->pageId(), ThemeManager::modeName(mode))
                                             .arg(size.width()).arg(size.height());
                    const QString path = test::saveScreenshot(&window, name);
                    const QImage image(path);
                    QCOMPARE(image.size(), size);
                    // The window's background matches the theme.
                    const QColor corner = image.pixelColor(size.width() - 5, size.height() / 2);
                    if (mode == ThemeManager::Mode::Dark)
                        QVERIFY2(corner.lightness() < 128, qPrintable(name));
                    else
                        QVERIFY2(corner.lightness() > 128, qPrintable(name));
                    ++shots;
                }
            }
        }
        QCOMPARE(shots, 4 * int(window.pages().size()));
    }
};

QTEST_MAIN(tst_PageScreenshots)
#include "tst_pagescreenshots.moc"
