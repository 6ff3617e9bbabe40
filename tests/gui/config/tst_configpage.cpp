// The Config page on a real demo workspace (a git repository with base + 3 overlays): effective
// values with provenance, an edit through the editor that becomes a draft, a commit through the
// dialog that the real git history shows, and a conflict made with a second clone (real git
// CLI) resolved key by key through the page; screenshots in both themes and sizes.
#include "backend/config/configclient.h"
#include "backend/facade/backend.h"
#include "guitestsupport.h"
#include "models/config/configconflictmodel.h"
#include "models/config/configdraftmodel.h"
#include "models/config/configfiltermodel.h"
#include "models/config/configtablemodel.h"
#include "models/config/configviewmodel.h"
#include "testsupport.h"
#include "ui/config/configconflictpanel.h"
#include "ui/config/configdetailpane.h"
#include "ui/config/configpage.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/thememanager.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <memory>

using namespace shipdeck;

namespace {

QString git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"), QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Remote Colleague"), QStringLiteral("-c"),
                                               QStringLiteral("user.email=colleague@example.com")} + args);
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        qWarning("git %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Answers the next modal dialog: `fill` prepares it, then its confirm button is clicked. Polls
// from a timer instead of waiting inside a slot: the page opens some dialogs only when a
// future finishes, and a wait here would run that dialog's event loop nested inside it.
template<typename Fill>
void answerNextDialog(QObject *context, Fill fill)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    auto filled = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, context, [timer, fill, filled] {
        QWidget *dialog = QApplication::activeModalWidget();
        auto *confirm = dialog ? dialog->findChild<QAbstractButton *>(QStringLiteral("confirmButton")) : nullptr;
        if (!confirm)
            return;
        if (!*filled) {
            *filled = true;
            fill(dialog);
        }
        if (!confirm->isEnabled())
            return; // e.g. the dialog still loads what it shows
        timer->stop();
        timer->deleteLater();
        confirm->click();
    });
    timer->start();
}

QJsonValue cellValue(ConfigPage *page, const QString &key, const QString &env)
{
    ConfigTableModel *t = page->viewModel()->table();
    const int row = t->rowOfKey(key);
    return row < 0 ? QJsonValue(QJsonValue::Undefined) : t->index(row, t->columnOfEnvironment(env)).data(ConfigTableModel::ValueRole).value<QJsonValue>();
}

void replaceLine(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    QVERIFY2(text.contains(from), text.constData());
    text.replace(from, to);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

} // namespace

