#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace shipdeck {

enum class BackendState { Starting, Opening, Ready, Failed, Closed };
QString backendStateName(BackendState state);

// Result of `workspace check`: every check with its verdict.
struct CheckReport
{
    bool ok = true;
    QString integrity;      // "ok" or SQLite's first complaint
    bool auditIntact = true;
    qint64 auditRecords = 0;
    QString auditProblem;
    int deadJobs = 0;
    int expiredLeases = 0;
    QJsonObject toJson() const;
};

} // namespace shipdeck

Q_DECLARE_METATYPE(shipdeck::BackendState)
Q_DECLARE_METATYPE(shipdeck::CheckReport)
