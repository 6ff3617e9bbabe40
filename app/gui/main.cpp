// shipdeck: the desktop application. Composes the backend (on its own thread) and the main window.
#include "backend/facade/backend.h"
#include "backend/store/workspace.h"
#include "startupclock.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/thememanager.h"
#include "ui/shell/workspaceactions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace shipdeck;

namespace {
// Reports the first painted frame of the main window (for the start-up benchmark).
class FirstFrameWatcher : public QObject
{
public:
    explicit FirstFrameWatcher(bool exitAfter, QObject *parent) : QObject(parent), m_exitAfter(exitAfter) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            const qint64 ms = msSinceProcessStart();
            // Let the paint finish, then report.
            QTimer::singleShot(0, this, [this, ms] {
                std::printf("first-frame-ms %lld\n", static_cast<long long>(ms));
                std::fflush(stdout);
                if (m_exitAfter) {
                    QTimer::singleShot(qEnvironmentVariableIntValue("SHIPDECK_IDLE_MS"), this, [] {
                        std::printf("idle-rss-bytes %lld\n", static_cast<long long>(residentBytes()));
                        std::fflush(stdout);
                        QCoreApplication::quit();
                    });
                }
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_exitAfter;
    bool m_done = false;
};

void installTranslators(QApplication &app, const QString &requested)
{
    QString language = requested;
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("ui/language")).toString();
    if (language.isEmpty())
        language = QLocale::system().name().left(2);
    // English has a catalogue too: it carries the plural forms.
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/shipdeck_%1.qm").arg(language)))
        QApplication::installTranslator(ours);
    if (language == QLatin1String("en"))
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(language));
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Shipdeck"));
    QApplication::setOrganizationName(QStringLiteral("Shipdeck"));
    QApplication::setApplicationVersion(QStringLiteral(SHIPDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.shipdeck.Shipdeck"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Shipdeck operations console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption({QStringLiteral("w"), QStringLiteral("workspace")},
                                             QStringLiteral("Open the workspace in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Open the demo workspace (created on first use)."));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("light, dark or system."), QStringLiteral("THEME"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("User interface language: en or de."), QStringLiteral("LANG"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("Show this page first."), QStringLiteral("ID"));
    const QCommandLineOption noRestoreOption(QStringLiteral("no-restore"), QStringLiteral("Ignore the saved window layout."));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size WxH."), QStringLiteral("WxH"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save a PNG of the window once the workspace is open, then quit."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption firstFrameOption(QStringLiteral("report-first-frame"),
                                              QStringLiteral("Print the time to the first painted frame and the idle RSS, then quit."));
    parser.addOptions({workspaceOption, demoOption, themeOption, langOption, pageOption, noRestoreOption, sizeOption,
                       screenshotOption, firstFrameOption});
    parser.process(app);

    installTranslators(app, parser.value(langOption));
    auto *theme = new ThemeManager(&app);
    if (parser.isSet(themeOption))
        theme->setMode(ThemeManager::modeFromName(parser.value(themeOption)));
    theme->apply();

    BackendOptions options;
    options.lockWorkspace = true;
    Backend backend(options);
    MainWindow window(&backend, theme);
    if (!parser.isSet(noRestoreOption) && !parser.isSet(screenshotOption))
        window.restoreWindowState();
    else
        window.resize(1280, 800);
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window.resize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    if (parser.isSet(pageOption))
        window.showPage(parser.value(pageOption));

    if (parser.isSet(firstFrameOption))
        window.installEventFilter(new FirstFrameWatcher(true, &window));
    window.show();

    const bool demo = parser.isSet(demoOption);
    QString dir = parser.value(workspaceOption);
    if (dir.isEmpty())
        dir = demo ? Workspace::demoPath() : qEnvironmentVariable("SHIPDECK_WORKSPACE", Workspace::defaultPath());
    const bool create = demo || !parser.isSet(workspaceOption);
    window.workspaceActions()->openWorkspace(QDir(dir).absolutePath(), create, demo);

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QPointer<MainWindow> target(&window);
        auto shoot = [target, file] {
            if (target)
                target->grab().save(file);
            std::printf("saved %s\n", qPrintable(file));
            QCoreApplication::quit();
        };
        QObject::connect(&backend, &Backend::workspaceOpened, &window, [shoot] { QTimer::singleShot(1500, shoot); });
        QObject::connect(&backend, &Backend::stateChanged, &window, [shoot](BackendState state) {
            if (state == BackendState::Failed)
                QTimer::singleShot(500, shoot);
        });
    }
    return app.exec();
}
