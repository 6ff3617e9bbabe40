// The Clusters page and its log view, offscreen, against the real test API server over TLS:
// context switch (and what a viewer may do), live pods, YAML, scale and delete confirmed and
// reaching the server, logs streaming across a pod restart, a broken kubeconfig explained,
// and screenshots in both themes at two sizes.
#include "backend/facade/backend.h"
#include "backend/kube/kubelogbuffer.h"
#include "guitestsupport.h"
#include "kubetestserver.h"
#include "models/clusters/clustersviewmodel.h"
#include "models/clusters/kubeobjectproxymodel.h"
#include "models/clusters/kubeobjecttablemodel.h"
#include "models/logs/logdocument.h"
#include "ui/clusters/clusterobjectactions.h"
#include "ui/clusters/clusterspage.h"
#include "ui/logs/logpanel.h"
#include "ui/logs/logview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/thememanager.h"
#include "ui/shell/workspaceactions.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace shipdeck;
using namespace shipdeck::test;

namespace {
// Answers the next modal dialogs in order, each with its handler, as a person would.
class DialogAnswerer : public QObject
{
public:
    explicit DialogAnswerer(QList<std::function<void(QWidget *)>> handlers) : m_handlers(std::move(handlers))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last || m_handlers.isEmpty())
                return;
            m_last = modal;
            m_handlers.takeFirst()(modal);
        });
        m_timer.start(20);
    }
    bool done() const { return m_handlers.isEmpty(); }

private:
    QTimer m_timer;
    QPointer<QWidget> m_last;
    QList<std::function<void(QWidget *)>> m_handlers;
};

void confirm(QWidget *dialog)
{
    auto *button = dialog->findChild<QAbstractButton *>(QStringLiteral("confirmButton"));
    QVERIFY(button);
    button->click();
}
} // namespace

class tst_ClustersPage : public QObject
{
    Q_OBJECT
    KubeTestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ThemeManager> m_theme;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    ClustersPage *m_page = nullptr;

