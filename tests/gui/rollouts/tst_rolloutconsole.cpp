// The rollout console driving the real demo: the storefront runs on the local provider with
// live traffic; a healthy canary waits for approval and is promoted from the rollout view with
// a reason typed into the confirmation; a bad canary is rolled back by the engine and the view
// says why; Promote stays disabled on the rolled back rollout. Screenshots of the console in
// both themes and two window sizes go to <build>/test-artifacts/screenshots.
#include "backend/facade/backend.h"
#include "guitestsupport.h"
#include "models/rollouts/demotraffic.h"
#include "models/rollouts/measurementmodel.h"
#include "models/rollouts/revisionmodel.h"
#include "models/rollouts/rolloutdetailviewmodel.h"
#include "models/rollouts/rollouteventmodel.h"
#include "models/rollouts/rolloutlistmodel.h"
#include "models/rollouts/rolloutsviewmodel.h"
#include "models/rollouts/rollouttext.h"
#include "ui/pages/overviewpage.h"
#include "ui/rollouts/analysispanel.h"
#include "ui/rollouts/demobanner.h"
#include "ui/rollouts/newdeploymentdialog.h"
#include "ui/rollouts/revisionpanel.h"
#include "ui/rollouts/rolloutactioncontroller.h"
#include "ui/rollouts/rolloutoverviewsection.h"
#include "ui/rollouts/rolloutspage.h"
#include "ui/rollouts/rolloutview.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/confirmdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/notificationcenter.h"
#include "ui/shell/thememanager.h"
#include "ui/shell/workspaceactions.h"
#include "ui/widgets/stattile.h"
#include "ui/widgets/steptimeline.h"
#include "ui/widgets/trafficsplitbar.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QToolButton>

using namespace shipdeck;

