// The Components page driven like a person would, on the demo workspace: the registry and the
// graph, deploying storefront's stable version (real instances becoming ready), scaling,
// following an instance's output, restarting it, refusing to remove what others need, adding
// and removing a component from a YAML file; then screenshots in both themes and two sizes.
#include "backend/facade/backend.h"
#include "guitestsupport.h"
#include "models/components/componentlistmodel.h"
#include "models/components/componentsviewmodel.h"
#include "models/components/instancelistmodel.h"
#include "models/components/instancelogmodel.h"
#include "models/components/instancelogtail.h"
#include "ui/components/addcomponentsdialog.h"
#include "ui/components/componentactions.h"
#include "ui/components/componentdetailspanel.h"
#include "ui/components/componentspage.h"
#include "ui/components/instancelogview.h"
#include "ui/components/versionscalerow.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/commandpalette.h"
#include "ui/shell/confirmdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/thememanager.h"
#include "ui/shell/workspaceactions.h"
#include "ui/widgets/dependencygraphview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <functional>

using namespace shipdeck;

namespace {

// Every label of a dialog, joined: what it tells the user.
QString dialogText(QWidget *dialog)
{
    QStringList texts;
    const auto labels = dialog->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts.append(label->text());
    return texts.join(QLatin1Char('\n'));
}

// Runs `handle` on the next modal dialog once it is shown (an action's exec() blocks the caller).
void onNextDialog(QObject *context, std::function<void(QWidget *)> handle)
{
    QTimer::singleShot(0, context, [handle = std::move(handle)] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        QPointer<QWidget> dialog = QApplication::activeModalWidget();
        // A failed check must not leave the dialog (and the test) waiting forever.
        const auto closeOnFailure = qScopeGuard([dialog] {
            if (QTest::currentTestFailed() && dialog)
                dialog->close();
        });
        handle(dialog);
    });
}

// Accepts the next ConfirmDialog after checking that it says `expected` (each part).
void confirmNext(QObject *context, const QStringList &expected, const QString &reason = {})
{
    onNextDialog(context, [expected, reason](QWidget *dialog) {
        auto *confirm = qobject_cast<ConfirmDialog *>(dialog);
        QVERIFY2(confirm, dialog->metaObject()->className());
        const QString text = dialogText(dialog);
        for (const QString &part : expected)
            QVERIFY2(text.contains(part), qPrintable(QStringLiteral("%1 not in:\n%2").arg(part, text)));
        if (!reason.isEmpty() && confirm->reasonEdit())
            confirm->reasonEdit()->setPlainText(reason);
        confirm->confirmButton()->click();
    });
}

int readyInstances(const InstanceListModel *model)
{
    int n = 0;
    for (int i = 0; i < model->rowCount(); ++i)
        n += model->data(model->index(i, 0), InstanceListModel::StateRole).toInt() == int(InstanceListModel::State::Ready) ? 1 : 0;
    return n;
}

QString registryCell(ComponentsPage *page, const QString &id, int column)
{
    const ComponentListModel *model = page->viewModel()->components();
    return model->data(model->index(model->rowOf(id), column)).toString();
}

} // namespace

