#include "backend/store/auditlog.h"

#include "backend/core/clock.h"
#include "backend/core/ids.h"
#include "backend/store/database.h"

#include <QCryptographicHash>

namespace shipdeck {

namespace {
const QString kGenesis(64, QLatin1Char('0'));
}

QJsonObject AuditRecord::toJson() const
{
    return {{QStringLiteral("seq"), seq},       {QStringLiteral("id"), id},
            {QStringLiteral("at"), atMs},       {QStringLiteral("actor"), actor},
            {QStringLiteral("action"), action}, {QStringLiteral("target"), target},
            {QStringLiteral("detail"), detail}, {QStringLiteral("hash"), hash}};
}

AuditLog::AuditLog(Database &db, const Clock *clock) : m_db(db), m_clock(clock ? clock : Clock::system()) {}

QString AuditLog::computeHash(const AuditRecord &r)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Length-prefixed fields so that no two different records hash the same input.
    for (const QString &field : {r.prevHash, r.id, QString::number(r.atMs), r.actor, r.action, r.target, r.detail}) {
        const QByteArray utf8 = field.toUtf8();
        hash.addData(QByteArray::number(utf8.size()) + ':');
        hash.addData(utf8);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<AuditRecord> AuditLog::append(const QString &actor, const QString &action, const QString &target,
                                     const QString &detail)
{
    if (actor.isEmpty() || action.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("an audit record needs an actor and an action"));
    return m_db.transaction([&]() -> Result<AuditRecord> {
        AuditRecord record;
        SD_TRY(QVariant last, m_db.scalar(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")));
        record.prevHash = last.isNull() ? kGenesis : last.toString();
        record.id = Ulid::generate(m_clock);
        record.atMs = m_clock->nowMs();
        record.actor = actor;
        record.action = action;
        record.target = target;
        record.detail = detail;
        record.hash = computeHash(record);
        SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
            "INSERT INTO audit_log(id, at, actor, action, target, detail, prev_hash, hash) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")));
        stmt->bind(1, record.id).bind(2, record.atMs).bind(3, actor).bind(4, action).bind(5, target)
            .bind(6, detail).bind(7, record.prevHash).bind(8, record.hash);
        SD_CHECK(stmt->run());
        record.seq = m_db.lastInsertRowId();
        return record;
    });
}

Result<QList<AuditRecord>> AuditLog::recent(int limit, const QString &targetFilter)
{
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "SELECT seq, id, at, actor, action, target, detail, prev_hash, hash FROM audit_log "
        "WHERE (?2 = '' OR target = ?2 OR target LIKE ?2 || '/%') ORDER BY seq DESC LIMIT ?1")));
    stmt->bind(1, limit).bind(2, targetFilter);
    QList<AuditRecord> out;
    for (;;) {
        SD_TRY(bool row, stmt->step());
        if (!row)
            break;
        out.append({stmt->int64(0), stmt->text(1), stmt->int64(2), stmt->text(3), stmt->text(4),
                    stmt->text(5), stmt->text(6), stmt->text(7), stmt->text(8)});
    }
    stmt->reset();
    return out;
}

Result<AuditVerification> AuditLog::verify()
{
    SD_TRY(Statement *stmt, m_db.prepare(QStringLiteral(
        "SELECT seq, id, at, actor, action, target, detail, prev_hash, hash FROM audit_log ORDER BY seq")));
    AuditVerification v;
    QString expectedPrev = kGenesis;
    for (;;) {
        SD_TRY(bool row, stmt->step());
        if (!row)
            break;
        const AuditRecord r{stmt->int64(0), stmt->text(1), stmt->int64(2), stmt->text(3), stmt->text(4),
                            stmt->text(5), stmt->text(6), stmt->text(7), stmt->text(8)};
        ++v.records;
        if (r.prevHash != expectedPrev) {
            v.intact = false;
            v.firstBrokenSeq = r.seq;
            v.problem = QStringLiteral("record %1 does not follow record before it (a record was removed or inserted)").arg(r.seq);
            break;
        }
        if (computeHash(r) != r.hash) {
            v.intact = false;
            v.firstBrokenSeq = r.seq;
            v.problem = QStringLiteral("record %1 was altered after it was written").arg(r.seq);
            break;
        }
        expectedPrev = r.hash;
    }
    stmt->reset();
    return v;
}

} // namespace shipdeck
