#include "models/rollouts/rolloutactionrules.h"
#include "models/rollouts/rollouteventmodel.h"
#include "models/rollouts/rolloutstepmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTranslator>

using namespace shipdeck;

namespace {
QJsonObject step(const char *kind, const char *status, int weight = 0)
{
    QJsonObject s{{QStringLiteral("kind"), QLatin1String(kind)}, {QStringLiteral("status"), QLatin1String(status)}};
    if (weight)
        s.insert(QStringLiteral("weight"), weight);
    return s;
}

QJsonObject rollout(const QString &phase, int stepIndex, const QJsonArray &steps)
{
    return {{QStringLiteral("id"), QStringLiteral("r1")}, {QStringLiteral("component"), QStringLiteral("storefront")},
            {QStringLiteral("environment"), QStringLiteral("production")}, {QStringLiteral("stableVersion"), QStringLiteral("1.4.2")},
            {QStringLiteral("targetVersion"), QStringLiteral("1.5.0")}, {QStringLiteral("phase"), phase},
            {QStringLiteral("stepIndex"), stepIndex}, {QStringLiteral("stepCount"), int(steps.size())}, {QStringLiteral("steps"), steps},
            {QStringLiteral("createdAt"), 1000}, {QStringLiteral("startedAt"), 1000}, {QStringLiteral("revision"), 2},
            {QStringLiteral("traffic"), QJsonObject{{QStringLiteral("canaryWeight"), 10}}},
            {QStringLiteral("stepState"), QJsonObject{{QStringLiteral("enteredAt"), 31'000}}}};
}

QJsonObject ev(qint64 seq, qint64 at, const char *reason, const QString &message, const QJsonObject &data = {})
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("at"), at}, {QStringLiteral("reason"), QLatin1String(reason)},
            {QStringLiteral("type"), QStringLiteral("Normal")}, {QStringLiteral("message"), message}, {QStringLiteral("data"), data}};
}

QJsonObject waitingForApproval()
{
    QJsonObject r = rollout(QStringLiteral("Paused"), 2,
                            {step("deploy", "done"), step("setWeight", "done", 10), step("approval", "current"), step("setWeight", "pending", 50)});
    r.insert(QStringLiteral("pauseConditions"), QJsonArray{QJsonObject{{QStringLiteral("reason"), QStringLiteral("Approval")}}});
    return r;
}
} // namespace

class tst_RolloutDetailModels : public QObject
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

