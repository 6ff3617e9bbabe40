#include "guitestsupport.h"
#include "models/notificationmodel.h"
#include "ui/shell/notificationcenter.h"

#include <QAbstractItemModelTester>
#include <QToolButton>
#include <QWidget>

using namespace shipdeck;

class tst_NotificationCenter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notifiesDeduplicatesAndOpens()
    {
        QWidget window;
        NotificationCenter center(&window);
        QAbstractItemModelTester tester(center.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy open(&center, &NotificationCenter::openRequested);
        center.notify(QStringLiteral("approval/storefront"), QStringLiteral("Approval waiting"),
                      QStringLiteral("storefront v1.5.0 waits for your approval"), NotificationModel::Severity::Warning,
                      QStringLiteral("rollouts"), QStringLiteral("storefront-r7"));
        center.notify(QStringLiteral("approval/storefront"), QStringLiteral("Approval waiting"),
                      QStringLiteral("storefront v1.5.0 waits for your approval"), NotificationModel::Severity::Warning,
                      QStringLiteral("rollouts"), QStringLiteral("storefront-r7"));
        QCOMPARE(center.model()->rowCount(), 1);
        QCOMPARE(center.model()->unreadCount(), 1);
        QCOMPARE(center.bellButton()->text(), QStringLiteral("1"));
        center.notify(QStringLiteral("failed/api"), QStringLiteral("Rollout failed"), QStringLiteral("api rolled back"),
                      NotificationModel::Severity::Error, QStringLiteral("rollouts"), QStringLiteral("api-r3"));
        QCOMPARE(center.model()->unreadCount(), 2);

        center.activate(QStringLiteral("approval/storefront"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), QStringLiteral("rollouts"));
        QCOMPARE(open.first().at(1).toString(), QStringLiteral("storefront-r7"));
        QCOMPARE(center.model()->unreadCount(), 1);
        center.model()->markAllRead();
        QCOMPARE(center.bellButton()->text(), QString());
    }
};

QTEST_MAIN(tst_NotificationCenter)
#include "tst_notificationcenter.moc"
