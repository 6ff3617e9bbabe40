#include "models/rollouts/rollouttext.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

namespace shipdeck {

namespace {
QJsonObject currentStep(const QJsonObject &r)
{
    return r.value(QStringLiteral("steps")).toArray().at(r.value(QStringLiteral("stepIndex")).toInt()).toObject();
}

QStringList pauseReasons(const QJsonObject &r)
{
    QStringList out;
    for (const QJsonValue &p : r.value(QStringLiteral("pauseConditions")).toArray())
        out.append(p.toObject().value(QStringLiteral("reason")).toString());
    return out;
}

QString pauseMessage(const QJsonObject &r, const QString &reason)
{
    for (const QJsonValue &p : r.value(QStringLiteral("pauseConditions")).toArray()) {
        if (p.toObject().value(QStringLiteral("reason")).toString() == reason)
            return p.toObject().value(QStringLiteral("message")).toString();
    }
    return {};
}
} // namespace

QString RolloutText::phaseText(const QString &phase)
{
    if (phase == QLatin1String("Progressing"))
        return tr("Progressing");
    if (phase == QLatin1String("Paused"))
        return tr("Paused");
    if (phase == QLatin1String("Degraded"))
        return tr("Degraded");
    if (phase == QLatin1String("Healthy"))
        return tr("Healthy");
    if (phase == QLatin1String("Aborted"))
        return tr("Aborted");
    if (phase == QLatin1String("RolledBack"))
        return tr("Rolled back");
    return phase;
}

QString RolloutText::pauseReasonText(const QString &reason)
{
    if (reason == QLatin1String("CanaryPauseStep"))
        return tr("pause step");
    if (reason == QLatin1String("Approval"))
        return tr("waiting for approval");
    if (reason == QLatin1String("BlueGreenPause"))
        return tr("waiting for promotion before the switch");
    if (reason == QLatin1String("InconclusiveAnalysisRun"))
        return tr("analysis inconclusive");
    if (reason == QLatin1String("ManualPause"))
        return tr("paused by a person");
    if (reason == QLatin1String("WaitingForConfirmation"))
        return tr("waiting for the confirm-rollout webhook");
    if (reason == QLatin1String("WaitingForTrafficIncrease"))
        return tr("waiting for the confirm-traffic-increase webhook");
    if (reason == QLatin1String("WaitingPromotion"))
        return tr("waiting for the confirm-promotion webhook");
    if (reason == QLatin1String("ProgressDeadlineExceeded"))
        return tr("progress deadline passed");
    if (reason == QLatin1String("Interrupted"))
        return tr("interrupted while driven by a stopped process");
    return reason;
}

QString RolloutText::strategyText(const QString &strategy)
{
    if (strategy == QLatin1String("canary"))
        return tr("Canary");
    if (strategy == QLatin1String("blue-green") || strategy == QLatin1String("blueGreen"))
        return tr("Blue-green");
    if (strategy == QLatin1String("rolling"))
        return tr("Rolling");
    if (strategy == QLatin1String("recreate"))
        return tr("Recreate");
    return strategy;
}

QString RolloutText::environmentText(const QString &environment)
{
    if (environment == QLatin1String("production"))
        return tr("production");
    if (environment == QLatin1String("staging"))
        return tr("staging");
    if (environment == QLatin1String("development"))
        return tr("development");
    return environment;
}

QString RolloutText::stepText(const QJsonObject &s)
{
    const QString kind = s.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("setWeight"))
        return tr("%1 % traffic").arg(s.value(QStringLiteral("weight")).toInt());
    if (kind == QLatin1String("pause")) {
        const bool blueGreen = s.value(QStringLiteral("pauseReason")).toString() == QLatin1String("BlueGreenPause");
        if (!s.contains(QStringLiteral("durationMs")))
            return blueGreen ? tr("wait for promotion") : tr("pause until promoted");
        const QString d = durationText(qint64(s.value(QStringLiteral("durationMs")).toDouble()));
        return blueGreen ? tr("auto-promote after %1").arg(d) : tr("pause %1").arg(d);
    }
    if (kind == QLatin1String("analysis")) {
        const QString k = s.value(QStringLiteral("analysisKind")).toString();
        const QString templates = s.value(QStringLiteral("templates")).toVariant().toStringList().join(QStringLiteral(", "));
        if (k == QLatin1String("prePromotion"))
            return tr("pre-promotion analysis");
        if (k == QLatin1String("postPromotion"))
            return tr("post-promotion analysis");
        if (k == QLatin1String("validation"))
            return tr("validation analysis");
        return templates.isEmpty() ? tr("analysis") : tr("analysis %1").arg(templates);
    }
    if (kind == QLatin1String("approval")) {
        const int required = s.value(QStringLiteral("required")).toInt(1);
        return required > 1 ? tr("approval (%n people)", nullptr, required) : tr("approval");
    }
    if (kind == QLatin1String("deploy"))
        return s.value(QStringLiteral("preview")).toBool() ? tr("deploy preview ×%1").arg(s.value(QStringLiteral("replicas")).toInt())
                                                           : tr("deploy ×%1").arg(s.value(QStringLiteral("replicas")).toInt());
    if (kind == QLatin1String("scale"))
        return tr("scale to %1 %").arg(s.value(QStringLiteral("weight")).toInt());
    if (kind == QLatin1String("switch"))
        return tr("switch traffic");
    if (kind == QLatin1String("stopStable"))
        return tr("stop old version");
    if (kind == QLatin1String("promote"))
        return tr("promote");
    return s.value(QStringLiteral("label")).toString();
}

