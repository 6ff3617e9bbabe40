// The Config page's models, each under QAbstractItemModelTester: keys × environments with
// provenance, the filter, drafts, problems, diffs (including malformed ones) and conflicts.
#include "models/config/configconflictmodel.h"
#include "models/config/configdiffmodel.h"
#include "models/config/configdraftmodel.h"
#include "models/config/configfiltermodel.h"
#include "models/config/configissuemodel.h"
#include "models/config/configtablemodel.h"
#include "models/config/unifieddiff.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace shipdeck;

namespace {

ConfigValue value(const QString &key, const QString &env, const QJsonValue &v, const QString &layer, const QString &file, int line)
{
    ConfigValue c;
    c.key = key;
    c.environment = env;
    c.found = true;
    c.value = v;
    c.layer = layer;
    c.file = file;
    c.line = line;
    return c;
}

const QStringList kEnvs = {QStringLiteral("staging"), QStringLiteral("production")};

QList<ConfigValue> demoValues(int prodWorkers = 48)
{
    const QString base = QStringLiteral("base/app.yaml");
    const QString prod = QStringLiteral("environments/production/app.yaml");
    return {value(QStringLiteral("app.server.workers"), QString(), 4, QStringLiteral("base"), base, 5),
            value(QStringLiteral("app.server.workers"), QStringLiteral("staging"), 4, QStringLiteral("base"), base, 5),
            value(QStringLiteral("app.server.workers"), QStringLiteral("production"), prodWorkers, QStringLiteral("production"), prod, 3),
            value(QStringLiteral("app.server.port"), QString(), 8080, QStringLiteral("base"), base, 4),
            value(QStringLiteral("app.server.port"), QStringLiteral("staging"), 8080, QStringLiteral("base"), base, 4),
            value(QStringLiteral("app.server.port"), QStringLiteral("production"), 8080, QStringLiteral("base"), base, 4)};
}

} // namespace

