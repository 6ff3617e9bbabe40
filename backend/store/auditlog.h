#pragma once

#include "backend/core/result.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace shipdeck {

class Clock;
class Database;

struct AuditRecord
{
    qint64 seq = 0;
    QString id;
    qint64 atMs = 0;
    QString actor;   // who: a user name, "engine", "cli"
    QString action;  // what: "rollout.promote", "workspace.restore"
    QString target;  // on what: "storefront/production"
    QString detail;  // why and with what numbers (JSON text or words)
    QString prevHash;
    QString hash;

    QJsonObject toJson() const;
};

struct AuditVerification
{
    bool intact = true;
    qint64 records = 0;
    qint64 firstBrokenSeq = 0; // 0 when intact
    QString problem;
};

// Append-only, hash-chained audit records: hash = SHA-256 over the previous hash and the
// record's fields. UPDATE and DELETE are refused by triggers; verify() recomputes the chain.
class AuditLog
{
public:
    explicit AuditLog(Database &db, const Clock *clock = nullptr);

    Result<AuditRecord> append(const QString &actor, const QString &action, const QString &target,
                               const QString &detail);
    Result<QList<AuditRecord>> recent(int limit = 200, const QString &targetFilter = {});
    Result<AuditVerification> verify();

    static QString computeHash(const AuditRecord &record);

private:
    Database &m_db;
    const Clock *m_clock;
};

} // namespace shipdeck

Q_DECLARE_METATYPE(shipdeck::AuditRecord)