class tst_ConfigPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { test::isolateUserSettings(); }

    void tableEditCommitAndConflictResolution()
    {
        ThemeManager theme(qApp);
        BackendOptions options;
        options.fileLog = false;
        Backend backend(options);
        Workspace::OpenOptions open;
        open.create = true;
        open.demo = true;
        const QString root = m_dir.filePath(QStringLiteral("ws"));
        const QString repo = root + QStringLiteral("/config");
        QVERIFY_RESULT(test::await(backend.openWorkspace(root, open)));
        QVERIFY_RESULT(test::await(backend.seedDemo(), 120'000));

        MainWindow window(&backend, &theme);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("config"));
        auto *page = qobject_cast<ConfigPage *>(window.page(QStringLiteral("config")));
        QVERIFY(page);
        ConfigViewModel *vm = page->viewModel();
        ConfigTableModel *table = vm->table();
        const QString workers = QStringLiteral("app.server.workers");

        // Effective values with provenance: production overrides, staging inherits.
        QTRY_VERIFY_WITH_TIMEOUT(table->rowOfKey(workers) >= 0, 20'000);
        const int row = table->rowOfKey(workers);
        QCOMPARE(cellValue(page, workers, QStringLiteral("production")), QJsonValue(48));
        QCOMPARE(table->stateOf(row, table->columnOfEnvironment(QStringLiteral("production"))), ConfigTableModel::Overridden);
        QCOMPARE(table->index(row, table->columnOfEnvironment(QStringLiteral("production"))).data(ConfigTableModel::OriginRole).toString(),
                 QStringLiteral("environments/production/app.yaml:3"));
        QVERIFY(page->selectCell(workers, QStringLiteral("production")));
        QTRY_COMPARE(page->detail()->key(), workers);
        // The filter narrows the table.
        QTest::keyClicks(page->search(), QStringLiteral("workers"));
        QTRY_VERIFY(page->filter()->rowCount() >= 1 && page->filter()->rowCount() < table->rowCount());
        page->search()->clear();
        test::saveScreenshot(&window, QStringLiteral("config-table"));

        // Edit through the editor: a draft, listed, not yet on disk.
        page->detail()->setEditEnvironment(QStringLiteral("production"));
        page->detail()->valueEdit()->setText(QStringLiteral("64"));
        QTest::mouseClick(page->detail()->setButton(), Qt::LeftButton);
        QTRY_COMPARE(vm->drafts()->rowCount(), 1);
        QTRY_COMPARE(cellValue(page, workers, QStringLiteral("production")), QJsonValue(64));
        QTRY_VERIFY(table->index(table->rowOfKey(workers), table->columnOfEnvironment(QStringLiteral("production")))
                        .data(ConfigTableModel::DraftRole).toBool());

        // Commit with a message through the dialog; the real git history has it.
        answerNextDialog(this, [](QWidget *dialog) {
            auto *message = dialog->findChild<QPlainTextEdit *>(QStringLiteral("commitMessage"));
            QVERIFY(message);
            message->setPlainText(QStringLiteral("Production gets 64 workers for the sale"));
            test::saveScreenshot(dialog, QStringLiteral("config-commit-dialog"));
        });
        window.actions()->action(QStringLiteral("config.commit"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(git(repo, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}).trimmed()
                                     == QLatin1String("Production gets 64 workers for the sale"), 20'000);
        QTRY_COMPARE(vm->drafts()->rowCount(), 0);
        QVERIFY(git(repo, {QStringLiteral("show"), QStringLiteral("HEAD:environments/production/app.yaml")}).contains(QStringLiteral("workers: 64")));

        // A colleague's clone changes the same key; ours changes it too; sync meets a conflict.
        const QString remote = m_dir.filePath(QStringLiteral("remote.git"));
        git(m_dir.path(), {QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"), remote});
        QVERIFY_RESULT(test::await(vm->setRemote(QStringLiteral("origin"), remote)));
        QVERIFY_RESULT(test::await(vm->client()->sync(), 60'000));
        const QString colleague = m_dir.filePath(QStringLiteral("colleague"));
        git(m_dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), remote, colleague});
        replaceLine(colleague + QStringLiteral("/environments/production/app.yaml"), "workers: 64", "workers: 80");
        git(colleague, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Production needs 80 workers")});
        git(colleague, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
        QVERIFY_RESULT(test::await(vm->setValue(workers, QStringLiteral("production"), 72)));
        QVERIFY_RESULT(test::await(vm->commit(QStringLiteral("Production at 72 workers"))));

        answerNextDialog(this, [](QWidget *) {});
        window.actions()->action(QStringLiteral("config.sync"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(vm->conflicts()->rowCount() == 1, 60'000);
        QTRY_COMPARE(page->tabs()->currentIndex(), int(ConfigPage::ConflictsTab));
        const ConfigConflict *conflict = vm->conflicts()->conflictAt(0);
        QCOMPARE(conflict->file, QStringLiteral("environments/production/app.yaml"));
        QCOMPARE(conflict->ours, QJsonValue(72));
        QCOMPARE(conflict->theirs, QJsonValue(80));
        QCOMPARE(conflict->base, QJsonValue(64));
        ConfigConflictPanel *panel = page->conflictPanel();
        QTRY_VERIFY(!panel->completeButton()->isEnabled());
        test::saveScreenshot(&window, QStringLiteral("config-conflict"));

        // A value that breaks the schema is shown as invalid before anything is committed.
        panel->selectConflict(0);
        panel->valueEdit()->setText(QStringLiteral("0"));
        QTest::mouseClick(panel->useValueButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->validation()->text().contains(QStringLiteral("environments/production/app.yaml")), 20'000);
        QVERIFY(!panel->completeButton()->isEnabled());

        // Theirs validates; complete the merge through the confirmation.
        panel->selectConflict(0);
        QTest::mouseClick(panel->pickButton(QStringLiteral("theirs")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->completeButton()->isEnabled(), 20'000);
        QTRY_VERIFY(panel->validation()->text().contains(QStringLiteral("validates")));
        answerNextDialog(this, [](QWidget *) {});
        QTest::mouseClick(panel->completeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(vm->conflicts()->rowCount() == 0, 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(cellValue(page, workers, QStringLiteral("production")), QJsonValue(80), 20'000);
        QCOMPARE(git(repo, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%p")}).trimmed().split(QLatin1Char(' ')).size(), 2);
        QCOMPARE(git(remote, {QStringLiteral("rev-parse"), QStringLiteral("main")}), git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));

        // History shows the merge; screenshots of the page in both themes and sizes.
        page->showTab(ConfigPage::HistoryTab);
        page->selectCell(workers, QStringLiteral("production"));
        for (const auto mode : {ThemeManager::Mode::Light, ThemeManager::Mode::Dark}) {
            theme.setMode(mode);
            for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
                window.resize(size);
                for (const auto tab : {ConfigPage::ProblemsTab, ConfigPage::HistoryTab, ConfigPage::ChangesTab}) {
                    page->showTab(tab);
                    QCoreApplication::processEvents();
                    test::saveScreenshot(&window, QStringLiteral("config-tab%1-%2-%3x%4").arg(int(tab)).arg(ThemeManager::modeName(mode))
                                                      .arg(size.width()).arg(size.height()));
                }
            }
        }
        theme.setMode(ThemeManager::Mode::Light);
    }
};

QTEST_MAIN(tst_ConfigPage)
#include "tst_configpage.moc"