    ClustersViewModel *vm() const { return m_page->viewModel(); }
    bool connected() const { return vm()->connection() == ClustersViewModel::Connection::Connected; }

private Q_SLOTS:
    void initTestCase()
    {
        isolateUserSettings();
        QVERIFY2(m_server.start({QStringLiteral("--pod-ready-delay-ms"), QStringLiteral("50")}), qPrintable(m_server.errorString()));
        QVERIFY(m_server.apply("apiVersion: apps/v1\n"
            "kind: Deployment\n"
            "metadata: {name: web, namespace: default}\n"
            "spec:\n"
            "  replicas: 1\n"
            "  selector: {matchLabels: {app: web}}\n"
            "  template:\n"
            "    metadata: {labels: {app: web}}\n"
            "    spec: {containers: [{name: web, image: \"web:1\"}]}\n"
            "---\n"
            "apiVersion: v1\n"
            "kind: Pod\n"
            "metadata: {name: logger, namespace: default, labels: {app: logger}}\n"
            "spec: {containers: [{name: main, image: \"logger:1\"}]}\n"
            "---\n"
            "apiVersion: v1\n"
            "kind: Pod\n"
            "metadata: {name: doomed, namespace: default}\n"
            "spec: {containers: [{name: main, image: \"doomed:1\"}]}\n"));
        qputenv("KUBECONFIG", m_server.kubeconfigPath().toUtf8());
        m_theme = std::make_unique<ThemeManager>(qApp);
        BackendOptions options;
        options.fileLog = false;
        m_backend = std::make_unique<Backend>(options);
        m_window = std::make_unique<MainWindow>(m_backend.get(), m_theme.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy opened(m_backend.get(), &Backend::workspaceOpened);
        m_window->workspaceActions()->openWorkspace(m_dir.filePath(QStringLiteral("ws")), true, false);
        QVERIFY(opened.wait(10'000));
        m_page = qobject_cast<ClustersPage *>(m_window->page(QStringLiteral("clusters")));
        QVERIFY(m_page);
        m_window->showPage(QStringLiteral("clusters"));
        QTRY_VERIFY_WITH_TIMEOUT(connected(), 20'000);
        QVERIFY2(m_page->connectionLabel()->text().contains(QStringLiteral("Connected")), qPrintable(m_page->connectionLabel()->text()));
        QCOMPARE(m_page->contextBox()->currentText(), QStringLiteral("shipdeck-test"));
    }

    void podsAreListedAndUpdatedLive()
    {
        vm()->useNamespace(QStringLiteral("default"));
        m_page->showKind(QStringLiteral("pods"));
        QTRY_VERIFY_WITH_TIMEOUT(vm()->objects()->rowOf(QStringLiteral("default/logger")) >= 0, 15'000);
        QCOMPARE(m_page->namespaceBox()->currentText(), QStringLiteral("default"));
        const int before = m_page->tableView()->model()->rowCount();
        QCOMPARE(m_server.bulkCreatePods(QStringLiteral("default"), 200, QStringLiteral("bulk")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->tableView()->model()->rowCount(), before + 200, 15'000);
        // A change of a pod reaches its row; the table is not reset for it.
        QSignalSpy resets(m_page->tableView()->model(), &QAbstractItemModel::modelReset);
        QString bulk;
        for (int r = 0; r < vm()->objects()->rowCount() && bulk.isEmpty(); ++r) {
            if (vm()->objects()->rowAt(r)->name.startsWith(QLatin1String("bulk")))
                bulk = vm()->objects()->rowAt(r)->name;
        }
        QVERIFY(!bulk.isEmpty());
        QVERIFY(m_server.restartPod(QStringLiteral("default"), bulk));
        const int restarts = vm()->objects()->columnOf(QStringLiteral("Restarts"));
        QTRY_VERIFY_WITH_TIMEOUT(vm()->objects()->index(vm()->objects()->rowOf(QStringLiteral("default/") + bulk), restarts)
                                     .data().toString().startsWith(QLatin1Char('1')), 15'000);
        QCOMPARE(resets.size(), 0);
        // The filter narrows the table.
        m_page->filterEdit()->setText(QStringLiteral("logger"));
        QTRY_COMPARE(m_page->tableView()->model()->rowCount(), 1);
        m_page->filterEdit()->clear();
    }

    void yamlOfTheSelectedObject()
    {
        m_page->showKind(QStringLiteral("pods"));
        QTRY_VERIFY(m_page->selectObject(QStringLiteral("default/logger")));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->yamlView()->toPlainText().contains(QStringLiteral("kind: Pod")), 10'000);
        QVERIFY(m_page->yamlView()->toPlainText().contains(QStringLiteral("name: logger")));
    }

    void scaleIsConfirmedAndReachesTheServer()
    {
        m_page->showKind(QStringLiteral("deployments"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->selectObject(QStringLiteral("default/web")), 10'000);
        QAction *scale = m_page->objectActions()->action(KubeAction::Scale);
        QTRY_VERIFY_WITH_TIMEOUT(scale->isEnabled(), 10'000); // the access review allowed it
        QString summary;
        DialogAnswerer answers({[](QWidget *w) {
                                    auto *input = qobject_cast<QInputDialog *>(w);
                                    QVERIFY(input);
                                    input->setIntValue(3);
                                    input->accept();
                                },
                                [&summary](QWidget *w) {
                                    const auto labels = w->findChildren<QLabel *>();
                                    for (const QLabel *l : labels)
                                        summary += l->text() + QLatin1Char('\n');
                                    confirm(w);
                                }});
        QSignalSpy finished(vm(), &ClustersViewModel::actionFinished);
        scale->trigger();
        QVERIFY(answers.done());
        QVERIFY2(summary.contains(QStringLiteral("deployment/web will run 3 replica")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("shipdeck-test")), qPrintable(summary));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const auto r = m_server.request("GET", QStringLiteral("/apis/apps/v1/namespaces/default/deployments/web"));
        QCOMPARE(r.json().value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt(), 3);
    }

    void deleteIsConfirmedAndReachesTheServer()
    {
        m_page->showKind(QStringLiteral("pods"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->selectObject(QStringLiteral("default/doomed")), 10'000);
        QAction *remove = m_page->objectActions()->action(KubeAction::Delete);
        QTRY_VERIFY_WITH_TIMEOUT(remove->isEnabled(), 10'000);
        // Cancelled: nothing happens.
        DialogAnswerer cancel({[](QWidget *w) { qobject_cast<QDialog *>(w)->reject(); }});
        remove->trigger();
        QVERIFY(cancel.done());
        QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/namespaces/default/pods/doomed")).status, 200);
        DialogAnswerer answers({confirm});
        remove->trigger();
        QVERIFY(answers.done());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.request("GET", QStringLiteral("/api/v1/namespaces/default/pods/doomed")).status == 404, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(vm()->objects()->rowOf(QStringLiteral("default/doomed")), -1, 10'000);
    }

    void logsStreamAndSurviveARestart()
    {
        m_page->showKind(QStringLiteral("pods"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->selectObject(QStringLiteral("default/logger")), 10'000);
        QVERIFY(m_server.appendLogLines(QStringLiteral("default"), QStringLiteral("logger"), QStringLiteral("main"),
                                        {QStringLiteral("first line"), QStringLiteral("second line")}));
        m_page->showLogs();
        QCOMPARE(m_page->detailTabs()->currentWidget(), m_page->logPanel());
        LogDocument *doc = m_page->logPanel()->document();
        QTRY_VERIFY_WITH_TIMEOUT(doc->rowCount() >= 2, 15'000);
        QVERIFY(m_server.appendLogLines(QStringLiteral("default"), QStringLiteral("logger"), QStringLiteral("main"),
                                        {QStringLiteral("live line")}));
        QTRY_VERIFY_WITH_TIMEOUT(doc->rowCount() >= 3, 15'000);
        QVERIFY(m_server.restartPod(QStringLiteral("default"), QStringLiteral("logger")));
        QVERIFY(m_server.appendLogLines(QStringLiteral("default"), QStringLiteral("logger"), QStringLiteral("main"),
                                        {QStringLiteral("after restart")}));
        auto count = [doc](const QByteArray &text) {
            const auto lines = doc->lines(0, doc->rowCount());
            return int(std::count_if(lines.begin(), lines.end(), [&text](const KubeLogBuffer::Line &l) { return l.text == text; }));
        };
        // The stream follows the restarted container: the line arrives once, and the reconnect
        // repeats none of the lines seen before the restart.
        QTRY_COMPARE_WITH_TIMEOUT(count("after restart"), 1, 30'000);
        QCOMPARE(count("first line"), 1);
        QCOMPARE(count("second line"), 1);
        QCOMPARE(count("live line"), 1);
        QTRY_COMPARE_WITH_TIMEOUT(count("starting container main (image logger:1) in pod logger"), 2, 5'000); // one per run
        QVERIFY(m_page->logPanel()->view()->paintedLines() > 0 || !m_page->logPanel()->view()->isVisible());
        // The filter keeps the matching lines.
        m_page->logPanel()->filterEdit()->setText(QStringLiteral("live"));
        QTRY_COMPARE_WITH_TIMEOUT(doc->rowCount(), 1, 5'000);
        for (const auto mode : {ThemeManager::Mode::Light, ThemeManager::Mode::Dark}) {
            m_theme->setMode(mode);
            for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
                m_window->resize(size);
                QCoreApplication::processEvents();
                saveScreenshot(m_window.get(), QStringLiteral("clusters-logs-%1-%2x%3").arg(ThemeManager::modeName(mode)).arg(size.width()).arg(size.height()));
            }
        }
        m_page->logPanel()->filterEdit()->clear();
        m_theme->setMode(ThemeManager::Mode::Light);
        m_window->resize(1280, 800);
    }

    void pageScreenshots()
    {
        m_page->showKind(QStringLiteral("pods"));
        QTRY_VERIFY(m_page->selectObject(QStringLiteral("default/logger")));
        m_page->detailTabs()->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->yamlView()->toPlainText().contains(QStringLiteral("kind: Pod")), 10'000);
        for (const auto mode : {ThemeManager::Mode::Light, ThemeManager::Mode::Dark}) {
            m_theme->setMode(mode);
            for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
                m_window->resize(size);
                QCoreApplication::processEvents();
                saveScreenshot(m_window.get(), QStringLiteral("clusters-pods-%1-%2x%3").arg(ThemeManager::modeName(mode)).arg(size.width()).arg(size.height()));
            }
        }
        m_theme->setMode(ThemeManager::Mode::Light);
        m_window->resize(1280, 800);
    }

    void contextSwitchShowsOnlyAllowedActions()
    {
        m_page->showKind(QStringLiteral("pods"));
        vm()->useContext(QStringLiteral("shipdeck-test-viewer"));
        QTRY_COMPARE_WITH_TIMEOUT(vm()->context(), QStringLiteral("shipdeck-test-viewer"), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(connected(), 15'000);
        QCOMPARE(m_page->contextBox()->currentText(), QStringLiteral("shipdeck-test-viewer"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->selectObject(QStringLiteral("default/logger")), 15'000);
        // The viewer may read but not delete: the action disappears once the review answers.
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->objectActions()->action(KubeAction::Delete)->isVisible(), 10'000);
        QVERIFY(m_page->objectActions()->action(KubeAction::Logs)->isVisible());
        vm()->useContext(QStringLiteral("shipdeck-test"));
        QTRY_VERIFY_WITH_TIMEOUT(connected() && vm()->context() == QStringLiteral("shipdeck-test"), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->selectObject(QStringLiteral("default/logger")), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->objectActions()->action(KubeAction::Delete)->isEnabled(), 10'000);
    }

    void errorsAreShownNotHung_data()
    {
        QTest::addColumn<QByteArray>("kubeconfig");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << QByteArray("apiVersion: v1\nclusters: [\n  - {name: x\n") << QStringLiteral("broken.yaml");
        QTest::newRow("unreachable") << QByteArray("apiVersion: v1\n"
            "kind: Config\n"
            "current-context: gone\n"
            "clusters: [{name: gone, cluster: {server: \"https://127.0.0.1:1\"}}]\n"
            "users: [{name: u, user: {token: abc}}]\n"
            "contexts: [{name: gone, context: {cluster: gone, user: u}}]\n") << QStringLiteral("127.0.0.1:1");
        QTest::newRow("plugin fails") << QByteArray("apiVersion: v1\n"
            "kind: Config\n"
            "current-context: p\n"
            "clusters: [{name: p, cluster: {server: \"SERVER\", insecure-skip-tls-verify: true}}]\n"
            "users: [{name: u, user: {exec: {apiVersion: client.authentication.k8s.io/v1, command: /bin/false, interactiveMode: Never}}}]\n"
            "contexts: [{name: p, context: {cluster: p, user: u}}]\n") << QStringLiteral("/bin/false");
    }

    void errorsAreShownNotHung()
    {
        QFETCH(QByteArray, kubeconfig);
        QFETCH(QString, expected);
        kubeconfig.replace("SERVER", m_server.url().toString().toUtf8());
        const QString path = m_dir.filePath(QStringLiteral("broken.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(kubeconfig);
        file.close();
        vm()->setKubeconfig(path);
        QTRY_VERIFY_WITH_TIMEOUT(vm()->connection() == ClustersViewModel::Connection::ConfigError
                                     || vm()->connection() == ClustersViewModel::Connection::Failed, 20'000);
        QVERIFY2(m_page->connectionLabel()->text().contains(expected), qPrintable(m_page->connectionLabel()->text()));
        if (QByteArray(QTest::currentDataTag()) == "plugin fails") {
            QVERIFY(m_page->warningLabel()->isVisibleTo(m_page));
            QVERIFY(m_page->warningLabel()->text().contains(QStringLiteral("insecure")));
            saveScreenshot(m_window.get(), QStringLiteral("clusters-error-light-1280x800"));
        }
        vm()->setKubeconfig({});
        QTRY_VERIFY_WITH_TIMEOUT(connected(), 20'000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_backend.reset();
    }
};

QTEST_MAIN(tst_ClustersPage)
#include "tst_clusterspage.moc"