class tst_ConfigModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableShowsEffectiveValuesWithProvenance()
    {
        ConfigTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(kEnvs, demoValues(), {}, {});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 4); // key, base, staging, production
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("production"));
        const int row = model.rowOfKey(QStringLiteral("app.server.workers"));
        QVERIFY(row >= 0);
        QCOMPARE(model.stateOf(row, 1), ConfigTableModel::BaseValue);
        QCOMPARE(model.stateOf(row, 2), ConfigTableModel::Inherited);
        QCOMPARE(model.stateOf(row, 3), ConfigTableModel::Overridden);
        const QModelIndex prod = model.index(row, 3);
        QCOMPARE(prod.data(ConfigTableModel::ValueRole).value<QJsonValue>(), QJsonValue(48));
        QCOMPARE(prod.data(ConfigTableModel::OriginRole).toString(), QStringLiteral("environments/production/app.yaml:3"));
        QVERIFY(prod.data(Qt::ToolTipRole).toString().contains(QStringLiteral("environments/production/app.yaml:3")));
        QVERIFY(model.index(row, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("base/app.yaml:5")));
    }

    void snapshotsUpdateCellsInPlace()
    {
        ConfigTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(kEnvs, demoValues(), {}, {});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(kEnvs, demoValues(64), {}, {});
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        const int row = model.rowOfKey(QStringLiteral("app.server.workers"));
        QCOMPARE(model.index(row, 3).data(ConfigTableModel::ValueRole).value<QJsonValue>(), QJsonValue(64));
        // A key that disappears is removed; one that appears is inserted.
        QList<ConfigValue> fewer = demoValues();
        fewer.erase(std::remove_if(fewer.begin(), fewer.end(), [](const ConfigValue &v) { return v.key.endsWith(QLatin1String("port")); }),
                    fewer.end());
        model.setSnapshot(kEnvs, fewer, {}, {});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfKey(QStringLiteral("app.server.port")), -1);
    }

    void draftsAndIssuesMarkTheirCells()
    {
        ConfigTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ConfigDraft draft{QStringLiteral("environments/production/app.yaml"), QStringLiteral("app.server.workers"),
                          QStringLiteral("production"), QJsonValue(48), QJsonValue(64)};
        ConfigIssue issue;
        issue.key = QStringLiteral("app.server.port");
        issue.environment = QStringLiteral("staging");
        issue.file = QStringLiteral("base/app.yaml");
        issue.line = 4;
        issue.message = QStringLiteral("must be at most 65535");
        model.setSnapshot(kEnvs, demoValues(64), {draft}, {issue});
        const int workers = model.rowOfKey(QStringLiteral("app.server.workers"));
        QVERIFY(model.index(workers, 3).data(ConfigTableModel::DraftRole).toBool());
        QVERIFY(!model.index(workers, 2).data(ConfigTableModel::DraftRole).toBool());
        QVERIFY(model.index(workers, 0).data(ConfigTableModel::DraftRole).toBool());
        QVERIFY(model.index(workers, 3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("48")));
        const int port = model.rowOfKey(QStringLiteral("app.server.port"));
        QCOMPARE(model.index(port, 2).data(ConfigTableModel::IssuesRole).toStringList(), QStringList{issue.message});
        QVERIFY(model.index(port, 3).data(ConfigTableModel::IssuesRole).toStringList().isEmpty());

        ConfigIssueModel issues;
        QAbstractItemModelTester issueTester(&issues, QAbstractItemModelTester::FailureReportingMode::QtTest);
        issues.setIssues({issue});
        QCOMPARE(issues.errorCount(), 1);
        QCOMPARE(issues.index(0, ConfigIssueModel::WhereColumn).data().toString(), QStringLiteral("base/app.yaml:4"));
        QCOMPARE(issues.index(0, 0).data(ConfigIssueModel::LineRole).toInt(), 4);

        ConfigDraftModel drafts;
        QAbstractItemModelTester draftTester(&drafts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        drafts.setDrafts({draft});
        QCOMPARE(drafts.rowCount(), 1);
        QCOMPARE(drafts.index(0, ConfigDraftModel::BeforeColumn).data().toString(), QStringLiteral("48"));
        QCOMPARE(drafts.index(0, ConfigDraftModel::AfterColumn).data().toString(), QStringLiteral("64"));
        QCOMPARE(drafts.files(), QStringList{draft.file});
        drafts.setDrafts({});
        QCOMPARE(drafts.rowCount(), 0);
    }

    void filterByTextAndState_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("only");
        QTest::addColumn<int>("rows");
        QTest::newRow("all") << QString() << int(ConfigFilterModel::All) << 2;
        QTest::newRow("key word") << QStringLiteral("WORK") << int(ConfigFilterModel::All) << 1;
        QTest::newRow("value") << QStringLiteral("8080") << int(ConfigFilterModel::All) << 1;
        QTest::newRow("all words must match") << QStringLiteral("server nothing") << int(ConfigFilterModel::All) << 0;
        QTest::newRow("overridden") << QString() << int(ConfigFilterModel::Overridden) << 1;
        QTest::newRow("drafts") << QString() << int(ConfigFilterModel::Drafts) << 0;
    }

    void filterByTextAndState()
    {
        QFETCH(QString, text);
        QFETCH(int, only);
        QFETCH(int, rows);
        ConfigTableModel model;
        model.setSnapshot(kEnvs, demoValues(), {}, {});
        ConfigFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setText(text);
        filter.setOnly(ConfigFilterModel::Only(only));
        QCOMPARE(filter.rowCount(), rows);
    }

    void unifiedDiffKeepsLineNumbers()
    {
        const QString patch = QStringLiteral("diff --git a/base/app.yaml b/base/app.yaml\n"
                                             "--- a/base/app.yaml\n+++ b/base/app.yaml\n"
                                             "@@ -3,3 +3,3 @@ server:\n"
                                             "   host: 0.0.0.0\n-  port: 8080\n+  port: 9090\n   workers: 4\n");
        const QList<DiffLine> lines = UnifiedDiff::parse(patch);
        const auto removed = std::find_if(lines.begin(), lines.end(), [](const DiffLine &l) { return l.kind == DiffLine::Kind::Removed; });
        const auto added = std::find_if(lines.begin(), lines.end(), [](const DiffLine &l) { return l.kind == DiffLine::Kind::Added; });
        QVERIFY(removed != lines.end() && added != lines.end());
        QCOMPARE(removed->oldLine, 4);
        QCOMPARE(removed->newLine, 0);
        QCOMPARE(added->newLine, 4);
        QCOMPARE(added->text, QStringLiteral("  port: 9090"));
    }

    void malformedDiffLosesNothing_data()
    {
        QTest::addColumn<QString>("patch");
        QTest::newRow("bad hunk header") << QStringLiteral("@@ -x,y +1 @@\n+added\n context\n");
        QTest::newRow("lines outside a hunk") << QStringLiteral("+orphan\n-orphan\nrandom text\n");
        QTest::newRow("truncated hunk") << QStringLiteral("@@ -1,5 +1,5 @@\n-a\n");
        QTest::newRow("empty") << QString();
    }

    void malformedDiffLosesNothing()
    {
        QFETCH(QString, patch);
        const QList<DiffLine> lines = UnifiedDiff::parse(patch);
        const QStringList input = patch.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), input.size());
        for (const DiffLine &l : lines) {
            if (l.kind == DiffLine::Kind::Other)
                QCOMPARE(l.oldLine + l.newLine, 0); // not numbered when not in a valid hunk
        }
        ConfigDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPatch(patch);
        QCOMPARE(model.rowCount() >= int(input.size()), true);
    }

    void diffModelHasATitleRowPerFile()
    {
        ConfigDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        GitFileDiff a;
        a.oldPath = a.newPath = QStringLiteral("base/app.yaml");
        a.status = QStringLiteral("modified");
        a.patch = QStringLiteral("--- a/base/app.yaml\n+++ b/base/app.yaml\n@@ -1,1 +1,1 @@\n-port: 1\n+port: 2\n");
        GitFileDiff b = a;
        b.oldPath = b.newPath = QStringLiteral("environments/production/app.yaml");
        model.setDiffs({a, b});
        QCOMPARE(model.fileRows().size(), 2);
        QCOMPARE(model.fileRow(QStringLiteral("environments/production/app.yaml")), model.fileRows().at(1));
        QCOMPARE(model.additions(), 2);
        QCOMPARE(model.deletions(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void conflictsShowThreeSidesAndTheResolution()
    {
        ConfigConflictModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ConfigConflict c;
        c.file = QStringLiteral("base/app.yaml");
        c.key = QStringLiteral("server.port");
        c.base = 8080;
        c.ours = 9001;
        c.theirs = QJsonValue(QJsonValue::Undefined);
        model.setConflicts({c});
        QCOMPARE(model.unresolvedCount(), 1);
        QCOMPARE(model.index(0, ConfigConflictModel::OursColumn).data().toString(), QStringLiteral("9001"));
        QVERIFY(!model.index(0, ConfigConflictModel::TheirsColumn).data().toString().isEmpty()); // "(absent)"
        c.resolution = QStringLiteral("ours");
        model.setConflicts({c});
        QCOMPARE(model.unresolvedCount(), 0);
        QVERIFY(model.index(0, 0).data(ConfigConflictModel::ResolvedRole).toBool());
    }
};

QTEST_MAIN(tst_ConfigModels)
#include "tst_configmodels.moc"