class tst_ComponentsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ThemeManager *m_theme = nullptr;
    Backend *m_backend = nullptr;
    MainWindow *m_window = nullptr;
    ComponentsPage *m_page = nullptr;

    ComponentsViewModel *vm() const { return m_page->viewModel(); }

    // Window shortcuts need the window active; a closed modal dialog does not always give it back
    // on the offscreen platform. Activate before arming a dialog handler (waiting runs events).
    void activate()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    void pressShortcut(Qt::Key key)
    {
        QVERIFY(m_window->isActiveWindow());
        QTest::keyClick(m_window, key, Qt::ControlModifier | Qt::ShiftModifier);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateUserSettings();
        qputenv("SHIPDECK_USER", "carol");
        // As the application does: the English catalogue carries the plural forms.
        auto *english = new QTranslator(qApp);
        QVERIFY(english->load(QStringLiteral(":/i18n/shipdeck_en.qm")));
        QCoreApplication::installTranslator(english);
        m_theme = new ThemeManager(qApp);
        m_theme->setMode(ThemeManager::Mode::Light);
        BackendOptions options;
        options.fileLog = false;
        m_backend = new Backend(options);
        m_window = new MainWindow(m_backend, m_theme);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_page = qobject_cast<ComponentsPage *>(m_window->page(QStringLiteral("components")));
        QVERIFY(m_page);
        QCOMPARE(m_page->iconName(), QStringLiteral("boxes"));
        QSignalSpy opened(m_backend, &Backend::workspaceOpened);
        m_window->workspaceActions()->openWorkspace(m_dir.filePath(QStringLiteral("demo")), true, true);
        QVERIFY(opened.wait(10'000));
        m_window->showPage(QStringLiteral("components"));
        QTRY_COMPARE_WITH_TIMEOUT(vm()->components()->rowCount(), 3, 30'000);
    }

    void cleanupTestCase()
    {
        delete m_window;
        delete m_backend; // closes the workspace: every instance stops
        delete m_theme;
    }

    void listsTheRegistry()
    {
        QCOMPARE(vm()->components()->ids(), (QStringList{QStringLiteral("catalog"), QStringLiteral("payments"), QStringLiteral("storefront")}));
        QCOMPARE(registryCell(m_page, QStringLiteral("storefront"), ComponentListModel::DependenciesColumn), QStringLiteral("catalog, payments"));
        QCOMPARE(registryCell(m_page, QStringLiteral("storefront"), ComponentListModel::VersionsColumn), QStringLiteral("1.5.0, 1.5.1"));
        QCOMPARE(registryCell(m_page, QStringLiteral("catalog"), ComponentListModel::HealthColumn), QStringLiteral("Not running"));
        // The last in deploy order is selected first: the one that needs the others.
        QCOMPARE(m_page->selectedComponent(), QStringLiteral("storefront"));
        QCOMPARE(m_page->registryView()->model()->rowCount(), 3);

        // The filter narrows the table; clearing it brings everything back.
        QTest::keyClicks(m_page->filterEdit(), QStringLiteral("0.9.4"));
        QCOMPARE(m_page->registryView()->model()->rowCount(), 1);
        QCOMPARE(m_page->registryView()->model()->index(0, 0).data().toString(), QStringLiteral("payments"));
        m_page->filterEdit()->clear();
        QTest::keyClicks(m_page->filterEdit(), QStringLiteral("catalog")); // and what depends on it
        QCOMPARE(m_page->registryView()->model()->rowCount(), 2);
        m_page->filterEdit()->clear();
        QCOMPARE(m_page->registryView()->model()->rowCount(), 3);
    }

    void graphHasTheLayersAndSelects()
    {
        DependencyGraphView *graph = m_page->graphView();
        QCOMPARE(graph->layerOf(QStringLiteral("catalog")), 0);
        QCOMPARE(graph->layerOf(QStringLiteral("payments")), 0);
        QCOMPARE(graph->layerOf(QStringLiteral("storefront")), 1);
        QCOMPARE(graph->selectedNode(), QStringLiteral("storefront"));
        // A click on a node selects the component in the table and the details.
        QTest::mouseClick(graph, Qt::LeftButton, {}, graph->nodeRect(QStringLiteral("catalog")).center().toPoint());
        QCOMPARE(m_page->selectedComponent(), QStringLiteral("catalog"));
        QCOMPARE(m_page->registryView()->currentIndex().data(ComponentListModel::IdRole).toString(), QStringLiteral("catalog"));
        // And the table selects the node.
        m_page->selectComponent(QStringLiteral("storefront"));
        QCOMPARE(graph->selectedNode(), QStringLiteral("storefront"));
    }

    void actionsAreInThePalette()
    {
        ActionRegistry *actions = m_window->actions();
        const QList<QPair<QString, QKeySequence>> expected{
            {QStringLiteral("components.deploy"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
            {QStringLiteral("components.stop"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
            {QStringLiteral("components.scale"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
            {QStringLiteral("components.restart"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
            {QStringLiteral("components.add"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)},
            {QStringLiteral("components.remove"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)}};
        for (const auto &[id, shortcut] : expected) {
            QAction *action = actions->action(id);
            QVERIFY2(action, qPrintable(id));
            QCOMPARE(action->shortcut(), shortcut);
            QCOMPARE(action->property("category").toString(), QStringLiteral("Components"));
        }
        // Nothing runs yet: deploy is possible, stop is not.
        QVERIFY(actions->action(QStringLiteral("components.deploy"))->isEnabled());
        QVERIFY(!actions->action(QStringLiteral("components.stop"))->isEnabled());
    }

    void deploysStorefrontFromTheKeyboard()
    {
        // Ctrl+Shift+D from another page comes back here and asks first, naming what starts.
        m_window->showPage(QStringLiteral("overview"));
        activate();
        confirmNext(this, {QStringLiteral("Deploy storefront 1.4.2?"), QStringLiteral("2 instances of storefront 1.4.2"),
                           QStringLiteral("Starts first: catalog 2.3.0 (2 instances), payments 0.9.4 (1 instance)")},
                    QStringLiteral("demo"));
        pressShortcut(Qt::Key_D);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("components"));
        // Real processes start and pass their readiness probes.
        QTRY_COMPARE_WITH_TIMEOUT(readyInstances(vm()->instances()), 2, 60'000);
        QCOMPARE(vm()->instances()->rowCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(registryCell(m_page, QStringLiteral("catalog"), ComponentListModel::HealthColumn),
                                  QStringLiteral("2.3.0 2/2 ready"), 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(registryCell(m_page, QStringLiteral("payments"), ComponentListModel::HealthColumn),
                                  QStringLiteral("0.9.4 1/1 ready"), 60'000);
        QTRY_COMPARE(registryCell(m_page, QStringLiteral("storefront"), ComponentListModel::HealthColumn), QStringLiteral("1.4.2 2/2 ready"));
        QVERIFY(registryCell(m_page, QStringLiteral("storefront"), ComponentListModel::EndpointColumn).startsWith(QLatin1String("http://127.0.0.1:")));
        QTRY_VERIFY(m_page->details()->stopButton()->isEnabled());
        QVERIFY(!m_page->details()->deployButton()->isEnabled());
        QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("Deploy storefront: done.")));
    }

    void scalesWithTheSpinBox()
    {
        VersionScaleRow *row = m_page->details()->versionRow(QStringLiteral("1.4.2"));
        QVERIFY(row);
        QCOMPARE(row->replicas()->value(), 2);
        QVERIFY(!row->applyButton()->isEnabled());
        // Ctrl+Shift+E puts the focus in the stable version's box.
        activate();
        pressShortcut(Qt::Key_E);
        QTRY_COMPARE(QApplication::focusWidget(), row->replicas());
        row->replicas()->setValue(3);
        QVERIFY(row->applyButton()->isEnabled());
        confirmNext(this, {QStringLiteral("Scale storefront 1.4.2 from 2 to 3?"), QStringLiteral("Instances: 2 → 3"),
                           QStringLiteral("Version: 1.4.2 (100 % of traffic)")});
        row->applyButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(readyInstances(vm()->instances()), 3, 60'000);
        QCOMPARE(vm()->instances()->rowCount(), 3);

        row->replicas()->setValue(2);
        confirmNext(this, {QStringLiteral("Scale storefront 1.4.2 from 3 to 2?"), QStringLiteral("stops the newest 1 instance")});
        row->applyButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(vm()->instances()->rowCount(), 2, 30'000);
        QTRY_COMPARE(readyInstances(vm()->instances()), 2);
        QVERIFY(vm()->instances()->rowOf(QStringLiteral("storefront-1.4.2-3")) < 0);
        QTRY_VERIFY(!row->applyButton()->isEnabled());
    }

    void tailsTheSelectedInstance()
    {
        ComponentDetailsPanel *details = m_page->details();
        details->selectInstance(QStringLiteral("storefront-1.4.2-1"));
        InstanceLogView *log = m_page->logView();
        QCOMPARE(log->tail()->instanceId(), QStringLiteral("storefront-1.4.2-1"));
        const InstanceLogModel *model = log->tail()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->text().contains(QStringLiteral("shipdeck-demo-service 1.4.2 listening on http://127.0.0.1:")), 20'000);
        int listening = -1;
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->lineAt(i)->text.contains(QStringLiteral("listening on")))
                listening = i;
        }
        QCOMPARE(model->data(model->index(listening, InstanceLogModel::StreamColumn)).toString(), QStringLiteral("out"));
        QVERIFY(model->text().contains(QStringLiteral("[shipdeck] started pid")));

        // A restart from the page: the tail keeps following and shows what happened.
        const qint64 pid = vm()->instances()->instanceAt(vm()->instances()->rowOf(QStringLiteral("storefront-1.4.2-1")))->pid;
        confirmNext(this, {QStringLiteral("Restart storefront-1.4.2-1?"), QStringLiteral("1 other ready instance of 1.4.2 will keep serving")});
        details->restartButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(model->text().count(QStringLiteral("listening on")) == 2, 30'000);
        QVERIFY(model->text().contains(QStringLiteral("[shipdeck] restart requested")));
        QTRY_VERIFY_WITH_TIMEOUT(
            vm()->instances()->instanceAt(vm()->instances()->rowOf(QStringLiteral("storefront-1.4.2-1")))->pid != pid, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(readyInstances(vm()->instances()), 2, 30'000);
        QVERIFY(log->followBox()->isChecked());
    }

    void refusesToRemoveWhatOthersNeed()
    {
        m_page->selectComponent(QStringLiteral("catalog"));
        onNextDialog(this, [](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("removeRefused"));
            QVERIFY2(box->text().contains(QStringLiteral("catalog cannot be removed: it is needed by storefront")), qPrintable(box->text()));
            box->accept();
        });
        m_window->actions()->action(QStringLiteral("components.remove"))->trigger();
        QCOMPARE(vm()->components()->rowCount(), 3);
        m_page->selectComponent(QStringLiteral("storefront"));
    }

    void addsAndRemovesFromYaml()
    {
        QFile bad(m_dir.filePath(QStringLiteral("bad.yaml")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("id: web\nversion: 1.0.0\nreplica: 3\nrun: {command: shipdeck-demo-service}\n");
        bad.close();
        QFile good(m_dir.filePath(QStringLiteral("web.yaml")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("id: web\nversion: 1.0.0\nrun:\n  command: shipdeck-demo-service\n  args: [--port, \"{port}\"]\n"
                   "dependencies: [storefront]\nhealthCheck: {kind: http, path: /healthz}\n");
        good.close();
        const QString badPath = bad.fileName();
        const QString goodPath = good.fileName();

        activate();
        onNextDialog(this, [badPath, goodPath](QWidget *widget) {
            auto *dialog = qobject_cast<AddComponentsDialog *>(widget);
            QVERIFY(dialog);
            dialog->setPath(badPath);
            QTRY_VERIFY(dialog->verdict()->text().contains(QStringLiteral("bad.yaml:3:1: unknown key")));
            QVERIFY(!dialog->addButton()->isEnabled());
            QCOMPARE(dialog->preview()->extraSelections().size(), 1);
            QCOMPARE(dialog->preview()->extraSelections().first().cursor.blockNumber(), 2); // line 3 is marked
            QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral("replica: 3")));
            dialog->setPath(goodPath);
            QTRY_VERIFY(dialog->addButton()->isEnabled());
            QVERIFY2(dialog->verdict()->text().contains(QStringLiteral("web 1.0.0 is new")), qPrintable(dialog->verdict()->text()));
            QCOMPARE(dialog->addButton()->text(), QStringLiteral("Add 1 Component"));
            QVERIFY(dialog->preview()->extraSelections().isEmpty());
            dialog->addButton()->click();
        });
        pressShortcut(Qt::Key_Y);
        QTRY_COMPARE(vm()->components()->rowCount(), 4);
        QTRY_COMPARE(m_page->selectedComponent(), QStringLiteral("web"));
        QCOMPARE(m_page->graphView()->layerOf(QStringLiteral("web")), 2);
        QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("web")));

        confirmNext(this, {QStringLiteral("Remove web?"), QStringLiteral("removed from the workspace's registry")}, QStringLiteral("trial over"));
        m_window->actions()->action(QStringLiteral("components.remove"))->trigger();
        QTRY_COMPARE(vm()->components()->rowCount(), 3);
        QTRY_COMPARE(m_page->selectedComponent(), QStringLiteral("storefront"));

        // Both changes are in the audit log with the user's name.
        auto audit = test::await(m_backend->auditLog(100));
        QVERIFY_RESULT(audit);
        QStringList actions;
        for (const AuditRecord &r : audit.value()) {
            if (r.action.startsWith(QLatin1String("component.")) && r.actor == QLatin1String("carol"))
                actions.prepend(QStringLiteral("%1 %2").arg(r.action, r.target));
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("component.deploy storefront"), QStringLiteral("component.scale storefront@1.4.2"),
                                       QStringLiteral("component.scale storefront@1.4.2"),
                                       QStringLiteral("component.restart storefront-1.4.2-1"), QStringLiteral("component.add web"),
                                       QStringLiteral("component.remove web")}));
    }

    void screenshots()
    {
        m_page->selectComponent(QStringLiteral("storefront"));
        m_page->details()->selectInstance(QStringLiteral("storefront-1.4.2-1"));
        QTRY_VERIFY(m_page->logView()->tail()->model()->rowCount() > 2);
        m_window->showPage(QStringLiteral("components"));
        for (const auto mode : {ThemeManager::Mode::Light, ThemeManager::Mode::Dark}) {
            m_theme->setMode(mode);
            for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
                m_window->resize(size);
                QCoreApplication::processEvents();
                const QString name = QStringLiteral("components-%1-%2x%3").arg(ThemeManager::modeName(mode)).arg(size.width()).arg(size.height());
                const QImage image(test::saveScreenshot(m_window, name));
                QCOMPARE(image.size(), size);
                const QColor corner = image.pixelColor(size.width() - 5, size.height() / 2);
                QVERIFY2(mode == ThemeManager::Mode::Dark ? corner.lightness() < 128 : corner.lightness() > 128, qPrintable(name));
            }
        }
        m_theme->setMode(ThemeManager::Mode::Light);
    }
};

QTEST_MAIN(tst_ComponentsPage)
#include "tst_componentspage.moc"
