#include "models/actionlistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>

using namespace shipdeck;

class tst_ActionListModel : public QObject
{
    Q_OBJECT
    QList<QAction *> make(QObject *parent)
    {
        auto add = [parent](const QString &text, const QString &category, bool enabled = true) {
            auto *a = new QAction(text, parent);
            a->setProperty("category", category);
            a->setEnabled(enabled);
            return a;
        };
        return {add(QStringLiteral("Go to &Overview"), QStringLiteral("Navigate")),
                add(QStringLiteral("Go to Jobs"), QStringLiteral("Navigate")),
                add(QStringLiteral("Run &Maintenance…"), QStringLiteral("Workspace"), false),
                add(QStringLiteral("Theme: Dark"), QStringLiteral("View")),
                add(QStringLiteral("Theme: Light"), QStringLiteral("View"))};
    }

private Q_SLOTS:
    void filtersAndRanks()
    {
        QObject owner;
        ActionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActions(make(&owner));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Go to Overview")); // mnemonic removed

        model.setQuery(QStringLiteral("dark"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Theme: Dark"));
        QCOMPARE(model.data(model.index(0, 0), ActionListModel::CategoryRole).toString(), QStringLiteral("View"));

        model.setQuery(QStringLiteral("theme"));
        QCOMPARE(model.rowCount(), 2);
        // The category is searchable too.
        model.setQuery(QStringLiteral("navigate"));
        QCOMPARE(model.rowCount(), 2);

        // Disabled actions are listed after enabled ones.
        model.setQuery(QStringLiteral("m"));
        QVERIFY(model.rowCount() >= 2);
        QVERIFY(model.actionAt(model.rowCount() - 1)->text().contains(QStringLiteral("Maintenance")));

        model.setQuery(QStringLiteral("zzz"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.actionAt(0), nullptr);
    }

    void deletedActionsDisappear()
    {
        auto *owner = new QObject;
        ActionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActions(make(owner));
        delete owner;
        model.setQuery(QStringLiteral("go"));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_ActionListModel)
#include "tst_actionlistmodel.moc"
