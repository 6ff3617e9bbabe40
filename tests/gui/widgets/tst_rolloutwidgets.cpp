#include "guitestsupport.h"
#include "ui/widgets/dependencygraphview.h"
#include "ui/widgets/steptimeline.h"
#include "ui/widgets/trafficsplitbar.h"

#include <QSignalSpy>

using namespace shipdeck;

class tst_RolloutWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepTimeline()
    {
        StepTimeline timeline;
        using S = StepTimeline::StepState;
        timeline.setSteps({{QStringLiteral("10 %"), QStringLiteral("1m 2s"), S::Done, {}},
                           {QStringLiteral("pause 5m"), QStringLiteral("5m"), S::Done, {}},
                           {QStringLiteral("analysis"), QStringLiteral("pass"), S::Done, {}},
                           {QStringLiteral("approval"), QStringLiteral("waiting for approval (1 of 2)"), S::Current, {}},
                           {QStringLiteral("50 %"), {}, S::Pending, {}},
                           {QStringLiteral("100 %"), {}, S::Pending, {}}});
        QCOMPARE(timeline.currentIndex(), 3);
        // Narrow widths wrap onto more rows.
        QVERIFY(timeline.heightForWidth(250) > timeline.heightForWidth(1200));
        timeline.resize(900, timeline.heightForWidth(900));
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        test::saveScreenshot(&timeline, QStringLiteral("widget-steptimeline"));
        QVERIFY(timeline.accessibleDescription().contains(QStringLiteral("approval")));
    }

    void trafficSplit()
    {
        TrafficSplitBar bar;
        bar.setSegments({{QStringLiteral("canary v1.5.0"), 10, 9.8, Qt::darkYellow},
                         {QStringLiteral("stable v1.4.2"), 90, 90.2, Qt::darkBlue}});
        QCOMPARE(bar.caption(), QStringLiteral("canary v1.5.0 10 % (actual 9.8 %) · stable v1.4.2 90 % (actual 90.2 %)"));
        bar.setSegments({{QStringLiteral("stable"), 100, -1, Qt::darkBlue}});
        QCOMPARE(bar.caption(), QStringLiteral("stable 100 %"));
    }

    void dependencyGraphLayers()
    {
        DependencyGraphView graph;
        graph.setGraph({{QStringLiteral("db"), QStringLiteral("db"), {}, Qt::green},
                        {QStringLiteral("api"), QStringLiteral("api"), {}, Qt::green},
                        {QStringLiteral("cache"), QStringLiteral("cache"), {}, {}},
                        {QStringLiteral("web"), QStringLiteral("storefront"), QStringLiteral("v1.4.2"), Qt::red}},
                       {{QStringLiteral("db"), QStringLiteral("api")},
                        {QStringLiteral("cache"), QStringLiteral("api")},
                        {QStringLiteral("api"), QStringLiteral("web")},
                        {QStringLiteral("db"), QStringLiteral("web")}});
        QCOMPARE(graph.layerOf(QStringLiteral("db")), 0);
        QCOMPARE(graph.layerOf(QStringLiteral("cache")), 0);
        QCOMPARE(graph.layerOf(QStringLiteral("api")), 1);
        QCOMPARE(graph.layerOf(QStringLiteral("web")), 2);
        QVERIFY(graph.nodeRect(QStringLiteral("web")).left() > graph.nodeRect(QStringLiteral("api")).left());
        QVERIFY(!graph.nodeRect(QStringLiteral("db")).intersects(graph.nodeRect(QStringLiteral("cache"))));

        graph.show();
        QVERIFY(QTest::qWaitForWindowExposed(&graph));
        QSignalSpy activated(&graph, &DependencyGraphView::nodeActivated);
        QTest::mouseClick(&graph, Qt::LeftButton, {}, graph.nodeRect(QStringLiteral("api")).center().toPoint());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("api"));
        QTest::keyClick(&graph, Qt::Key_Right);
        QCOMPARE(graph.selectedNode(), QStringLiteral("web"));
        test::saveScreenshot(&graph, QStringLiteral("widget-dependencygraph"));

        // A cycle must not hang the layout.
        graph.setGraph({{QStringLiteral("a"), QStringLiteral("a"), {}, {}}, {QStringLiteral("b"), QStringLiteral("b"), {}, {}}},
                       {{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("b"), QStringLiteral("a")}});
        QVERIFY(graph.layerOf(QStringLiteral("a")) >= 0);
    }
};

QTEST_MAIN(tst_RolloutWidgets)
#include "tst_rolloutwidgets.moc"