class tst_RolloutConsole : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ThemeManager *m_theme = nullptr;
    Backend *m_backend = nullptr;
    MainWindow *m_window = nullptr;
    RolloutsPage *m_page = nullptr;

    RolloutView *view() const { return m_page->rolloutView(); }
    QJsonObject rollout() const { return view()->viewModel()->rollout(); }
    QString phase() const { return rollout().value(QStringLiteral("phase")).toString(); }
    QString statusText() const
    {
        return QStringLiteral("%1: %2 | %3").arg(phase(), rollout().value(QStringLiteral("message")).toString(),
                                                  m_page->findChild<QLabel *>(QStringLiteral("rolloutsStatus"))->text());
    }

    void screenshots(const QString &name)
    {
        for (const auto mode : {ThemeManager::Mode::Light, ThemeManager::Mode::Dark}) {
            m_theme->setMode(mode);
            for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
                m_window->resize(size);
                QCoreApplication::processEvents();
                const QString shot = QStringLiteral("%1-%2-%3x%4").arg(name, ThemeManager::modeName(mode)).arg(size.width()).arg(size.height());
                QCOMPARE(QImage(test::saveScreenshot(m_window, shot)).size(), size);
            }
        }
        m_theme->setMode(ThemeManager::Mode::Light);
        m_window->resize(1280, 800);
    }

    // Opens the demo deployment through the new-deployment dialog, as a person would.
    void deploy(QPushButton *button, const QString &reason, QString *id)
    {
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 60'000);
        QTest::mouseClick(button, Qt::LeftButton);
        NewDeploymentDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<NewDeploymentDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isValid(), 20'000);
        QVERIFY(!dialog->deployButton()->isEnabled()); // no reason yet
        QTest::keyClicks(dialog->reasonEdit(), reason);
        QVERIFY(dialog->deployButton()->isEnabled());
        QTest::mouseClick(dialog->deployButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isShowingRollout() && !view()->rolloutId().isEmpty(), 60'000);
        *id = view()->rolloutId();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateUserSettings();
        auto *english = new QTranslator(qApp); // the plural forms, as the application loads them
        QVERIFY(english->load(QStringLiteral(":/i18n/shipdeck_en.qm")));
        QCoreApplication::installTranslator(english);
        QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("alice"));
        m_theme = new ThemeManager(qApp);
        m_theme->setMode(ThemeManager::Mode::Light);
        BackendOptions options;
        options.fileLog = false;
        m_backend = new Backend(options);
        m_window = new MainWindow(m_backend, m_theme);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_page = qobject_cast<RolloutsPage *>(m_window->page(QStringLiteral("rollouts")));
        QVERIFY(m_page);
    }

    void cleanupTestCase()
    {
        delete m_window;
        delete m_backend; // closes the workspace: every instance and the load generator stop
    }

    void opensTheDemoWithTraffic()
    {
        QSignalSpy messages(m_window->workspaceActions(), &WorkspaceActions::message);
        m_window->workspaceActions()->openWorkspace(m_dir.filePath(QStringLiteral("demo")), true, true);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(messages.begin(), messages.end(), [](const QList<QVariant> &m) {
            return m.at(0).toString() == QLatin1String("Demo workspace ready");
        }), 60'000);
        m_window->showPage(QStringLiteral("rollouts"));
        DemoBanner *banner = m_page->demoBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(!banner->healthyButton()->isEnabled()); // nothing to judge without traffic
        QTest::mouseClick(banner->trafficButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(int(banner->traffic()->state()), int(DemoTraffic::State::Running), 60'000);
        QVERIFY(banner->healthyButton()->isEnabled());
    }

    void healthyCanaryIsApprovedFromTheView()
    {
        QString id;
        deploy(m_page->demoBanner()->healthyButton(), QStringLiteral("release 1.5.0"), &id);
        QVERIFY(!id.isEmpty());
        QAction *promote = view()->actions()->action(RolloutAction::Promote);
        QAction *abort = view()->actions()->action(RolloutAction::Abort);
        QVERIFY(abort->isEnabled());

        // The judge compares canary and baseline, then the approval gate waits for a person.
        QTRY_VERIFY_WITH_TIMEOUT(RolloutText::isApprovalWaiting(rollout()), 180'000);
        QTRY_VERIFY(promote->isEnabled());
        QCOMPARE(RolloutText::needsText(rollout()), QStringLiteral("approval by 1 more person"));
        // The sidebar badge and the notification tell that a person is needed.
        QTRY_COMPARE(m_page->badge(), 1);
        QVERIFY(m_window->notifications()->model()->find(QStringLiteral("rollout-attention-") + id));
        // The timeline shows where it waits, the traffic bar 10 % on the canary.
        const int current = view()->timeline()->currentIndex();
        QVERIFY(current >= 0);
        QVERIFY2(view()->timeline()->steps().at(current).detail.contains(QStringLiteral("approval")),
                 qPrintable(view()->timeline()->steps().at(current).detail));
        QCOMPARE(view()->trafficBar()->segments().size(), 2);
        QCOMPARE(view()->trafficBar()->segments().at(1).desired, 10.0);
        // The judge's verdict is explained with its numbers.
        MeasurementModel *analysis = view()->viewModel()->measurements();
        QTRY_VERIFY(analysis->rowOf(QStringLiteral("canary-judge › error-rate")) >= 0);
        const auto judged = analysis->explanationAt(analysis->rowOf(QStringLiteral("canary-judge › error-rate")));
        QVERIFY2(judged.sentence.contains(QStringLiteral("canary error rate")) && judged.sentence.contains(QStringLiteral("baseline")),
                 qPrintable(judged.sentence));
        QVERIFY2(judged.test.contains(QStringLiteral("Mann-Whitney")), qPrintable(judged.test));
        // Live samples reach the charts.
        QTRY_VERIFY_WITH_TIMEOUT(!view()->viewModel()->samples().isEmpty(), 30'000);
        screenshots(QStringLiteral("rollout-view-waiting"));

        // Promote from the header: the confirmation names what happens; a reason is required.
        QString summary;
        QTimer::singleShot(0, this, [&summary] {
            QTRY_VERIFY(qobject_cast<ConfirmDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<ConfirmDialog *>(QApplication::activeModalWidget());
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                summary += label->text() + QLatin1Char('\n');
            QVERIFY(!dialog->confirmButton()->isEnabled());
            QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("judge passed, dashboards green"));
            QVERIFY(dialog->confirmButton()->isEnabled());
            QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        });
        auto *button = view()->findChild<QToolButton *>(QStringLiteral("rollout.promoteButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(summary.contains(QStringLiteral("50 %")) && summary.contains(QStringLiteral("production")), qPrintable(summary));

        QTRY_VERIFY2_WITH_TIMEOUT(phase() == QLatin1String("Healthy"), qPrintable(statusText()), 180'000);
        QTRY_VERIFY(!promote->isEnabled());
        QTRY_COMPARE(m_page->badge(), 0);
        // The approval is in the event log and in the audit log, with the person and the reason.
        QTRY_VERIFY(view()->viewModel()->events()->rowOfReason(QStringLiteral("ApprovalGiven")) >= 0);
        const QJsonObject approval = view()->viewModel()->events()->eventAt(view()->viewModel()->events()->rowOfReason(QStringLiteral("ApprovalGiven")));
        QCOMPARE(RolloutEventModel::actorOf(approval), QStringLiteral("alice"));
        const auto audit = test::await(m_backend->auditLog(500));
        QVERIFY_RESULT(audit);
        const bool recorded = std::any_of(audit->begin(), audit->end(), [](const AuditRecord &r) {
            return r.action == QLatin1String("rollout.approve") && r.actor == QLatin1String("alice")
                && r.target == QLatin1String("storefront/production") && r.detail.contains(QLatin1String("judge passed, dashboards green"));
        });
        QVERIFY2(recorded, "the approval is not in the audit log");
    }

    void badCanaryIsRolledBackAndCannotBePromoted()
    {
        m_page->showList();
        QString id;
        deploy(m_page->demoBanner()->badButton(), QStringLiteral("release 1.5.1"), &id);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY2_WITH_TIMEOUT(phase() == QLatin1String("RolledBack"), qPrintable(statusText()), 180'000);
        // The view says that the engine rolled it back, and why.
        const QString reason = rollout().value(QStringLiteral("abortReason")).toString();
        QVERIFY(!reason.isEmpty());
        QTRY_VERIFY2(view()->messageLabel()->text().startsWith(QStringLiteral("Rolled back automatically")),
                     qPrintable(view()->messageLabel()->text()));
        QVERIFY(view()->messageLabel()->text().contains(reason));
        QTRY_VERIFY(view()->viewModel()->events()->rowOfReason(QStringLiteral("RolloutRolledBack")) >= 0);
        // The failing check is explained: the canary's error rate against the stable version's.
        MeasurementModel *analysis = view()->viewModel()->measurements();
        bool explained = false;
        for (int row = 0; row < analysis->rowCount(); ++row) {
            const auto e = analysis->explanationAt(row);
            if (e.tone == VerdictExplainer::Tone::Bad && e.sentence.contains(QStringLiteral("canary error rate")))
                explained = true;
        }
        QVERIFY(explained);
        // Never Promote on a rolled back rollout; Retry is what it offers instead.
        QAction *promote = view()->actions()->action(RolloutAction::Promote);
        QTRY_VERIFY(!promote->isEnabled());
        QVERIFY(!view()->actions()->action(RolloutAction::PromoteFull)->isEnabled());
        QVERIFY(!view()->actions()->action(RolloutAction::Abort)->isEnabled());
        QVERIFY(view()->actions()->action(RolloutAction::Retry)->isEnabled());
        QVERIFY(promote->toolTip().contains(QStringLiteral("retry")));
        auto *button = view()->findChild<QToolButton *>(QStringLiteral("rollout.promoteButton"));
        QVERIFY(!button->isEnabled());
        // The shortcut does nothing either: no dialog opens.
        QTest::keyClick(m_window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!QApplication::activeModalWidget());
        QTRY_VERIFY(m_window->notifications()->model()->find(QStringLiteral("rollout-stopped-") + id));
        screenshots(QStringLiteral("rollout-view-rolledback"));

        // History: both revisions, the diff names the version change; no rollback target (the
        // version before, 1.5.0, serves).
        view()->showTab(QStringLiteral("history"));
        QTRY_COMPARE(view()->viewModel()->revisions()->rowCount(), 2);
        view()->revisions()->selectRevision(rollout().value(QStringLiteral("revision")).toInt());
        QTRY_VERIFY(view()->revisions()->diffView()->toPlainText().contains(QStringLiteral("+  - id: storefront")) ||
                    view()->revisions()->diffView()->toPlainText().contains(QStringLiteral("1.5.1")));
        QVERIFY(!view()->actions()->rollbackAction()->isEnabled());
        screenshots(QStringLiteral("rollout-view-history"));
        view()->showTab(QStringLiteral("events"));
        screenshots(QStringLiteral("rollout-view-events"));
        view()->showTab(QStringLiteral("metrics"));

        // Clicking the notification opens the rollout, from any page.
        m_page->showList();
        m_window->showPage(QStringLiteral("jobs"));
        m_window->notifications()->activate(QStringLiteral("rollout-stopped-") + id);
        QTRY_COMPARE(m_window->currentPageId(), QStringLiteral("rollouts"));
        QTRY_VERIFY(m_page->isShowingRollout());
        QTRY_COMPARE(view()->rolloutId(), id);
    }

    void listAndOverviewShowTheRollouts()
    {
        m_page->showList();
        QTRY_COMPARE(m_page->viewModel()->rollouts()->rowCount(), 2);
        m_page->setAttentionOnly(true);
        QCOMPARE(m_page->proxy()->rowCount(), 0);
        m_page->setAttentionOnly(false);
        m_page->setFilterText(QStringLiteral("1.5.1"));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        m_page->setFilterText(QString());
        QVERIFY(m_page->countsLabel()->text().contains(QStringLiteral("Rolled back")));
        screenshots(QStringLiteral("rollouts-list"));

        m_window->showPage(QStringLiteral("overview"));
        auto *overview = qobject_cast<OverviewPage *>(m_window->page(QStringLiteral("overview")));
        QVERIFY(overview);
        RolloutOverviewSection *section = overview->rolloutSection();
        QTRY_COMPARE(section->failureTable()->model()->rowCount(), 1);
        QTRY_VERIFY(section->doraTiles().at(2)->value().contains(QStringLiteral("50")));
        QTRY_VERIFY(section->healthTable()->rowCount() >= 3);
        screenshots(QStringLiteral("overview-rollouts"));
        // A click on a failure opens the rollout.
        section->failureTable()->setCurrentIndex(section->failureTable()->model()->index(0, 0));
        Q_EMIT section->failureTable()->activated(section->failureTable()->currentIndex());
        QTRY_COMPARE(m_window->currentPageId(), QStringLiteral("rollouts"));
        QTRY_VERIFY(m_page->isShowingRollout());
    }

    void everyRolloutActionIsInThePaletteWithAShortcut()
    {
        for (const char *id : {"rollout.promote", "rollout.promoteFull", "rollout.abort", "rollout.retry", "rollout.pause",
                               "rollout.resume", "rollout.rollback", "rollouts.new", "rollouts.back", "rollouts.nextAttention",
                               "rollouts.refresh", "rollouts.find", "rollouts.attentionOnly"}) {
            QAction *action = m_window->actions()->action(QString::fromLatin1(id));
            QVERIFY2(action, id);
            QVERIFY2(!action->shortcut().isEmpty(), id);
        }
    }
};

QTEST_MAIN(tst_RolloutConsole)
#include "tst_rolloutconsole.moc"
