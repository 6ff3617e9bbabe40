#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace shipdeck {

// The words the rollout console uses for phases, pause reasons, steps, durations and who is
// needed, translated. Works on the JSON of RolloutRecord::toJson() / RolloutService::details.
class RolloutText
{
    Q_DECLARE_TR_FUNCTIONS(RolloutText)
public:
    static QString phaseText(const QString &phase);
    static QString pauseReasonText(const QString &reason);
    static QString strategyText(const QString &strategy);
    static QString environmentText(const QString &environment);
    // "10 %", "pause 10 s", "pause until promoted", "analysis canary-vs-baseline", "approval (2 people)" …
    static QString stepText(const QJsonObject &step);
    // "3 of 6 · approval" or "done" / "–".
    static QString stepPosition(const QJsonObject &rollout);
    // Who or what the rollout waits for, in a sentence ("approval by 1 more person"); empty
    // when it needs nobody.
    static QString needsText(const QJsonObject &rollout);
    // Waiting for approval, degraded, analysis inconclusive, deadline passed or interrupted.
    static bool needsAttention(const QJsonObject &rollout);
    static bool isApprovalWaiting(const QJsonObject &rollout);
    // The phase with its reason: "Paused — waiting for approval", "Rolled back — <reason>".
    static QString phaseWithReason(const QJsonObject &rollout);
    static QString durationText(qint64 ms);
    static QString percentText(double percent, int decimals = 0);
    // The canary's desired weight and, when measured, the actual one: "10 % (actual 9.6 %)".
    static QString weightText(int desired, double actual);
    // The person acting: the user name in the settings (user/name), else $USER.
    static QString actor();
};

} // namespace shipdeck
