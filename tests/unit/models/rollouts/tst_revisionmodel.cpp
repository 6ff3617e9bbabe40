#include "backend/deploy/deploymentparser.h"
#include "models/rollouts/revisiondiff.h"
#include "models/rollouts/revisionmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTranslator>

using namespace shipdeck;

namespace {
RolloutRecord revision(int n, const QString &version, RolloutPhase phase, const QString &yaml = {})
{
    RolloutRecord r;
    r.id = QStringLiteral("r%1").arg(n);
    r.component = QStringLiteral("storefront");
    r.environment = QStringLiteral("production");
    r.revision = n;
    r.targetVersion = version;
    r.stableVersion = n > 1 ? QStringLiteral("1.%1.0").arg(n + 2) : QString();
    r.phase = phase;
    r.replicas = 2;
    r.createdBy = QStringLiteral("alice");
    r.createdAtMs = 1000 * n;
    r.finishedAtMs = phase == RolloutPhase::Progressing ? 0 : 1000 * n + 500;
    r.specYaml = yaml.isEmpty() ? QStringLiteral("name: storefront\nversion: %1\nreplicas: 2\n").arg(version) : yaml;
    PlanStep s;
    s.kind = PlanStep::Kind::SetWeight;
    s.weight = 10 * n;
    r.plan = {s};
    return r;
}
} // namespace

class tst_RevisionModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        auto *english = new QTranslator(qApp);
        QVERIFY(english->load(test::buildDir() + QStringLiteral("/ui/shipdeck_en.qm")));
        QCoreApplication::installTranslator(english);
    }

    void diffLines_data()
    {
        QTest::addColumn<QStringList>("a");
        QTest::addColumn<QStringList>("b");
        QTest::addColumn<QString>("marks"); // one letter per output line: = same, + added, - removed
        QTest::newRow("same") << QStringList{QStringLiteral("x"), QStringLiteral("y")} << QStringList{QStringLiteral("x"), QStringLiteral("y")} << QStringLiteral("==");
        QTest::newRow("changed line") << QStringList{QStringLiteral("a"), QStringLiteral("v1"), QStringLiteral("c")}
                                      << QStringList{QStringLiteral("a"), QStringLiteral("v2"), QStringLiteral("c")} << QStringLiteral("=-+=");
        QTest::newRow("appended") << QStringList{QStringLiteral("a")} << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QStringLiteral("=+");
        QTest::newRow("removed") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QStringList{QStringLiteral("b")} << QStringLiteral("-=");
        QTest::newRow("from nothing") << QStringList{} << QStringList{QStringLiteral("a")} << QStringLiteral("+");
        QTest::newRow("to nothing") << QStringList{QStringLiteral("a")} << QStringList{} << QStringLiteral("-");
        QTest::newRow("both empty") << QStringList{} << QStringList{} << QString();
    }
    void diffLines()
    {
        QFETCH(QStringList, a);
        QFETCH(QStringList, b);
        QFETCH(QString, marks);
        QString got;
        for (const auto &l : RevisionDiff::diffLines(a, b))
            got += l.kind == RevisionDiff::Line::Kind::Same ? QLatin1Char('=') : l.kind == RevisionDiff::Line::Kind::Added ? QLatin1Char('+') : QLatin1Char('-');
        QCOMPARE(got, marks);
    }

    void hugeFilesAreComparedAsOneBlock()
    {
        QStringList a, b;
        for (int i = 0; i < 5000; ++i) {
            a.append(QString::number(i));
            b.append(QString::number(i + 1));
        }
        const auto lines = RevisionDiff::diffLines(a, b);
        QCOMPARE(lines.size(), 10'000);
    }

    void whatChangedBetweenRevisions()
    {
        const RolloutRecord one = revision(1, QStringLiteral("1.5.0"), RolloutPhase::Healthy);
        RolloutRecord two = revision(2, QStringLiteral("1.5.1"), RolloutPhase::RolledBack);
        two.replicas = 3;
        const RevisionDiff d = RevisionDiff::compare(&one, two);
        QCOMPARE(d.changes().value(0), QStringLiteral("version 1.5.0 → 1.5.1"));
        QCOMPARE(d.changes().value(1), QStringLiteral("instances 2 → 3"));
        QVERIFY(d.changes().value(2).startsWith(QStringLiteral("steps: setWeight 10% → setWeight 20%")));
        QCOMPARE(d.added(), 1);
        QCOMPARE(d.removed(), 1);
        QCOMPARE(d.unified(1), QStringLiteral("--- revision 1\n+++ revision 2\n@@ -1,3 +1,3 @@\n name: storefront\n-version: 1.5.0\n+version: 1.5.1\n replicas: 2"));
        const RevisionDiff first = RevisionDiff::compare(nullptr, one);
        QVERIFY(first.changes().value(0).startsWith(QStringLiteral("first revision: version 1.5.0")));
        const RevisionDiff same = RevisionDiff::compare(&one, one);
        QCOMPARE(same.changes(), QStringList{QStringLiteral("nothing changed: the same file was deployed again")});
    }

    void rollbackOnlyToEarlierPromotedVersions()
    {
        RevisionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRevisions({revision(1, QStringLiteral("1.4.2"), RolloutPhase::Healthy), revision(3, QStringLiteral("1.5.1"), RolloutPhase::RolledBack),
                            revision(2, QStringLiteral("1.5.0"), RolloutPhase::Healthy)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.revisionAt(0)->revision, 3); // newest first
        QCOMPARE(model.servingRevision(), 2);
        QString why;
        QVERIFY(!model.canRollbackTo(0, &why));
        QVERIFY(why.contains(QStringLiteral("never fully promoted")));
        QVERIFY(!model.canRollbackTo(1, &why));
        QVERIFY(why.contains(QStringLiteral("serves now")));
        QVERIFY(model.canRollbackTo(2, &why));
        QVERIFY(why.isEmpty());
        QVERIFY(!model.canRollbackTo(7));
        QCOMPARE(model.index(1, RevisionModel::ResultColumn).data().toString(), QStringLiteral("Healthy · serving"));
        QCOMPARE(model.index(0, RevisionModel::VersionColumn).data().toString(), QStringLiteral("1.5.0 → 1.5.1"));
        QCOMPARE(model.diffAt(0).changes().value(0), QStringLiteral("version 1.5.0 → 1.5.1"));

        // While a rollout runs, nothing can be rolled back to; updates keep the rows in place.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRevisions({revision(1, QStringLiteral("1.4.2"), RolloutPhase::Healthy), revision(2, QStringLiteral("1.5.0"), RolloutPhase::Healthy),
                            revision(3, QStringLiteral("1.5.1"), RolloutPhase::RolledBack), revision(4, QStringLiteral("1.6.0"), RolloutPhase::Progressing)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.hasUnfinished());
        QVERIFY(!model.canRollbackTo(3, &why));
        QVERIFY(why.contains(QStringLiteral("in progress")));
    }
};

QTEST_MAIN(tst_RevisionModel)
#include "tst_revisionmodel.moc"
