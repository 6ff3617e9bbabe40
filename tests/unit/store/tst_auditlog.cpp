#include "backend/store/auditlog.h"
#include "backend/store/database.h"
#include "backend/store/migrations.h"
#include "testsupport.h"

using namespace shipdeck;

class tst_AuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chainVerifiesAndDetectsTampering()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")));
        QVERIFY_RESULT(Migrations::migrate(*db.value()));
        AuditLog audit(*db.value());
        for (int i = 0; i < 5; ++i)
            QVERIFY_RESULT(audit.append(QStringLiteral("alice"), QStringLiteral("rollout.promote"),
                                        QStringLiteral("storefront/production"), QStringLiteral("step %1").arg(i)));
        auto v = audit.verify();
        QVERIFY_RESULT(v);
        QVERIFY(v.value().intact);
        QCOMPARE(v.value().records, 5);
        QCOMPARE(audit.recent(2).value().size(), 2);
        QCOMPARE(audit.recent(10, QStringLiteral("storefront")).value().size(), 5);

        // The triggers refuse edits through SQL...
        auto update = db.value()->exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2"));
        QVERIFY(!update.ok());
        QVERIFY(update.error().toString().contains(QStringLiteral("append-only")));
        QVERIFY(!db.value()->exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")).ok());

        // ...and someone who drops the triggers is caught by the chain.
        QVERIFY_RESULT(db.value()->exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY_RESULT(db.value()->exec(QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 3")));
        auto broken = audit.verify();
        QVERIFY_RESULT(broken);
        QVERIFY(!broken.value().intact);
        QCOMPARE(broken.value().firstBrokenSeq, 3);
        QVERIFY(broken.value().problem.contains(QStringLiteral("altered")));
    }

    void removedRecordBreaksChain()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")));
        QVERIFY_RESULT(Migrations::migrate(*db.value()));
        AuditLog audit(*db.value());
        for (int i = 0; i < 3; ++i)
            QVERIFY_RESULT(audit.append(QStringLiteral("bob"), QStringLiteral("x"), QString(), QString()));
        QVERIFY_RESULT(db.value()->exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY_RESULT(db.value()->exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
        auto v = audit.verify();
        QVERIFY(!v.value().intact);
        QCOMPARE(v.value().firstBrokenSeq, 3);
    }

    void needsActorAndAction()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")));
        QVERIFY_RESULT(Migrations::migrate(*db.value()));
        QCOMPARE(AuditLog(*db.value()).append(QString(), QStringLiteral("x"), {}, {}).error().code(), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
