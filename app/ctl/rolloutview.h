#pragma once

// Terminal views of rollouts shared by `deploy`, `rollout` and `demo` (implemented in
// cmdrollout.cpp).

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace shipdeck {
class RolloutsClient;
}

namespace shipdeck::ctl {

class CtlContext;

struct WatchOptions
{
    bool autoApprove = false;   // approve approval gates (demo, CI)
    QString approveReason;
    bool quiet = false;         // no progress lines (--json)
    int timeoutMs = 0;          // 0 = until settled
    QString indent = QStringLiteral("    ");
};

// Follows rollouts (driving them in this process) until each is settled: ended, or waiting for
// a person. Prints steps, traffic, verdicts and events as they happen; on a terminal a status
// line shows the current step and traffic split. Returns the final state of each rollout.
QList<QJsonObject> watchRollouts(CtlContext &context, RolloutsClient &client, const QStringList &ids, const WatchOptions &options);

// A rollout as text: header, steps, traffic, analysis verdicts, pause reasons.
void printRollout(QTextStream &out, const QJsonObject &details, bool withEvents);
// One line per rollout for tables.
QStringList rolloutRow(const QJsonObject &rollout);
QString trafficText(const QJsonObject &traffic);
// Exit code for a settled rollout: 0 Healthy, 1 rolled back/aborted, 6 degraded, 0 waiting.
int exitCodeFor(const QJsonObject &rollout);

} // namespace shipdeck::ctl