    void stepsWithDurationsAndWhatTheyWaitOn()
    {
        RolloutStepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonArray events{ev(1, 1000, "RolloutCreated", QStringLiteral("created")),
                                ev(2, 6000, "RolloutStepCompleted", QStringLiteral("step 1"), {{QStringLiteral("step"), 0}}),
                                ev(3, 31'000, "RolloutStepCompleted", QStringLiteral("step 2"), {{QStringLiteral("step"), 1}})};
        model.setRollout(waitingForApproval(), events, 91'000);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.stateAt(0), RolloutStepModel::State::Done);
        QCOMPARE(model.durationAt(0), qint64(5000));
        QCOMPARE(model.durationAt(1), qint64(25'000));
        QCOMPARE(model.stateAt(2), RolloutStepModel::State::Current);
        QCOMPARE(model.durationAt(2), qint64(60'000));
        QCOMPARE(model.detailAt(2), QStringLiteral("waits for approval by 1 more person"));
        QCOMPARE(model.index(1, RolloutStepModel::StepColumn).data().toString(), QStringLiteral("10 % traffic"));
        QCOMPARE(model.stateAt(3), RolloutStepModel::State::Pending);

        // The engine rolled it back at the approval: that step stopped, the rest skipped; in place.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QJsonObject back = rollout(QStringLiteral("RolledBack"), 2,
                                   {step("deploy", "done"), step("setWeight", "done", 10), step("approval", "pending"), step("setWeight", "pending", 50)});
        back.insert(QStringLiteral("finishedAt"), 41'000);
        back.insert(QStringLiteral("abortReason"), QStringLiteral("error-rate-vs-stable failed"));
        model.setRollout(back, events, 99'000);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.stateAt(2), RolloutStepModel::State::Failed);
        QCOMPARE(model.durationAt(2), qint64(10'000));
        QCOMPARE(model.detailAt(2), QStringLiteral("error-rate-vs-stable failed"));
        QCOMPARE(model.stateAt(3), RolloutStepModel::State::Skipped);
        // Malformed: no steps at all.
        model.setRollout(QJsonObject(), QJsonArray(), 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void eventsNewestFirstWithWhoDidWhat()
    {
        RolloutEventModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents({ev(1, 1000, "RolloutCreated", QStringLiteral("created"), {{QStringLiteral("createdBy"), QStringLiteral("bob")}}),
                         ev(2, 2000, "RolloutPaused", QStringLiteral("paused by carol: checking dashboards"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RolloutEventModel::WhatColumn).data().toString(), QStringLiteral("Paused"));
        QCOMPARE(model.index(0, RolloutEventModel::WhoColumn).data().toString(), QStringLiteral("carol"));
        QCOMPARE(model.index(1, RolloutEventModel::WhoColumn).data().toString(), QStringLiteral("bob"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.addEvent(ev(3, 3000, "ApprovalGiven", QStringLiteral("alice approved step 3: ok"), {{QStringLiteral("actor"), QStringLiteral("alice")}}));
        model.addEvent(ev(3, 3000, "ApprovalGiven", QStringLiteral("duplicate")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, RolloutEventModel::WhoColumn).data().toString(), QStringLiteral("alice"));
        model.addEvent(ev(4, 4000, "RolloutRolledBack", QStringLiteral("Rollout aborted update to revision 2: errors"),
                             {{QStringLiteral("by"), QStringLiteral("analysis")}}));
        QCOMPARE(model.index(0, RolloutEventModel::WhatColumn).data().toString(), QStringLiteral("Rolled back"));
        QCOMPARE(model.index(0, RolloutEventModel::WhoColumn).data().toString(), QStringLiteral("analysis"));
        // A refresh with everything known plus newer events inserts, it does not reset.
        QJsonArray all;
        for (int row = model.rowCount() - 1; row >= 0; --row)
            all.append(model.eventAt(row));
        all.append(ev(5, 5000, "RolloutStepCompleted", QStringLiteral("step 4 of 6 (setWeight 50%) completed")));
        model.setEvents(all);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, RolloutEventModel::WhoColumn).data().toString(), QStringLiteral("engine"));
        QCOMPARE(model.rowOfReason(QStringLiteral("RolloutCreated")), 4);
    }

    void actionsOnlyWhereValid_data()
    {
        QTest::addColumn<QJsonObject>("rollout");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("enabled");
        const QJsonArray steps{step("deploy", "done"), step("setWeight", "current", 10), step("setWeight", "pending", 50)};
        const QJsonObject progressing = rollout(QStringLiteral("Progressing"), 1, steps);
        const QJsonObject deploying = rollout(QStringLiteral("Progressing"), 0, steps);
        QJsonObject aborted = rollout(QStringLiteral("Aborted"), 1, steps);
        aborted.insert(QStringLiteral("finishedAt"), 5000);
        QJsonObject rolledBack = aborted;
        rolledBack.insert(QStringLiteral("phase"), QStringLiteral("RolledBack"));
        QJsonObject healthy = rollout(QStringLiteral("Healthy"), 3, steps);
        healthy.insert(QStringLiteral("finishedAt"), 5000);
        QJsonObject paused = progressing;
        paused.insert(QStringLiteral("phase"), QStringLiteral("Paused"));
        paused.insert(QStringLiteral("userPaused"), true);
        QJsonObject restricted = waitingForApproval();
        QJsonArray restrictedSteps = restricted.value(QStringLiteral("steps")).toArray();
        QJsonObject gate = restrictedSteps.at(2).toObject();
        gate.insert(QStringLiteral("approvers"), QJsonArray{QStringLiteral("bob")});
        restrictedSteps.replace(2, gate);
        restricted.insert(QStringLiteral("steps"), restrictedSteps);
        using A = RolloutAction;
        const QList<std::tuple<const char *, QJsonObject, A, bool>> rows{
            {"promote progressing", progressing, A::Promote, true},
            {"promote while deploying", deploying, A::Promote, false},
            {"promote aborted", aborted, A::Promote, false},
            {"promote rolled back", rolledBack, A::Promote, false},
            {"promote full rolled back", rolledBack, A::PromoteFull, false},
            {"promote healthy", healthy, A::Promote, false},
            {"promote approval", waitingForApproval(), A::Promote, true},
            {"promote approval of someone else", restricted, A::Promote, false},
            {"abort progressing", progressing, A::Abort, true},
            {"abort aborted", aborted, A::Abort, false},
            {"abort healthy", healthy, A::Abort, false},
            {"retry rolled back", rolledBack, A::Retry, true},
            {"retry progressing", progressing, A::Retry, false},
            {"pause progressing", progressing, A::Pause, true},
            {"pause paused", paused, A::Pause, false},
            {"pause healthy", healthy, A::Pause, false},
            {"resume paused", paused, A::Resume, true},
            {"resume approval", waitingForApproval(), A::Resume, false},
            {"nothing selected", QJsonObject(), A::Abort, false},
        };
        for (const auto &[name, r, action, enabled] : rows)
            QTest::newRow(name) << r << int(action) << enabled;
    }
    void actionsOnlyWhereValid()
    {
        QFETCH(QJsonObject, rollout);
        QFETCH(int, action);
        QFETCH(bool, enabled);
        const auto state = RolloutActionRules::state(rollout, RolloutAction(action), QStringLiteral("alice"));
        QCOMPARE(state.enabled, enabled);
        QCOMPARE(state.why.isEmpty(), enabled);
    }

    void confirmationNamesWeightsVersionsAndEnvironment()
    {
        const auto approve = RolloutActionRules::describe(waitingForApproval(), RolloutAction::Promote, QStringLiteral("alice"));
        QCOMPARE(approve.title, QStringLiteral("Approve storefront 1.5.0?"));
        QCOMPARE(approve.confirmText, QStringLiteral("Approve"));
        const QString all = approve.summary + QLatin1Char('\n') + approve.details.join(QLatin1Char('\n'));
        for (const char *words : {"production", "10 %", "90 %", "50 %", "1.4.2", "alice", "step 3 of 4"})
            QVERIFY2(all.contains(QLatin1String(words)), words);
        const auto abort = RolloutActionRules::describe(waitingForApproval(), RolloutAction::Abort, QStringLiteral("alice"));
        QVERIFY(abort.destructive);
        QVERIFY(abort.summary.contains(QStringLiteral("1.4.2")));
        const auto back = RolloutActionRules::describeRollback(waitingForApproval(), 1, QStringLiteral("1.4.2"), QStringLiteral("1.5.0"),
                                                               QStringLiteral("alice"));
        QVERIFY(back.summary.contains(QStringLiteral("1.4.2 replaces 1.5.0 in production")));
    }
};

QTEST_MAIN(tst_RolloutDetailModels)
#include "tst_rolloutdetailmodels.moc"
