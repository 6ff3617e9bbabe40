#include "backend/deploy/deploymentparser.h"
#include "models/rollouts/deploymentdraft.h"
#include "testsupport.h"

using namespace shipdeck;

class tst_DeploymentDraft : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every preset writes a file the engine's parser accepts, with the strategy and steps it names.
    void presetsParse_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<int>("canarySteps");
        QTest::newRow("pause-analysis") << int(DeploymentDraft::Preset::CanaryPauseAnalysis) << 4;
        QTest::newRow("judge-approval") << int(DeploymentDraft::Preset::CanaryJudgeApproval) << 6;
        QTest::newRow("timed") << int(DeploymentDraft::Preset::CanaryTimed) << 4;
        QTest::newRow("linear") << int(DeploymentDraft::Preset::CanaryLinear) << 8;
        QTest::newRow("blue-green") << int(DeploymentDraft::Preset::BlueGreenManual) << 0;
        QTest::newRow("rolling") << int(DeploymentDraft::Preset::Rolling) << 0;
        QTest::newRow("recreate") << int(DeploymentDraft::Preset::Recreate) << 0;
    }
    void presetsParse()
    {
        QFETCH(int, preset);
        QFETCH(int, canarySteps);
        DeploymentDraft draft;
        draft.component = QStringLiteral("storefront");
        draft.version = QStringLiteral("1.5.0");
        draft.environment = QStringLiteral("staging");
        draft.replicas = 3;
        draft.preset = DeploymentDraft::Preset(preset);
        QVERIFY(draft.missing().isEmpty());
        auto spec = DeploymentParser::parse(draft.toYaml().toUtf8(), QStringLiteral("draft.yaml"));
        QVERIFY_RESULT(spec);
        QCOMPARE(strategyName(spec->strategy), DeploymentDraft::strategyOf(draft.preset));
        QCOMPARE(environmentName(spec->environment), QStringLiteral("staging"));
        QCOMPARE(spec->replicas, 3);
        QCOMPARE(spec->components.value(0).version, QStringLiteral("1.5.0"));
        QCOMPARE(spec->canary.steps.size(), canarySteps);
    }

    void oddNamesAreQuoted_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("colon") << QStringLiteral("1.5.0: beta");
        QTest::newRow("quote") << QStringLiteral("1.5 \"rc\"");
        QTest::newRow("bool") << QStringLiteral("true");
        QTest::newRow("hash") << QStringLiteral("1.5 #2");
    }
    void oddNamesAreQuoted()
    {
        QFETCH(QString, version);
        DeploymentDraft draft;
        draft.component = QStringLiteral("storefront");
        draft.version = version;
        auto spec = DeploymentParser::parse(draft.toYaml().toUtf8(), QStringLiteral("draft.yaml"));
        QVERIFY_RESULT(spec);
        QCOMPARE(spec->components.value(0).version, version);
    }

    void missingFields()
    {
        DeploymentDraft draft;
        QCOMPARE(draft.missing().size(), 2);
        draft.component = QStringLiteral("  ");
        draft.version = QStringLiteral("1.0");
        QCOMPARE(draft.missing().size(), 1);
        // An incomplete form still writes YAML; the engine says what is missing, at its line.
        auto spec = DeploymentParser::parse(draft.toYaml().toUtf8(), QStringLiteral("draft.yaml"));
        QVERIFY(!spec);
        QVERIFY(!spec.error().details().value(QStringLiteral("problems")).toList().isEmpty());
    }
};

QTEST_MAIN(tst_DeploymentDraft)
#include "tst_deploymentdraft.moc"
