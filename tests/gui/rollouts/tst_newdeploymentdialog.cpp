// The new-deployment dialog against a real workspace: the form writes a file the engine
// accepts; mistakes are listed with their line and marked at that line; syntax errors too;
// deploying needs a valid file and a reason.
#include "backend/facade/backend.h"
#include "guitestsupport.h"
#include "backend/deploy/rolloutsclient.h"
#include "models/rollouts/deploymentdraft.h"
#include "ui/rollouts/newdeploymentdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace shipdeck;

namespace {
const char *kBadLine7 =
    "apiVersion: shipdeck.io/v1\n"
    "kind: Deployment\n"
    "name: storefront-typo\n"
    "environment: production\n"
    "strategy: canary\n"
    "components: [{id: storefront, version: 1.5.0}]\n"
    "canary: {steps: [{setWeigth: 10}]}\n";
} // namespace

class tst_NewDeploymentDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<RolloutsClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateUserSettings();
        BackendOptions options;
        options.fileLog = false;
        m_backend = std::make_unique<Backend>(options);
        Workspace::OpenOptions open;
        open.create = true;
        QVERIFY_RESULT(test::await(m_backend->openWorkspace(m_dir.path(), open)));
        QVERIFY_RESULT(test::await(m_backend->seedDemo(), 30'000));
        m_client = std::make_unique<RolloutsClient>(m_backend.get());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_backend.reset();
    }

    void formWritesAValidFile_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QString>("expected");
        for (DeploymentDraft::Preset p : DeploymentDraft::presets())
            QTest::newRow(qPrintable(DeploymentDraft::strategyOf(p) + QString::number(int(p)))) << int(p) << DeploymentDraft::strategyOf(p);
    }
    void formWritesAValidFile()
    {
        QFETCH(int, preset);
        QFETCH(QString, expected);
        NewDeploymentDialog dialog(m_backend.get(), m_client.get());
        dialog.show();
        QTRY_VERIFY(dialog.componentBox()->findText(QStringLiteral("storefront")) >= 0);
        dialog.componentBox()->setCurrentText(QStringLiteral("storefront"));
        dialog.versionBox()->setCurrentText(QStringLiteral("1.5.0"));
        dialog.presetBox()->setCurrentIndex(dialog.presetBox()->findData(preset));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isValid(), 10'000);
        QVERIFY(dialog.editor()->toPlainText().contains(QStringLiteral("strategy: %1").arg(expected)));
        QVERIFY(dialog.editor()->toPlainText().contains(QStringLiteral("version: 1.5.0")));
        QVERIFY(!dialog.deployButton()->isEnabled());
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("test"));
        QVERIFY(dialog.deployButton()->isEnabled());
    }

    void problemsAreShownAtTheirLine_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown key") << QString::fromLatin1(kBadLine7) << 7 << QStringLiteral("setWeigth");
        // The parser notices the unclosed flow sequence of line 3 where the file ends.
        QTest::newRow("syntax") << QStringLiteral("apiVersion: shipdeck.io/v1\nkind: Deployment\ncomponents: [{id: x\n") << 4 << QString();
        QTest::newRow("weight out of range")
            << QString::fromLatin1(kBadLine7).replace(QStringLiteral("setWeigth: 10"), QStringLiteral("setWeight: 250")) << 7
            << QStringLiteral("setWeight");
        QTest::newRow("unknown environment")
            << QString::fromLatin1(kBadLine7).replace(QStringLiteral("production"), QStringLiteral("prod")) << 4 << QStringLiteral("prod");
    }
    void problemsAreShownAtTheirLine()
    {
        QFETCH(QString, yaml);
        QFETCH(int, line);
        QFETCH(QString, words);
        NewDeploymentDialog dialog(m_backend.get(), m_client.get());
        dialog.show();
        QSignalSpy validated(&dialog, &NewDeploymentDialog::validated);
        dialog.setYaml(yaml, QStringLiteral("typo.yaml"));
        // The form's first file may be checked first; wait for the verdict on this text.
        QTRY_VERIFY_WITH_TIMEOUT(!validated.isEmpty() && dialog.editor()->toPlainText() == yaml && !dialog.problemLines().isEmpty(), 10'000);
        QVERIFY(!dialog.isValid());
        QVERIFY2(dialog.problemLines().contains(line), qPrintable(QStringLiteral("%1").arg(dialog.problemLines().value(0))));
        QVERIFY(dialog.problems()->count() >= 1);
        QVERIFY(dialog.problems()->isVisible());
        if (!words.isEmpty()) {
            bool named = false;
            for (int i = 0; i < dialog.problems()->count(); ++i)
                named = named || dialog.problems()->item(i)->text().contains(words);
            QVERIFY2(named, qPrintable(dialog.problems()->item(0)->text()));
        }
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("test"));
        QVERIFY(!dialog.deployButton()->isEnabled());
        // Activating a problem puts the cursor on its line.
        dialog.problems()->setCurrentRow(0);
        Q_EMIT dialog.problems()->itemActivated(dialog.problems()->item(0));
        QCOMPARE(dialog.editor()->textCursor().blockNumber() + 1, dialog.problems()->item(0)->data(Qt::UserRole).toInt());
        test::saveScreenshot(&dialog, QStringLiteral("new-deployment-problems-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    }

    void loadsAFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("deployments/storefront-canary.yaml"));
        QVERIFY(QFile::exists(path));
        NewDeploymentDialog dialog(m_backend.get(), m_client.get());
        dialog.show();
        dialog.loadFile(path);
        QTRY_VERIFY(dialog.editor()->toPlainText().contains(QStringLiteral("storefront-canary")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isValid(), 10'000);
        dialog.loadFile(m_dir.filePath(QStringLiteral("missing.yaml")));
        QTRY_VERIFY(dialog.findChild<QLabel *>(QStringLiteral("validationSummary"))->text().contains(QStringLiteral("missing.yaml")));
        test::saveScreenshot(&dialog, QStringLiteral("new-deployment-file"));
    }
};

QTEST_MAIN(tst_NewDeploymentDialog)
#include "tst_newdeploymentdialog.moc"
