#include "guitestsupport.h"
#include "ui/shell/confirmdialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPlainTextEdit>

using namespace shipdeck;

class tst_ConfirmDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requiredReasonGatesTheButton()
    {
        ConfirmDialog::Spec spec;
        spec.title = QStringLiteral("Abort storefront?");
        spec.summary = QStringLiteral("All traffic goes back to v1.4.2.");
        spec.details = {QStringLiteral("canary v1.5.0: 10 % → 0 %"), QStringLiteral("environment: production")};
        spec.confirmText = QStringLiteral("Abort");
        spec.destructive = true;
        spec.reasonRequired = true;
        ConfirmDialog dialog(spec);
        dialog.show();
        QVERIFY(!dialog.confirmButton()->isEnabled());
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("   "));
        QVERIFY(!dialog.confirmButton()->isEnabled());
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("error rate above SLO"));
        QVERIFY(dialog.confirmButton()->isEnabled());
        QCOMPARE(dialog.reason(), QStringLiteral("error rate above SLO"));
        // The dialog names what will happen.
        bool namesWeights = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            namesWeights |= label->text().contains(QStringLiteral("10 % → 0 %"));
        QVERIFY(namesWeights);
        dialog.confirmButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void optionalReason()
    {
        ConfirmDialog::Spec spec;
        spec.title = QStringLiteral("Retry?");
        ConfirmDialog dialog(spec);
        QVERIFY(dialog.confirmButton()->isEnabled());
        QCOMPARE(dialog.reasonEdit(), nullptr);
        QCOMPARE(dialog.reason(), QString());
    }
};

QTEST_MAIN(tst_ConfirmDialog)
#include "tst_confirmdialog.moc"
