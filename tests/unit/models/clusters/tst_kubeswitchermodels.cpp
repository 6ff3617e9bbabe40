#include "models/clusters/kubecontextmodel.h"
#include "models/clusters/kubekindmodel.h"
#include "models/clusters/kubenamespacemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>

using namespace shipdeck;

class tst_KubeSwitcherModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contextsCarryWarnings()
    {
        KubeContextModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonObject json{
            {QStringLiteral("current"), QStringLiteral("prod")},
            {QStringLiteral("contexts"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("dev")}, {QStringLiteral("server"), QStringLiteral("https://dev:6443")}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("prod")},
                                    {QStringLiteral("server"), QStringLiteral("https://prod:6443")},
                                    {QStringLiteral("current"), true},
                                    {QStringLiteral("warning"), QStringLiteral("insecure-skip-tls-verify")}}}}};
        model.setContexts(json);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.current(), QStringLiteral("prod"));
        const int prod = model.rowOf(QStringLiteral("prod"));
        QVERIFY(prod >= 0);
        QCOMPARE(model.index(prod, 0).data(KubeContextModel::WarningRole).toString(), QStringLiteral("insecure-skip-tls-verify"));
        QVERIFY(model.index(prod, 0).data(KubeContextModel::CurrentRole).toBool());
        model.setContexts(json); // the same again changes nothing
        QCOMPARE(model.rowCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void namespacesFollowTheCluster()
    {
        KubeNamespaceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.namespaceAt(0), KubeNamespaceModel::allNamespaces());
        model.setCurrent(QStringLiteral("typed-by-hand"));
        QVERIFY(model.rowOf(QStringLiteral("typed-by-hand")) > 0);
        KubeStoreDelta d;
        d.reset = true;
        for (const char *name : {"kube-system", "default", "shop"}) {
            KubeObjectRow r;
            r.name = QString::fromLatin1(name);
            r.cells = {QStringLiteral("Active")};
            d.upserted.append(r);
        }
        model.applyDelta(d);
        QVERIFY(model.listed().contains(QStringLiteral("shop")));
        QVERIFY(model.rowOf(QStringLiteral("typed-by-hand")) > 0); // the chosen one stays
        KubeStoreDelta gone;
        gone.removed = {QStringLiteral("shop")};
        model.applyDelta(gone);
        QCOMPARE(model.rowOf(QStringLiteral("shop")), -1);
    }

    void kindsListBuiltinsAndCustomResources()
    {
        KubeKindModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const char *r : {"pods", "deployments", "statefulsets", "daemonsets", "replicasets", "jobs", "cronjobs", "services",
                              "ingresses", "configmaps", "secrets", "events", "nodes", "namespaces"})
            QVERIFY2(model.indexOf(QString::fromLatin1(r)).isValid(), r);
        QVERIFY(!model.indexOf(QStringLiteral("widgets.example.com")).isValid());
        KubeStoreDelta d;
        d.reset = true;
        KubeObjectRow crd;
        crd.name = QStringLiteral("widgets.example.com");
        crd.cells = {QStringLiteral("Widget"), QStringLiteral("example.com"), QStringLiteral("Namespaced")};
        d.upserted.append(crd);
        model.applyCrdDelta(d);
        const QModelIndex widget = model.indexOf(QStringLiteral("widgets.example.com"));
        QVERIFY(widget.isValid());
        QCOMPARE(widget.data(KubeKindModel::KindRole).toString(), QStringLiteral("Widget"));
        QVERIFY(model.customResources().contains(QStringLiteral("widgets.example.com")));
        model.clearCustomResources();
        QVERIFY(!model.indexOf(QStringLiteral("widgets.example.com")).isValid());
    }
};

QTEST_MAIN(tst_KubeSwitcherModels)
#include "tst_kubeswitchermodels.moc"