QString RolloutText::stepPosition(const QJsonObject &r)
{
    const int count = r.value(QStringLiteral("stepCount")).toInt();
    const int index = r.value(QStringLiteral("stepIndex")).toInt();
    const QString phase = r.value(QStringLiteral("phase")).toString();
    if (phase == QLatin1String("Healthy"))
        return tr("all %n step(s) done", nullptr, count);
    if (count == 0)
        return QStringLiteral("–");
    if (index >= count)
        return tr("finishing");
    return tr("%1 of %2 · %3").arg(index + 1).arg(count).arg(stepText(currentStep(r)));
}

bool RolloutText::isApprovalWaiting(const QJsonObject &r)
{
    return r.value(QStringLiteral("phase")).toString() == QLatin1String("Paused") && pauseReasons(r).contains(QStringLiteral("Approval"));
}

bool RolloutText::needsAttention(const QJsonObject &r)
{
    const QString phase = r.value(QStringLiteral("phase")).toString();
    if (phase == QLatin1String("Degraded"))
        return true;
    if (phase != QLatin1String("Paused"))
        return false;
    const QStringList reasons = pauseReasons(r);
    for (const char *reason : {"Approval", "InconclusiveAnalysisRun", "ProgressDeadlineExceeded", "Interrupted"}) {
        if (reasons.contains(QLatin1String(reason)))
            return true;
    }
    return false;
}

QString RolloutText::needsText(const QJsonObject &r)
{
    const QString phase = r.value(QStringLiteral("phase")).toString();
    if (phase == QLatin1String("Degraded"))
        return tr("a person: degraded, promote or abort");
    if (phase != QLatin1String("Paused"))
        return {};
    if (r.value(QStringLiteral("userPaused")).toBool())
        return tr("resume by a person");
    const QStringList reasons = pauseReasons(r);
    if (reasons.contains(QStringLiteral("Approval"))) {
        const QJsonObject step = currentStep(r);
        int required = step.value(QStringLiteral("required")).toInt(1);
        int given = 0;
        static const QRegularExpression progress(QStringLiteral("^(\\d+) of (\\d+) approvals"));
        if (const auto m = progress.match(pauseMessage(r, QStringLiteral("Approval"))); m.hasMatch()) {
            given = m.captured(1).toInt();
            required = m.captured(2).toInt();
        }
        const int missing = qMax(1, required - given);
        const QStringList approvers = step.value(QStringLiteral("approvers")).toVariant().toStringList();
        if (!approvers.isEmpty())
            return tr("approval by %n more person(s) of %1", nullptr, missing).arg(approvers.join(QStringLiteral(", ")));
        return tr("approval by %n more person(s)", nullptr, missing);
    }
    if (reasons.contains(QStringLiteral("InconclusiveAnalysisRun")))
        return tr("a decision: analysis inconclusive");
    if (reasons.contains(QStringLiteral("ProgressDeadlineExceeded")))
        return tr("a decision: progress deadline passed");
    if (reasons.contains(QStringLiteral("Interrupted")))
        return tr("a decision: interrupted");
    if ((reasons.contains(QStringLiteral("CanaryPauseStep")) || reasons.contains(QStringLiteral("BlueGreenPause")))
        && !currentStep(r).contains(QStringLiteral("durationMs")))
        return tr("promotion by a person");
    for (const char *webhook : {"WaitingForConfirmation", "WaitingForTrafficIncrease", "WaitingPromotion"}) {
        if (reasons.contains(QLatin1String(webhook)))
            return tr("a webhook: %1").arg(pauseReasonText(QLatin1String(webhook)));
    }
    return {};
}

QString RolloutText::phaseWithReason(const QJsonObject &r)
{
    const QString phase = r.value(QStringLiteral("phase")).toString();
    QString reason;
    if (phase == QLatin1String("Aborted") || phase == QLatin1String("RolledBack"))
        reason = r.value(QStringLiteral("abortReason")).toString();
    else if (phase == QLatin1String("Paused")) {
        const QStringList reasons = pauseReasons(r);
        reason = r.value(QStringLiteral("userPaused")).toBool() ? pauseReasonText(QStringLiteral("ManualPause"))
               : reasons.isEmpty() ? QString() : pauseReasonText(reasons.first());
    } else if (phase != QLatin1String("Healthy"))
        reason = r.value(QStringLiteral("message")).toString();
    return reason.isEmpty() ? phaseText(phase) : tr("%1 — %2").arg(phaseText(phase), reason);
}

QString RolloutText::durationText(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return ms % 1000 == 0 || s >= 10 ? tr("%1 s").arg(s) : tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    if (s < 3600)
        return s % 60 ? tr("%1 min %2 s").arg(s / 60).arg(s % 60) : tr("%1 min").arg(s / 60);
    if (s < 86400)
        return (s / 60) % 60 ? tr("%1 h %2 min").arg(s / 3600).arg((s / 60) % 60) : tr("%1 h").arg(s / 3600);
    return (s / 3600) % 24 ? tr("%1 d %2 h").arg(s / 86400).arg((s / 3600) % 24) : tr("%1 d").arg(s / 86400);
}

QString RolloutText::percentText(double percent, int decimals)
{
    return tr("%1 %").arg(QLocale().toString(percent, 'f', decimals));
}

QString RolloutText::weightText(int desired, double actual)
{
    if (actual < 0)
        return percentText(desired);
    return tr("%1 (actual %2)").arg(percentText(desired), percentText(actual, 1));
}

QString RolloutText::actor()
{
    const QString configured = QSettings().value(QStringLiteral("user/name")).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    const QString user = qEnvironmentVariable("USER").trimmed();
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace shipdeck
